"""The review list of lost codings: dismiss and put back, place and take back, suggest a place; kodeverk lost
--place."""

from __future__ import annotations

import json

import pytest

from kodeverk.cli.main import main
from kodeverk.codebook.service import get_codebook
from kodeverk.errors import ConflictError, NotFoundError, UsageError
from kodeverk.project import Project
from kodeverk.revision.review import (dismiss_lost, list_lost, lost_entry, place_lost_coding, restore_lost,
                                      suggest_span, unplace_lost)
from kodeverk.revision.service import LOST_GONE, NewVersion, apply_revision
from kodeverk.services.coding import add_coding, codings_of_transcript
from kodeverk.storage.models import Coder, Transcript
from kodeverk.text.normalise import normalise_text

PARAS = [
    "I: Velkommen 👩‍👩‍👧! Hvordan er sekretariatet organisert?",
    "R: Sekretariatet er lite men svært godt. De forbereder alle møtene.",
    "I: Deler dere informasjon?",
    "R: Vi deler informasjon i hvert møte, og det har bygget tillit. Ble\u0301 det bedre? Ja.",
]
TEXT = normalise_text("\n".join(PARAS))
LOST_PASSAGE = "Sekretariatet er lite men svært godt."
# the revision drops the answer; a corrected version of it comes back elsewhere, with an emoji before it
NEW_TEXT = normalise_text("\n".join([PARAS[0], PARAS[2], PARAS[3],
                                     "R: 🙂 Sekretariatet er lite, men svært godt."]))


@pytest.fixture
def lost(project: Project) -> dict:
    with project.transaction() as session:
        transcript = Transcript(name="Intervju A", text=TEXT, sha256="x", char_count=len(TEXT))
        coder = Coder(name="Ingrid")
        session.add_all([transcript, coder])
        session.flush()
        ids = {"t": transcript.id, "coder": coder.id}
    code = get_codebook(project).resolve("Sekretariatet").id
    start = TEXT.index(LOST_PASSAGE)
    add_coding(project, ids["t"], code, ids["coder"], start, start + len(LOST_PASSAGE), "et notat")
    # the corrected answer moved and changed too much for re-anchoring: cut it to make sure it is lost
    apply_revision(project, ids["t"], NewVersion(NEW_TEXT.replace("R: 🙂 Sekretariatet er lite, men svært godt.",
                                                                  "R: 🙂 Sekretariatet, ja.")))
    [entry] = list_lost(project)
    ids["entry"] = entry
    ids["code"] = code
    return ids


def test_the_entry_names_everything_the_review_needs(project: Project, lost: dict) -> None:
    entry = lost["entry"]
    assert (entry.transcript, entry.code_path, entry.coder, entry.passage, entry.memo, entry.reason) == (
        "Intervju A", "Organisering/Sekretariatet", "Ingrid", LOST_PASSAGE, "et notat", LOST_GONE)
    assert lost_entry(project, entry.id) == entry
    assert list_lost(project, transcript_id=lost["t"]) == [entry]
    assert list_lost(project, transcript_id=lost["t"] + 99) == []
    with pytest.raises(NotFoundError):
        lost_entry(project, entry.id + 99)


def test_dismiss_then_restore_gives_the_same_entry_back(project: Project, lost: dict) -> None:
    entry = lost["entry"]
    assert dismiss_lost(project, [entry.id]) == 1
    assert list_lost(project) == []
    restore_lost(project, [entry])
    assert list_lost(project) == [entry]
    with pytest.raises(ConflictError):
        restore_lost(project, [entry])  # already there: nothing changes
    assert list_lost(project) == [entry]


def test_place_then_unplace(project: Project, lost: dict) -> None:
    entry = lost["entry"]
    text = NEW_TEXT.replace("R: 🙂 Sekretariatet er lite, men svært godt.", "R: 🙂 Sekretariatet, ja.")
    start = text.index("Sekretariatet, ja")
    coding = place_lost_coding(project, entry.id, start, start + len("Sekretariatet, ja"))
    assert (coding.code_id, coding.coder_id, coding.memo) == (lost["code"], lost["coder"], "et notat")
    assert text[coding.start:coding.end] == "Sekretariatet, ja"  # offsets in code points, after an emoji
    assert list_lost(project) == []
    unplace_lost(project, coding, entry)
    assert list_lost(project) == [entry]
    assert coding.id not in {c.id for c in codings_of_transcript(project, lost["t"])}
    with pytest.raises(NotFoundError):
        unplace_lost(project, coding, entry)  # the coding is gone already


def test_bad_places_change_nothing(project: Project, lost: dict) -> None:
    entry = lost["entry"]
    before = codings_of_transcript(project, lost["t"])
    for start, end in ((5, 5), (-1, 4), (0, 10_000)):
        with pytest.raises(UsageError):
            place_lost_coding(project, entry.id, start, end)
    with pytest.raises(NotFoundError):
        place_lost_coding(project, entry.id + 99, 0, 4)
    assert list_lost(project) == [entry]
    assert codings_of_transcript(project, lost["t"]) == before


def test_suggest_finds_the_corrected_passage(project: Project) -> None:
    with project.transaction() as session:
        transcript = Transcript(name="B", text=TEXT, sha256="y", char_count=len(TEXT))
        coder = Coder(name="Jonas")
        session.add_all([transcript, coder])
        session.flush()
        tid, coder_id = transcript.id, coder.id
    code = get_codebook(project).resolve("Sekretariatet").id
    start = TEXT.index(LOST_PASSAGE)
    add_coding(project, tid, code, coder_id, start, start + len(LOST_PASSAGE))
    # the revision deletes the passage (lost) and adds another answer with the same words, changed
    revised = normalise_text("\n".join([PARAS[0], "R: Nei.", PARAS[2], PARAS[3]]))
    apply_revision(project, tid, NewVersion(revised))
    [entry] = list_lost(project)
    assert suggest_span(project, entry.id) is None  # nothing like it in the text
    with project.transaction() as session:
        session.get(Transcript, tid).text = revised + "\nR: 🙂 Sekretariatet er lite, men svært godt!"
    start, end, score = suggest_span(project, entry.id)
    current = revised + "\nR: 🙂 Sekretariatet er lite, men svært godt!"
    assert "Sekretariatet er lite, men svært godt" in current[start:end] and score >= 80


def test_cli_place_and_dismiss(project: Project, lost: dict, capsys) -> None:
    entry = lost["entry"]
    path = project.path
    project.close()
    assert main(["lost", str(path), "--place", str(entry.id), "--text", "Sekretariatet finnes ikke"]) == 2
    assert "not in transcript 'Intervju A'" in capsys.readouterr().err
    assert main(["lost", str(path), "--text", "ja"]) == 2
    assert "--place" in capsys.readouterr().err
    assert main(["lost", str(path), "--place", str(entry.id), "--start", "3"]) == 2
    capsys.readouterr()
    assert main(["lost", str(path), "--place", str(entry.id), "--text", "Sekretariatet, ja"]) == 0
    assert f"#{entry.id} placed on" in capsys.readouterr().out
    assert main(["lost", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    with Project.open(path, read_only=True) as reopened:
        assert any(c.memo == "et notat" for c in codings_of_transcript(reopened, lost["t"]))
    assert main(["lost", str(path), "--dismiss", str(entry.id)]) == 2
    assert "lost coding" in capsys.readouterr().err
