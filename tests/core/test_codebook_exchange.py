"""Codebook exchange: .qdc (valid against Codebook.xsd), .json and Word out; .qdc and .json in, merged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document
from lxml import etree

from kodeverk.cli.main import main
from kodeverk.codebook.exchange import CodebookFileError, export_codebook, import_codebook
from kodeverk.codebook.service import add_code, describe_code, get_codebook
from kodeverk.errors import UsageError
from kodeverk.project import Project
from kodeverk.resources import resource_path

SCHEMAS = resource_path("refi-qda")  # byte-identical copies of the published schemas (test_refi_import)
ODD_NAMES = ["Ærlighet og åpenhet", "Zoë’s «sitater»", "Trinn 4: plan/tiltak", "日本語 😀", "e\u0301n kode"]


@pytest.fixture
def project(tmp_path: Path):
    with Project.create(tmp_path / "p.kodeverk", template="kjernegrupper") as opened:
        parent = add_code(opened, None, ODD_NAMES[0], colour="#123ABC", description="Når folk sier det de mener.")
        for name in ODD_NAMES[1:]:
            add_code(opened, parent.id, name)
        yield opened


def _tree(project: Project) -> list[tuple]:
    return sorted((n.path, n.uuid, n.colour, n.description) for n in get_codebook(project).nodes.values())


@pytest.mark.parametrize("suffix", [".qdc", ".json"])
def test_export_then_import_into_an_empty_project_gives_the_same_codebook(project: Project, tmp_path: Path,
                                                                          suffix: str) -> None:
    out = tmp_path / f"kodebok{suffix}"
    assert export_codebook(project, out) == len(get_codebook(project))
    with Project.create(tmp_path / "empty.kodeverk", template="empty") as empty:
        report = import_codebook(empty, out)
        assert len(report.added) == len(get_codebook(project)) and not report.warnings
        assert _tree(empty) == _tree(project)
        again = import_codebook(empty, out)
        assert not again.added and _tree(empty) == _tree(project)


def test_qdc_is_valid_against_the_published_schema_and_keeps_non_ascii(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "kodebok.qdc"
    export_codebook(project, out)
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "Codebook.xsd")))
    document = etree.parse(str(out))
    assert schema.validate(document), schema.error_log
    names = {e.get("name") for e in document.iter("{urn:QDA-XML:codebook:1.0}Code")}
    assert set(ODD_NAMES) <= names  # exactly as written, combining mark and all
    assert out.read_bytes().startswith(b"<?xml version='1.0' encoding='utf-8'?>")


def test_word_codebook_has_numbered_headings_and_definitions(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "kodebok.docx"
    export_codebook(project, out, lang="en")
    paragraphs = [p.text for p in Document(str(out)).paragraphs]
    assert paragraphs[0].startswith("Codebook: ")
    assert any(p.endswith("1 Kjennetegn ved problemet") for p in paragraphs)
    assert "Når folk sier det de mener." in paragraphs
    assert any("Ærlighet og åpenhet" in p for p in paragraphs) and any("日本語 😀" in p for p in paragraphs)


def test_import_merges_by_guid_and_path_and_fills_in_missing_definitions(project: Project, tmp_path: Path) -> None:
    book = get_codebook(project)
    ours = book.resolve("Organisering/Sekretariatet")
    describe_code(project, ours.id, "")
    qdc = tmp_path / "fra-kollega.qdc"
    qdc.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<CodeBook xmlns="urn:QDA-XML:codebook:1:0" origin="NVivo">'  # the mistyped namespace seen in the wild
        '<Codes><Code guid="c001" name="Organisering" isCodable="true">'
        '<Code guid="c002" name="sekretariatet" isCodable="true" color="#F00"><Description>Ny definisjon</Description>'
        '</Code><Code guid="{9B2E1D3C-AAAA-4BBB-8CCC-1234567890AB}" name="Økonomi" isCodable="true"/></Code>'
        '</Codes></CodeBook>', encoding="utf-8")
    report = import_codebook(project, qdc)
    assert [c.path for c in report.added] == ["Organisering/Økonomi"]
    assert report.described == ["Organisering/Sekretariatet"]
    assert any("namespace" in w for w in report.warnings)
    after = get_codebook(project)
    assert after.resolve("Organisering/Økonomi").uuid == "9b2e1d3c-aaaa-4bbb-8ccc-1234567890ab"
    assert after.resolve("Organisering/Sekretariatet").description == "Ny definisjon"
    assert after.resolve("Organisering/Sekretariatet").colour == ours.colour  # nothing replaced


def test_template_json_reads_too(project: Project) -> None:
    from kodeverk.resources import resource_path

    with Project.in_memory(template="empty") as empty:
        report = import_codebook(empty, resource_path("codebooks", "kjernegrupper.json"))
        assert len(report.added) == 18
        assert sorted(n.path for n in get_codebook(empty).nodes.values()) == \
            sorted(n.path for n in get_codebook(project).nodes.values() if n.path[0] not in ODD_NAMES)


@pytest.mark.parametrize("name, content, message", [
    ("a.qdc", b"<CodeBook><Codes>", "not well-formed XML"),
    ("a.qdc", b"<Project xmlns='urn:QDA-XML:project:1.0' name='x'/>", "root element is 'Project'"),
    ("a.json", b"{\"codes\": [{\"colour\": \"#FFFFFF\"}]}", "has no name"),
    ("a.json", b"[1, 2]", "no list of \"codes\""),
    ("a.json", b"\xff\xfe garbage", "not a JSON codebook"),
])
def test_bad_codebook_files_change_nothing(project: Project, tmp_path: Path, name: str, content: bytes,
                                           message: str) -> None:
    before = _tree(project)
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(CodebookFileError) as caught:
        import_codebook(project, path)
    assert message in str(caught.value) and str(caught.value).startswith(f"{name}: ")
    assert _tree(project) == before


def test_unknown_suffixes_are_refused(project: Project, tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        export_codebook(project, tmp_path / "kodebok.pdf")
    with pytest.raises(UsageError):
        import_codebook(project, tmp_path / "kodebok.docx")


def test_cli_codebook_export_and_import(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    source = tmp_path / "a.kodeverk"
    target = tmp_path / "b.kodeverk"
    assert main(["new", str(source)]) == 0
    assert main(["new", str(target), "--template", "empty"]) == 0
    capsys.readouterr()
    assert main(["codebook", "export", str(source), str(tmp_path / "k.json"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["codes"] == 18
    assert main(["codebook", "import", str(target), str(tmp_path / "k.json"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert len(report["added"]) == 18 and report["matched"] == []
    assert main(["codebook", "export", str(source), str(tmp_path / "k.docx"), "--lang", "en"]) == 0
    assert (tmp_path / "k.docx").stat().st_size > 0
