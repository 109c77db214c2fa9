"""Removing a coder: only one with nothing in the project; put back exactly; ``kodeverk coder remove``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kodeverk.cli.main import main
from kodeverk.errors import ConflictError, NotFoundError
from kodeverk.project import Project
from kodeverk.services.coders import (add_coder, coder_named, list_coders, remove_coder, restore_coder, rename_coder,
                                      set_coder_initials)
from kodeverk.services.coding import add_coding
from kodeverk.services.transcripts import list_transcripts
from kodeverk.storage.models import LostCoding, Memo


@pytest.fixture()
def project():
    with Project.in_memory() as p:
        yield p


def test_remove_and_restore_give_back_the_same_coder(project):
    kari = add_coder(project, "Kari Nordmann", "#112233")
    set_coder_initials(project, kari.id, "kn2")
    jonas = add_coder(project, "Jonas")
    snapshot = remove_coder(project, kari.id)
    assert [c.name for c in list_coders(project)] == ["Jonas"]
    assert snapshot.info == coder_named_before(kari, "KN2")
    back = restore_coder(project, snapshot)
    assert back == snapshot.info and back.id == kari.id and back.initials == "KN2" and back.colour == "#112233"
    assert [c.name for c in list_coders(project)] == ["Jonas", "Kari Nordmann"]
    # the uuid (what REFI-QDA exports name the coder by) is the same too
    assert remove_coder(project, kari.id).uuid == snapshot.uuid
    # initials made from the name stay "made from the name": a rename after the restore still follows it
    restore_coder(project, snapshot)
    plain = remove_coder(project, jonas.id)
    assert restore_coder(project, plain).initials == "JO"
    assert rename_coder(project, jonas.id, "Jonas Lie").initials == "JL"


def coder_named_before(info, initials):
    return type(info)(info.id, info.name, info.colour, initials)


def test_restore_is_refused_when_the_name_or_place_is_taken(project):
    kari = add_coder(project, "Kari")
    add_coder(project, "Jonas")
    snapshot = remove_coder(project, kari.id)
    newest = add_coder(project, "kari")
    before = list_coders(project)
    with pytest.raises(ConflictError, match="exists already"):
        restore_coder(project, snapshot)
    assert list_coders(project) == before
    # SQLite hands the highest free id to the next coder: the removed coder's place is taken
    gone = remove_coder(project, newest.id)
    per = add_coder(project, "Per")
    with pytest.raises(ConflictError, match="another coder took its place"):
        restore_coder(project, gone)
    assert per.id == newest.id and [c.name for c in list_coders(project)] == ["Jonas", "Per"]


def test_a_coder_with_codings_is_never_removed(sample_project_file: Path):
    with Project.open(sample_project_file) as project:
        before = list_coders(project)
        ingrid = coder_named(project, "Ingrid")
        with pytest.raises(ConflictError, match=r"'Ingrid' has \d+ coding\(s\)"):
            remove_coder(project, ingrid.id)
        with pytest.raises(NotFoundError):
            remove_coder(project, 9999)
        assert list_coders(project) == before
        # one coding is enough
        kari = add_coder(project, "Kari")
        transcript = list_transcripts(project)[0]
        from kodeverk.codebook.service import get_codebook

        code = next(n for n in get_codebook(project).walk())
        add_coding(project, transcript.id, code.id, kari.id, 0, 5)
        with pytest.raises(ConflictError, match="1 coding"):
            remove_coder(project, kari.id)
        assert coder_named(project, "Kari") == kari


@pytest.mark.parametrize("what", ["memo", "lost"])
def test_a_coder_with_memos_or_lost_codings_is_never_removed(sample_project_file: Path, what: str):
    with Project.open(sample_project_file) as project:
        kari = add_coder(project, "Kari")
        transcript = list_transcripts(project)[0]
        from kodeverk.codebook.service import get_codebook

        code = next(n for n in get_codebook(project).walk())
        with project.transaction() as session:  # set up what the app makes elsewhere (memos, revisions)
            if what == "memo":
                session.add(Memo(transcript_id=transcript.id, coder_id=kari.id, title="t", text="x"))
            else:
                session.add(LostCoding(transcript_id=transcript.id, code_id=code.id, coder_id=kari.id, start=0,
                                       end=3, passage="abc"))
        expected = "1 memo" if what == "memo" else "1 lost coding"
        with pytest.raises(ConflictError, match=expected):
            remove_coder(project, kari.id)
        assert coder_named(project, "Kari") == kari


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_coder_remove_command(sample_project_file: Path, capsys):
    path = sample_project_file
    assert run(capsys, "coder", "add", path, "Kari Nordmann", "--color", "#112233")[0] == 0
    code, out, _ = run(capsys, "coder", "remove", path, "Kari Nordmann", "--json")
    assert code == 0 and json.loads(out) == {"id": json.loads(out)["id"], "name": "Kari Nordmann",
                                              "colour": "#112233", "initials": "KN"}
    assert "Kari Nordmann" not in run(capsys, "coders", path)[1]
    assert run(capsys, "coder", "add", path, "Kari")[0] == 0
    code, out, _ = run(capsys, "coder", "remove", path, "Kari")
    assert code == 0 and out.startswith("removed: Kari (KA, #")
    # refused: codings exist; one line on stderr, exit 2, nothing changed
    listed = run(capsys, "coders", path, "--json")[1]
    code, out, err = run(capsys, "coder", "remove", path, "Ingrid")
    assert code == 2 and out == "" and "Ingrid" in err and "coding(s)" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "coder", "remove", path, "Ingrd")
    assert code == 2 and "Ingrid" in err  # a miss suggests the nearest name
    assert run(capsys, "coders", path, "--json")[1] == listed
