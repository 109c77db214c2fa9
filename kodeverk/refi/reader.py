"""Reading a .qdpx leniently into plain data (no database).

Tolerated, each with a warning where it matters (see shared/refi-qda/README):
the project XML named ``<anything>.qde`` instead of ``project.qde``; a
missing, mistyped or minor-newer namespace; source paths with or without
``internal://``, in any case, relative to ``sources/`` or to the archive's
root, with non-GUID file names; ``sources/.root`` entries; GUIDs in upper
case or braces, or not GUIDs at all; missing colours; empty values.

Refused with a :class:`RefiFileError` naming the file and the problem: not
a zip archive, no ``.qde`` inside, malformed XML, a root that is not a
``Project``, and a project written for a newer major version of the format.
The archive's members are found and decoded by :mod:`kodeverk.refi.archive`.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from lxml import etree

from kodeverk.errors import KodeverkError
from kodeverk.refi.archive import ArchiveFiles, RefiFileError, decode_plain, find_qde, read_member
from kodeverk.refi.codes_xml import RefiCode, read_codes
from kodeverk.refi.guids import guid_key, normalise_guid
from kodeverk.refi.schema import PROJECT_NS
from kodeverk.refi.untaken import RefiGraph, RefiLink, read_graphs, read_links
from kodeverk.refi.xml import attr, kid, kid_text, kids, local, namespace_version, parse_bytes, parse_datetime
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

RICH_SUFFIXES = (".docx", ".odt", ".rtf")


@dataclass
class RefiCoding:
    code_key: str
    user_key: str
    created: dt.datetime | None
    note_keys: list[str]


@dataclass
class RefiSelection:
    guid: str
    start: int
    end: int
    user_key: str
    created: dt.datetime | None
    codings: list[RefiCoding]
    description: str
    note_keys: list[str]
    line: int | None


@dataclass
class RefiSource:
    """A source. ``text`` is the plain text exactly as stored in the file (None when unreadable: see ``problem``)."""

    key: str
    guid: str | None
    name: str
    kind: str
    text: str | None = None
    problem: str | None = None
    rich_name: str | None = None
    rich_bytes: bytes | None = None
    user_key: str = ""
    created: dt.datetime | None = None
    description: str = ""
    selections: list[RefiSelection] = field(default_factory=list)
    codings: list[RefiCoding] = field(default_factory=list)
    note_keys: list[str] = field(default_factory=list)
    values: list[tuple[str, str, int | None]] = field(default_factory=list)  # variable key, value, line
    line: int | None = None


@dataclass
class RefiVariable:
    key: str
    name: str
    type: str


@dataclass
class RefiCase:
    key: str
    guid: str | None
    name: str
    description: str
    values: list[tuple[str, str, int | None]]
    source_keys: list[str]
    line: int | None


@dataclass
class RefiNote:
    key: str
    name: str
    text: str
    user_key: str
    created: dt.datetime | None
    modified: dt.datetime | None
    line: int | None


@dataclass
class RefiSet:
    key: str
    name: str
    description: str
    source_keys: list[str]
    line: int | None
    other_members: int = 0  # MemberCode and MemberNote (not taken: see kodeverk.refi.untaken)


@dataclass
class RefiProject:
    """Everything taken from one .qdpx, and the warnings met while reading it."""

    path: Path
    name: str
    origin: str
    creating_user_key: str
    users: dict[str, str]  # user key -> name
    user_guids: dict[str, str | None]
    codes: list[RefiCode]
    variables: dict[str, RefiVariable]
    cases: list[RefiCase]
    sources: list[RefiSource]
    notes: dict[str, RefiNote]
    sets: list[RefiSet]
    project_note_keys: list[str]
    warnings: list[str] = field(default_factory=list)
    links: list[RefiLink] = field(default_factory=list)
    graphs: list[RefiGraph] = field(default_factory=list)


def read_qdpx(path: Path | str) -> RefiProject:
    """Read the .qdpx at ``path`` (module docstring)."""
    path = Path(path)
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise RefiFileError(path, Message(QT_TRANSLATE_NOOP("CoreMessages", "no such file"))) from exc
    except IsADirectoryError as exc:
        raise RefiFileError(path, Message(QT_TRANSLATE_NOOP("CoreMessages", "is a folder, not a .qdpx file"))) from exc
    except zipfile.BadZipFile as exc:
        raise RefiFileError(path,
                            Message(QT_TRANSLATE_NOOP("CoreMessages", "not a REFI-QDA project: not a zip archive (a .qdpx file is one)"))) from exc
    except OSError as exc:
        raise RefiFileError(path,
                            Message(QT_TRANSLATE_NOOP("CoreMessages", "cannot be read ({reason})"),
                                    reason=exc.strerror or exc)) from exc
    with archive:
        warnings: list[str] = []
        qde_name = find_qde(path, archive, warnings)
        root = _parse(path, qde_name, read_member(path, archive, qde_name))
        _check_root(path, qde_name, root, warnings)
        files = ArchiveFiles(path, archive)
        return _read_project(path, root, files, warnings)


def _parse(path: Path, name: str, data: bytes) -> etree._Element:
    try:
        return parse_bytes(data)
    except etree.XMLSyntaxError as exc:
        if getattr(exc, "lineno", None):
            raise RefiFileError(path,
                                Message(QT_TRANSLATE_NOOP("CoreMessages", "{name} is not well-formed XML at line {line}: {detail}"),
                                        name=name, line=exc.lineno, detail=exc.msg)) from exc
        raise RefiFileError(path,
                            Message(QT_TRANSLATE_NOOP("CoreMessages", "{name} is not well-formed XML: {detail}"),
                                    name=name, detail=exc.msg)) from exc


def _check_root(path: Path, qde: str, root: etree._Element, warnings: list[str]) -> None:
    if local(root) != "Project":
        raise RefiFileError(path,
                            Message(QT_TRANSLATE_NOOP("CoreMessages", "{name} is not a REFI-QDA project (its root element is {root!r}, not 'Project')"),
                                    name=qde, root=local(root)))
    version = namespace_version(root)
    namespace = etree.QName(root).namespace
    if version is None:
        if namespace:
            warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "{file} has the namespace {namespace!r} instead of {expected} (read anyway)"),
                                    file=qde, namespace=namespace, expected="urn:QDA-XML:project:1.0"))
        else:
            warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "{file} has no namespace instead of {expected} (read anyway)"),
                                    file=qde, expected="urn:QDA-XML:project:1.0"))
        return
    kind, major, minor = version
    if kind != "project":
        warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "{file} uses the namespace {namespace!r} (read as a project anyway)"),
                                file=qde, namespace=namespace))
    if major > 1:
        raise RefiFileError(path,
                            Message(QT_TRANSLATE_NOOP("CoreMessages", "written for a newer version of the REFI-QDA format ({major}.{minor}); Kodeverk reads version 1.x: export it from the other program as REFI-QDA 1.0"),
                                    major=major, minor=minor))
    if minor > 0:
        warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "written for REFI-QDA {major}.{minor}; read as 1.0 (newer parts are left out)"),
                                major=major, minor=minor))
    elif namespace != PROJECT_NS:
        warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "{file} has the namespace {namespace!r} instead of {expected} (read anyway)"),
                                file=qde, namespace=namespace, expected=PROJECT_NS))


def _coding(element: etree._Element) -> RefiCoding:
    code_key, notes = "", []
    for child in element:
        name = local(child)
        if name == "CodeRef":
            code_key = guid_key(child.get("targetGUID"))
        elif name == "NoteRef":
            notes.append(guid_key(child.get("targetGUID")))
    get = element.get  # attr() only for the rare capitalised attribute names: read per coding
    user = get("creatingUser")
    created = get("creationDateTime")
    return RefiCoding(code_key, guid_key(user if user is not None else attr(element, "creatingUser")),
                      parse_datetime(created if created is not None else attr(element, "creationDateTime")), notes)


def _codings(parent: etree._Element) -> list[RefiCoding]:
    return [_coding(coding) for coding in kids(parent, "Coding")]


def _values(parent: etree._Element) -> list[tuple[str, str, int | None]]:
    found = []
    for value in kids(parent, "VariableValue"):
        ref = kid(value, "VariableRef")
        key = guid_key(ref.get("targetGUID")) if ref is not None else ""
        text = ""
        for child in value:
            if local(child).endswith("Value"):
                text = (child.text or "").strip()
        found.append((key, text, value.sourceline))
    return found


def _selection(element: etree._Element, source: str, warnings: list[str]) -> RefiSelection | None:
    get = element.get  # attr() only for the rare capitalised attribute names: read per selection
    try:
        start = int(get("startPosition") or attr(element, "startPosition") or "")
        end = int(get("endPosition") or attr(element, "endPosition") or "")
    except ValueError:
        warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "line {line}: a selection in {source!r} has no valid positions; left out"),
                                line=element.sourceline, source=source))
        return None
    codings, notes, description = [], [], ""
    for child in element:  # one pass: a project holds tens of thousands of selections
        name = local(child)
        if name == "Coding":
            codings.append(_coding(child))
        elif name == "NoteRef":
            notes.append(guid_key(child.get("targetGUID")))
        elif name == "Description":
            description = (child.text or "").strip()
    raw = get("guid") or attr(element, "guid")
    user = get("creatingUser")
    created = get("creationDateTime")
    return RefiSelection(normalise_guid(raw) or guid_key(raw), start, end,
                         guid_key(user if user is not None else attr(element, "creatingUser")),
                         parse_datetime(created if created is not None else attr(element, "creationDateTime")),
                         codings, description, notes, element.sourceline)


def _text_of(element: etree._Element, files: ArchiveFiles, *, note: bool) -> tuple[str | None, str | None, list[str]]:
    """(text, problem, notes) of a text source or note: inline content, else its plainTextPath."""
    inline = kid(element, "PlainTextContent")
    reference = attr(element, "plainTextPath")
    if inline is not None and (inline.text or "") and not reference:
        return inline.text or "", None, []
    if reference:
        member = files.find(reference)
        if member is None:
            return None, Message(QT_TRANSLATE_NOOP("CoreMessages", "its text file {path!r} is not in the archive"),
                                 path=reference), []
        try:
            text, notes = decode_plain(files.read(member))
        except KodeverkError as exc:
            return None, Message(QT_TRANSLATE_NOOP("CoreMessages", "its text file {path!r} cannot be read ({reason})"),
                                 path=member, reason=exc.message), []
        return text, None, notes
    if inline is not None:
        return inline.text or "", None, []
    if note:
        return None, Message(QT_TRANSLATE_NOOP("CoreMessages", "the note has neither PlainTextContent nor plainTextPath")), []
    return None, Message(QT_TRANSLATE_NOOP("CoreMessages", "the source has neither PlainTextContent nor plainTextPath")), []


def _source(element: etree._Element, files: ArchiveFiles, warnings: list[str]) -> RefiSource:
    raw = attr(element, "guid")
    name = (attr(element, "name") or "").strip()
    source = RefiSource(key=guid_key(raw), guid=normalise_guid(raw), name=name, kind=local(element),
                        user_key=guid_key(attr(element, "creatingUser")),
                        created=parse_datetime(attr(element, "creationDateTime")),
                        description=kid_text(element, "Description").strip(), line=element.sourceline,
                        note_keys=[guid_key(r.get("targetGUID")) for r in kids(element, "NoteRef")],
                        values=_values(element), codings=_codings(element))
    if source.kind != "TextSource":
        return source
    text, problem, notes = _text_of(element, files, note=False)
    source.text, source.problem = text, problem
    label = name or attr(element, "plainTextPath") or raw or "?"
    warnings.extend(Message(QT_TRANSLATE_NOOP("CoreMessages", "source {source!r}: {note}"),
                            source=label, note=note) for note in notes)
    rich = attr(element, "richTextPath")
    if rich:
        member = files.find(rich)
        if member is not None and PurePosixPath(member).suffix.lower() in RICH_SUFFIXES:
            source.rich_name, source.rich_bytes = PurePosixPath(member).name, files.read(member)
    if not source.name:
        reference = attr(element, "plainTextPath") or rich or ""
        source.name = PurePosixPath(reference.replace("\\", "/")).stem or (source.guid or "source")
    for selection in kids(element, "PlainTextSelection"):
        made = _selection(selection, source.name, warnings)
        if made is not None:
            source.selections.append(made)
    return source


def _note(element: etree._Element, files: ArchiveFiles, warnings: list[str]) -> RefiNote:
    text, problem, _notes = _text_of(element, files, note=True)
    name = (attr(element, "name") or "").strip()
    if problem:
        warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "line {line}: note {name!r}: {problem}; kept with its description only"),
                                line=element.sourceline, name=name, problem=problem))
        text = kid_text(element, "Description")
    return RefiNote(guid_key(attr(element, "guid")), name, (text or "").strip(),
                    guid_key(attr(element, "creatingUser")), parse_datetime(attr(element, "creationDateTime")),
                    parse_datetime(attr(element, "modifiedDateTime")), element.sourceline)


def _read_project(path: Path, root: etree._Element, files: ArchiveFiles, warnings: list[str]) -> RefiProject:
    users: dict[str, str] = {}
    user_guids: dict[str, str | None] = {}
    for user in kids(kid(root, "Users"), "User"):
        key = guid_key(attr(user, "guid"))
        users[key] = (attr(user, "name") or attr(user, "id") or "").strip() or key
        user_guids[key] = normalise_guid(attr(user, "guid"))
    codes = read_codes(kid(kid(root, "CodeBook"), "Codes"), warnings)
    variables = {}
    for variable in kids(kid(root, "Variables"), "Variable"):
        key = guid_key(attr(variable, "guid"))
        variables[key] = RefiVariable(key, (attr(variable, "name") or "").strip() or key,
                                      (attr(variable, "typeOfVariable") or "Text").strip())
    cases = [RefiCase(guid_key(attr(c, "guid")), normalise_guid(attr(c, "guid")), (attr(c, "name") or "").strip(),
                      kid_text(c, "Description").strip(), _values(c),
                      [guid_key(r.get("targetGUID")) for r in kids(c, "SourceRef")], c.sourceline)
             for c in kids(kid(root, "Cases"), "Case")]
    sources_element = kid(root, "Sources")
    sources = [_source(s, files, warnings) for s in (sources_element if sources_element is not None else [])
               if local(s)]
    notes = {}
    for element in kids(kid(root, "Notes"), "Note"):
        note = _note(element, files, warnings)
        notes[note.key] = note
    sets = [RefiSet(guid_key(attr(s, "guid")), (attr(s, "name") or "").strip(), kid_text(s, "Description").strip(),
                    [guid_key(m.get("targetGUID")) for m in kids(s, "MemberSource")], s.sourceline,
                    sum(1 for m in s if local(m) in ("MemberCode", "MemberNote")))
            for s in kids(kid(root, "Sets"), "Set")]
    return RefiProject(
        path=path, name=(attr(root, "name") or "").strip() or path.stem, origin=(attr(root, "origin") or "").strip(),
        creating_user_key=guid_key(attr(root, "creatingUserGUID")), users=users, user_guids=user_guids,
        codes=codes, variables=variables, cases=cases, sources=sources, notes=notes, sets=sets,
        project_note_keys=[guid_key(r.get("targetGUID")) for r in kids(root, "NoteRef")], warnings=warnings,
        links=read_links(root), graphs=read_graphs(root))
