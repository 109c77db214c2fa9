"""The REFI-QDA import report is made of message templates, and the command line prints the same English as before.

One file (built below) meets nearly every line the report can hold: left-out sources, selections and
values, warnings about codes, sources, cases and phases, links, graphs and sets. ``kodeverk qdpx import``
prints its report byte for byte as pinned here, in text and in ``--json``; each line is a
:class:`kodeverk.messages.Message` whose template lupdate collects.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pytest

from kodeverk.cli.main import main
from kodeverk.messages import Message
from kodeverk.refi.importer import import_qdpx
from kodeverk.refi.report import RefiImportReport
from tests.core.test_refi_import import G, _project, _qdpx

TEXT_1 = "I: Hvordan gikk det?\r\n\r\nR: Det gikk bra 😀, sa hun e\u0301n gang.\r\n"
TEXT_2 = "I: Et annet intervju.\nR: Med samme navn."
RICH_PLAIN = "I: Ren tekst.\nR: Svar."
V = "1111111{}-aaaa-4bbb-8ccc-1234567890ab".format  # more GUIDs, one per digit


def _docx(*paragraphs: str) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _kitchen_sink(tmp_path: Path, *, renamed: bool = False) -> Path:
    """A .qdpx with something of every kind the report names (``renamed``: the code G(4) has another name)."""
    good = (TEXT_1.index("Det gikk"), TEXT_1.index(" gang") + len(" gang"))
    breaks = (TEXT_1.index("\r\n\r\n") + 2, TEXT_1.index("\r\n\r\n") + 4)
    code_name = "Dele info" if renamed else "Dele informasjon 😀"
    body = (
        f'<Users><User guid="{G(1)}" name="Åse"/><User guid="{G(2)}" name="Bjørn"/></Users>'
        f'<CodeBook><Codes>'
        f'<Code guid="{G(3)}" name="Samordning" isCodable="false" color="blå">'
        f'<Code guid="{G(4)}" name="{code_name}" isCodable="true"/></Code>'
        f'<Code guid="{G(5)}" name="" isCodable="true"/>'
        f'<Code guid="{G(4)}" name="Kopi" isCodable="true"/>'
        f'</Codes></CodeBook>'
        f'<Variables><Variable guid="{V(1)}" name="ministry" typeOfVariable="Text"/>'
        f'<Variable guid="{V(2)}" name="interview date" typeOfVariable="Date"/>'
        f'<Variable guid="{V(3)}" name="role" typeOfVariable="Text"/></Variables>'
        f'<Cases>'
        f'<Case guid="{V(4)}" name="Informant A">'
        f'<VariableValue><VariableRef targetGUID="{V(1)}"/><TextValue>KD</TextValue></VariableValue>'
        f'<VariableValue><VariableRef targetGUID="{V(9)}"/><TextValue>hemmelig</TextValue></VariableValue>'
        f'<SourceRef targetGUID="{G(6)}"/></Case>'
        f'<Case guid="{V(5)}" name="Informant B"><SourceRef targetGUID="{G(6)}"/></Case>'
        f'</Cases>'
        f'<Sources>'
        f'<TextSource guid="{G(6)}" name="Intervju 1" plainTextPath="internal://{G(6)}.txt">'
        f'<VariableValue><VariableRef targetGUID="{V(2)}"/><DateValue>i fjor</DateValue></VariableValue>'
        f'<PlainTextSelection guid="{V(6)}" startPosition="{good[0]}" endPosition="{good[1]}" creatingUser="{G(1)}">'
        f'<Coding guid="{V(7)}" creatingUser="{G(1)}"><CodeRef targetGUID="{G(4)}"/></Coding>'
        f'<Coding guid="{V(8)}" creatingUser="{G(2)}"><CodeRef targetGUID="{G(4)}"/></Coding>'
        f'<Coding guid="{G(0)}" creatingUser="{G(2)}"><CodeRef targetGUID="99999999-0000-4000-8000-000000000000"/>'
        f'</Coding></PlainTextSelection>'
        f'<PlainTextSelection guid="{G(7)}" startPosition="5" endPosition="5">'
        f'<Coding guid="{G(8)}"><CodeRef targetGUID="{G(4)}"/></Coding></PlainTextSelection>'
        f'<PlainTextSelection guid="{G(9)}" startPosition="3" endPosition="999">'
        f'<Coding guid="{V(0)}"><CodeRef targetGUID="{G(4)}"/></Coding>'
        f'<Coding guid="88888888-aaaa-4bbb-8ccc-1234567890ab"><CodeRef targetGUID="{G(4)}"/></Coding>'
        f'</PlainTextSelection>'
        f'<PlainTextSelection guid="77777777-aaaa-4bbb-8ccc-1234567890ab" startPosition="{breaks[0]}" '
        f'endPosition="{breaks[1]}"><Coding guid="66666666-aaaa-4bbb-8ccc-1234567890ab">'
        f'<CodeRef targetGUID="{G(4)}"/></Coding></PlainTextSelection>'
        f'<PlainTextSelection guid="55555555-aaaa-4bbb-8ccc-1234567890ab" startPosition="0" endPosition="2">'
        f'<Description>Hva betyr dette?</Description></PlainTextSelection>'
        f'<PlainTextSelection guid="44444444-aaaa-4bbb-8ccc-1234567890ab" startPosition="x" endPosition="2"/>'
        f'<Coding guid="33333333-aaaa-4bbb-8ccc-1234567890ab"><CodeRef targetGUID="99999999-0000-4000-8000-00000000000a"/>'
        f'</Coding>'
        f'</TextSource>'
        f'<TextSource guid="{V(1).replace("1111", "2222")}" name="Intervju 1"><PlainTextContent>{TEXT_2}'
        f'</PlainTextContent></TextSource>'
        f'<TextSource guid="{V(2).replace("1111", "2222")}" name="Borte" plainTextPath="internal://borte.txt">'
        f'<PlainTextSelection guid="{V(3).replace("1111", "2222")}" startPosition="0" endPosition="2">'
        f'<Coding guid="{V(4).replace("1111", "2222")}"><CodeRef targetGUID="{G(4)}"/></Coding>'
        f'</PlainTextSelection></TextSource>'
        f'<PictureSource guid="{V(5).replace("1111", "2222")}" name="Bilde" path="internal://bilde.png"/>'
        f'<TextSource guid="{V(6).replace("1111", "2222")}" name="Tom"><PlainTextContent>   </PlainTextContent>'
        f'<NoteRef targetGUID="{V(7).replace("1111", "2222")}"/></TextSource>'
        f'<TextSource guid="{V(8).replace("1111", "2222")}" name="Intervju 5"><PlainTextContent>I: Hei.\nR: Hei.'
        f'</PlainTextContent><VariableValue><VariableRef targetGUID="{V(3)}"/><TextValue>rådgiver</TextValue>'
        f'</VariableValue></TextSource>'
        f'<TextSource guid="{V(9).replace("1111", "2222")}" name="Rik" richTextPath="internal://rik.docx">'
        f'<PlainTextContent>{RICH_PLAIN}</PlainTextContent></TextSource>'
        f'</Sources>'
        f'<Notes><Note guid="{V(7).replace("1111", "2222")}" name="Om tom"><PlainTextContent>Notat</PlainTextContent>'
        f'</Note><Note guid="{V(0).replace("1111", "2222")}" name="Prosjektnotat" plainTextPath="internal://n.txt">'
        f'<Description>Beskrivelse</Description></Note></Notes>'
        f'<Links><Link guid="{V(1).replace("1111", "3333")}" name="fører til" direction="OneWay" '
        f'originGUID="{G(3)}" targetGUID="{G(6)}"/>'
        f'<Link guid="{V(8).replace("1111", "3333")}" direction="Bidirectional" originGUID="{V(6)}" '
        f'targetGUID="{V(4)}"/>'
        f'<Link guid="{V(9).replace("1111", "3333")}" name="notat til sett" '
        f'originGUID="{V(7).replace("1111", "2222")}" targetGUID="{V(2).replace("1111", "3333")}"/>'
        f'<Link guid="{V(0).replace("1111", "3333")}" originGUID="99999999-0000-4000-8000-00000000000b"/>'
        f'</Links>'
        f'<Sets>'
        f'<Set guid="{V(2).replace("1111", "3333")}" name="Runde A"><Description>Kodeverk phase</Description>'
        f'<MemberSource targetGUID="{G(6)}"/></Set>'
        f'<Set guid="{V(3).replace("1111", "3333")}" name="Runde B"><Description>Kodeverk phase</Description>'
        f'<MemberSource targetGUID="{G(6)}"/></Set>'
        f'<Set guid="{V(4).replace("1111", "3333")}" name="Bilder"><MemberSource targetGUID="{V(5).replace("1111", "2222")}"/></Set>'
        f'<Set guid="{V(5).replace("1111", "3333")}" name="Gruppe X"><MemberSource targetGUID="{V(8).replace("1111", "2222")}"/>'
        f'<MemberCode targetGUID="{G(4)}"/><MemberNote targetGUID="{V(7).replace("1111", "2222")}"/></Set>'
        f'</Sets>'
        f'<Graphs><Graph guid="{V(6).replace("1111", "3333")}" name="Modell">'
        f'<Vertex guid="{V(7).replace("1111", "3333")}" representedGUID="{G(3)}" firstX="0" firstY="0"/></Graph>'
        f'<Graph guid="{V(0).replace("1111", "4444")}"/>'
        f'</Graphs>')
    files = {f"sources/{G(6)}.txt": TEXT_1.encode("utf-8"),
             "sources/rik.docx": _docx("I: Noe helt annet.", "R: Ja.")}
    xml = _project(body).replace('name="Test"', f'name="Kjøkkenbenk" origin="NVivo 14" creatingUserGUID="{G(1)}"')
    return _qdpx(tmp_path / ("omdøpt.qdpx" if renamed else "benk.qdpx"), xml.replace("><", ">\n<"), files)


# The left-out lines are the same in both imports: the same file, the same things it holds that Kodeverk does not.
LEFT_OUT = """\
  LEFT OUT: source 'Intervju 1' (line 38), selection [27, 58) at line 43: refers to a code that is not in the codebook (99999999-0000-4000-8000-000000000000)
  LEFT OUT: source 'Intervju 1' (line 38), selection [3, 999) at line 59: outside the source's text (0–61); 2 coding(s) left out
  LEFT OUT: source 'Intervju 1' (line 38), selection [22, 24) at line 67: holds only characters Kodeverk does not store (line breaks, spaces, invisible marks)
  LEFT OUT: source 'Intervju 1' (line 38), selection [0, 2) at line 72: a comment on a passage without a code (Kodeverk keeps memos on codings, transcripts and codes)
  LEFT OUT: source 'Intervju 1' (line 38): a coding of the whole source refers to a code that is not in the codebook (99999999-0000-4000-8000-00000000000a)
  LEFT OUT: source 'Borte' (line 84): its text file 'internal://borte.txt' is not in the archive; its 1 coding selection(s) left out
  LEFT OUT: source 'Bilde' (line 91): a PictureSource; Kodeverk takes text sources only
  LEFT OUT: source 'Tom' (line 92): has no text
  LEFT OUT: case 'Informant A', line 27: a value of an unknown variable (11111119-aaaa-4bbb-8ccc-1234567890ab): 'hemmelig'
  LEFT OUT: set 'Bilder' (line 132): none of its sources were taken (Kodeverk keeps sets of transcripts as phases and groups)
  LEFT OUT: a note on source 'Tom', which was not taken
  LEFT OUT: link 'fører til' (line 118): code 'Samordning' → source 'Intervju 1'; Kodeverk has no links (write it into a code's description or a memo)
  LEFT OUT: a link (line 119): the passage [27, 58) of 'Intervju 1' ↔ case 'Informant A'; Kodeverk has no links (write it into a code's description or a memo)
  LEFT OUT: link 'notat til sett' (line 120): note 'Om tom' – set 'Runde A'; Kodeverk has no links (write it into a code's description or a memo)
  LEFT OUT: a link (line 121): something not in the file (99999999-0000-4000-8000-00000000000b) – nothing; Kodeverk has no links (write it into a code's description or a memo)
  LEFT OUT: graph 'Modell' (line 142) with 1 vertices and 0 edges; Kodeverk has no network views
  LEFT OUT: a graph (line 145) with 0 vertices and 0 edges; Kodeverk has no network views
  LEFT OUT: set 'Gruppe X' (line 135): its 2 member code(s) or note(s) (Kodeverk keeps sets of transcripts only, as phases and groups)
"""

FIRST = """\
import of benk.qdpx into new project p.kodeverk (from NVivo 14)
  transcripts added: 4
    Intervju 1
    Intervju 1 (2)
    Intervju 5
    Rik
  positions in 'Intervju 1' remapped to the normalised text
  codes: 0 matched, 4 added
  coder added: Åse
  coder added: Bjørn
  informant added: Informant A
  informant added: Informant B
  informant added: Intervju 5
  phase added: Runde A
  phase added: Runde B
  group added: Gruppe X
  codings added: 2 (Bjørn 1, Åse 1); duplicates skipped: 0
  memos added: 1; duplicates skipped: 0
  warning: line 9: code 'Samordning' has the colour 'blå', which is not #RRGGBB; a default colour is used
  warning: line 12: a code without a name was named '(unnamed)'
  warning: line 75: a selection in 'Intervju 1' has no valid positions; left out
  warning: line 113: note 'Prosjektnotat': its text file 'internal://n.txt' is not in the archive; kept with its description only
  warning: source 'Rik': the text of its rich text file differs from its plain text; speaker turns found from the plain text (labels marked only by bold are not recognised)
  warning: code 'Samordning' (line 9) is a folder in the file (isCodable="false"); kept as a code, and Kodeverk lets you code with it
  warning: line 13: code 'Kopi' repeats the GUID of another code; given a GUID of its own
  warning: source 'Intervju 1' (line 38), selection [5, 5) at line 54: zero-length selection skipped
  warning: source 'Intervju 1': a transcript with that name exists already; named 'Intervju 1 (2)'
  warning: case 'Informant B': the transcript has an informant already; not linked again
  warning: source 'Intervju 1': interview date 'i fjor' is not a date (YYYY-MM-DD); left out
  warning: source 'Intervju 5': its variables were kept on an informant of the same name
  warning: transcript 'Intervju 1' is in two phases in the file; kept the first
""" + LEFT_OUT

SECOND = """\
import of omdøpt.qdpx into p.kodeverk (from NVivo 14)
  transcripts added: 0
  transcript 'Intervju 1' is already in the project as 'Intervju 1' (same text)
  transcript 'Intervju 1' is already in the project as 'Intervju 1 (2)' (same text)
  transcript 'Intervju 5' is already in the project as 'Intervju 5' (same text)
  transcript 'Rik' is already in the project as 'Rik' (same text)
  positions in 'Intervju 1' remapped to the normalised text
  codes: 4 matched, 0 added
  code 'Samordning/Dele info' matched by GUID to 'Samordning/Dele informasjon 😀'
  codings added: 0 (none); duplicates skipped: 2
  memos added: 0; duplicates skipped: 1
  warning: line 9: code 'Samordning' has the colour 'blå', which is not #RRGGBB; a default colour is used
  warning: line 12: a code without a name was named '(unnamed)'
  warning: line 75: a selection in 'Intervju 1' has no valid positions; left out
  warning: line 113: note 'Prosjektnotat': its text file 'internal://n.txt' is not in the archive; kept with its description only
  warning: source 'Rik': the text of its rich text file differs from its plain text; speaker turns found from the plain text (labels marked only by bold are not recognised)
  warning: code 'Samordning' (line 9) is a folder in the file (isCodable="false"); kept as a code, and Kodeverk lets you code with it
  warning: line 13: code 'Kopi' repeats the GUID of another code; given a GUID of its own
  warning: source 'Intervju 1' (line 38), selection [5, 5) at line 54: zero-length selection skipped
  warning: source 'Intervju 5': its variables were kept on an informant of the same name
""" + LEFT_OUT


def _run(args: list[str], capsys: pytest.CaptureFixture) -> tuple[int, str]:
    code = main(args)
    return code, capsys.readouterr().out


def test_cli_report_is_the_pinned_english(tmp_path: Path, capsys: pytest.CaptureFixture,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _kitchen_sink(tmp_path)
    _kitchen_sink(tmp_path, renamed=True)
    code, out = _run(["qdpx", "import", "benk.qdpx", "p.kodeverk"], capsys)
    assert code == 1
    assert out == FIRST
    code, out = _run(["qdpx", "import", "omdøpt.qdpx", "p.kodeverk"], capsys)
    assert code == 1
    assert out == SECOND


def test_json_lists_the_same_lines(tmp_path: Path, capsys: pytest.CaptureFixture,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _kitchen_sink(tmp_path)
    code, out = _run(["qdpx", "import", "benk.qdpx", "p.kodeverk", "--json"], capsys)
    assert code == 1
    data = json.loads(out)
    lines = FIRST.splitlines()
    assert data["left_out"] == [line.removeprefix("  LEFT OUT: ") for line in lines if line.startswith("  LEFT OUT: ")]
    assert data["warnings"] == [line.removeprefix("  warning: ") for line in lines if line.startswith("  warning: ")]


def test_every_line_but_a_name_is_a_message_with_a_template(tmp_path: Path) -> None:
    report = import_qdpx(_kitchen_sink(tmp_path), tmp_path / "p.kodeverk")
    entries = report.entries()
    assert [str(e.message) for e in entries if e.kind == "name"] == report.transcripts_added
    messages = [e.message for e in entries if e.kind != "name"]
    assert len(messages) == len(FIRST.splitlines()) - len(report.transcripts_added)
    not_messages = [m for m in messages if not isinstance(m, Message)]
    assert not not_messages
    assert all(isinstance(line, Message) for line in report.left_out + report.warnings)


def test_counts_in_the_report_are_plural_templates(tmp_path: Path) -> None:
    report = import_qdpx(_kitchen_sink(tmp_path), tmp_path / "p.kodeverk")
    outside = next(m for m in report.left_out if "outside the source's text" in m)
    assert outside.template.endswith("%n coding(s) left out") and outside.count == 2
    assert str(outside).endswith("(0–61); 2 coding(s) left out")
    graph = next(m for m in report.left_out if m.startswith("graph 'Modell'"))
    assert graph.fields["vertices"].count == 1 and graph.fields["edges"].count == 0
    assert str(graph) == "graph 'Modell' (line 142) with 1 vertices and 0 edges; Kodeverk has no network views"
    member = next(m for m in report.left_out if m.startswith("set 'Gruppe X'"))
    assert member.count == 2 and "its 2 member code(s) or note(s)" in member


def test_a_lone_picture_source_with_codings_counts_what_went_with_it(tmp_path: Path) -> None:
    body = (f'<CodeBook><Codes><Code guid="{G(1)}" name="K" isCodable="true"/></Codes></CodeBook><Sources>'
            f'<PictureSource guid="{G(2)}" name="Foto"><Coding guid="{G(3)}"><CodeRef targetGUID="{G(1)}"/></Coding>'
            f'</PictureSource></Sources>')
    report = import_qdpx(_qdpx(tmp_path / "f.qdpx", _project(body)), tmp_path / "p.kodeverk")
    assert report.left_out == ["source 'Foto' (line 1): a PictureSource; Kodeverk takes text sources only; "
                               "its 1 coding selection(s) left out"]
    assert report.left_out[0].count == 1 and not report.complete
