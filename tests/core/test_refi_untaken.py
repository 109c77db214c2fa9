"""REFI-QDA import: links, graphs, sets of codes and folder codes are reported, one line each."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from kodeverk.cli.main import main
from kodeverk.codebook.service import load_codebook
from kodeverk.project import Project
from kodeverk.refi.importer import import_qdpx
from kodeverk.storage.models import Coding, Transcript
from tests.core.test_refi_import import G, _project, _qdpx

TEXT = "I: Hvordan samarbeider dere? 😀\nR: Vi deler informasjon i hvert møte."


def _body(extra: str) -> str:
    start = TEXT.index("Vi deler")
    return (f'<Users><User guid="{G(1)}" name="Kari"/></Users>'
            f'<CodeBook><Codes><Code guid="{G(2)}" name="Samordning" isCodable="false">'
            f'<Code guid="{G(3)}" name="Dele informasjon" isCodable="true"/>'
            f'<Code guid="{G(4)}" name="Underkategori" isCodable="0">'
            f'<Code guid="{G(5)}" name="Felles plan" isCodable="true"/></Code></Code></Codes></CodeBook>'
            f'<Sources><TextSource guid="{G(6)}" name="Intervju 1"><PlainTextContent>{TEXT}</PlainTextContent>'
            f'<PlainTextSelection guid="{G(7)}" startPosition="{start}" endPosition="{len(TEXT)}" '
            f'creatingUser="{G(1)}"><Coding guid="{G(8)}" creatingUser="{G(1)}"><CodeRef targetGUID="{G(3)}"/>'
            f'</Coding></PlainTextSelection></TextSource></Sources>{extra}')


def test_links_graphs_and_code_sets_are_each_a_line_of_what_was_left_out(tmp_path: Path) -> None:
    other = "99999999-aaaa-4bbb-8ccc-1234567890ab"
    extra = (f'<Links><Link guid="{G(9)}" name="fører til" direction="OneWay" originGUID="{G(3)}" '
             f'targetGUID="{G(5)}"/>'
             f'<Link guid="{G(0)}" direction="Bidirectional" originGUID="{G(7).upper()}" targetGUID="{G(6)}"/>'
             f'<Link guid="{other.replace("9", "8")}" originGUID="{other}"/></Links>'
             f'<Sets><Set guid="{other.replace("9", "7")}" name="Nøkkelkoder"><MemberCode targetGUID="{G(3)}"/>'
             f'<MemberCode targetGUID="{G(5)}"/></Set>'
             f'<Set guid="{other.replace("9", "6")}" name="KUBU"><MemberSource targetGUID="{G(6)}"/>'
             f'<MemberCode targetGUID="{G(3)}"/></Set></Sets>'
             f'<Graphs><Graph guid="{other.replace("9", "5")}" name="Modell">'
             f'<Vertex guid="{other.replace("9", "4")}" representedGUID="{G(3)}" firstX="0" firstY="0"/>'
             f'<Vertex guid="{other.replace("9", "3")}" representedGUID="{G(5)}" firstX="9" firstY="9"/>'
             f'<Edge guid="{other.replace("9", "2")}" sourceVertex="{other.replace("9", "4")}" '
             f'targetVertex="{other.replace("9", "3")}"/></Graph><Graph guid="{other.replace("9", "1")}"/></Graphs>')
    path = _qdpx(tmp_path / "x.qdpx", _project(_body(extra)))
    target = tmp_path / "p.kodeverk"
    report = import_qdpx(path, target)
    assert report.left_out == [
        "link 'fører til' (line 2): code 'Samordning/Dele informasjon' → code 'Samordning/Underkategori/Felles plan'; "
        "Kodeverk has no links (write it into a code's description or a memo)",
        f"a link (line 2): the passage [{TEXT.index('Vi deler')}, {len(TEXT)}) of 'Intervju 1' ↔ source "
        "'Intervju 1'; Kodeverk has no links (write it into a code's description or a memo)",
        f"a link (line 2): something not in the file ({other}) – nothing; Kodeverk has no links (write it into a "
        "code's description or a memo)",
        "graph 'Modell' (line 2) with 2 vertices and 1 edges; Kodeverk has no network views",
        "a graph (line 2) with 0 vertices and 0 edges; Kodeverk has no network views",
        "set 'Nøkkelkoder' (line 2): its 2 member code(s) or note(s) (Kodeverk keeps sets of transcripts only, "
        "as phases and groups)",
        "set 'KUBU' (line 2): its 1 member code(s) or note(s) (Kodeverk keeps sets of transcripts only, "
        "as phases and groups)",
    ]
    with Project.open(target, read_only=True) as project, project.reading() as session:
        transcript = session.scalars(select(Transcript)).one()
        assert [g.name for g in transcript.groups] == ["KUBU"]  # the sources of a mixed set are taken
        assert len(session.scalars(select(Coding)).all()) == 1


def test_folder_codes_are_kept_with_their_sub_codes_and_named_in_the_warnings(tmp_path: Path) -> None:
    """isCodable="false" is a folder (MAXQDA, NVivo aggregate): the tree and every path stay as in the file."""
    target = tmp_path / "p.kodeverk"
    report = import_qdpx(_qdpx(tmp_path / "x.qdpx", _project(_body(""))), target)
    assert report.complete
    folders = [w for w in report.warnings if "isCodable" in w]
    assert folders == [
        "code 'Samordning' (line 1) is a folder in the file (isCodable=\"false\"); kept as a code, and Kodeverk "
        "lets you code with it",
        "code 'Samordning/Underkategori' (line 1) is a folder in the file (isCodable=\"false\"); kept as a code, "
        "and Kodeverk lets you code with it",
    ]
    with Project.open(target, read_only=True) as project, project.reading() as session:
        paths = ["/".join(node.path) for node in load_codebook(session).walk()]
        assert paths == ["Samordning", "Samordning/Dele informasjon", "Samordning/Underkategori",
                         "Samordning/Underkategori/Felles plan"]
        coding = session.scalars(select(Coding)).one()
        assert coding.code.name == "Dele informasjon"


def test_the_cli_prints_each_left_out_link_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    extra = f'<Links><Link guid="{G(9)}" name="årsak" originGUID="{G(3)}" targetGUID="{G(2)}"/></Links>'
    path = _qdpx(tmp_path / "x.qdpx", _project(_body(extra)))
    assert main(["qdpx", "import", str(path), str(tmp_path / "p.kodeverk")]) == 1
    out = capsys.readouterr().out
    assert ("  LEFT OUT: link 'årsak' (line 2): code 'Samordning/Dele informasjon' – code 'Samordning'; "
            "Kodeverk has no links") in out
    assert "warning: code 'Samordning' (line 1) is a folder" in out
