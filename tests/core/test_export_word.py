"""The Word export of the sample project, read back with python-docx."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import docx
import pytest

from kodeverk.cli.main import main
from kodeverk.codebook.service import get_codebook
from kodeverk.export import ExportCancelled, ExportOptions, export_word, preview_outline
from kodeverk.project import Project
from kodeverk.retrieval import RetrievalQuery, ladder_matrix, merge_coders, retrieve
from kodeverk.services.names import add_names, masker_for, scan_docx

GROUPS = ["KUBU", "Kunnskap i kriser", "Klima", "VA", "Kompetanse"]
COUNT = re.compile(r"^(.*) \((\d+)\)$")


@pytest.fixture(scope="module")
def sample(sample_project_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "sample.kodeverk"
    shutil.copy(sample_project_master, path)
    with Project.open(path) as project:
        add_names(project, ["Live Hoelsæter"])  # a person mentioned in F2-Kunnskap-04
    return path


@pytest.fixture(scope="module")
def project(sample: Path):
    opened = Project.open(sample, read_only=True)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def default_doc(project: Project, tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("out") / "rapport.docx"
    result = export_word(project, out, ExportOptions(attribution=("pseudonym", "phase", "role", "coder")))
    return result, docx.Document(str(out))


def headings(document) -> list[tuple[int, str]]:
    return [(int(p.style.name.split()[-1]), p.text) for p in document.paragraphs
            if p.style.name.startswith("Heading ")]


def strip(text: str) -> str:
    match = COUNT.match(text)
    assert match, f"heading without a count: {text!r}"
    return match.group(1)


def test_outline_by_group(default_doc, project: Project) -> None:
    result, document = default_doc
    assert result.leaks == () and result.sections == 5
    found = headings(document)
    assert [strip(t) for level, t in found if level == 1] == GROUPS
    book = get_codebook(project)
    expected_tree = [(node.depth + 2, node.name) for node in book.walk()]
    first_group = found[1:1 + len(expected_tree)]
    assert [(level, strip(t)) for level, t in first_group] == expected_tree
    ladder = [t for level, t in first_group if level == 3 and t.startswith("Trinn")]
    assert [strip(t)[:7] for t in ladder] == [f"Trinn {n}" for n in range(1, 6)]
    assert document.paragraphs[0].style.name == "Title"
    assert any(p.style.name == "TOC Heading" for p in document.paragraphs)
    assert 'TOC \\o "1-3"' in document.element.xml


def _sections(document) -> dict[tuple[str, str], list]:
    """Paragraphs under each (group, code heading)."""
    result: dict[tuple[str, str], list] = {}
    group = code = ""
    for paragraph in document.paragraphs:
        if paragraph.style.name == "Heading 1":
            group, code = strip(paragraph.text), ""
        elif paragraph.style.name.startswith("Heading "):
            code = strip(paragraph.text)
        elif group and code:
            result.setdefault((group, code), []).append(paragraph)
    return result


def test_quotes_and_attributions(default_doc, project: Project) -> None:
    _result, document = default_doc
    masker = masker_for(project)
    book = get_codebook(project)
    sections = _sections(document)
    checked = 0
    for group in GROUPS:
        quotes = merge_coders(retrieve(project, RetrievalQuery(groups=[group])))
        by_code: dict[str, list] = {}
        for quote in quotes:
            by_code.setdefault(book[quote.first.code_id].name, []).append(quote)
        for code, expected in by_code.items():
            paragraphs = sections[(group, code)]
            texts = [p.text for p in paragraphs if p.style.name == "Quote"]
            assert texts == [masker.mask(q.text) for q in expected]
            attributions = [p.text for p in paragraphs if p.style.name == "Quote Attribution"]
            wanted = []
            for q in expected:
                coders = ", ".join(q.coders)
                word = "koder" if len(q.coders) == 1 else "kodere"
                wanted.append(f"({q.first.pseudonym}, {q.first.phase.lower()}, {q.first.role}, {word}: {coders})")
            assert attributions == wanted
            checked += len(texts)
    assert checked == sum(1 for p in document.paragraphs if p.style.name == "Quote")
    # the sample's two coders agree on some spans: merged, both listed
    assert any("kodere: Ingrid, Jonas" in p.text for p in document.paragraphs)


def test_heading_counts_and_empty_codes(default_doc) -> None:
    _result, document = default_doc
    paragraphs = document.paragraphs
    for index, paragraph in enumerate(paragraphs):
        if paragraph.style.name == "Heading 3":
            count = int(COUNT.match(paragraph.text).group(2))
            body = []
            for following in paragraphs[index + 1:]:
                if following.style.name.startswith("Heading"):
                    break
                body.append(following)
            quotes = sum(p.style.name == "Quote" for p in body)
            assert quotes == count
            if count == 0:
                assert [p.text for p in body if p.text] == ["Ingen sitater."]


def test_ladder_tables(default_doc, project: Project) -> None:
    _result, document = default_doc
    book = get_codebook(project)
    matrix = ladder_matrix(book, retrieve(project, RetrievalQuery()), GROUPS)
    masker = masker_for(project)
    assert len(document.tables) == len(GROUPS)
    for group, table in zip(GROUPS, document.tables):
        rows = [[c.text for c in row.cells] for row in table.rows]
        assert rows[0] == ["Trinn", "Kodinger", "Informanter", "Sterkeste sitat"]
        assert [r[0] for r in rows[1:]] == [s.name for s in matrix.steps]
        for step, row in zip(matrix.steps, rows[1:]):
            cell = matrix.cell(group, step.id)
            assert row[1:3] == [str(cell.codings), str(cell.informants)]
            if cell.strongest:
                assert row[3].startswith(masker.mask(cell.strongest.text))
                assert row[3].endswith(")")
            else:
                assert row[3] == "–"
        # restylable: the table's text is in one named style, not formatted cell by cell
        styles = {p.style.name for row in table.rows for c in row.cells for p in c.paragraphs}
        assert styles == {"Table Text"}
    assert document.styles["Table Text"].font.size is not None


def test_no_listed_name_survives(default_doc, project: Project) -> None:
    result, document = default_doc
    masker = masker_for(project)
    assert scan_docx(result.path, masker) == []
    everything = "\n".join([p.text for p in document.paragraphs]
                           + [c.text for t in document.tables for r in t.rows for c in r.cells])
    for name in masker.names:
        for word in name.name.split():
            assert not re.search(rf"(?<!\w){re.escape(word)}s?(?!\w)", everything), word
    assert "[navn]" in everything  # the names in the sample's quotes were there, and are masked


@pytest.mark.parametrize("by, first_level_one", [
    ("phase", ["Fase 1", "Fase 2", "Fase 3"]),
    ("code", ["Kjennetegn ved problemet", "Organisering", "Resultater, tiltak og aktiviteter",
              "Samordningstrappen"]),
    ("informant", ["K1-01", "K1-02", "K1-03", "K2-04", "K2-05", "K3-06", "K3-07", "K3-08", "K3-09", "K3-10"]),
])
def test_other_outlines(project: Project, tmp_path: Path, by: str, first_level_one: list[str]) -> None:
    out = tmp_path / f"by-{by}.docx"
    result = export_word(project, out, ExportOptions(by=by))  # type: ignore[arg-type]
    document = docx.Document(str(out))
    assert [strip(t) for level, t in headings(document) if level == 1] == first_level_one
    assert result.leaks == () and not document.tables
    assert [h.title for h in preview_outline(project, ExportOptions(by=by))] == [t for _l, t in headings(document)]


def test_filters(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "filtered.docx"
    result = export_word(project, out, ExportOptions(groups=["KUBU"], codes=["Samordningstrappen"],
                                                     coders=["Jonas"], phases=["Fase 3"],
                                                     attribution=("pseudonym", "coder")))
    document = docx.Document(str(out))
    found = headings(document)
    assert [(level, strip(t)) for level, t in found][:2] == [(1, "KUBU"), (2, "Samordningstrappen")]
    assert all(level == 3 for level, _t in found[2:]) and len(found) == 7
    attributions = [p.text for p in document.paragraphs if p.style.name == "Quote Attribution"]
    assert attributions and all(re.fullmatch(r"\(K3-0[68], koder: Jonas\)", a) for a in attributions)
    assert result.quotes == len(attributions)
    title_page = "\n".join(p.text for p in document.paragraphs[:8])
    assert "kjernegruppe: KUBU" in title_page and "koder: Jonas" in title_page


def test_english_memos_and_ministry_role_warning(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "en.docx"
    result = export_word(project, out, ExportOptions(lang="en", memos=True, attribution=("ministry", "role")))
    assert [w.code for w in result.warnings] == ["ministry_and_role"]
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    assert document.paragraphs[1].text == "Coded excerpts by core group"
    assert document.tables[0].rows[0].cells[0].text == "Step"
    memo_lines = [p.text for p in document.paragraphs if p.style.name == "Coding Memo"]
    memos = {e.memo for e in retrieve(project, RetrievalQuery()) if e.memo.strip()}
    assert bool(memo_lines) == bool(memos)


def test_progress_and_cancel(project: Project, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_word(project, tmp_path / "p.docx", progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    out = tmp_path / "cancelled.docx"
    with pytest.raises(ExportCancelled):
        export_word(project, out, cancelled=lambda: True)
    assert not out.exists() and not list(tmp_path.glob(".cancelled*"))


def test_leak_is_reported(sample: Path, tmp_path: Path) -> None:
    """A name added after the quotes were masked (simulated by exporting, then listing it) is found."""
    copy = tmp_path / "copy.kodeverk"
    shutil.copy(sample, copy)
    out = tmp_path / "before.docx"
    with Project.open(copy) as project:
        export_word(project, out)
        add_names(project, ["Sekretariatet Testesen"])
        leaks = scan_docx(out, masker_for(project))
    assert leaks and all(leak.name == "Sekretariatet Testesen" for leak in leaks)


@pytest.mark.parametrize("args, message", [
    (["{out_dir}/missing/x.docx"], "does not exist"),
    (["/proc/x.docx"], "cannot be written"),
    (["{out_dir}/x.txt"], "must end in .docx"),
    (["{out_dir}/x.docx", "--code", "Finnes ikke"], "no code named"),
    (["{out_dir}/x.docx", "--group", "Ingen gruppe"], "no group named"),
    (["{out_dir}/x.docx", "--attribution", "pseudonym,navn"], "unknown attribution field"),
])
def test_cli_errors(sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str],
                    message: str) -> None:
    argv = ["export", "word", str(sample)] + [a.format(out_dir=tmp_path) for a in args]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err
    assert not list(tmp_path.glob("*.docx"))


def test_cli_success(sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ok.docx"
    assert main(["export", "word", str(sample), str(out), "--by", "phase", "--phase", "Fase 3",
                 "--attribution", "pseudonym,ministry,role", "--json"]) == 0
    captured = capsys.readouterr()
    assert '"leaks": []' in captured.out and "ministry_and_role" in captured.out
    assert "warning: attribution with both ministry and role" in captured.err
    assert out.exists()
