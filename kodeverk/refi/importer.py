"""Taking a read .qdpx into a project, in one transaction, merged like a coder copy.

* Users become coders (matched by name; a new one keeps the user's GUID).
* Codes are matched by GUID, else by path, and the rest are added
  (:func:`kodeverk.teamwork.merge.match_codes`, the merge's own matching).
* Text sources are matched by the hash of their stored text; the others are
  added as transcripts (their rich text file kept as the original). Their
  positions are remapped to our stored text (:mod:`kodeverk.refi.offsets`).
  Speaker turns come from the rich text file (a .docx keeps bold labels) when
  its text is the same as the plain text, else from the plain text.
* Each Coding of a selection becomes a coding of its ``creatingUser`` (else
  the selection's, the source's, the project's, else "Unknown coder"); an
  exact duplicate is skipped, so importing the same file twice adds nothing.
* Cases become informants, their variables the informant's ministry, role,
  manager flag and attributes; variables on a source without a case (the
  Quirkos way) make an informant named after the source.
* Sets become phases (``Kodeverk phase`` in the description, or a phase's
  name) or groups.
* Notes become memos: on the project, a transcript or a code; notes and
  descriptions of a selection become the memo of its codings.

* Codes marked ``isCodable="false"`` (folders) are kept as ordinary codes:
  Kodeverk has no folders, their sub-codes need them as parents, and their
  names are part of every sub-code's path. Each is named in the warnings.
* Links, graphs and sets of codes or notes have no place in Kodeverk; each is
  a line of what was left out (:mod:`kodeverk.refi.untaken`).

Anything that cannot be taken is reported, one line each; the import is one
transaction, so a failure leaves the project as it was.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from kodeverk.project import Project
from kodeverk.refi.codes_xml import RefiCode, codebook_from_refi
from kodeverk.refi.guids import derived
from kodeverk.refi.import_people import take_cases, take_notes, take_sets
from kodeverk.refi.offsets import StoredText, stored_text, with_rich_turns
from kodeverk.refi.reader import RefiProject, RefiSelection, RefiSource, read_qdpx
from kodeverk.refi.report import RefiCancelled, RefiImportReport
from kodeverk.refi.untaken import untaken_lines
from kodeverk.refi.vocabulary import UNKNOWN_CODER
from kodeverk.services.lookup import ensure_coder
from kodeverk.storage import refi as store
from kodeverk.storage.models import Transcript
from kodeverk.teamwork.code_match import match_codes
from kodeverk.text.normalise import word_count
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

Progress = Callable[[int, int, str], None]


def import_qdpx(source: Path | str, project_path: Path | str, *, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> RefiImportReport:
    """Import the .qdpx ``source`` into the project file ``project_path``, creating it if it does not exist.

    A project created here is removed again if the import fails or is cancelled.
    """
    source, project_path = Path(source), Path(project_path)
    refi = read_qdpx(source)
    if project_path.exists():
        with Project.open(project_path) as project:
            return import_into(project, refi, progress=progress, cancelled=cancelled)
    project = Project.create(project_path, name=refi.name, template="empty")
    try:
        report = import_into(project, refi, progress=progress, cancelled=cancelled)
    except BaseException:
        project.close()
        _remove_project_file(project_path)
        raise
    project.close()
    report.created_project = True
    return report


def _remove_project_file(path: Path) -> None:
    from kodeverk.storage.backup import backup_dir

    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}.lock")):
        leftover.unlink(missing_ok=True)
    folder = backup_dir(path)
    if folder.is_dir():
        for child in folder.iterdir():
            child.unlink()
        folder.rmdir()


def import_into(project: Project, refi: RefiProject, *, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> RefiImportReport:
    """Import the read file ``refi`` into the open ``project`` in one transaction (module docstring)."""
    report = RefiImportReport(file=str(refi.path), project=project.label, origin=refi.origin,
                              warnings=list(refi.warnings))
    texts: dict[str, StoredText] = {}
    total = len(refi.sources) + 1
    for index, src in enumerate(refi.sources):
        if cancelled is not None and cancelled():
            raise RefiCancelled(Message(QT_TRANSLATE_NOOP("CoreMessages", "the import was cancelled; nothing was changed")))
        if progress is not None:
            progress(index, total, src.name)
        if src.kind == "TextSource" and src.text is not None:
            texts[src.key] = _stored(src, report)
    if progress is not None:
        progress(total - 1, total, "")
    with project.transaction() as session:
        _Importer(session, refi, texts, report).run()
        if cancelled is not None and cancelled():
            raise RefiCancelled(Message(QT_TRANSLATE_NOOP("CoreMessages", "the import was cancelled; nothing was changed")))
    if progress is not None:
        progress(total, total, "")
    return report


def _stored(src: RefiSource, report: RefiImportReport) -> StoredText:
    """The source's stored text, with its turns from the rich text file where that has the same text."""
    stored = stored_text(src.text or "")
    if src.rich_bytes is None or not src.rich_name or not stored.text.strip():
        return stored
    stored, problem = with_rich_turns(stored, src.rich_name, src.rich_bytes)
    if problem:
        report.warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "source {source!r}: {problem}; speaker turns found from the plain text (labels marked only by bold are not recognised)"),
                                       source=src.name, problem=problem))
    return stored


