"""REFI-QDA import: speaker turns from the source's rich text (.docx) when its text is the plain text."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from sqlalchemy import select

from kodeverk.project import Project
from kodeverk.refi.importer import import_qdpx
from kodeverk.storage.models import Coding, Transcript
from tests.core.test_refi_import import G, _project, _qdpx

# Labels a plain text cannot reveal: lower case, neither a known convention nor a name (bold in Word only).
TURNS = [("møteleder:", " Velkommen, vi begynner med samordning 😀."),
         ("ekspedisjonssjef:", " Takk. Vi deler informasjon i hvert møte, sa hun én gang."),
         ("møteleder:", " Og hva skjer videre?")]
PLAIN = "\ufeff" + "\r\n".join(label + text.replace("é", "e\u0301") for label, text in TURNS) + "\r\n"


def _docx(turns: list[tuple[str, str]]) -> bytes:
    document = Document()
    for label, text in turns:
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _import(tmp_path: Path, rich: bytes | None, rich_name: str = "docx") -> tuple[object, Transcript, list, list]:
    start = PLAIN.index("Vi deler")
    end = PLAIN.index(" gang") + len(" gang")
    rich_attr = f' richTextPath="internal://{G(3)}.{rich_name}"' if rich is not None else ""
    body = (f'<Users><User guid="{G(1)}" name="Kari"/></Users>'
            f'<CodeBook><Codes><Code guid="{G(2)}" name="Deling" isCodable="true"/></Codes></CodeBook>'
            f'<Sources><TextSource guid="{G(3)}" name="Møte" plainTextPath="internal://{G(3)}.txt"{rich_attr}>'
            f'<PlainTextSelection guid="{G(4)}" startPosition="{start}" endPosition="{end}" creatingUser="{G(1)}">'
            f'<Coding guid="{G(5)}" creatingUser="{G(1)}"><CodeRef targetGUID="{G(2)}"/></Coding>'
            f'</PlainTextSelection></TextSource></Sources>')
    files = {f"sources/{G(3)}.txt": PLAIN.encode("utf-8")}
    if rich is not None:
        files[f"sources/{G(3)}.{rich_name}"] = rich
    target = tmp_path / "p.kodeverk"
    report = import_qdpx(_qdpx(tmp_path / "x.qdpx", _project(body), files), target)
    with Project.open(target, read_only=True) as project, project.reading() as session:
        transcript = session.scalars(select(Transcript)).one()
        turns = [(t.speaker, transcript.text[t.start:t.label_end], transcript.text[t.start:t.end])
                 for t in transcript.turns]
        coding = session.scalars(select(Coding)).one()
        passage = transcript.text[coding.start:coding.end]
        session.expunge(transcript)
    return report, transcript, turns, [passage]


def test_bold_labels_of_the_docx_give_the_turns(tmp_path: Path) -> None:
    report, transcript, turns, passages = _import(tmp_path, _docx(TURNS))
    assert report.complete and not [w for w in report.warnings if "rich text" in w]
    assert [(speaker, label) for speaker, label, _ in turns] == [
        ("møteleder", "møteleder: "), ("ekspedisjonssjef", "ekspedisjonssjef: "), ("møteleder", "møteleder: ")]
    assert turns[0][2] == "møteleder: Velkommen, vi begynner med samordning 😀."
    assert passages == ["Vi deler informasjon i hvert møte, sa hun én gang"]
    assert transcript.original_filename == f"{G(3)}.docx" and transcript.source_format == "docx"


def test_without_a_rich_text_file_the_plain_text_cannot_show_these_labels(tmp_path: Path) -> None:
    report, _transcript, turns, passages = _import(tmp_path, None)
    assert report.complete and turns == []
    assert passages == ["Vi deler informasjon i hvert møte, sa hun én gang"]


def test_a_docx_whose_text_differs_is_not_trusted_for_turns(tmp_path: Path) -> None:
    edited = TURNS + [("ekspedisjonssjef:", " Et svar som bare står i Word-filen.")]
    report, _transcript, turns, passages = _import(tmp_path, _docx(edited))
    assert turns == [] and passages == ["Vi deler informasjon i hvert møte, sa hun én gang"]
    assert report.complete
    assert ("source 'Møte': the text of its rich text file differs from its plain text; speaker turns found from "
            "the plain text (labels marked only by bold are not recognised)") in report.warnings


def test_a_broken_docx_is_reported_and_the_plain_text_used(tmp_path: Path) -> None:
    report, _transcript, turns, passages = _import(tmp_path, b"PK\x03\x04 not a docx at all")
    assert turns == [] and passages == ["Vi deler informasjon i hvert møte, sa hun én gang"]
    line = next(w for w in report.warnings if "rich text file cannot be read" in w)
    assert line.startswith("source 'Møte': its rich text file cannot be read (") and f"{G(3)}.docx" in line
