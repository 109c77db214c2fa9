"""Builds the REFI-QDA fixtures in this folder: small .qdpx files of our own in the shapes real tools write.

The real exports in ``shared/refi-qda/examples`` cannot be copied into this
repository (their licences are AGPL or unstated), so these files reproduce
their structure and quirks with content we wrote ourselves:

* ``atlasti23_blank.qdpx`` — ATLAS.ti 23 for Windows, a project with nothing
  but ``Users``: indented XML with CRLF line ends, ``xsi:schemaLocation`` to
  the official URL, upper-case GUIDs, ``creatingUserGUID``, the program itself
  as a second user, the default namespace declared last, ``" />``;
* ``atlasti23_target.qdpx`` — the same with ``modifyingUserGUID`` and a
  nested ``CodeBook`` whose codes have no ``color``;
* ``nvivo15mac.qdpx`` — NVivo 15 for Mac: all on one line, attributes in
  alphabetical order, ``standalone="no"``, ``basePath=""``,
  ``xsi:schemaLocation="… Project.xsd"`` (a bare file name), users with an
  ``id``, lower-case GUIDs made of hex digits of ASCII, nested codes whose
  names repeat under different parents, two text sources named by such a
  GUID with ``plainTextPath`` and ``richTextPath`` ``internal://<guid>.txt``
  / ``.docx``, 1-byte text files (a line break), near-empty .docx files, a
  stray ``sources/.root`` entry, members stored uncompressed, no codings;
* ``qc132.qdpx`` — qc 1.3.2: no XML declaration, no schemaLocation, source
  paths that are bare, non-GUID file names (``plainTextPath="styremote.txt"``
  for ``sources/styremote.txt``), selections named ``line:N`` covering whole
  hard-wrapped lines (trailing spaces and the line break included) as
  half-open code-point positions, several ``Coding``s with ``creatingUser``
  on one selection, and a second source without selections. Our text has
  æ, ø, å, an emoji and a combining accent, so code points, UTF-16 units and
  bytes all differ.

Run ``python tests/data/refi/make_fixtures.py`` to rebuild them; the tests
check that the files here are exactly what this script builds.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import quoteattr

HERE = Path(__file__).resolve().parent
XSI = "http://www.w3.org/2001/XMLSchema-instance"
NS = "urn:QDA-XML:project:1.0"


def _zip(members: list[tuple[str, bytes, tuple[int, ...]]], compression: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data, when in members:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = compression
            info.create_system = 3 if compression == zipfile.ZIP_STORED else 0
            archive.writestr(info, data)
    return buffer.getvalue()


def _ascii_guid(seed: str) -> str:
    """A GUID of hex digits of ASCII characters, lower case, as NVivo and qc write them."""
    text = "".join(f"{ord(c):02x}" for c in (seed * 16)[:16])
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:32]}"


def _guid_for(*parts: str) -> str:
    """A stable hex-of-ASCII GUID for ``parts`` (seeded by a small hash, like NVivo's look)."""
    import hashlib

    digest = hashlib.sha1("/".join(parts).encode("utf-8")).hexdigest()
    return _ascii_guid(digest[:16])


# -- ATLAS.ti 23 -----------------------------------------------------------------------------------

_ATLAS_USERS = [("5D0B7E31-2C6A-4F0E-9A41-7B3C2E8D1F06", "Kari Nordmann"),
                ("C32A2BD5-537F-4838-8B17-DF9EFBAFDF4B", "ATLAS.ti")]
_ATLAS_CODES = [("8E2F4A61-0B3D-4C7E-A5F9-1D6B3C8E2A70", "Samordning", [
    ("3B7C9D12-6E4F-4A8B-9C1D-2E5F7A3B6C84", "2023-05-10T09:15:00Z møte i kjernegruppen"),
    ("F1A2B3C4-D5E6-4F70-8192-A3B4C5D6E7F8", "2023-02-11T10:39:25Z sekretariatet"),
])]


def _atlas(name: str, with_codes: bool) -> bytes:
    creator = _ATLAS_USERS[0][0]
    modified = (f' modifyingUserGUID="{creator}" modifiedDateTime="2023-08-16T15:50:33Z"' if with_codes else "")
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             f'<Project xmlns:xsi="{XSI}" xsi:schemaLocation="{NS} '
             'http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd" '
             f'origin="ATLAS.ti for Windows 23.2.3.27778" name={quoteattr(name)} creatingUserGUID="{creator}" '
             f'creationDateTime="2023-08-16T15:14:29Z"{modified} xmlns="{NS}">',
             "  <Users>"]
    lines += [f'    <User guid="{guid}" name={quoteattr(user)} />' for guid, user in _ATLAS_USERS]
    lines.append("  </Users>")
    if with_codes:
        lines += ["  <CodeBook>", "    <Codes>"]
        for guid, code, children in _ATLAS_CODES:
            lines.append(f'      <Code guid="{guid}" name={quoteattr(code)} isCodable="true">')
            lines += [f'        <Code guid="{g}" name={quoteattr(n)} isCodable="true" />' for g, n in children]
            lines.append("      </Code>")
        lines += ["    </Codes>", "  </CodeBook>"]
    lines.append("</Project>")
    xml = "\r\n".join(lines).encode("utf-8")
    return _zip([("project.qde", xml, (2023, 8, 16, 11, 15, 0))], zipfile.ZIP_DEFLATED)


