"""Queries for REFI-QDA exchange: reading a whole project for export, and the get-or-create steps of an import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Row, Table, func, insert, select
from sqlalchemy.orm import Session, selectinload, undefer

from kodeverk.messages import QT_TRANSLATE_NOOP, Message
from kodeverk.storage.models import (
    Code,
    Coder,
    Coding,
    Group,
    Informant,
    InformantAttribute,
    Memo,
    Phase,
    Transcript,
    Turn,
    transcript_group,
)
from kodeverk.storage.base import utc_now

# -- export --------------------------------------------------------------------------------------


def coders(session: Session) -> list[Coder]:
    return list(session.scalars(select(Coder).order_by(Coder.name)))


def informants(session: Session) -> list[Informant]:
    return list(session.scalars(select(Informant).options(selectinload(Informant.attributes))
                                .order_by(Informant.pseudonym)))


def transcripts(session: Session, *, with_content: bool = True) -> list[Transcript]:
    """Every transcript (with its text and original file when ``with_content``), by name."""
    statement = select(Transcript).options(selectinload(Transcript.groups), selectinload(Transcript.phase))
    if with_content:
        statement = statement.options(undefer(Transcript.text), undefer(Transcript.original_bytes))
    return list(session.scalars(statement.order_by(Transcript.name)))


def coding_rows(session: Session, transcript_id: int) -> list[Row]:
    """(start, end, code uuid, coder uuid, created, memo) of a transcript's codings, in text order."""
    statement = (select(Coding.start, Coding.end, Code.uuid, Coder.uuid, Coding.created, Coding.memo)
                 .join(Code, Coding.code_id == Code.id).join(Coder, Coding.coder_id == Coder.id)
                 .where(Coding.transcript_id == transcript_id)
                 .order_by(Coding.start, Coding.end, Code.uuid, Coder.uuid))
    return list(session.execute(statement))


def memos(session: Session) -> list[Memo]:
    return list(session.scalars(select(Memo).order_by(Memo.id)))


def phases(session: Session) -> list[Phase]:
    return list(session.scalars(select(Phase).order_by(Phase.position, Phase.id)))


def groups(session: Session) -> list[Group]:
    return list(session.scalars(select(Group).order_by(Group.position, Group.id)))


# -- import --------------------------------------------------------------------------------------


def coder_id_by_name(session: Session, name: str) -> int | None:
    return session.scalar(select(Coder.id).where(Coder.name == name))


def coder_uuid_taken(session: Session, uuid: str) -> bool:
    return session.scalar(select(Coder.id).where(Coder.uuid == uuid)) is not None


def coder_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Coder.id, Coder.name)).all())


def transcript_by_hash(session: Session, sha256: str) -> Transcript | None:
    return session.scalars(select(Transcript).where(Transcript.sha256 == sha256).order_by(Transcript.id)).first()


def transcript_uuid_taken(session: Session, uuid: str) -> bool:
    return session.scalar(select(Transcript.id).where(Transcript.uuid == uuid)) is not None


def unique_transcript_name(session: Session, wanted: str) -> str:
    """``wanted``, or ``wanted (2)``, ``(3)``, ... when a transcript has that name already."""
    taken = set(session.scalars(select(Transcript.name).where(Transcript.name.startswith(wanted))))
    if wanted not in taken:
        return wanted
    number = 2
    while f"{wanted} ({number})" in taken:
        number += 1
    return f"{wanted} ({number})"


TURN_COLUMNS = ("transcript_id", "start", "end", "label_end", "speaker", "is_interviewer")
CODING_COLUMNS = ("transcript_id", "code_id", "coder_id", "start", "end", "memo", "created")


def add_turns(session: Session, transcript_id: int, turns: Iterable[Any]) -> None:
    """Store turns (objects with start, end, label_end, speaker, is_interviewer) in one statement."""
    _insert_many(session, Turn.__table__, TURN_COLUMNS,
                 [(transcript_id, t.start, t.end, t.label_end, t.speaker, t.is_interviewer) for t in turns])


def coding_keys(session: Session, transcript_id: int) -> set[tuple[int, int, int, int]]:
    """(code_id, coder_id, start, end) of the transcript's codings."""
    statement = select(Coding.code_id, Coding.coder_id, Coding.start, Coding.end).where(
        Coding.transcript_id == transcript_id)
    return {tuple(row) for row in session.execute(statement)}  # type: ignore[misc]


def insert_codings(session: Session, rows: list[tuple]) -> None:
    """Insert many codings in one statement: tuples in the order of CODING_COLUMNS (a None ``created``
    is now)."""
    now = utc_now()
    _insert_many(session, Coding.__table__, CODING_COLUMNS,
                 [row if row[6] is not None else (*row[:6], now) for row in rows])


use_driver_cursor = True  # tests switch this off to run the portable path on SQLite too
_compiled_inserts: dict[tuple[str, tuple[str, ...], type], tuple[str, tuple[int, ...], tuple[Any, ...]]] = {}


