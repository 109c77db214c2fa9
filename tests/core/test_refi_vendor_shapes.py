"""REFI-QDA import of the shapes ATLAS.ti 23, NVivo 15 (Mac) and qc write.

Each test runs on our own fixtures in ``tests/data/refi`` (always, CI
included) and on the real vendor exports in ``shared/refi-qda/examples``
when they are at hand (their licences keep them out of this repository).
Expectations come from each file's own XML, so both kinds are held to the same checks.
"""

from __future__ import annotations

import importlib.util
import os
import unicodedata
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import select

from kodeverk.cli.main import main
from kodeverk.codebook.service import load_codebook
from kodeverk.project import Project
from kodeverk.refi.importer import import_qdpx
from kodeverk.resources import resource_path
from kodeverk.storage.models import Coder, Coding, Transcript

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "refi"
EXAMPLES = Path(os.environ.get("KODEVERK_REFI_SHARED", "/work/shared/refi-qda")) / "examples"
NS = {"q": "urn:QDA-XML:project:1.0"}
SHAPES = {  # shape -> (our fixture, the real export it reproduces)
    "atlas-blank": ("atlasti23_blank.qdpx", "atlasti23_blank-atlas-project.qdpx"),
    "atlas-target": ("atlasti23_target.qdpx", "atlasti23_target-atlas-project.qdpx"),
    "nvivo": ("nvivo15mac.qdpx", "nvivo15mac_qc-project.qdpx"),
    "qc": ("qc132.qdpx", "qc132_demo.qdpx"),
}


def _files(*shapes: str) -> list:
    params = []
    for shape in shapes:
        ours, real = SHAPES[shape]
        params.append(pytest.param(FIXTURES / ours, id=f"{shape}-fixture"))
        params.append(pytest.param(EXAMPLES / real, id=f"{shape}-real", marks=pytest.mark.skipif(
            not (EXAMPLES / real).is_file(), reason=f"the real export {real} is not at hand")))
    return params


def _root(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read("project.qde"))


def _xml_tree(root: etree._Element) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []

    def walk(element: etree._Element, prefix: tuple[str, ...]) -> None:
        for code in element.iterfind("q:Code", NS):
            here = prefix + (code.get("name"),)
            out.append(here)
            walk(code, here)

    codes = root.find("q:CodeBook/q:Codes", NS)
    if codes is not None:
        walk(codes, ())
    return out


def _load_maker():
    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_the_fixtures_are_what_the_script_builds_and_valid_against_the_schema() -> None:
    schema = etree.XMLSchema(etree.parse(str(resource_path("refi-qda") / "Project.xsd")))
    built = _load_maker().build()
    assert sorted(built) == sorted(ours for ours, _real in SHAPES.values())
    for name, data in built.items():
        assert (FIXTURES / name).read_bytes() == data, f"{name} is stale: run tests/data/refi/make_fixtures.py"
        assert schema.validate(etree.ElementTree(_root(FIXTURES / name))), (name, schema.error_log.last_error)


@pytest.mark.parametrize("path", _files("atlas-blank", "atlas-target", "nvivo", "qc"))
def test_the_code_tree_is_the_one_in_the_xml(path: Path, tmp_path: Path) -> None:
    target = tmp_path / "p.kodeverk"
    report = import_qdpx(path, target)
    assert report.created_project
    with Project.open(target, read_only=True) as project, project.reading() as session:
        assert [node.path for node in load_codebook(session).walk()] == _xml_tree(_root(path))


@pytest.mark.parametrize("path", _files("atlas-blank", "atlas-target"))
def test_atlas_users_become_coders_and_upper_case_guids_are_kept(path: Path, tmp_path: Path) -> None:
    root = _root(path)
    users = [(u.get("guid").lower(), u.get("name")) for u in root.iterfind("q:Users/q:User", NS)]
    target = tmp_path / "p.kodeverk"
    report = import_qdpx(path, target)
    assert report.complete and report.coders_added == [name for _guid, name in users]
    assert not report.transcripts_added and not report.warnings
    codes = {c.get("name"): c.get("guid").lower() for c in root.iter(f"{{{NS['q']}}}Code")}
    with Project.open(target, read_only=True) as project, project.reading() as session:
        assert sorted((c.uuid, c.name) for c in session.scalars(select(Coder))) == sorted(users)
        book = load_codebook(session)
        assert {n.name: n.uuid for n in book.nodes.values()} == codes
        assert all(n.colour.startswith("#") and len(n.colour) == 7 for n in book.nodes.values())  # no color given


