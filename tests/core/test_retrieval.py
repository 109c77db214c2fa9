"""Retrieval on a small hand-built project: AND/OR, filters, co-occurrence, matrices, context."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kodeverk.codebook.service import get_codebook
from kodeverk.errors import NotFoundError, UsageError
from kodeverk.importing.service import ImportOptions, import_files
from kodeverk.project import Project
from kodeverk.retrieval import (
    RetrievalQuery,
    code_by_group,
    code_by_phase,
    code_table,
    cooccurrences,
    ladder_matrix,
    merge_coders,
    retrieve,
    strongest,
    widen,
)
from kodeverk.services.coding import add_coding
from kodeverk.services.lookup import ensure_coder

TEXT_A = ("I: Hvordan fungerer sekretariatet?\n"
          "R: Sekretariatet er godt. Vi deler informasjon hver uke. Det er nyttig.\n"
          "I: Og mandatet?\n"
          "R: Mandatet er uklart. Vi har en felles plan nå.\n")
TEXT_B = ("I: Fortell om forankring.\n"
          "R: Forankringen er svak. Sekretariatet er lite.\n")

SEK = "Organisering/Sekretariatet"
MAN = "Organisering/Mandatet"
FOR = "Organisering/Forankring"
T1 = "Samordningstrappen/Trinn 1: Dele informasjon"
T4 = "Samordningstrappen/Trinn 4: Utvikle felles plan/tiltak"


def _span(text: str, passage: str) -> tuple[int, int]:
    start = text.index(passage)
    return start, start + len(passage)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("small")
    (folder / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (folder / "b.txt").write_text(TEXT_B, encoding="utf-8")
    project = Project.in_memory()
    report = import_files(project, [folder / "a.txt"], ImportOptions(phase="Fase 1", groups=("KUBU",)))
    assert not report.failed
    report = import_files(project, [folder / "b.txt"], ImportOptions(phase="Fase 3", groups=("Klima", "VA")))
    assert not report.failed
    book = get_codebook(project)
    with project.transaction() as session:
        ingrid, jonas = ensure_coder(session, "Ingrid").id, ensure_coder(session, "Jonas").id
    from kodeverk.services.transcripts import list_transcripts, transcript_text

    ids = {t.original_filename: t.id for t in list_transcripts(project)}
    a, b = ids["a.txt"], ids["b.txt"]
    text_a, text_b = transcript_text(project, a), transcript_text(project, b)

    def code(transcript: int, text: str, path: str, coder: int, passage: str, memo: str = "") -> None:
        add_coding(project, transcript, book.resolve(path).id, coder, *_span(text, passage), memo)

    # a: SEK [Sekretariatet er godt.] by both; T1 [Vi deler informasjon hver uke.] overlaps nothing of SEK;
    #    SEK (Jonas) widened over both sentences -> overlaps T1; MAN + T4 in the second answer.
    code(a, text_a, SEK, ingrid, "Sekretariatet er godt.")
    code(a, text_a, SEK, jonas, "Sekretariatet er godt.", memo="viktig")
    code(a, text_a, T1, ingrid, "Vi deler informasjon hver uke.")
    code(a, text_a, SEK, jonas, "Sekretariatet er godt. Vi deler")
    code(a, text_a, MAN, ingrid, "Mandatet er uklart.")
    code(a, text_a, T4, ingrid, "Vi har en felles plan nå.")
    # b: FOR and SEK in the same turn, 1 character apart.
    code(b, text_b, FOR, jonas, "Forankringen er svak.")
    code(b, text_b, SEK, jonas, "Sekretariatet er lite.")
    yield project, book, a, b
    project.close()


def test_or_and_and(small) -> None:
    project, _book, _a, _b = small
    assert len(retrieve(project, RetrievalQuery(codes=[SEK]))) == 4
    assert len(retrieve(project, RetrievalQuery(codes=[SEK, T1]))) == 5
    both = retrieve(project, RetrievalQuery(codes=[SEK, T1], combine="and"))
    # the widened Jonas coding of SEK overlaps T1, and T1 overlaps it: two codings.
    assert sorted((e.code_path, e.coder) for e in both) == [(SEK, "Jonas"), (T1, "Ingrid")]
    assert retrieve(project, RetrievalQuery(codes=[SEK, MAN], combine="and")) == []
    # the parent with its sub-codes, or alone
    assert len(retrieve(project, RetrievalQuery(codes=["Organisering"]))) == 6
    assert retrieve(project, RetrievalQuery(codes=["Organisering"], include_subcodes=False)) == []


def test_filters(small) -> None:
    project, _book, _a, _b = small
    assert {e.transcript for e in retrieve(project, RetrievalQuery(groups=["VA"]))} == {"b"}
    assert len(retrieve(project, RetrievalQuery(phases=["Fase 1"]))) == 6
    assert len(retrieve(project, RetrievalQuery(coders=["Jonas"]))) == 4
    assert len(retrieve(project, RetrievalQuery(transcripts=["b"]))) == 2
    assert len(retrieve(project, RetrievalQuery(contains="SEKRETARIATET"))) == 4
    assert len(retrieve(project, RetrievalQuery(contains="sekreteriatet"))) == 0
    assert len(retrieve(project, RetrievalQuery(contains="sekreteriatet", fuzzy=True, fuzzy_threshold=85))) == 4
    today = dt.datetime.now(dt.timezone.utc).date()
    assert len(retrieve(project, RetrievalQuery(coded_from=today - dt.timedelta(days=1), coded_to=today))) == 8
    assert retrieve(project, RetrievalQuery(coded_to=today - dt.timedelta(days=1))) == []
    ordered = retrieve(project, RetrievalQuery())
    assert [e.phase for e in ordered] == ["Fase 1"] * 6 + ["Fase 3"] * 2
    assert [e.start for e in ordered[:6]] == sorted(e.start for e in ordered[:6])


def test_bad_inputs(small) -> None:
    project, _book, _a, _b = small
    with pytest.raises(NotFoundError, match="no code named"):
        retrieve(project, RetrievalQuery(codes=["Finnes ikke"]))
    with pytest.raises(NotFoundError, match="no group named"):
        retrieve(project, RetrievalQuery(groups=["Ingen slik gruppe"]))
    with pytest.raises(NotFoundError, match="ministry"):
        retrieve(project, RetrievalQuery(ministries=["XYZ"]))
    with pytest.raises(UsageError):
        retrieve(project, RetrievalQuery(combine="xor"))  # type: ignore[arg-type]


def test_cooccurrence_counts(small) -> None:
    project, book, _a, _b = small
    everything = retrieve(project, RetrievalQuery())
    overlap = cooccurrences(project, everything, "overlap")
    # only SEK(Jonas, widened) x T1 overlap
    assert [(p.first.code_path, p.second.code_path) for p in overlap] == [(SEK, T1)]
    # within 1 character: the three SEK codings of a touch T1 or lie 1 apart (3), MAN-T4 (1 apart), FOR-SEK in b (1)
    near = cooccurrences(project, everything, "near", 1)
    assert len(near) == 5
    turn = cooccurrences(project, everything, "turn")
    # same turn: a's first answer has SEK x3 and T1 (3 pairs); second answer MAN-T4 (1); b FOR-SEK (1)
    assert len(turn) == 5
    codes = [book.resolve(p).id for p in (SEK, MAN, FOR, T1, T4)]
    table = code_table(turn, codes)
    assert table.rows() == [[0, 0, 1, 3, 0], [0, 0, 0, 0, 1], [1, 0, 0, 0, 0], [3, 0, 0, 0, 0], [0, 1, 0, 0, 0]]
    # same coder only: Ingrid SEK-T1, Ingrid MAN-T4, Jonas FOR-SEK
    assert len(cooccurrences(project, everything, "turn", same_coder=True)) == 3


def test_matrices(small) -> None:
    project, book, _a, _b = small
    everything = retrieve(project, RetrievalQuery())
    groups = ["KUBU", "Klima", "VA"]
    matrix = code_by_group(book, everything, groups)
    sek = book.resolve(SEK).id
    assert (matrix.cell(sek, "KUBU").codings, matrix.cell(sek, "KUBU").informants) == (3, 0)
    assert matrix.cell(sek, "VA").codings == 1 and matrix.cell(sek, "Klima").codings == 1
    rolled = code_by_group(book, everything, groups, rollup=True)
    assert rolled.cell(book.resolve("Organisering").id, "KUBU").codings == 4
    phases = code_by_phase(book, everything, ["Fase 1", "Fase 2", "Fase 3"])
    assert phases.cell(sek, "Fase 3").codings == 1 and phases.cell(sek, "Fase 2").codings == 0
    ladder = ladder_matrix(book, everything, groups)
    assert [s.name.split(":")[0] for s in ladder.steps] == [f"Trinn {n}" for n in range(1, 6)]
    assert [ladder.cell("KUBU", s.id).codings for s in ladder.steps] == [1, 0, 0, 1, 0]
    assert [s.name for s in ladder.reached("KUBU")] == [book.resolve(T1).name, book.resolve(T4).name]
    assert ladder.cell("KUBU", ladder.steps[0].id).strongest.text == "Vi deler informasjon hver uke."


def test_merge_and_strongest(small) -> None:
    project, _book, _a, _b = small
    quotes = merge_coders(retrieve(project, RetrievalQuery(codes=[SEK])))
    assert [(q.text, q.coders) for q in quotes][:2] == [("Sekretariatet er godt.", ("Ingrid", "Jonas")),
                                                        ("Sekretariatet er godt. Vi deler", ("Jonas",))]
    assert quotes[0].memos == ("viktig",)
    # agreement first: the span both coders coded beats the longer one-coder span
    assert strongest(quotes).text == "Sekretariatet er godt."
    assert strongest([]) is None


def test_context(small) -> None:
    project, _book, a, _b = small
    from kodeverk.services.transcripts import transcript_text

    text = transcript_text(project, a)
    start, end = _span(text, "deler informasjon")
    sentence = widen(project, a, start, end, "sentence")
    assert sentence.text == "Vi deler informasjon hver uke."
    turn = widen(project, a, start, end, "turn")
    assert turn.text == "Sekretariatet er godt. Vi deler informasjon hver uke. Det er nyttig."
    assert turn.speaker == "R"
    first = widen(project, a, *_span(text, "er godt"), "sentence")
    assert first.text == "Sekretariatet er godt."
    with pytest.raises(UsageError):
        widen(project, a, start, end, "page")  # type: ignore[arg-type]