def _insert_many(session: Session, table: Table, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """INSERT ``rows`` (tuples in the order of ``columns``) into ``table`` in one executemany.

    An import writes tens of thousands of rows, and the ORM's bulk insert spends most of its time per row.
    On SQLite the statement is compiled once and run straight on the driver's cursor, inside the session's
    transaction, with SQLAlchemy's own bind processors applied to the values (so rows are stored exactly as
    through the ORM); elsewhere (PostgreSQL) it runs through SQLAlchemy Core.
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    statement = insert(table)
    if not use_driver_cursor or dialect.name != "sqlite" or dialect.paramstyle != "qmark":
        connection.execute(statement, [dict(zip(columns, row)) for row in rows])
        return
    key = (table.name, columns, type(dialect))
    found = _compiled_inserts.get(key)
    if found is None:
        compiled = statement.compile(dialect=dialect, column_keys=list(columns))
        order = tuple(compiled.positiontup or ())
        if sorted(order) != sorted(columns):  # a column default the caller does not give: go the slow way
            connection.execute(statement, [dict(zip(columns, row)) for row in rows])
            return
        processors = tuple(compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
                           for name in order)
        found = _compiled_inserts[key] = (str(compiled), tuple(columns.index(name) for name in order), processors)
    sql, index, processors = found
    values: list[Any] = rows
    if index != tuple(range(len(columns))):
        values = [[row[i] for i in index] for row in rows]
    if any(processors):
        if values is rows:
            values = [list(row) for row in rows]
        for position, processor in enumerate(processors):
            if processor is not None:
                for row in values:
                    if row[position] is not None:
                        row[position] = processor(row[position])
    connection.connection.driver_connection.cursor().executemany(sql, values)


def set_interview_date(session: Session, transcript_id: int, date: dt.date) -> None:
    transcript = session.get(Transcript, transcript_id)
    if transcript is not None:
        transcript.interview_date = date


def ensure_informant(session: Session, pseudonym: str, uuid: str | None, ministry: str | None, role: str | None,
                     manager: bool | None, attributes: dict[str, str]) -> tuple[int, bool]:
    """(id, created) of the informant ``pseudonym``; a new one gets the values given, an existing one
    only the attributes it lacks (nothing it has is replaced)."""
    found = session.scalar(select(Informant).where(Informant.pseudonym == pseudonym))
    if found is not None:
        have = {a.key for a in found.attributes}
        for key, value in attributes.items():
            if key not in have:
                found.attributes.append(InformantAttribute(key=key, value=value))
        session.flush()
        return found.id, False
    informant = Informant(pseudonym=pseudonym, ministry=ministry, role=role, is_manager=manager)
    if uuid and session.scalar(select(Informant.id).where(Informant.uuid == uuid)) is None:
        informant.uuid = uuid
    informant.attributes = [InformantAttribute(key=k, value=v) for k, v in attributes.items()]
    session.add(informant)
    session.flush()
    return informant.id, True


def link_informant(session: Session, transcript_id: int, informant_id: int) -> bool:
    """Give the transcript this informant unless it has another one; False if it had."""
    transcript = session.get(Transcript, transcript_id)
    if transcript is None:
        return False
    if transcript.informant_id not in (None, informant_id):
        return False
    transcript.informant_id = informant_id
    return True


def phase_named(session: Session, name: str) -> Phase | None:
    folded = name.casefold()
    return next((p for p in phases(session) if p.name.casefold() == folded), None)


def assign_phase(session: Session, name: str, transcript_ids: list[int], warnings: list[str]) -> bool:
    """Put the transcripts (those without a phase) in phase ``name``, creating it; True if created."""
    phase = phase_named(session, name)
    created = phase is None
    if phase is None:
        position = session.scalar(select(func.max(Phase.position))) or 0
        phase = Phase(name=name, position=position + 1)
        session.add(phase)
        session.flush()
    for transcript_id in transcript_ids:
        transcript = session.get(Transcript, transcript_id)
        if transcript is None:
            continue
        if transcript.phase_id not in (None, phase.id):
            warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "transcript {name!r} is in two phases in the file; kept the first"),
                                    name=transcript.name))
            continue
        transcript.phase_id = phase.id
    session.flush()
    return created


def assign_group(session: Session, name: str, transcript_ids: list[int]) -> bool:
    """Put the transcripts in group ``name``, creating it; True if created."""
    folded = name.casefold()
    group = next((g for g in groups(session) if g.name.casefold() == folded), None)
    created = group is None
    if group is None:
        position = session.scalar(select(func.max(Group.position))) or 0
        group = Group(name=name, position=position + 1)
        session.add(group)
        session.flush()
    have = set(session.scalars(select(transcript_group.c.transcript_id)
                               .where(transcript_group.c.group_id == group.id)))
    rows = [{"transcript_id": t, "group_id": group.id} for t in dict.fromkeys(transcript_ids) if t not in have]
    if rows:
        session.execute(insert(transcript_group), rows)
    return created


def add_memo(session: Session, transcript_id: int | None, code_id: int | None, coder_id: int | None, title: str,
             text: str, created: dt.datetime | None, updated: dt.datetime | None) -> bool:
    """Add a memo unless the same target already has one with this title and text; True if added."""
    same = session.scalar(select(Memo.id).where(Memo.transcript_id.is_(None) if transcript_id is None
                                                else Memo.transcript_id == transcript_id,
                                                Memo.code_id.is_(None) if code_id is None
                                                else Memo.code_id == code_id,
                                                Memo.title == title, Memo.text == text))
    if same is not None:
        return False
    memo = Memo(transcript_id=transcript_id, code_id=code_id, coder_id=coder_id, title=title, text=text)
    if created is not None:
        memo.created = created
        memo.updated = updated or created
    session.add(memo)
    session.flush()
    return True