class _Importer:
    def __init__(self, session: Session, refi: RefiProject, texts: dict[str, StoredText],
                 report: RefiImportReport):
        self.session = session
        self.refi = refi
        self.texts = texts
        self.report = report
        self.coders: dict[str, int] = {}
        self.code_ids: dict[str, int] = {}
        self.transcripts: dict[str, int] = {}  # source key -> transcript id
        self.new_transcripts: set[int] = set()
        self.consumed_notes: set[str] = set()
        self.coder_names: dict[int, str] = {}

    def run(self) -> None:
        self._codes()
        for src in self.refi.sources:
            self._source(src)
        take_cases(self)
        take_sets(self)
        take_notes(self)
        self.report.left_out.extend(untaken_lines(self.refi))

    # -- coders and codes --------------------------------------------------------------------

    def coder(self, *keys: str) -> int:
        """The coder for the first of ``keys`` that names a user (else the project's creator, else unknown)."""
        for key in (*keys, self.refi.creating_user_key):
            if key and key in self.coders:
                return self.coders[key]
            if key and key in self.refi.users:
                self.coders[key] = self._make_coder(self.refi.users[key], self.refi.user_guids.get(key))
                return self.coders[key]
        if "" not in self.coders:
            self.coders[""] = self._make_coder(UNKNOWN_CODER, None)
        return self.coders[""]

    def _make_coder(self, name: str, guid: str | None) -> int:
        existed = store.coder_id_by_name(self.session, name)
        if existed is not None:
            self.coder_names[existed] = name
            return existed
        made = ensure_coder(self.session, name)
        if guid and not store.coder_uuid_taken(self.session, guid):
            made.uuid = guid
        self.session.flush()
        self.report.coders_added.append(name)
        self.coder_names[made.id] = name
        return made.id

    def _codes(self) -> None:
        for key in self.refi.users:  # every user of the file is a coder, even one who coded nothing here
            self.coder(key)
        seen: set[str] = set()
        for path, code in (pair for root in self.refi.codes for pair in root.walk()):
            if not code.codable and code.line:
                self.report.warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "code {path!r} (line {line}) is a folder in the file (isCodable=\"false\"); kept as a code, and Kodeverk lets you code with it"),
                                                    path="/".join(path), line=code.line))
            elif not code.codable:
                self.report.warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "code {path!r} is a folder in the file (isCodable=\"false\"); kept as a code, and Kodeverk lets you code with it"),
                                                    path="/".join(path)))
            if code.guid in seen:
                self.report.warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "line {line}: code {name!r} repeats the GUID of another code; given a GUID of its own"),
                                                    line=code.line, name=code.name))
                code.guid = derived("duplicate-code", code.guid, code.line)
            seen.add(code.guid)
        book, behind = codebook_from_refi(self.refi.codes)
        matches, mapping = match_codes(book, self.session)
        self.report.codes = matches
        for made_id, code in behind.items():
            self.code_ids.setdefault(code.key, mapping[made_id])
            self.code_ids.setdefault(code.guid, mapping[made_id])
        self.code_notes: list[tuple[RefiCode, int]] = [(code, mapping[i]) for i, code in behind.items()
                                                        if code.note_keys]

    # -- sources, selections, codings --------------------------------------------------------

    def _source(self, src: RefiSource) -> None:
        label = _source_label(src)
        if src.kind != "TextSource" or src.key not in self.texts or not self.texts[src.key].text.strip():
            self.report.left_out.append(_source_left_out(src, label, self.texts.get(src.key)))
            return
        stored = self.texts[src.key]
        transcript_id = self._transcript(src, stored)
        self.transcripts[src.key] = transcript_id
        if stored.changed and (src.selections or src.codings):
            self.report.remapped.append(src.name)
        rows = []
        for selection in src.selections:
            rows += self._selection(src, selection, stored, transcript_id, label)
        for coding in src.codings:  # coding of the whole source
            code_id = self.code_ids.get(coding.code_key)
            if code_id is None:
                self.report.left_out.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "{source}: a coding of the whole source refers to a code that is not in the codebook ({key})"),
                                                    source=label, key=coding.code_key))
                continue
            rows.append((code_id, self.coder(coding.user_key, src.user_key), 0, len(stored.text), "",
                         coding.created))
        self._add_codings(transcript_id, rows)

    def _transcript(self, src: RefiSource, stored: StoredText) -> int:
        digest = hashlib.sha256(stored.text.encode("utf-8")).hexdigest()
        same = store.transcript_by_hash(self.session, digest)
        if same is not None:
            self.report.transcripts_matched.append((src.name, same.name))
            return same.id
        name = store.unique_transcript_name(self.session, src.name)
        if name != src.name:
            self.report.warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "source {source!r}: a transcript with that name exists already; named {name!r}"),
                                                source=src.name, name=name))
        rich_suffix = src.rich_name.rsplit(".", 1)[-1].lower() if src.rich_name else None
        transcript = Transcript(
            name=name, original_filename=src.rich_name or f"{src.name}.txt",
            original_bytes=src.rich_bytes if src.rich_bytes is not None else (src.text or "").encode("utf-8"),
            source_format=rich_suffix or "txt", text=stored.text, sha256=digest, char_count=len(stored.text),
            word_count=word_count(stored.text))
        if src.guid and not store.transcript_uuid_taken(self.session, src.guid):
            transcript.uuid = src.guid
        if src.created is not None:
            transcript.imported = src.created
        self.session.add(transcript)
        self.session.flush()
        store.add_turns(self.session, transcript.id, stored.turns)
        self.new_transcripts.add(transcript.id)
        self.report.transcripts_added.append(name)
        return transcript.id

    def _selection(self, src: RefiSource, selection: RefiSelection, stored: StoredText, transcript_id: int,
                   label: Message) -> list[tuple]:
        where = _selection_label(label, selection)
        if not selection.codings:
            if selection.description or selection.note_keys:
                self.report.left_out.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "{where}: a comment on a passage without a code (Kodeverk keeps memos on codings, transcripts and codes)"),
                                                    where=where))
            return []
        if selection.start == selection.end:
            self.report.warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "{where}: zero-length selection skipped"),
                                                where=where))
            return []
        if not 0 <= selection.start < selection.end <= stored.original_length:
            self.report.left_out.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "{where}: outside the source's text (0–{length}); %n coding(s) left out", None, 1),
                                                where=where, length=stored.original_length, n=len(selection.codings)))
            return []
        start, end = stored.map_span(selection.start, selection.end)
        if start == end:
            self.report.left_out.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "{where}: holds only characters Kodeverk does not store (line breaks, spaces, invisible marks)"),
                                                where=where))
            return []
        rows = []
        for coding in selection.codings:
            code_id = self.code_ids.get(coding.code_key)
            if code_id is None and coding.code_key:
                self.report.left_out.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "{where}: refers to a code that is not in the codebook ({key})"),
                                                    where=where, key=coding.code_key))
                continue
            if code_id is None:
                self.report.left_out.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "{where}: refers to a code that is not in the codebook (no CodeRef)"),
                                                    where=where))
                continue
            memo = self._memo_text(selection.description, selection.note_keys + coding.note_keys)
            coder_id = self.coder(coding.user_key, selection.user_key, src.user_key)
            rows.append((code_id, coder_id, start, end, memo, coding.created or selection.created))
        return rows

    def _memo_text(self, description: str, note_keys: list[str]) -> str:
        parts = [description] if description else []
        for key in note_keys:
            note = self.refi.notes.get(key)
            if note is not None:
                self.consumed_notes.add(key)
                if note.text:
                    parts.append(note.text)
        return "\n\n".join(parts)

    def _add_codings(self, transcript_id: int, rows: list[tuple]) -> None:
        """Insert (code_id, coder_id, start, end, memo, created) rows but those the transcript has already."""
        existing = set() if transcript_id in self.new_transcripts else store.coding_keys(self.session, transcript_id)
        names = self.coder_names
        new = []
        added = self.report.codings_added
        for code_id, coder_id, start, end, memo, created in rows:
            key = (code_id, coder_id, start, end)
            if key in existing:
                self.report.codings_duplicate += 1
                continue
            existing.add(key)
            new.append((transcript_id, code_id, coder_id, start, end, memo, created))
            added[names[coder_id]] += 1
        store.insert_codings(self.session, new)


