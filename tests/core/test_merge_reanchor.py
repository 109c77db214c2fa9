"""Merging a copy whose transcript text differs: codings re-anchored as a revision does (kodeverk.revision.anchor),
a slightly changed passage placed and reported with old and new text, a passage that is gone left out and named."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from sqlalchemy import select

from kodeverk.cli.main import main
from kodeverk.codebook.service import get_codebook
from kodeverk.project import Project
from kodeverk.revision.anchor import CHANGED, EXACT, LOST
from kodeverk.services.coding import add_coding, codings_of_transcript
from kodeverk.storage import teamwork as store
from kodeverk.storage.models import Transcript
from kodeverk.teamwork.copy import make_coder_copy
from kodeverk.teamwork.merge import PASSAGE_GONE, merge_project

EXTRA = "\nI: En siste ting 👩‍👩‍👧 – noe å legge til?\nR: Nei, egentlig ikke. Takk for praten."


def _copy_with_changed_text(sample: Path, tmp_path: Path) -> dict:
    """Ingrid's copy in which she corrected one word of a passage (same length, so her offsets stay) and added
    a closing exchange; she codes the corrected passage and the closing answer with a code of her own."""
    copy_path = tmp_path / "ingrid.kodeverk"
    with Project.open(sample) as project:
        make_coder_copy(project, copy_path, "Ingrid")
    with Project.open(copy_path) as copy:
        with copy.reading() as session:
            row = store.transcript_keys(session)[0]
            tid, name = row.id, row.name
            original = store.transcript_texts(session, [tid])[tid]
        coder = next(c.coder_id for c in codings_of_transcript(copy, tid))
        code = get_codebook(copy).resolve("Trinn 1: Dele informasjon").id
        # a line of the answer of some length, not the first one
        lines = original.split("\n")
        line = next(x for x in lines[3:] if len(x) > 80)
        word = next(w for w in line.split()[3:] if len(w) >= 6 and w.isalpha())
        fixed_word = word[:-2] + word[-1] + word[-2]  # two letters swapped: a typo fixed (or made)
        fixed_line = line.replace(word, fixed_word, 1)
        text = original.replace(line, fixed_line, 1) + EXTRA
        with copy.transaction() as session:
            transcript = session.scalar(select(Transcript).where(Transcript.id == tid))
            transcript.text, transcript.char_count = text, len(text)
            transcript.sha256 = hashlib.sha256(text.encode()).hexdigest()
        start = text.index(fixed_line)
        add_coding(copy, tid, code, coder, start, start + len(fixed_line))
        gone = text.rindex("Nei, egentlig ikke.")
        add_coding(copy, tid, code, coder, gone, gone + len("Nei, egentlig ikke. Takk for praten."))
    return {"copy": copy_path, "tid": tid, "name": name, "line": line, "fixed": fixed_line, "code": code,
            "coder": coder}


def test_changed_passage_is_placed_and_reported(sample_project_file: Path, tmp_path: Path) -> None:
    setup = _copy_with_changed_text(sample_project_file, tmp_path)
    before = None
    with Project.open(sample_project_file) as project:
        before = codings_of_transcript(project, setup["tid"])
        held = merge_project(project, setup["copy"])
        assert held.added == 0 and held.needs_confirmation  # text differs: not merged without confirmation
        report = merge_project(project, setup["copy"], accept_fuzzy=True)
        after = codings_of_transcript(project, setup["tid"])
        with project.reading() as session:
            text = store.transcript_texts(session, [setup["tid"]])[setup["tid"]]
    # the slightly changed passage: placed on the project's own wording, reported with both texts
    changed = [r for r in report.reanchored if r.status == CHANGED]
    assert [(r.old_text, r.new_text) for r in changed] == [(setup["fixed"], setup["line"])]
    placed = [c for c in after if c.code_id == setup["code"] and text[c.start:c.end] == setup["line"]
              and c not in before]
    assert len(placed) == 1
    # the closing answer is not in the project's text: left out, and named
    lost = [r for r in report.reanchored if r.status == LOST]
    assert [r.old_text for r in lost] == ["Nei, egentlig ikke. Takk for praten."]
    assert report.codings_left_out == {PASSAGE_GONE: 1} and not report.complete
    # Ingrid's other codings found their passages unchanged: duplicates of what the project has
    assert all(r.status == EXACT for r in report.reanchored if r not in changed + lost)
    assert report.added == 1 and report.codings_duplicate >= len(report.reanchored) - 2 > 0
    lines = "\n".join(report.lines())
    assert "coding moved with changes" in lines and "its passage is gone" in lines
    assert "LEFT OUT 1 coding(s): passage no longer in the changed text" in lines
    assert len(after) == len(before) + 1


def test_cli_json_names_the_reanchored_codings(sample_project_file: Path, tmp_path: Path, capsys) -> None:
    setup = _copy_with_changed_text(sample_project_file, tmp_path)
    assert main(["merge", str(sample_project_file), str(setup["copy"]), "--accept-fuzzy", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    if isinstance(data, list):
        data = data[0]
    assert data["codings"]["added"] == 1 and data["codings"]["left_out_by_reason"] == {PASSAGE_GONE: 1}
    statuses = {r["status"] for r in data["reanchored"]}
    assert {CHANGED, LOST} <= statuses
    moved = next(r for r in data["reanchored"] if r["status"] == CHANGED)
    assert moved["old"]["text"] == setup["fixed"] and moved["new"]["text"] == setup["line"]
    assert moved["transcript"] == setup["name"] and moved["code"].endswith("Trinn 1: Dele informasjon")
