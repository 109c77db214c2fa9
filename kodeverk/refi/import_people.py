"""The second half of a REFI-QDA import: cases → informants, sets → phases and groups, notes → memos.

Run by :class:`kodeverk.refi.importer._Importer` after the codes and sources (see that module's docstring).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kodeverk.messages import QT_TRANSLATE_NOOP, Message
from kodeverk.refi.untaken import set_label
from kodeverk.refi.vocabulary import GROUP_MARK, INTERVIEW_DATE, MANAGER_NAMES, MINISTRY_NAMES, PHASE_MARK, ROLE_NAMES
from kodeverk.storage import refi as store

if TYPE_CHECKING:
    from kodeverk.refi.importer import _Importer


def _values(imp: _Importer, values: list[tuple[str, str, int | None]], where: Message) -> list[tuple[str, str]]:
    found = []
    for key, value, line in values:
        variable = imp.refi.variables.get(key)
        if variable is None:
            imp.report.left_out.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "{where}, line {line}: a value of an unknown variable ({key}): {value!r}"),
                                               where=where, line=line, key=key, value=value))
            continue
        found.append((variable.name, value))
    return found


def take_cases(imp: _Importer) -> None:
    """Cases become informants (linked to their new transcripts); a source's own variables join its case's
    informant, or make one named after the source."""
    linked: dict[str, str] = {}  # source key -> the pseudonym of its case
    for case in imp.refi.cases:
        values = _values(imp, case.values, Message(QT_TRANSLATE_NOOP("CoreMessages", "case {name!r}"), name=case.name))
        pseudonym = case.name or case.guid or case.key
        informant_id = _informant(imp, pseudonym, case.guid, values)
        for key in case.source_keys:
            if key in imp.transcripts:
                linked.setdefault(key, pseudonym)
                _link(imp, key, informant_id, case.name)
    for src in imp.refi.sources:  # the Quirkos way: variables on the source itself
        values = _values(imp, src.values, Message(QT_TRANSLATE_NOOP("CoreMessages", "source {name!r}"), name=src.name))
        date = next((v for n, v in values if n.casefold() == INTERVIEW_DATE), None)
        if date and imp.transcripts.get(src.key) in imp.new_transcripts:
            try:
                store.set_interview_date(imp.session, imp.transcripts[src.key],
                                         dt.date.fromisoformat(date.strip()[:10]))
            except ValueError:
                imp.report.warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "source {source!r}: interview date {date!r} is not a date (YYYY-MM-DD); left out"),
                                                   source=src.name, date=date))
        values = [(n, v) for n, v in values if n.casefold() != INTERVIEW_DATE]
        if not values or src.key not in imp.transcripts:
            continue
        if src.key in linked:  # kept on the informant of its case
            _informant(imp, linked[src.key], None, values)
            continue
        informant_id = _informant(imp, src.name, None, values)
        _link(imp, src.key, informant_id, src.name)
        imp.report.warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "source {source!r}: its variables were kept on an informant of the same name"),
                                           source=src.name))


def _informant(imp: _Importer, pseudonym: str, guid: str | None, values: list[tuple[str, str]]) -> int:
    ministry = role = None
    manager: bool | None = None
    attributes = {}
    for name, value in values:
        folded = name.casefold()
        if folded in MINISTRY_NAMES:
            ministry = value or None
        elif folded in ROLE_NAMES:
            role = value or None
        elif folded in MANAGER_NAMES:
            manager = value.strip().casefold() in ("true", "1", "yes", "ja") if value.strip() else None
        else:
            attributes[name] = value
    informant, created = store.ensure_informant(imp.session, pseudonym, guid, ministry, role, manager,
                                                attributes)
    if created:
        imp.report.informants_added.append(pseudonym)
    return informant


def _link(imp: _Importer, source_key: str, informant_id: int, case_name: str) -> None:
    transcript_id = imp.transcripts[source_key]
    if transcript_id not in imp.new_transcripts:
        return
    if not store.link_informant(imp.session, transcript_id, informant_id):
        imp.report.warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "case {case!r}: the transcript has an informant already; not linked again"),
                                           case=case_name))


def take_sets(imp: _Importer) -> None:
    """Sets of sources become phases or groups of the new transcripts."""
    for entry in imp.refi.sets:
        members = [imp.transcripts[k] for k in entry.source_keys if k in imp.transcripts]
        if not members:
            if not entry.source_keys and entry.other_members:
                continue  # a set of codes or notes only: reported by kodeverk.refi.untaken
            imp.report.left_out.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "{set}: none of its sources were taken (Kodeverk keeps sets of transcripts as phases and groups)"),
                                               set=set_label(entry.name, entry.line)))
            continue
        new_members = [t for t in members if t in imp.new_transcripts]
        is_phase = entry.description.startswith(PHASE_MARK) or (
            not entry.description.startswith(GROUP_MARK) and store.phase_named(imp.session, entry.name))
        if is_phase:
            if store.assign_phase(imp.session, entry.name, new_members, imp.report.warnings):
                imp.report.phases_added.append(entry.name)
        elif store.assign_group(imp.session, entry.name, new_members):
            imp.report.groups_added.append(entry.name)


def take_notes(imp: _Importer) -> None:
    """Notes not already a coding's memo become memos on the project, a transcript or a code."""
    targets: dict[str, tuple[int | None, int | None]] = {}
    for src in imp.refi.sources:
        for key in src.note_keys:
            if src.key in imp.transcripts:
                targets.setdefault(key, (imp.transcripts[src.key], None))
            else:
                imp.consumed_notes.add(key)
                imp.report.left_out.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "a note on source {source!r}, which was not taken"),
                                                   source=src.name))
    for code, code_id in imp.code_notes:
        for key in code.note_keys:
            targets.setdefault(key, (None, code_id))
    for key, note in imp.refi.notes.items():
        if key in imp.consumed_notes:
            continue
        transcript_id, code_id = targets.get(key, (None, None))
        user = note.user_key if note.user_key in imp.refi.users else None
        coder_id = imp.coder(user) if user else None
        if store.add_memo(imp.session, transcript_id, code_id, coder_id, note.name, note.text, note.created,
                          note.modified):
            imp.report.memos_added += 1
        else:
            imp.report.memos_duplicate += 1
    for src in imp.refi.sources:
        if src.description and src.key in imp.transcripts:
            if store.add_memo(imp.session, imp.transcripts[src.key], None, None, "Description",
                              src.description, src.created, None):
                imp.report.memos_added += 1