def _source_label(src: RefiSource) -> Message:
    """``source 'Intervju 1' (line 38)``: a source as the report names it."""
    if src.line:
        return Message(QT_TRANSLATE_NOOP("CoreMessages", "source {name!r} (line {line})"), name=src.name, line=src.line)
    return Message(QT_TRANSLATE_NOOP("CoreMessages", "source {name!r}"), name=src.name)


def _selection_label(source: Message, selection: RefiSelection) -> Message:
    if selection.line:
        return Message(QT_TRANSLATE_NOOP("CoreMessages", "{source}, selection [{start}, {end}) at line {line}"),
                       source=source, start=selection.start, end=selection.end, line=selection.line)
    return Message(QT_TRANSLATE_NOOP("CoreMessages", "{source}, selection [{start}, {end})"),
                   source=source, start=selection.start, end=selection.end)


def _source_left_out(src: RefiSource, label: Message, stored: StoredText | None) -> Message:
    """Why a source was not taken (not text, unreadable, empty), with how many of its codings went with it."""
    count = len(src.selections) + len(src.codings)
    if src.kind != "TextSource" and count:
        return Message(QT_TRANSLATE_NOOP("CoreMessages", "{source}: a {kind}; Kodeverk takes text sources only; its %n coding selection(s) left out", None, 1),
                       source=label, kind=src.kind, n=count)
    if src.kind != "TextSource":
        return Message(QT_TRANSLATE_NOOP("CoreMessages", "{source}: a {kind}; Kodeverk takes text sources only"),
                       source=label, kind=src.kind)
    if stored is None and count:
        return Message(QT_TRANSLATE_NOOP("CoreMessages", "{source}: {problem}; its %n coding selection(s) left out", None, 1),
                       source=label, problem=src.problem, n=count)
    if stored is None:
        return Message(QT_TRANSLATE_NOOP("CoreMessages", "{source}: {problem}"), source=label, problem=src.problem)
    if count:
        return Message(QT_TRANSLATE_NOOP("CoreMessages", "{source}: has no text; its %n coding selection(s) left out", None, 1),
                       source=label, n=count)
    return Message(QT_TRANSLATE_NOOP("CoreMessages", "{source}: has no text"), source=label)