# -- NVivo 15 for Mac ------------------------------------------------------------------------------

# (name, children): names repeat under different parents, as in a real codebook grown over time.
_NVIVO_TREE: list = [
    ("rq1_forståelse", [
        ("kompetanse", [("programmering", []), ("analyse", [])]),
        ("begreper", [("abstraksjon", []), ("algoritmer", []), ("samordning", []), ("styring", [])]),
        ("utdanning", [("valg", []), ("medborgerskap", []), ("livsmestring", []),
                       ("omlegging", [("omlegging av fag", [])])]),
        ("rammer", [("samordning", []), ("språk", []), ("programmering", [("programmering", [])])]),
        ("praksis", [("samarbeid", []), ("digitalt medborgerskap", [("medborgerskap", [])]), ("feilsøking", [])]),
    ]),
    ("rq2_gjennomføring", [
        ("læreplan", [("fagfornyelse", [("valg", [])]), ("tverrfaglig", [("språk", []), ("realfag", [])])]),
        ("gjennomføring", [("ressurser", []), ("bemanning", [("rekruttering", [])]), ("styring", [])]),
        ("pedagogikk", [("deltakelse", [("motivasjon", []), ("samarbeid", [])]), ("pedagogikk", [])]),
    ]),
    ("politikk", [("legitimitet", []), ("politisk vilje", []),
                  ("opinion", [("samarbeid", []), ("spenninger", [])])]),
]
_NVIVO_USERS = [(_ascii_guid("nvivo-owner-0001"), "KN", "kari.n"), (_ascii_guid("9c9519bf27467d"), "O", "ola")]
_NVIVO_SOURCES = ["d3a1c0de-5e1f-4b2a-9c3d-7e6f5a4b3c21", "a9f8e7d6-c5b4-4a39-8271-605f4e3d2c1b"]
_DOCX_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxml'
               'formats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
               'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
               '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
               'wordprocessingml.document.main+xml"/></Types>')
_DOCX_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
              'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
              'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
              '</Relationships>')
_DOCX_BODY = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.'
              'openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:pPr><w:pStyle w:val="Normal1"/>'
              '<w:widowControl/><w:bidi w:val="0"/><w:jc w:val="left"/><w:rPr></w:rPr></w:pPr><w:r><w:rPr></w:rPr>'
              '</w:r></w:p><w:sectPr><w:type w:val="nextPage"/><w:pgSz w:w="12240" w:h="15840"/></w:sectPr>'
              '</w:body></w:document>')


def _nvivo_code(name: str, children: list, path: tuple[str, ...]) -> str:
    here = path + (name,)
    attrs = f'guid="{_guid_for("nvivo", *here)}" isCodable="true" name={quoteattr(name)}'
    if not children:
        return f"<Code {attrs}/>"
    return f"<Code {attrs}>" + "".join(_nvivo_code(n, c, here) for n, c in children) + "</Code>"


def nvivo_code_count(tree: list | None = None) -> int:
    return sum(1 + nvivo_code_count(children) for _name, children in (_NVIVO_TREE if tree is None else tree))


def _nvivo() -> bytes:
    owner = _NVIVO_USERS[0][0]
    users = "".join(f'<User guid="{g}" id="{i}" name="{n}"/>' for g, i, n in _NVIVO_USERS)
    codes = "".join(_nvivo_code(n, c, ()) for n, c in _NVIVO_TREE)
    sources = "".join(
        f'<TextSource creatingUser="{owner}" creationDateTime="2024-09-15T15:36:47Z" guid="{guid}" '
        f'modifiedDateTime="2024-09-15T15:36:47Z" modifyingUser="{owner}" name="{_guid_for("nvivo-name", guid)}" '
        f'plainTextPath="internal://{guid}.txt" richTextPath="internal://{guid}.docx"/>' for guid in _NVIVO_SOURCES)
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="no" ?>'
           f'<Project basePath="" creatingUserGUID="{owner}" creationDateTime="2024-09-15T15:36:45Z" '
           f'modifiedDateTime="2024-09-15T15:36:51Z" modifyingUserGUID="{owner}" name="kv project" '
           f'origin="NVivo for Mac 15.0.0" xmlns="{NS}" xmlns:xsi="{XSI}" xsi:schemaLocation="{NS} Project.xsd">'
           f"<Users>{users}</Users><CodeBook><Codes>{codes}</Codes></CodeBook><Sources>{sources}</Sources>"
           "</Project>")
    docx = _zip([("_rels/.rels", _DOCX_RELS.encode(), (2024, 9, 16, 21, 44, 0)),
                 ("word/document.xml", _DOCX_BODY.encode(), (2024, 9, 16, 21, 44, 0)),
                 ("[Content_Types].xml", _DOCX_TYPES.encode(), (2024, 9, 16, 21, 44, 0))], zipfile.ZIP_DEFLATED)
    first, second = _NVIVO_SOURCES
    when = (2024, 9, 16, 17, 44, 14)
    return _zip([(f"sources/{first}.docx", docx, when), (f"sources/{second}.txt", b"\n", when),
                 (f"sources/{first}.txt", b"\n", when), ("sources/.root", b"", when),
                 (f"sources/{second}.docx", docx, when), ("project.qde", xml.encode("utf-8"), when)],
                zipfile.ZIP_STORED)


