"""Coding passages: offsets in code points, exact passages, duplicates, undo records."""

from __future__ import annotations

import pytest

from kodeverk.codebook.service import get_codebook
from kodeverk.errors import AmbiguousError, ConflictError, NotFoundError, UsageError
from kodeverk.project import Project
from kodeverk.retrieval import RetrievalQuery, retrieve
from kodeverk.services.coding import (add_coding, codings_of_transcript, locate_passage, remove_coding,
                                      restore_coding, update_coding)
from kodeverk.storage.models import Coder, Transcript
from kodeverk.text.normalise import normalise_text

TEXT = normalise_text("I: Hva med 👩‍👩‍👧 og 🇳🇴?\nR: Bla\u030abær-samarbeid går bra. Blåbær-samarbeid går bra.")


@pytest.fixture
def ids(project: Project) -> dict[str, int]:
    with project.transaction() as session:
        transcript = Transcript(name="Intervju 1", text=TEXT, sha256="s", char_count=len(TEXT))
        coder = Coder(name="Ingrid")
        session.add_all([transcript, coder])
        session.flush()
        code = get_codebook(project).resolve("Sekretariatet")
        return {"transcript": transcript.id, "coder": coder.id, "code": code.id}


def test_locate_counts_code_points_after_emoji_and_combining_marks() -> None:
    start, end = locate_passage(TEXT, "Bla\u030abær-samarbeid går bra.", 1)
    assert TEXT[start:end] == "Blåbær-samarbeid går bra."
    assert start == TEXT.index("Blåbær")
    with pytest.raises(AmbiguousError, match="occurs 2 times"):
        locate_passage(TEXT, "Blåbær-samarbeid", None)
    second = locate_passage(TEXT, "Blåbær-samarbeid", 2)
    assert second[0] == TEXT.rindex("Blåbær")
    with pytest.raises(UsageError, match="occurs 2 time"):
        locate_passage(TEXT, "Blåbær-samarbeid", 3)
    with pytest.raises(UsageError, match="not"):
        locate_passage(TEXT, "finnes ikke", None)


def test_add_and_retrieve_the_exact_text(project: Project, ids: dict[str, int]) -> None:
    start, end = locate_passage(TEXT, "🇳🇴", None)
    made = add_coding(project, ids["transcript"], ids["code"], ids["coder"], start, end, memo="flagg")
    [segment] = retrieve(project, RetrievalQuery(codes=["Organisering"]))
    assert segment.text == "🇳🇴" and segment.coding_id == made.id and segment.memo == "flagg"
    assert segment.code_path == "Organisering/Sekretariatet" and segment.coder == "Ingrid"


def test_duplicates_and_bad_spans_are_refused(project: Project, ids: dict[str, int]) -> None:
    add_coding(project, ids["transcript"], ids["code"], ids["coder"], 0, 5)
    with pytest.raises(ConflictError, match="already coded"):
        add_coding(project, ids["transcript"], ids["code"], ids["coder"], 0, 5)
    for start, end in ((5, 5), (-1, 3), (0, len(TEXT) + 1), (7, 3)):
        with pytest.raises(UsageError, match="outside"):
            add_coding(project, ids["transcript"], ids["code"], ids["coder"], start, end)
    with pytest.raises(NotFoundError):
        add_coding(project, ids["transcript"], 9999, ids["coder"], 0, 3)
    assert len(codings_of_transcript(project, ids["transcript"])) == 1


def test_remove_and_restore_is_exact(project: Project, ids: dict[str, int]) -> None:
    made = add_coding(project, ids["transcript"], ids["code"], ids["coder"], 3, 9, memo="m")
    removed = remove_coding(project, made.id)
    assert codings_of_transcript(project, ids["transcript"]) == []
    assert restore_coding(project, removed) == made
    assert codings_of_transcript(project, ids["transcript"]) == [made]


def test_update_span_code_and_memo(project: Project, ids: dict[str, int]) -> None:
    made = add_coding(project, ids["transcript"], ids["code"], ids["coder"], 3, 9)
    other = get_codebook(project).resolve("Mandatet").id
    before, after = update_coding(project, made.id, start=2, end=12, code_id=other, memo="bredere")
    assert before == made
    assert (after.start, after.end, after.code_id, after.memo) == (2, 12, other, "bredere")
    with pytest.raises(UsageError):
        update_coding(project, made.id, end=len(TEXT) + 3)
