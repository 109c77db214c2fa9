"""REFI-QDA export of the sample project: valid against Project.xsd, stable GUIDs, and a lossless round trip."""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import select
from sqlalchemy.orm import selectinload, undefer

from kodeverk.cli.main import main
from kodeverk.codebook.service import load_codebook
from kodeverk.project import Project
from kodeverk.resources import resource_path
from kodeverk.refi.export import export_qdpx
from kodeverk.refi.importer import import_qdpx
from kodeverk.sample import build_sample
from kodeverk.storage.models import Coder, Coding, Informant, Memo, Transcript

SCHEMAS = resource_path("refi-qda")  # byte-identical copies of the published schemas (test_refi_import)
NS = {"q": "urn:QDA-XML:project:1.0"}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample project, with memos on the project, a transcript and a code added, and a docx original."""
    path = tmp_path_factory.mktemp("refi") / "sample.kodeverk"
    build_sample(path)
    with Project.open(path) as project, project.transaction() as session:
        transcript = session.scalars(select(Transcript).order_by(Transcript.name)).first()
        book = load_codebook(session)
        code = next(iter(book.walk()))
        coder_id = session.scalars(select(Coding.coder_id)).first()
        session.add_all([
            Memo(title="Prosjektnotat", text="Felles notat for prosjektet 😀 e\u0301"),
            Memo(transcript_id=transcript.id, coder_id=coder_id, title="Om intervjuet", text="Lang og god."),
            Memo(code_id=code.id, title="Definisjon", text="Brukes om problemtrekk."),
        ])
        docx = session.scalars(select(Transcript).order_by(Transcript.name.desc())).first()
        docx.original_bytes = b"PK\x03\x04 not really a docx"
        docx.source_format = "docx"
        docx.interview_date = dt.date(2023, 5, 17)
        informant = session.scalars(select(Informant).order_by(Informant.pseudonym)).first()
        informant.is_manager = True
    return path


@pytest.fixture(scope="module")
def exported(sample: Path) -> Path:
    out = sample.with_name("sample.qdpx")
    with Project.open(sample, read_only=True) as project:
        summary = export_qdpx(project, out)
    assert summary.sources == 10 and summary.selections > 500
    return out


def _qde(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read("project.qde")


def test_export_is_valid_against_the_published_schema(exported: Path) -> None:
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "Project.xsd")))
    document = etree.fromstring(_qde(exported))
    assert schema.validate(document), schema.error_log
    assert etree.QName(document).namespace == "urn:QDA-XML:project:1.0"


def test_export_holds_sources_selections_cases_sets_and_notes(sample: Path, exported: Path) -> None:
    root = etree.fromstring(_qde(exported))
    with zipfile.ZipFile(exported) as archive:
        names = set(archive.namelist())
        for source in root.iterfind("q:Sources/q:TextSource", NS):
            guid = source.get("guid")
            assert source.get("plainTextPath") == f"internal://{guid}.txt"
            text = archive.read(f"sources/{guid}.txt").decode("utf-8")
            assert not text.startswith("\ufeff") and "\r" not in text
            for selection in source.iterfind("q:PlainTextSelection", NS):
                start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
                assert 0 <= start < end <= len(text)
                coding = selection.find("q:Coding", NS)
                assert coding.get("creatingUser") and coding.find("q:CodeRef", NS).get("targetGUID")
    rich = [s for s in root.iterfind("q:Sources/q:TextSource", NS) if s.get("richTextPath")]
    assert len(rich) == 1 and f"sources/{rich[0].get('guid')}.docx" in names
    users = {u.get("name") for u in root.iterfind("q:Users/q:User", NS)}
    assert users == {"Ingrid", "Jonas"}
    cases = root.findall("q:Cases/q:Case", NS)
    assert len(cases) == 10 and all(c.find("q:SourceRef", NS) is not None for c in cases)
    sets = {s.get("name"): s.findtext("q:Description", namespaces=NS) for s in root.iterfind("q:Sets/q:Set", NS)}
    assert sets["Fase 1"].startswith("Kodeverk phase") and sets["KUBU"].startswith("Kodeverk group")
    assert root.find("q:NoteRef", NS) is not None  # the project memo
    with Project.open(sample, read_only=True) as project, project.reading() as session:
        real_names = [i.real_name for i in session.scalars(select(Informant)) if i.real_name]
    document = _qde(exported).decode("utf-8")
    assert real_names and not any(name in document for name in real_names)


def test_guids_are_stable_across_exports(sample: Path, exported: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.qdpx"
    with Project.open(sample, read_only=True) as project:
        export_qdpx(project, again)

    def guids(data: bytes) -> list[str]:
        return [e.get("guid") for e in etree.fromstring(data).iter() if e.get("guid")]

    assert guids(_qde(exported)) == guids(_qde(again))
    assert len(set(guids(_qde(again)))) == len(guids(_qde(again)))


def _snapshot(path: Path) -> dict:
    with Project.open(path, read_only=True) as project, project.reading() as session:
        book = load_codebook(session)
        codes = {n.path_string: (n.uuid, n.colour, n.description) for n in book.nodes.values()}
        paths = {n.id: n.path_string for n in book.nodes.values()}
        transcripts = session.scalars(select(Transcript).options(
            undefer(Transcript.text), selectinload(Transcript.groups), selectinload(Transcript.phase),
            selectinload(Transcript.informant))).all()
        names = {t.id: t.name for t in transcripts}
        codings = sorted((names[c.transcript_id], paths[c.code_id], c.coder.name, c.start, c.end, c.memo,
                          c.created) for c in session.scalars(select(Coding)))
        informants = sorted((i.pseudonym, i.uuid, i.ministry, i.role, i.is_manager,
                             tuple((a.key, a.value) for a in i.attributes))
                            for i in session.scalars(select(Informant).options(selectinload(Informant.attributes))))
        coder_names = {c.id: c.name for c in session.scalars(select(Coder))}
        memos = sorted((names.get(m.transcript_id, ""), paths.get(m.code_id, ""), m.title, m.text,
                        coder_names.get(m.coder_id, ""), m.created) for m in session.scalars(select(Memo)))
        docs = sorted((t.name, t.uuid, t.text, t.phase.name if t.phase else None, tuple(g.name for g in t.groups),
                       t.informant.pseudonym if t.informant else None, t.interview_date) for t in transcripts)
        coders = sorted((c.name, c.uuid) for c in session.scalars(select(Coder)))
        return {"codes": codes, "codings": codings, "informants": informants, "memos": memos,
                "transcripts": docs, "coders": coders}


def test_round_trip_into_an_empty_project_is_identical(sample: Path, exported: Path, tmp_path: Path) -> None:
    target = tmp_path / "back.kodeverk"
    report = import_qdpx(exported, target)
    assert report.created_project and report.complete, report.lines()
    before, after = _snapshot(sample), _snapshot(target)
    for key in before:
        assert after[key] == before[key], key


def test_importing_the_same_file_again_adds_nothing(exported: Path, tmp_path: Path) -> None:
    target = tmp_path / "twice.kodeverk"
    import_qdpx(exported, target)
    first = _snapshot(target)
    report = import_qdpx(exported, target)
    assert report.complete and not report.created_project
    assert sum(report.codings_added.values()) == 0 and report.codings_duplicate > 500
    assert report.memos_added == 0 and not report.transcripts_added and not report.codes_adopted
    assert _snapshot(target) == first


def test_import_into_the_original_project_merges_by_hash_and_uuid(sample: Path, exported: Path,
                                                                   tmp_path: Path) -> None:
    copy = tmp_path / "copy.kodeverk"
    shutil.copy(sample, copy)
    report = import_qdpx(exported, copy)
    assert len(report.transcripts_matched) == 10 and not report.transcripts_added
    assert all(c.how == "uuid" for c in report.codes)
    assert sum(report.codings_added.values()) == 0


def test_cli_export_and_import_with_json(sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    import json

    out = tmp_path / "cli.qdpx"
    assert main(["qdpx", "export", str(sample), str(out), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["sources"] == 10 and summary["path"] == str(out)
    assert main(["qdpx", "import", str(out), str(tmp_path / "new.kodeverk"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["complete"] and report["created_project"] and len(report["transcripts"]["added"]) == 10
    assert report["codings"]["added"] == summary["selections"]


def test_control_characters_never_make_the_export_invalid(tmp_path: Path) -> None:
    from kodeverk.codebook.service import add_code

    with Project.create(tmp_path / "p.kodeverk", template="empty") as project:
        code = add_code(project, None, "Kode\x01 med \x0bstyretegn", description="linje\x0bto")
        with project.transaction() as session:
            session.add(Memo(code_id=code.id, title="Notat\x02", text="a\x0cb"))
        out = tmp_path / "p.qdpx"
        export_qdpx(project, out)
    root = etree.fromstring(_qde(out))
    assert etree.XMLSchema(etree.parse(str(SCHEMAS / "Project.xsd"))).validate(root)
    assert root.find("q:CodeBook/q:Codes/q:Code", NS).get("name") == "Kode med \nstyretegn"