@pytest.mark.parametrize("path", _files("nvivo"))
def test_nvivo_repeated_names_internal_paths_and_empty_sources(path: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture) -> None:
    root = _root(path)
    tree = _xml_tree(root)
    assert len({p[-1] for p in tree}) < len(tree)  # the shape: names repeat under different parents
    sources = root.findall("q:Sources/q:TextSource", NS)
    assert all(s.get("plainTextPath").startswith("internal://") and s.get("richTextPath").endswith(".docx")
               for s in sources)
    target = tmp_path / "p.kodeverk"
    report = import_qdpx(path, target)
    assert len(report.codes_adopted) == len(tree)
    assert len(report.left_out) == len(sources) and all("has no text" in line for line in report.left_out)
    assert not [w for w in report.warnings if ".root" in w]  # the stray entry is no source and no problem
    assert main(["qdpx", "import", str(path), str(tmp_path / "q.kodeverk")]) == 1
    assert capsys.readouterr().out.count("LEFT OUT:") == len(sources)
    with Project.open(target, read_only=True) as project, project.reading() as session:
        assert {c.name for c in session.scalars(select(Coder))} == {
            u.get("name") for u in root.iterfind("q:Users/q:User", NS)}


@pytest.mark.parametrize("path", _files("qc"))
def test_qc_positions_land_on_the_same_passages_by_the_same_coder(path: Path, tmp_path: Path) -> None:
    root = _root(path)
    target = tmp_path / "p.kodeverk"
    report = import_qdpx(path, target)
    codings = root.findall(".//q:PlainTextSelection/q:Coding", NS)
    assert report.complete and sum(report.codings_added.values()) == len(codings)
    users = {u.get("guid"): u.get("name") for u in root.iterfind("q:Users/q:User", NS)}
    assert set(report.codings_added) == {users[c.get("creatingUser")] for c in codings}
    source = root.find("q:Sources/q:TextSource", NS)
    reference = source.get("plainTextPath")
    assert "://" not in reference  # the shape: a bare, non-GUID file name
    with zipfile.ZipFile(path) as archive:
        raw = archive.read(f"sources/{reference}").decode("utf-8")
    name = Path(reference).stem
    wanted = sorted(unicodedata.normalize("NFC", " ".join(raw[int(s.get("startPosition")):int(s.get("endPosition"))]
                                                           .split()))
                    for s in source.iterfind("q:PlainTextSelection", NS) for _c in s.iterfind("q:Coding", NS))
    with Project.open(target, read_only=True) as project, project.reading() as session:
        transcript = session.scalar(select(Transcript).where(Transcript.name == name))
        text = transcript.text
        got = sorted(" ".join(text[c.start:c.end].split())
                     for c in session.scalars(select(Coding).where(Coding.transcript_id == transcript.id)))
        assert len(session.scalars(select(Transcript)).all()) == len(root.findall("q:Sources/q:TextSource", NS))
    assert wanted == got


def test_qc_fixture_counts_code_points_not_bytes_or_utf16(tmp_path: Path) -> None:
    """Our qc text has æøå, an emoji and a combining accent: a byte or UTF-16 count would land elsewhere."""
    maker = _load_maker()
    text = maker.QC_TEXT
    assert len(text) != len(text.encode("utf-8")) != len(text.encode("utf-16-le")) // 2
    target = tmp_path / "p.kodeverk"
    import_qdpx(FIXTURES / "qc132.qdpx", target)
    with Project.open(target, read_only=True) as project, project.reading() as session:
        stored = session.scalar(select(Transcript.text).where(Transcript.name == "styremote"))
        spans = sorted((c.start, c.end, c.code.name) for c in session.scalars(select(Coding)))
    got = [(stored[a:b], code) for a, b, code in spans]
    assert ("Deltaker 2:         Ja. Mens de gjør seg klare, vil jeg si at det er\ngodt å se at vi tar tak i et "
            "felles mål i \u00e9n av handlingsplanene 😀.\nVi har snakket om dette i hvert møte siden høsten.\n",
            "møter") in got  # the combining accent composed (NFC), the trailing spaces dropped, positions remapped
    assert ("vi har ennå ikke en felles plan.", "plan") in got
