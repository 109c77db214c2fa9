"""Writing a project as a REFI-QDA .qdpx (QDA-XML project 1.0), validated against Project.xsd.

What goes where:

* coders → ``Users`` (GUID = the coder's UUID);
* the codebook → ``CodeBook`` (nesting, ``color``, ``Description``);
* informants → ``Cases`` (GUID = the informant's UUID) with ``SourceRef``s to
  their transcripts, and their ministry, role, manager flag and attributes as
  ``Variables`` (the real name never leaves the project);
* transcripts → ``TextSource`` (GUID = the transcript's UUID) with the stored
  text in ``sources/<guid>.txt`` (UTF-8, no BOM, ``\\n``; positions count its
  code points) and the original .docx/.odt/.rtf as ``richTextPath``; the
  interview date as a source variable;
* each coding → a ``PlainTextSelection`` with one ``Coding`` (``creatingUser`` =
  its coder); a coding's memo → a ``Note`` referenced from the selection;
* memos → ``Notes`` referenced from their transcript, code or the project;
* phases and groups → ``Sets`` of sources (description ``Kodeverk phase`` /
  ``Kodeverk group``, so that they come back as what they were).

GUIDs that have no column are derived (:mod:`kodeverk.refi.guids`), so two
exports of the same project are the same apart from the export time. The file
is written under a temporary name and renamed into place when complete.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from sqlalchemy.orm import Session

from kodeverk import __version__
from kodeverk.codebook.service import load_codebook
from kodeverk.errors import KodeverkError, ProjectFileError
from kodeverk.files import atomic_target
from kodeverk.project import Project
from kodeverk.refi.guids import derived
from kodeverk.refi.codes_xml import write_codes
from kodeverk.refi.report import RefiCancelled
from kodeverk.refi.schema import PROJECT_NS, project_problems
from kodeverk.refi.vocabulary import GROUP_MARK, INTERVIEW_DATE, MANAGER, MINISTRY, PHASE_MARK, ROLE
from kodeverk.refi.xml import format_datetime, xml_safe
from kodeverk.storage import people
from kodeverk.storage import refi as store
from kodeverk.storage.base import utc_now
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

Progress = Callable[[int, int, str], None]
RICH_FORMATS = ("docx", "odt", "rtf")
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_SCHEMA_LOCATION = f"{PROJECT_NS} http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd"


@dataclass(frozen=True)
class ExportSummary:
    """What went into a .qdpx."""

    path: Path
    users: int
    codes: int
    sources: int
    selections: int
    cases: int
    notes: int
    sets: int

    def as_json(self) -> dict:
        return {"path": str(self.path), "users": self.users, "codes": self.codes, "sources": self.sources,
                "selections": self.selections, "cases": self.cases, "notes": self.notes, "sets": self.sets}


def _el(parent: etree._Element, tag: str, /, **attrs: str | None) -> etree._Element:
    return etree.SubElement(parent, f"{{{PROJECT_NS}}}{tag}", {k: v for k, v in attrs.items() if v is not None})


def export_qdpx(project: Project, out: Path | str, *, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> ExportSummary:
    """Write ``project`` to the .qdpx ``out`` (module docstring); raises if the result would not be valid.

    ``cancelled`` is asked between transcripts; when it says yes, nothing is written (:class:`RefiCancelled`).
    """
    out = Path(out)
    if not out.parent.is_dir():
        raise ProjectFileError(out,
                               Message(QT_TRANSLATE_NOOP("CoreMessages", "the folder {folder} does not exist"),
                                       folder=str(out.parent)))
    with atomic_target(out) as partial:
        with project.reading() as session, zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            summary = _Writer(session, archive, progress, cancelled).write(out)
    return summary


class _Writer:
    def __init__(self, session: Session, archive: zipfile.ZipFile, progress: Progress | None,
                 cancelled: Callable[[], bool] | None):
        self.session = session
        self.cancelled = cancelled
        self.archive = archive
        self.progress = progress
        self.note_refs: dict[tuple[str, int | None], list[str]] = {}  # (kind, id) -> note GUIDs
        self.notes: list[tuple[str, str, str, str | None, object, object]] = []
        self.selections = 0

    def write(self, out: Path) -> ExportSummary:
        info = people.project_info(self.session)
        root = etree.Element(f"{{{PROJECT_NS}}}Project", nsmap={None: PROJECT_NS, "xsi": _XSI})
        root.set(f"{{{_XSI}}}schemaLocation", _SCHEMA_LOCATION)
        root.set("name", xml_safe(info.name))
        root.set("origin", f"Kodeverk {__version__}")
        root.set("creationDateTime", format_datetime(info.created) or "")
        root.set("modifiedDateTime", format_datetime(utc_now()) or "")
        coders = store.coders(self.session)
        self.coder_uuid = {c.id: c.uuid for c in coders}
        if coders:
            users = _el(root, "Users")
            for coder in coders:
                _el(users, "User", guid=coder.uuid, name=xml_safe(coder.name), id=coder.initials or None)
        self._collect_memos()
        book = load_codebook(self.session)
        if len(book):
            code_refs = {k[1]: v for k, v in self.note_refs.items() if k[0] == "code" and k[1] is not None}
            write_codes(_el(root, "CodeBook"), PROJECT_NS, book, code_refs)
        transcripts = store.transcripts(self.session)
        cases = self._variables_and_cases(root, transcripts)
        if transcripts:
            sources = _el(root, "Sources")
            for index, transcript in enumerate(transcripts):
                if self.cancelled is not None and self.cancelled():
                    raise RefiCancelled(Message(QT_TRANSLATE_NOOP("CoreMessages", "the export was cancelled; no file was written")))
                if self.progress is not None:
                    self.progress(index, len(transcripts), transcript.name)
                self._source(sources, transcript)
        self._write_notes(root)
        sets = self._sets(root, transcripts)
        for guid in self.note_refs.get(("project", None), []):
            _el(root, "NoteRef", targetGUID=guid)
        problems = project_problems(root)
        if problems:  # a bug on our side: never hand another program an invalid file
            raise KodeverkError(Message(QT_TRANSLATE_NOOP("CoreMessages", "the REFI-QDA export is not valid against Project.xsd: {problems}"),
                                        problems="; ".join(problems[:3])))
        data = etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)
        self.archive.writestr("project.qde", data)
        if self.progress is not None:
            self.progress(len(transcripts), len(transcripts), "")
        return ExportSummary(out, len(coders), len(book), len(transcripts), self.selections, cases,
                             len(self.notes), sets)

    # -- memos become notes ------------------------------------------------------------------

    def _collect_memos(self) -> None:
        for memo in store.memos(self.session):
            guid = derived("memo", memo.id, format_datetime(memo.created))
            if memo.transcript_id is not None:
                target = ("transcript", memo.transcript_id)
            elif memo.code_id is not None:
                target = ("code", memo.code_id)
            else:
                target = ("project", None)
            self.note_refs.setdefault(target, []).append(guid)
            self.notes.append((guid, memo.title, memo.text, self.coder_uuid.get(memo.coder_id or -1),
                               memo.created, memo.updated))

    def _write_notes(self, root: etree._Element) -> None:
        if not self.notes:
            return
        notes = _el(root, "Notes")
        for guid, title, text, user, created, updated in self.notes:
            note = _el(notes, "Note", guid=guid, name=xml_safe(title) or None, creatingUser=user,
                       creationDateTime=format_datetime(created), modifiedDateTime=format_datetime(updated))
            _el(note, "PlainTextContent").text = xml_safe(text)

    # -- cases and variables -----------------------------------------------------------------

    def _variables_and_cases(self, root: etree._Element, transcripts: list) -> int:
        informants = store.informants(self.session)
        names: dict[str, str] = {}
        for informant in informants:
            if informant.ministry:
                names.setdefault(MINISTRY, "Text")
            if informant.role:
                names.setdefault(ROLE, "Text")
            if informant.is_manager is not None:
                names.setdefault(MANAGER, "Boolean")
            for attribute in informant.attributes:
                names.setdefault(attribute.key, "Text")
        if any(t.interview_date for t in transcripts):
            names.setdefault(INTERVIEW_DATE, "Date")
        if names:
            variables = _el(root, "Variables")
            for name, kind in names.items():
                _el(variables, "Variable", guid=derived("variable", name), name=xml_safe(name), typeOfVariable=kind)
        if not informants:
            return 0
        by_informant: dict[int, list[str]] = {}
        for transcript in transcripts:
            if transcript.informant_id is not None:
                by_informant.setdefault(transcript.informant_id, []).append(transcript.uuid)
        cases = _el(root, "Cases")
        for informant in informants:
            case = _el(cases, "Case", guid=informant.uuid, name=xml_safe(informant.pseudonym))
            values = [(MINISTRY, "TextValue", informant.ministry), (ROLE, "TextValue", informant.role),
                      (MANAGER, "BooleanValue", None if informant.is_manager is None
                       else str(informant.is_manager).lower())]
            values += [(a.key, "TextValue", a.value) for a in informant.attributes]
            for name, element, value in values:
                if value is None or (element == "TextValue" and name in (MINISTRY, ROLE) and not value):
                    continue
                self._value(case, name, element, value)
            for guid in by_informant.get(informant.id, []):
                _el(case, "SourceRef", targetGUID=guid)
        return len(informants)

    @staticmethod
    def _value(parent: etree._Element, name: str, element: str, value: str) -> None:
        holder = _el(parent, "VariableValue")
        _el(holder, "VariableRef", targetGUID=derived("variable", name))
        _el(holder, element).text = xml_safe(value)

    # -- sources -------------------------------------------------------------------------------

    def _source(self, sources: etree._Element, transcript) -> None:  # type: ignore[no-untyped-def]
        guid = transcript.uuid
        rich = None
        if transcript.original_bytes and transcript.source_format in RICH_FORMATS:
            rich = f"internal://{guid}.{transcript.source_format}"
            self.archive.writestr(f"sources/{guid}.{transcript.source_format}", transcript.original_bytes)
        self.archive.writestr(f"sources/{guid}.txt", transcript.text.encode("utf-8"))
        source = _el(sources, "TextSource", guid=guid, name=xml_safe(transcript.name), richTextPath=rich,
                     plainTextPath=f"internal://{guid}.txt",
                     creationDateTime=format_datetime(transcript.imported))
        for start, end, code_uuid, coder_uuid, created, memo in store.coding_rows(self.session, transcript.id):
            identity = (guid, code_uuid, coder_uuid, start, end)
            when = format_datetime(created)
            selection = _el(source, "PlainTextSelection", guid=derived("selection", *identity),
                            startPosition=str(start), endPosition=str(end), creatingUser=coder_uuid,
                            creationDateTime=when)
            coding = _el(selection, "Coding", guid=derived("coding", *identity), creatingUser=coder_uuid,
                         creationDateTime=when)
            _el(coding, "CodeRef", targetGUID=code_uuid)
            if memo:
                note_guid = derived("coding-memo", *identity)
                self.notes.append((note_guid, "", memo, coder_uuid, created, created))
                _el(selection, "NoteRef", targetGUID=note_guid)
            self.selections += 1
        for note_guid in self.note_refs.get(("transcript", transcript.id), []):
            _el(source, "NoteRef", targetGUID=note_guid)
        if transcript.interview_date:
            self._value(source, INTERVIEW_DATE, "DateValue", transcript.interview_date.isoformat())

    # -- sets ------------------------------------------------------------------------------------

    def _sets(self, root: etree._Element, transcripts: list) -> int:
        members: dict[tuple[str, str], list[str]] = {}
        descriptions: dict[tuple[str, str], str] = {}
        for phase in store.phases(self.session):
            descriptions[("phase", phase.name)] = PHASE_MARK + (f": {phase.description}" if phase.description else "")
        for group in store.groups(self.session):
            descriptions[("group", group.name)] = GROUP_MARK + (f": {group.full_name}" if group.full_name else "")
        for transcript in transcripts:
            if transcript.phase is not None:
                members.setdefault(("phase", transcript.phase.name), []).append(transcript.uuid)
            for group in transcript.groups:
                members.setdefault(("group", group.name), []).append(transcript.uuid)
        used = [key for key in descriptions if key in members]
        if not used:
            return 0
        sets = _el(root, "Sets")
        for kind, name in used:
            entry = _el(sets, "Set", guid=derived(kind, name), name=xml_safe(name))
            _el(entry, "Description").text = xml_safe(descriptions[(kind, name)])
            for guid in members[(kind, name)]:
                _el(entry, "MemberSource", targetGUID=guid)
        return len(used)