# -- qc 1.3.2 --------------------------------------------------------------------------------------

QC_TEXT = (
    "Møteleder:          Takk. Vi går videre til samordningen i \n"
    "kjernegruppen. \n"
    "\n"
    "Deltaker 2:         Ja. Mens de gjør seg klare, vil jeg si at det er \n"
    "godt å se at vi tar tak i et felles mål i e\u0301n av handlingsplanene 😀. \n"
    "Vi har snakket om dette i hvert møte siden høsten. \n"
    "\n"
    "Møteleder:          Hvem eier problemet når departementene er uenige? \n"
    "\n"
    "Deltaker 3:         Det er nettopp det. Ingen eier det alene, og \n"
    "derfor trengs en arena som denne. Vi deler informasjon, men \n"
    "vi har ennå ikke en felles plan. \n"
)
QC_OTHER = "Automatisk:         Samtalen tas nå opp.\n\nIntervjuer:         Takk for at du stiller opp.\n"
# (first line, last line, codes) — lines are 1-based, as qc names its selections
_QC_SELECTIONS = [(1, 2, ["samordning"]), (4, 6, ["samordning", "felles mål", "møter"]), (8, 8, ["eierskap"]),
                  (10, 12, ["eierskap", "samordning/informasjon"]), (12, 12, ["samordning/plan"])]
_QC_CODES = [("samordning", [("informasjon", []), ("plan", [])]), ("felles mål", []), ("møter", []),
             ("eierskap", [])]
_QC_USER = _ascii_guid("9c9519bf27467d")


def _qc_code(name: str, children: list, path: tuple[str, ...]) -> str:
    here = path + (name,)
    attrs = f'name={quoteattr(name)} guid="{_guid_for("qc", *here)}" isCodable="true"'
    if not children:
        return f"<Code {attrs} />"
    return f"<Code {attrs}>" + "".join(_qc_code(n, c, here) for n, c in children) + "</Code>"


def qc_spans() -> list[tuple[int, int, list[str]]]:
    """Half-open code-point [start, end) of each selection, whole lines with their line breaks."""
    starts = [0]
    for line in QC_TEXT.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    return [(starts[first - 1], starts[last], codes) for first, last, codes in _QC_SELECTIONS]


def _qc() -> bytes:
    codes = "".join(_qc_code(n, c, ()) for n, c in _QC_CODES)
    selections = []
    for number, (start, end, names) in enumerate(qc_spans()):
        line = QC_TEXT[:start].count("\n") + 1
        codings = "".join(f'<Coding guid="{_guid_for("qc-coding", str(number), n)}" creatingUser="{_QC_USER}">'
                          f'<CodeRef targetGUID="{_guid_for("qc", *n.split("/"))}" /></Coding>' for n in names)
        selections.append(f'<PlainTextSelection guid="{_guid_for("qc-selection", str(number))}" name="line:{line}" '
                          f'startPosition="{start}" endPosition="{end}">{codings}</PlainTextSelection>')
    xml = (f'<Project xmlns="{NS}" xmlns:xsi="{XSI}" origin="qc 1.3.2" name="qc project">'
           f'<Users><User name="ola" guid="{_QC_USER}" /></Users><CodeBook><Codes>{codes}</Codes></CodeBook>'
           f'<Sources><TextSource plainTextPath="styremote.txt" guid="{_guid_for("qc-source", "styremote")}">'
           f'{"".join(selections)}</TextSource>'
           f'<TextSource plainTextPath="admin-1.txt" guid="{_guid_for("qc-source", "admin-1")}" /></Sources></Project>')
    return _zip([("project.qde", xml.encode("utf-8"), (2024, 8, 1, 17, 48, 44)),
                 ("sources/styremote.txt", QC_TEXT.encode("utf-8"), (2023, 10, 25, 11, 58, 50)),
                 ("sources/admin-1.txt", QC_OTHER.encode("utf-8"), (2024, 8, 1, 17, 30, 28))], zipfile.ZIP_DEFLATED)


def build() -> dict[str, bytes]:
    """The fixture files by name."""
    return {"atlasti23_blank.qdpx": _atlas("blank-project", False),
            "atlasti23_target.qdpx": _atlas("target-project", True),
            "nvivo15mac.qdpx": _nvivo(), "qc132.qdpx": _qc()}


def main(folder: Path = HERE) -> None:
    for name, data in build().items():
        (folder / name).write_bytes(data)
        print(f"wrote {folder / name} ({len(data)} bytes)")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
