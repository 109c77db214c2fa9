"""Exchanging the codebook: REFI-QDA .qdc and JSON out and in, and a Word codebook for a report appendix.

* ``.qdc``: QDA-XML codebook 1.0 (validated against Codebook.xsd on the way
  out; read leniently, any namespace, non-GUID ids, ``#RGB`` colours);
* ``.json``: ``{"format": "kodeverk-codebook", "version": 1, "name": ...,
  "codes": [{"name", "uuid", "colour", "description", "children"}]}``; the
  codebook templates (``resources/codebooks``, no UUIDs) read as well;
* ``.docx``: every code as a numbered heading (``2.3 Sekretariatet``) with its
  definition, in Norwegian or English.

Importing merges, like a coder copy's codes (by UUID, else by path; the rest
is added): nothing is replaced, except that a definition is filled in where
the project's code has none. One import is one transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from kodeverk import __version__
from kodeverk.codebook.service import load_codebook
from kodeverk.codebook.tree import Codebook
from kodeverk.errors import FileProblem, ProjectFileError, UsageError
from kodeverk.files import atomic_target
from kodeverk.export.labels import Lang
from kodeverk.project import Project
from kodeverk.refi.codes_xml import RefiCode, codebook_from_refi, read_codes, write_codes
from kodeverk.refi.guids import derived, guid_key, normalise_guid
from kodeverk.refi.schema import CODEBOOK_NS, codebook_problems
from kodeverk.refi.xml import colour_of, kid, local, namespace_version, parse_bytes
from kodeverk.storage import people
from kodeverk.storage.models import Code
from kodeverk.teamwork.code_match import CodeMatch, match_codes
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

FORMATS = (".qdc", ".json", ".docx")
JSON_FORMAT = "kodeverk-codebook"
_WORDS = {"nb": {"title": "Kodebok", "none": "Ingen definisjon ennå.", "intro": "Kodene i {name}, med definisjoner."},
          "en": {"title": "Codebook", "none": "No definition yet.", "intro": "The codes of {name}, with definitions."}}


class CodebookFileError(FileProblem):
    """A codebook file cannot be read (the message names the file and the problem)."""


@dataclass
class CodebookImportReport:
    """What a codebook import matched, added and filled in."""

    file: str
    codes: list[CodeMatch] = field(default_factory=list)
    described: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def added(self) -> list[CodeMatch]:
        return [c for c in self.codes if c.how == "adopted"]

    def as_json(self) -> dict:
        return {"file": self.file, "matched": [c.as_json() for c in self.codes if c.how != "adopted"],
                "added": [c.as_json() for c in self.added], "definitions_filled_in": list(self.described),
                "warnings": list(self.warnings)}

    def lines(self) -> list[str]:
        out = [f"codebook import of {self.file}: {len(self.codes) - len(self.added)} matched, "
               f"{len(self.added)} added, {len(self.described)} definition(s) filled in"]
        out += [f"  added: {c.path}" for c in self.added]
        out += [f"  code {c.other_path!r} matched by GUID to {c.path!r}" for c in self.codes if c.renamed]
        out += [f"  definition filled in: {p}" for p in self.described]
        out += [f"  warning: {w}" for w in self.warnings]
        return out


# -- export ------------------------------------------------------------------------------------------


def export_codebook(project: Project, out: Path | str, *, lang: Lang = "nb") -> int:
    """Write the codebook to ``out`` (.qdc, .json or .docx by its suffix); returns the number of codes."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "{file}: a codebook is exported as .qdc, .json or .docx"),
                                 file=out.name))
    if not out.parent.is_dir():
        raise ProjectFileError(out,
                               Message(QT_TRANSLATE_NOOP("CoreMessages", "the folder {folder} does not exist"),
                                       folder=str(out.parent)))
    with project.reading() as session:
        book = load_codebook(session)
        name = people.project_info(session).name
    if suffix == ".qdc":
        data = qdc_bytes(book)
        write = lambda path: path.write_bytes(data)  # noqa: E731
    elif suffix == ".json":
        text = json.dumps({"format": JSON_FORMAT, "version": 1, "name": name, "codes": _json_codes(book)},
                          ensure_ascii=False, indent=2)
        write = lambda path: path.write_text(text + "\n", encoding="utf-8")  # noqa: E731
    else:
        write = lambda path: _word(book, name, lang).save(str(path))  # noqa: E731
    with atomic_target(out) as partial:
        write(partial)
    return len(book)


def qdc_bytes(book: Codebook) -> bytes:
    """The codebook as a QDA-XML codebook document (valid against Codebook.xsd)."""
    root = etree.Element(f"{{{CODEBOOK_NS}}}CodeBook", nsmap={None: CODEBOOK_NS})
    root.set("origin", f"Kodeverk {__version__}")
    write_codes(root, CODEBOOK_NS, book, with_note_refs=False)
    problems = codebook_problems(root)
    if problems:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "the codebook export is not valid against Codebook.xsd: {problems}"),
                                 problems="; ".join(problems[:3])))
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)


def _json_codes(book: Codebook, ids: tuple[int, ...] | None = None) -> list[dict]:
    return [{"name": book[i].name, "uuid": book[i].uuid, "colour": book[i].colour,
             "description": book[i].description, "children": _json_codes(book, book[i].children)}
            for i in (book.roots if ids is None else ids)]


