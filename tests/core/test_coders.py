"""Coders: find, rename (initials follow unless chosen), recolour, initials; the ``coders`` / ``coder`` commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kodeverk.cli.main import main
from kodeverk.errors import ConflictError, NotFoundError, UsageError
from kodeverk.project import Project
from kodeverk.services.coders import (add_coder, coder_named, list_coders, recolour_coder, rename_coder,
                                      set_coder_initials)


@pytest.fixture()
def project():
    with Project.in_memory() as p:
        yield p


def test_find_rename_recolour_and_initials(project):
    ingrid = add_coder(project, "Ingrid Berg", "#112233")
    jonas = add_coder(project, "Jonas")
    assert coder_named(project, " Ingrid Berg ") == ingrid
    with pytest.raises(NotFoundError) as missed:
        coder_named(project, "Ingrd Berg")
    assert "Ingrid Berg" in str(missed.value)
    renamed = rename_coder(project, ingrid.id, "Ingrid Dahl")
    assert (renamed.name, renamed.initials, renamed.colour) == ("Ingrid Dahl", "ID", "#112233")
    chosen = set_coder_initials(project, ingrid.id, " ig ")
    assert chosen.initials == "IG"
    assert rename_coder(project, ingrid.id, "Ingrid Berg").initials == "IG"  # chosen initials stay
    assert recolour_coder(project, jonas.id, "#abcdef").colour == "#ABCDEF"
    assert [(c.name, c.initials) for c in list_coders(project)] == [("Ingrid Berg", "IG"), ("Jonas", "JO")]


def test_bad_values_are_refused_and_change_nothing(project):
    ingrid = add_coder(project, "Ingrid")
    jonas = add_coder(project, "Jonas")
    before = list_coders(project)
    with pytest.raises(ConflictError):
        rename_coder(project, jonas.id, "ingrid")
    with pytest.raises(UsageError):
        rename_coder(project, jonas.id, "   ")
    for bad in ("", "ABCD", "I.B", "  "):
        with pytest.raises(UsageError):
            set_coder_initials(project, ingrid.id, bad)
    with pytest.raises(UsageError):
        recolour_coder(project, ingrid.id, "red")
    with pytest.raises(NotFoundError):
        set_coder_initials(project, 999, "XY")
    assert list_coders(project) == before


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_coders_command_line(tmp_path: Path, capsys):
    path = tmp_path / "p.kodeverk"
    assert run(capsys, "new", path)[0] == 0
    code, out, _ = run(capsys, "coders", path)
    assert code == 0 and "no coders yet" in out
    code, out, _ = run(capsys, "coder", "add", path, "Ingrid Berg", "--color", "#112233", "--json")
    assert code == 0 and json.loads(out)["initials"] == "IB"
    assert run(capsys, "coder", "add", path, "Jonas")[0] == 0
    code, out, _ = run(capsys, "coder", "rename", path, "Jonas", "Jonas Lie", "--json")
    assert code == 0 and json.loads(out)["name"] == "Jonas Lie" and json.loads(out)["initials"] == "JL"
    assert run(capsys, "coder", "color", path, "Jonas Lie", "#00aa00")[0] == 0
    code, out, _ = run(capsys, "coder", "initials", path, "Ingrid Berg", "ib2")
    assert code == 0 and "IB2" in out
    code, out, _ = run(capsys, "coders", path, "--json")
    listed = json.loads(out)
    assert [(c["name"], c["initials"], c["colour"]) for c in listed] == [
        ("Ingrid Berg", "IB2", "#112233"), ("Jonas Lie", "JL", "#00AA00")]
    code, out, _ = run(capsys, "coders", path)
    assert "Ingrid Berg" in out and "IB2" in out
    # errors: one line on stderr, exit code 2, nothing changed
    code, _, err = run(capsys, "coder", "rename", path, "Jonas Lie", "ingrid berg")
    assert code == 2 and "exists already" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "coder", "initials", path, "Nobody", "NB")
    assert code == 2 and "Nobody" in err
    code, _, err = run(capsys, "coder", "color", path, "Ingrid Berg", "blue")
    assert code == 2
    assert json.loads(run(capsys, "coders", path, "--json")[1]) == listed
