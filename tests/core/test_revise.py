"""Revised transcripts keep their codings: edits before, inside, across and after codings; moved paragraphs;
a different interview refused; apply and undo as one transaction each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kodeverk.cli.main import main
from kodeverk.codebook.service import get_codebook
from kodeverk.project import Project
from kodeverk.revision.anchor import CHANGED, EXACT, LOST
from kodeverk.revision.review import dismiss_lost, list_lost, place_lost
from kodeverk.revision.service import (NewVersion, RevisionRefused, apply_revision, edit_text, plan_revision,
                                       revise_from_file, undo_revision)
from kodeverk.services.coding import add_coding, codings_of_transcript
from kodeverk.services.transcripts import transcript_text, transcript_turns
from kodeverk.storage.models import Coder, Transcript, Turn
from kodeverk.text.normalise import normalise_text

PARAS = [
    "I: Velkommen 👩‍👩‍👧! Kan du fortelle litt om bakgrunnen for kjernegruppen?",
    "R: Kjernegruppen ble startet i 2021 etter et forslag fra Strøm-utvalget. Vi hadde allerede et godt samarbeid fra 0–24.",
    "I: Hvordan er sekretariatet organisert?",
    "R: Sekretariatet er lite men svært godt. De forbereder alle møtene og følger opp sakene mellom møtene.",
    "I: Deler dere informasjon på tvers av departementene?",
    "R: Vi deler informasjon i hvert møte, og det har bygget tillit. Ble\u0301 det bedre? Ja, det ble bedre over tid.",
    "I: Hva med felles problemforståelse?",
    "R: Det tok lang tid å bli enige om hva problemet egentlig er. Nå har vi en felles forståelse av utfordringene.",
]
TEXT = normalise_text("\n".join(PARAS))


@pytest.fixture
def setup(project: Project):
    with project.transaction() as session:
        transcript = Transcript(name="Intervju A", text=TEXT, sha256="x", char_count=len(TEXT))
        coder = Coder(name="Ingrid")
        session.add_all([transcript, coder])
        session.flush()
        position = 0
        for para in TEXT.split("\n"):
            session.add(Turn(transcript_id=transcript.id, start=position, end=position + len(para),
                             label_end=position + 3, speaker=para[0], is_interviewer=para[0] == "I"))
            position += len(para) + 1
        ids = {"t": transcript.id, "coder": coder.id}
    book = get_codebook(project)
    ids["code"] = book.resolve("Sekretariatet").id
    ids["code2"] = book.resolve("Trinn 1: Dele informasjon").id
    return ids


def _code(project: Project, ids: dict, passage: str, code: str = "code") -> int:
    start = TEXT.index(passage)
    return add_coding(project, ids["t"], ids[code], ids["coder"], start, start + len(passage)).id


def _move(report, coding_id):  # type: ignore[no-untyped-def]
    return next(m for m in report.moves if m.coding_id == coding_id)


SECRETARIAT = "Sekretariatet er lite men svært godt."
SHARING = "Vi deler informasjon i hvert møte, og det har bygget tillit."


def test_insertion_before_moves_exactly_and_emoji_count_as_one(project: Project, setup: dict) -> None:
    cid = _code(project, setup, SECRETARIAT)
    new = TEXT.replace("Velkommen 👩‍👩‍👧!", "Velkommen 👩‍👩‍👧🇳🇴, og takk for at du stiller!")
    move = _move(plan_revision(project, setup["t"], new), cid)
    assert move.status == EXACT
    assert new[move.new_start:move.new_end] == SECRETARIAT
    assert move.new_start - move.old_start == len(new) - len(TEXT)


def test_insertion_after_leaves_offsets(project: Project, setup: dict) -> None:
    cid = _code(project, setup, SECRETARIAT)
    new = TEXT + "\nI: Takk for praten!"
    move = _move(plan_revision(project, setup["t"], new), cid)
    assert (move.status, move.new_start, move.new_end) == (EXACT, move.old_start, move.old_end)


def test_insertion_deletion_and_replacement_inside(project: Project, setup: dict) -> None:
    cid = _code(project, setup, SHARING)
    inserted = TEXT.replace("i hvert møte", "i nesten hvert eneste møte")
    move = _move(plan_revision(project, setup["t"], inserted), cid)
    assert move.status == CHANGED
    assert move.new_text == "Vi deler informasjon i nesten hvert eneste møte, og det har bygget tillit."
    assert move.old_text == SHARING

    deleted = TEXT.replace(", og det har bygget tillit", "")
    move = _move(plan_revision(project, setup["t"], deleted), cid)
    assert (move.status, move.new_text) == (CHANGED, "Vi deler informasjon i hvert møte.")

    replaced = TEXT.replace("bygget tillit", "skapt tiltro")
    move = _move(plan_revision(project, setup["t"], replaced), cid)
    assert (move.status, move.new_text) == (CHANGED, "Vi deler informasjon i hvert møte, og det har skapt tiltro.")


def test_replacement_across_the_start_and_the_end(project: Project, setup: dict) -> None:
    cid = _code(project, setup, SECRETARIAT)
    across_start = TEXT.replace("organisert?\nR: Sekretariatet er", "organisert?\nR: Hm. Sekretariatet vårt er")
    move = _move(plan_revision(project, setup["t"], across_start), cid)
    assert move.status == CHANGED
    assert "Sekretariatet vårt er lite men svært godt." in move.new_text
    across_end = TEXT.replace("svært godt. De forbereder", "veldig godt, og de forbereder")
    move = _move(plan_revision(project, setup["t"], across_end), cid)
    assert move.status == CHANGED
    assert move.new_text.startswith("Sekretariatet er lite men veldig godt")


def test_deleted_passage_is_lost_and_kept_for_review(project: Project, setup: dict) -> None:
    lost_id = _code(project, setup, SECRETARIAT)
    kept_id = _code(project, setup, SHARING, "code2")
    new = TEXT.replace(PARAS[3] + "\n", "")
    report, undo = apply_revision(project, setup["t"], NewVersion(new))
    assert _move(report, lost_id).status == LOST
    assert _move(report, kept_id).status == EXACT
    codings = codings_of_transcript(project, setup["t"])
    assert [c.id for c in codings] == [kept_id]
    assert new[codings[0].start:codings[0].end] == SHARING
    review = list_lost(project, "Intervju A")
    assert [(r.passage, r.code_path, r.coder) for r in review] == [(SECRETARIAT, "Organisering/Sekretariatet",
                                                                    "Ingrid")]
    # placing it again by hand takes it off the list
    start = new.index("Vi deler")
    place_lost(project, review[0].id, start, start + 8)
    assert list_lost(project) == []
    assert len(codings_of_transcript(project, setup["t"])) == 2


def test_moved_paragraph_follows_its_text(project: Project, setup: dict) -> None:
    cid = _code(project, setup, SHARING, "code2")
    paras = PARAS[:4] + PARAS[6:] + PARAS[4:6]  # the sharing question and answer moved to the end
    new = normalise_text("\n".join(paras))
    move = _move(plan_revision(project, setup["t"], new), cid)
    assert move.status == EXACT
    assert move.new_start == new.index(SHARING)

    changed_and_moved = new.replace("bygget tillit", "bygd tillit")
    move = _move(plan_revision(project, setup["t"], changed_and_moved), cid)
    assert move.status == CHANGED
    assert move.new_text == "Vi deler informasjon i hvert møte, og det har bygd tillit."


def test_a_different_interview_is_refused(project: Project, setup: dict) -> None:
    cid = _code(project, setup, SECRETARIAT)
    other = normalise_text(
        "I: Hvordan jobber dere med vann og avløp?\nR: Vi har et stort vedlikeholdsetterslep i kommunene, og "
        "ledningsnettet er gammelt.\nI: Hvem har ansvaret?\nR: HOD leder arbeidet, men KDD og KLD er tungt inne.")
    report = plan_revision(project, setup["t"], other)
    assert report.refused and "different interview" in report.refused
    with pytest.raises(RevisionRefused, match="Intervju A"):
        apply_revision(project, setup["t"], NewVersion(other))
    assert transcript_text(project, setup["t"]) == TEXT
    assert [c.id for c in codings_of_transcript(project, setup["t"])] == [cid]


def test_apply_then_undo_puts_everything_back(project: Project, setup: dict) -> None:
    ids = [_code(project, setup, SECRETARIAT), _code(project, setup, SHARING, "code2"),
           _code(project, setup, "felles forståelse")]
    before_codings = codings_of_transcript(project, setup["t"])
    before_turns = transcript_turns(project, setup["t"])
    new = (TEXT.replace("Vi deler informasjon i hvert møte, og det har bygget tillit. ", "")
           .replace("lite men", "lite, men") .replace("Velkommen", "Hei og velkommen"))
    report, undo = apply_revision(project, setup["t"], NewVersion(new))
    assert transcript_text(project, setup["t"]) == new
    assert {m.coding_id: m.status for m in report.moves} == {ids[0]: CHANGED, ids[1]: LOST, ids[2]: EXACT}
    for turn in transcript_turns(project, setup["t"]):
        assert new[turn.start:turn.start + 3] in ("I: ", "R: ")
    undo_revision(project, undo)
    assert transcript_text(project, setup["t"]) == TEXT
    assert codings_of_transcript(project, setup["t"]) == before_codings
    assert transcript_turns(project, setup["t"]) == before_turns
    assert list_lost(project) == []
    # and redo gives the same result again
    again, _undo = apply_revision(project, setup["t"], NewVersion(new))
    assert again.moves == report.moves


def test_edit_in_place(project: Project, setup: dict) -> None:
    cid = _code(project, setup, SHARING, "code2")
    start = TEXT.index("Strøm-utvalget")
    report, undo = edit_text(project, setup["t"], start, start + len("Strøm-utvalget"), "[utvalget]")
    assert undo is not None and report.applied
    text = transcript_text(project, setup["t"])
    assert "[utvalget]" in text and "Strøm" not in text
    coding = codings_of_transcript(project, setup["t"])[0]
    assert (coding.id, text[coding.start:coding.end]) == (cid, SHARING)
    dry, none = edit_text(project, setup["t"], 0, 2, "Q:", dry_run=True)
    assert none is None and not dry.applied and transcript_text(project, setup["t"]) == text


def test_dismiss_lost_and_bad_ids(project: Project, setup: dict) -> None:
    _code(project, setup, SECRETARIAT)
    apply_revision(project, setup["t"], NewVersion(TEXT.replace(PARAS[3] + "\n", "")))
    [entry] = list_lost(project)
    assert dismiss_lost(project, [entry.id]) == 1
    from kodeverk.errors import NotFoundError
    with pytest.raises(NotFoundError):
        dismiss_lost(project, [entry.id])


def test_revise_from_file_and_cli(tmp_path: Path, project: Project, setup: dict, capsys) -> None:
    _code(project, setup, SECRETARIAT)
    revised = tmp_path / "revidert.txt"
    revised.write_text(TEXT.replace("svært godt", "veldig godt"), encoding="utf-8")
    report, undo = revise_from_file(project, "Intervju A", revised, dry_run=True)
    assert undo is None and report.count(CHANGED) == 1
    path = project.path
    project.close()
    assert main(["revise", str(path), "--transcript", "Intervju A", str(revised), "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["applied"] is False and data["counts"] == {"exact": 0, "changed": 1, "lost": 0}
    assert data["codings"][0]["new"]["text"] == "Sekretariatet er lite men veldig godt."
    assert main(["revise", str(path), "--transcript", "Intervju A", str(revised)]) == 0
    out = capsys.readouterr().out
    assert "1 moved with changes" in out and "old: Sekretariatet er lite men svært godt." in out
    with Project.open(path, read_only=True) as reopened:
        assert "veldig godt" in transcript_text(reopened, setup["t"])
        assert len(transcript_turns(reopened, setup["t"])) == 8  # turns found afresh in the file
    # a file that is a different interview: refused, exit 2, nothing changed
    other = tmp_path / "annet.txt"
    other.write_text("I: Hva gjør dere med vann?\nR: Vi rehabiliterer ledningsnettet i kommunene.\n",
                     encoding="utf-8")
    assert main(["revise", str(path), "--transcript", "Intervju A", str(other)]) == 2
    assert "different interview" in capsys.readouterr().err
    # a lost coding makes the exit code 1
    gone = tmp_path / "uten.txt"
    gone.write_text(TEXT.replace(PARAS[3] + "\n", "").replace("svært", "veldig"), encoding="utf-8")
    assert main(["revise", str(path), "--transcript", "Intervju A", str(gone)]) == 1
    capsys.readouterr()
    assert main(["lost", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["passage"] == "Sekretariatet er lite men veldig godt."
    assert main(["revise", str(path), "--transcript", "Intervju A", str(tmp_path / "missing.txt")]) == 2
    assert main(["revise", str(path), "--transcript", "Nope", str(revised)]) == 2
    assert "no transcript named 'Nope'" in capsys.readouterr().err