def _word(book: Codebook, name: str, lang: Lang):  # type: ignore[no-untyped-def]
    from docx import Document
    from docx.shared import RGBColor

    words = _WORDS.get(lang, _WORDS["nb"])
    document = Document()
    document.add_heading(f"{words['title']}: {name}", level=0)
    document.add_paragraph(words["intro"].format(name=name))

    def add(ids: tuple[int, ...], prefix: str, level: int) -> None:
        for number, code_id in enumerate(ids, start=1):
            node = book[code_id]
            label = f"{prefix}{number}"
            heading = document.add_heading(level=min(level, 9))
            swatch = heading.add_run("■ ")
            swatch.font.color.rgb = RGBColor.from_string(node.colour.lstrip("#").upper())
            heading.add_run(f"{label} {node.name}")
            paragraph = document.add_paragraph(node.description or words["none"])
            if not node.description:
                paragraph.runs[0].italic = True
            add(node.children, f"{label}.", level + 1)

    add(book.roots, "", 1)
    return document


# -- import ------------------------------------------------------------------------------------------


def read_codebook_file(path: Path | str) -> tuple[list[RefiCode], list[str]]:
    """The code tree of a .qdc or .json file, and the warnings met reading it."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".qdc", ".json"):
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "{file}: a codebook is imported from .qdc or .json"),
                                 file=path.name))
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise CodebookFileError(path, Message(QT_TRANSLATE_NOOP("CoreMessages", "no such file"))) from exc
    except OSError as exc:
        raise CodebookFileError(path,
                                Message(QT_TRANSLATE_NOOP("CoreMessages", "cannot be read ({reason})"),
                                        reason=exc.strerror or exc)) from exc
    warnings: list[str] = []
    if suffix == ".json":
        return _json_read(path, data, warnings), warnings
    try:
        root = parse_bytes(data)
    except etree.XMLSyntaxError as exc:
        raise CodebookFileError(path,
                                Message(QT_TRANSLATE_NOOP("CoreMessages", "not well-formed XML at line {line}: {detail}"),
                                        line=exc.lineno, detail=exc.msg)) from exc
    if local(root) != "CodeBook":
        raise CodebookFileError(path,
                                Message(QT_TRANSLATE_NOOP("CoreMessages", "not a REFI-QDA codebook (its root element is {root!r}, not 'CodeBook')"),
                                        root=local(root)))
    version = namespace_version(root)
    if version is None:
        namespace = etree.QName(root).namespace
        if namespace:
            warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "{file} has the namespace {namespace!r} instead of {expected} (read anyway)"),
                                    file=path.name, namespace=namespace, expected=CODEBOOK_NS))
        else:
            warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "{file} has no namespace instead of {expected} (read anyway)"),
                                    file=path.name, expected=CODEBOOK_NS))
    elif version[1] > 1:
        raise CodebookFileError(path,
                                Message(QT_TRANSLATE_NOOP("CoreMessages", "written for a newer version of the REFI-QDA format ({major}.{minor}); Kodeverk reads version 1.x"),
                                        major=version[1], minor=version[2]))
    elif etree.QName(root).namespace != CODEBOOK_NS:
        warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "{file} has the namespace {namespace!r} instead of {expected} (read anyway)"),
                                file=path.name, namespace=etree.QName(root).namespace, expected=CODEBOOK_NS))
    return read_codes(kid(root, "Codes"), warnings), warnings


def _json_read(path: Path, data: bytes, warnings: list[str]) -> list[RefiCode]:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise CodebookFileError(path,
                                Message(QT_TRANSLATE_NOOP("CoreMessages", "not a JSON codebook ({detail})"),
                                        detail=exc)) from exc
    codes = document.get("codes") if isinstance(document, dict) else None
    if not isinstance(codes, list):
        raise CodebookFileError(path,
                                Message(QT_TRANSLATE_NOOP("CoreMessages", 'not a Kodeverk codebook: no list of "codes"')))

    def convert(entry: object, trail: tuple[str, ...], where: str) -> RefiCode:
        if not isinstance(entry, dict) or not str(entry.get("name", "")).strip():
            raise CodebookFileError(path,
                                    Message(QT_TRANSLATE_NOOP("CoreMessages", "code {where} has no name"), where=where))
        name = str(entry["name"]).strip()
        raw_colour = entry.get("colour") or entry.get("color")
        colour = colour_of(str(raw_colour)) if raw_colour else None
        if raw_colour and colour is None:
            warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "code {name!r}: colour {colour!r} is not #RRGGBB; a default is used"),
                                    name=name, colour=raw_colour))
        guid = normalise_guid(str(entry.get("uuid") or entry.get("guid") or "")) or derived("code", *trail, name)
        children = entry.get("children") or []
        if not isinstance(children, list):
            raise CodebookFileError(path,
                                    Message(QT_TRANSLATE_NOOP("CoreMessages", 'code {name!r}: "children" is not a list'),
                                            name=name))
        code = RefiCode(key=guid_key(guid), guid=guid, name=name, colour=colour,
                        description=str(entry.get("description") or "").strip(), codable=True)
        code.children = [convert(c, trail + (name,),
                                 Message(QT_TRANSLATE_NOOP("CoreMessages", "{number} under {parent!r}"),
                                         number=index + 1, parent=name)) for index, c in enumerate(children)]
        return code

    return [convert(c, (),
                    Message(QT_TRANSLATE_NOOP("CoreMessages", "number {number}"),
                            number=index + 1)) for index, c in enumerate(codes)]


def import_codebook(project: Project, path: Path | str) -> CodebookImportReport:
    """Merge the codebook file ``path`` into the project's codebook (module docstring)."""
    codes, warnings = read_codebook_file(path)
    report = CodebookImportReport(str(path), warnings=warnings)
    other, behind = codebook_from_refi(codes)
    with project.transaction() as session:
        report.codes, mapping = match_codes(other, session)
        book = load_codebook(session)
        for made_id, code in behind.items():
            ours = book[mapping[made_id]]
            if code.description and not ours.description:
                row = session.get(Code, ours.id)
                if row is not None:
                    row.description = code.description
                    report.described.append(ours.path_string)
    return report

