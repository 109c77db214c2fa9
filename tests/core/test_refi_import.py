"""REFI-QDA import: each listed deviation, position remapping and bad inputs (the vendors' shapes: test_refi_vendor_shapes)."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from kodeverk.cli.main import main
from kodeverk.codebook.service import load_codebook
from kodeverk.errors import KodeverkError
from kodeverk.project import Project
from kodeverk.refi.importer import import_qdpx
from kodeverk.refi.offsets import stored_text
from kodeverk.refi.reader import RefiFileError
from kodeverk.resources import resource_path
from kodeverk.storage.models import Coding, Informant, Memo, Transcript

SHARED = Path(os.environ.get("KODEVERK_REFI_SHARED", "/work/shared/refi-qda"))
G = "0000000{}-aaaa-4bbb-8ccc-1234567890ab".format  # a GUID per digit


@pytest.mark.skipif(not SHARED.is_dir(), reason="the published schemas are not at hand")
@pytest.mark.parametrize("name", ["Project.xsd", "Codebook.xsd"])
def test_shipped_schemas_are_the_published_ones(name: str) -> None:
    assert (resource_path("refi-qda") / name).read_bytes() == (SHARED / name).read_bytes()


def _qdpx(path: Path, xml: str, files: dict[str, bytes] | None = None, qde: str = "project.qde") -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(qde, xml.encode("utf-8"))
        for name, data in (files or {}).items():
            archive.writestr(name, data)
    return path


def _project(body: str, ns: str = 'xmlns="urn:QDA-XML:project:1.0"') -> str:
    return f'<?xml version="1.0" encoding="utf-8"?><Project {ns} name="Test">{body}</Project>'


RAW = "\ufeffI: Hvordan gikk det?\r\n\r\nR: Det gikk bra 😀, sa hun e\u0301n gang.  \r\nI: Takk.\r\n"


def _start(text: str, needle: str) -> int:
    return text.index(needle)


def test_bom_crlf_emoji_and_combining_marks_are_remapped_not_shifted(tmp_path: Path) -> None:
    start = _start(RAW, "Det gikk")
    end = _start(RAW, " gang") + len(" gang")
    body = (f'<Users><User guid="{G(1)}" name="Åse"/></Users>'
            f'<CodeBook><Codes><Code guid="{G(2)}" name="Trivsel" isCodable="true" color="#0a0"/></Codes></CodeBook>'
            f'<Sources><TextSource guid="{G(3)}" name="Intervju æøå" plainTextPath="internal://{G(3)}.txt">'
            f'<PlainTextSelection guid="{G(4)}" startPosition="{start}" endPosition="{end}" creatingUser="{G(1)}">'
            f'<Coding guid="{G(5)}" creatingUser="{G(1)}"><CodeRef targetGUID="{G(2)}"/></Coding>'
            f'</PlainTextSelection></TextSource></Sources>')
    path = _qdpx(tmp_path / "x.qdpx", _project(body), {f"sources/{G(3)}.txt": RAW.encode("utf-8")})
    target = tmp_path / "p.kodeverk"
    report = import_qdpx(path, target)
    assert report.complete and report.remapped == ["Intervju æøå"]
    with Project.open(target, read_only=True) as project, project.reading() as session:
        transcript = session.scalars(select(Transcript)).one()
        coding = session.scalars(select(Coding)).one()
        assert transcript.text[coding.start:coding.end] == "Det gikk bra 😀, sa hun én gang"
        assert coding.coder.name == "Åse" and coding.coder.uuid == G(1)
        assert coding.code.colour == "#00AA00"
        assert [t.speaker for t in transcript.turns] == ["I", "R", "I"]


def test_stored_text_maps_every_span_of_the_original() -> None:
    stored = stored_text(RAW)
    assert stored.text == "I: Hvordan gikk det?\nR: Det gikk bra 😀, sa hun én gang.\nI: Takk."
    assert stored.map_span(0, 1) == (0, 0)  # the BOM alone: nothing stored
    assert stored.map_span(1, 2) == (0, 1)
    emoji = RAW.index("😀")
    a, b = stored.map_span(emoji, emoji + 1)
    assert stored.text[a:b] == "😀"
    mark = RAW.index("\u0301")
    a, b = stored.map_span(mark - 1, mark + 1)
    assert stored.text[a:b] == "é"
    a, b = stored.map_span(RAW.index("\r\n\r\n") + 2, RAW.index("R:"))
    assert a == b  # only the dropped empty line
    a, b = stored.map_span(RAW.index("gang.") + 5, RAW.index("I: Takk"))
    assert stored.text[a:b] == "\n"  # trailing spaces dropped, the line break kept


def test_tolerated_deviations(tmp_path: Path) -> None:
    """Other .qde name, no namespace, bare/upper-case paths, braces, #RGB, memo as Description,
    zero-length selection, MAXQDA cases and Quirkos source variables, empty TextValue."""
    text = "Første linje om samarbeid.\nAndre linje om ledelse.\n"
    body = (f'<Users><User guid="{{{G(1).upper()}}}" name="Kari"/></Users>'
            f'<CodeBook><Codes><Code guid="{G(2)}" name="Samarbeid" isCodable="true">'
            f'<Description>Alt om samarbeid</Description>'
            f'<Code guid="{G(6)}" name="Ledelse" isCodable="false"/></Code></Codes></CodeBook>'
            f'<Variables><Variable guid="{G(7)}" name="ministry" typeOfVariable="Text"/>'
            f'<Variable guid="{G(8)}" name="alder" typeOfVariable="Integer"/>'
            f'<Variable guid="{G(9)}" name="tom" typeOfVariable="Text"/></Variables>'
            f'<Cases><Case guid="{G(0)}" name="K9-01"><VariableValue><VariableRef targetGUID="{G(7)}"/>'
            f'<TextValue>KDD</TextValue></VariableValue><VariableValue><VariableRef targetGUID="{G(9)}"/>'
            f'<TextValue/></VariableValue><SourceRef targetGUID="{G(3)}"/></Case></Cases>'
            f'<Sources><TextSource guid="{G(3)}" name="Intervju" plainTextPath="SOURCES/Intervju.TXT">'
            f'<PlainTextSelection guid="{G(4)}" startPosition="0" endPosition="25" creatingUser="{G(1)}">'
            f'<Description>Viktig sitat</Description>'
            f'<Coding guid="{G(5)}" creatingUser="{G(1)}"><CodeRef targetGUID="{G(2).upper()}"/></Coding>'
            f'</PlainTextSelection>'
            f'<PlainTextSelection guid="{G(5)}" startPosition="27" endPosition="27">'
            f'<Coding guid="{G(4)}"><CodeRef targetGUID="{G(6)}"/></Coding></PlainTextSelection>'
            f'<VariableValue><VariableRef targetGUID="{G(8)}"/><IntegerValue>54</IntegerValue></VariableValue>'
            f'</TextSource></Sources>')
    path = _qdpx(tmp_path / "x.qdpx", _project(body, ns=""), {"sources/intervju.txt": text.encode("utf-8"),
                                                                "sources/.root": b""}, qde="Mitt prosjekt.qde")
    target = tmp_path / "p.kodeverk"
    report = import_qdpx(path, target)
    assert report.complete, report.left_out
    joined = "\n".join(report.warnings)
    assert "Mitt prosjekt.qde" in joined and "no namespace" in joined and "zero-length" in joined
    with Project.open(target, read_only=True) as project, project.reading() as session:
        coding = session.scalars(select(Coding)).one()
        assert coding.memo == "Viktig sitat" and coding.coder.name == "Kari"
        assert session.scalars(select(Transcript)).one().text[coding.start:coding.end] == "Første linje om samarbeid"
        informant = session.scalars(select(Informant)).one()
        assert informant.pseudonym == "K9-01" and informant.ministry == "KDD"
        assert {a.key: a.value for a in informant.attributes} == {"tom": "", "alder": "54"}
        assert load_codebook(session).resolve("Samarbeid").description == "Alt om samarbeid"


def test_notes_become_memos_on_project_transcript_and_code(tmp_path: Path) -> None:
    body = (f'<Users><User guid="{G(1)}" name="Kari"/></Users>'
            f'<CodeBook><Codes><Code guid="{G(2)}" name="Kode" isCodable="true"><NoteRef targetGUID="{G(7)}"/>'
            f'</Code></Codes></CodeBook>'
            f'<Sources><TextSource guid="{G(3)}" name="Tekst"><PlainTextContent>Hei og hå.</PlainTextContent>'
            f'<NoteRef targetGUID="{G(8)}"/></TextSource></Sources>'
            f'<Notes><Note guid="{G(7)}" name="Om koden" creatingUser="{G(1)}"><PlainTextContent>K</PlainTextContent></Note>'
            f'<Note guid="{G(8)}" name="Om teksten"><PlainTextContent>T</PlainTextContent></Note>'
            f'<Note guid="{G(9)}" name="Prosjekt"><PlainTextContent>P</PlainTextContent></Note></Notes>'
            f'<NoteRef targetGUID="{G(9)}"/>')
    target = tmp_path / "p.kodeverk"
    report = import_qdpx(_qdpx(tmp_path / "x.qdpx", _project(body)), target)
    assert report.complete and report.memos_added == 3
    with Project.open(target, read_only=True) as project, project.reading() as session:
        memos = {m.title: (m.transcript_id is not None, m.code_id is not None, m.text)
                 for m in session.scalars(select(Memo))}
    assert memos == {"Om koden": (False, True, "K"), "Om teksten": (True, False, "T"), "Prosjekt": (False, False, "P")}


def test_what_cannot_be_taken_is_listed_line_by_line(tmp_path: Path) -> None:
    body = (f'<CodeBook><Codes><Code guid="{G(2)}" name="Kode" isCodable="true"/></Codes></CodeBook>'
            f'<Sources><TextSource guid="{G(3)}" name="Mangler" plainTextPath="internal://{G(3)}.txt">'
            f'<PlainTextSelection guid="{G(4)}" startPosition="0" endPosition="3">'
            f'<Coding guid="{G(5)}"><CodeRef targetGUID="{G(2)}"/></Coding></PlainTextSelection></TextSource>'
            f'<TextSource guid="{G(6)}" name="Kort"><PlainTextContent>abc</PlainTextContent>'
            f'<PlainTextSelection guid="{G(7)}" startPosition="1" endPosition="9">'
            f'<Coding guid="{G(8)}"><CodeRef targetGUID="{G(2)}"/></Coding></PlainTextSelection>'
            f'<PlainTextSelection guid="{G(9)}" startPosition="0" endPosition="2">'
            f'<Coding guid="{G(0)}"><CodeRef targetGUID="{G(1)}"/></Coding></PlainTextSelection></TextSource>'
            f'<PDFSource guid="{G(1)}" name="Rapport" path="internal://r.pdf"/></Sources>')
    report = import_qdpx(_qdpx(tmp_path / "x.qdpx", _project(body)), tmp_path / "p.kodeverk")
    assert not report.complete and len(report.left_out) == 4
    text = "\n".join(report.left_out)
    assert "'Mangler'" in text and "not in the archive" in text
    assert "outside the source's text" in text and "not in the codebook" in text and "PDFSource" in text
    assert report.transcripts_added == ["Kort"]


def _broken(tmp_path: Path, data: bytes, name: str = "x.qdpx") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize("data, message", [
    (b"just some text", "not a zip archive"),
    (_zip({"sources/a.txt": b"x"}), "no project.qde"),
    (_zip({"project.qde": b"<Project name='x'><Users>"}), "not well-formed XML at line 1"),
    (_zip({"project.qde": b"<CodeBook xmlns='urn:QDA-XML:codebook:1.0'/>"}), "root element is 'CodeBook'"),
    (_zip({"project.qde": b"<Project xmlns='urn:QDA-XML:project:2.0' name='x'/>"}), "newer version"),
])
def test_bad_files_are_refused_with_a_clear_message_and_no_project_is_left(tmp_path: Path, data: bytes,
                                                                          message: str) -> None:
    path = _broken(tmp_path, data)
    target = tmp_path / "p.kodeverk"
    with pytest.raises(RefiFileError) as caught:
        import_qdpx(path, target)
    assert message in str(caught.value) and str(caught.value).startswith("x.qdpx: ")
    assert not target.exists()


def test_a_failure_midway_leaves_an_existing_project_as_it_was(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "p.kodeverk"
    Project.create(target, template="empty").close()
    body = (f'<CodeBook><Codes><Code guid="{G(2)}" name="Kode" isCodable="true"/></Codes></CodeBook>'
            f'<Sources><TextSource guid="{G(3)}" name="T"><PlainTextContent>Hei.</PlainTextContent>'
            f'</TextSource></Sources>')
    path = _qdpx(tmp_path / "x.qdpx", _project(body))
    from kodeverk.refi import importer

    def boom(_imp) -> None:  # noqa: ANN001
        raise KodeverkError("disk full")

    monkeypatch.setattr(importer, "take_cases", boom)  # fails after the codes and the transcript were added
    with pytest.raises(KodeverkError):
        import_qdpx(path, target)
    with Project.open(target, read_only=True) as project, project.reading() as session:
        assert not session.scalars(select(Transcript)).all()
        assert len(load_codebook(session)) == 0


def test_cli_reports_errors_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = _broken(tmp_path, b"nope")
    assert main(["qdpx", "import", str(path), str(tmp_path / "p.kodeverk"), "--json"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "x.qdpx: not a REFI-QDA project" in err
