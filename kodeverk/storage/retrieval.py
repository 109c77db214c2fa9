"""Queries for retrieval and export: codings with everything a result or a quote needs.

One query returns the codings matching a :class:`RetrievalFilter` with their
transcript, phase, informant (pseudonym, ministry, role), coder and coded text,
ordered by phase, transcript and position. Further helpers fetch turns, texts
and the per-project list of real names. No other module of the retrieval or
export code issues SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Row, delete, func, literal, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from kodeverk.errors import Cancelled
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

from kodeverk.storage.models import (
    Coder,
    Coding,
    Informant,
    PersonName,
    Phase,
    Transcript,
    Turn,
    transcript_group,
)


@dataclass(frozen=True)
class RetrievalFilter:
    """Which codings to fetch; an empty field means no restriction on it.

    ``coded_from``/``coded_to`` bound the coding's creation time (inclusive);
    ``ministries``/``roles`` match the informant's attributes exactly (the
    service resolves what users type).
    """

    code_ids: Collection[int] = ()
    transcript_ids: Collection[int] = ()
    coder_ids: Collection[int] = ()
    group_ids: Collection[int] = ()
    phase_ids: Collection[int] = ()
    informant_ids: Collection[int] = ()
    ministries: Collection[str] = ()
    roles: Collection[str] = ()
    coded_from: dt.datetime | None = None
    coded_to: dt.datetime | None = None
    with_text: bool = True


#: SQLite instructions between two cancel checks while a statement runs (a few milliseconds of work)
INSTRUCTIONS_PER_CHECK = 20_000
ROWS_PER_CHUNK = 5_000
CANCELLED = Message(QT_TRANSLATE_NOOP("CoreMessages", "the retrieval was cancelled; nothing was changed"))


@contextmanager
def interruptible(session: Session, cancelled: Callable[[], bool] | None) -> Iterator[None]:
    """While inside, a running SQLite statement stops as soon as ``cancelled()`` says yes.

    SQLite calls a progress handler every :data:`INSTRUCTIONS_PER_CHECK`
    virtual-machine instructions, so even a long sort before the first row is
    cut short; the statement then fails, which is turned into :class:`Cancelled`.
    Other databases have no such hook: there the callers check between chunks.
    """
    raw = session.connection().connection.dbapi_connection if cancelled is not None else None
    setter = getattr(raw, "set_progress_handler", None)
    if setter is None:
        yield
        return
    tripped: list[bool] = []

    def handler() -> int:
        if cancelled():  # type: ignore[misc]
            tripped.append(True)
            return 1  # SQLite stops the statement: "interrupted"
        return 0

    setter(handler, INSTRUCTIONS_PER_CHECK)
    try:
        yield
    except DBAPIError as exc:
        if tripped:
            raise Cancelled(CANCELLED) from exc
        raise
    finally:
        setter(None, INSTRUCTIONS_PER_CHECK)


def retrieval_rows(session: Session, where: RetrievalFilter, *, cancelled: Callable[[], bool] | None = None,
                   fetched: Callable[[int], None] | None = None) -> list[Row]:
    """The codings matching ``where``.

    Columns: id, transcript_id, transcript_name, code_id, coder_id, coder_name,
    start, end, memo, created, text ('' unless ``with_text``), phase_id,
    phase_name, phase_position, informant_id, pseudonym, ministry, role.

    With ``cancelled`` the query can be stopped while it runs (:func:`interruptible`);
    ``fetched(count)`` is called after each chunk of rows (it may raise to stop).
    """
    coded_text = (func.substr(Transcript.text, Coding.start + 1, Coding.end - Coding.start)
                  if where.with_text else literal(""))
    statement = (
        select(Coding.id, Coding.transcript_id, Transcript.name.label("transcript_name"), Coding.code_id,
               Coding.coder_id, Coder.name.label("coder_name"), Coding.start, Coding.end, Coding.memo,
               Coding.created, coded_text.label("text"), Transcript.phase_id, Phase.name.label("phase_name"),
               Phase.position.label("phase_position"), Transcript.informant_id, Informant.pseudonym,
               Informant.ministry, Informant.role)
        .join(Transcript, Coding.transcript_id == Transcript.id)
        .join(Coder, Coding.coder_id == Coder.id)
        .outerjoin(Phase, Transcript.phase_id == Phase.id)
        .outerjoin(Informant, Transcript.informant_id == Informant.id)
    )
    for column, values in ((Coding.code_id, where.code_ids), (Coding.transcript_id, where.transcript_ids),
                           (Coding.coder_id, where.coder_ids), (Transcript.phase_id, where.phase_ids),
                           (Transcript.informant_id, where.informant_ids), (Informant.ministry, where.ministries),
                           (Informant.role, where.roles)):
        if values:
            statement = statement.where(column.in_(list(values)))
    if where.group_ids:
        in_groups = select(transcript_group.c.transcript_id).where(
            transcript_group.c.group_id.in_(list(where.group_ids)))
        statement = statement.where(Coding.transcript_id.in_(in_groups))
    if where.coded_from is not None:
        statement = statement.where(Coding.created >= where.coded_from)
    if where.coded_to is not None:
        statement = statement.where(Coding.created <= where.coded_to)
    statement = statement.order_by(Phase.position, Transcript.name, Coding.start, Coding.end, Coding.id)
    if cancelled is None and fetched is None:
        return list(session.execute(statement))
    rows: list[Row] = []
    with interruptible(session, cancelled):
        for chunk in session.execute(statement, execution_options={"yield_per": ROWS_PER_CHUNK}).partitions():
            rows.extend(chunk)
            if fetched is not None:
                fetched(len(rows))
    return rows


def group_ids_by_transcript(session: Session) -> dict[int, list[int]]:
    """Group ids per transcript id (in no particular order)."""
    result: dict[int, list[int]] = {}
    for transcript_id, group_id in session.execute(select(transcript_group.c.transcript_id,
                                                          transcript_group.c.group_id)):
        result.setdefault(transcript_id, []).append(group_id)
    return result


def turns_of_transcripts(session: Session, transcript_ids: Collection[int]) -> list[Turn]:
    """The turns of the given transcripts, ordered by transcript and start."""
    if not transcript_ids:
        return []
    return list(session.scalars(select(Turn).where(Turn.transcript_id.in_(list(transcript_ids)))
                                .order_by(Turn.transcript_id, Turn.start)))


def texts_of(session: Session, transcript_ids: Collection[int]) -> dict[int, str]:
    """The full text of the given transcripts by id."""
    if not transcript_ids:
        return {}
    return dict(session.execute(select(Transcript.id, Transcript.text)
                                .where(Transcript.id.in_(list(transcript_ids)))).all())


def informant_values(session: Session) -> tuple[list[str], list[str]]:
    """The distinct ministries and roles informants have, sorted."""
    ministries = session.scalars(select(Informant.ministry).distinct().where(Informant.ministry.is_not(None)))
    roles = session.scalars(select(Informant.role).distinct().where(Informant.role.is_not(None)))
    return sorted(ministries), sorted(roles)


def real_names(session: Session) -> list[tuple[str, int | None, str | None]]:
    """Every listed real name as (name, informant id, pseudonym).

    The union of ``person_name`` and the informants' ``real_name``; the same
    name from both appears once, with its informant.
    """
    found: dict[str, tuple[str, int | None, str | None]] = {}
    statement = (select(PersonName.name, PersonName.informant_id, Informant.pseudonym)
                 .outerjoin(Informant, PersonName.informant_id == Informant.id))
    for name, informant_id, pseudonym in session.execute(statement):
        found[name.casefold()] = (name, informant_id, pseudonym)
    for name, informant_id, pseudonym in session.execute(
            select(Informant.real_name, Informant.id, Informant.pseudonym).where(Informant.real_name.is_not(None))):
        if name and name.strip() and (name.casefold() not in found or found[name.casefold()][1] is None):
            found[name.casefold()] = (name, informant_id, pseudonym)
    return sorted(found.values(), key=lambda entry: entry[0].casefold())


def add_person_name(session: Session, name: str) -> None:
    session.add(PersonName(name=name))
    session.flush()


def remove_person_name(session: Session, name: str) -> int:
    """Delete the listed name (exactly as stored); the number of rows removed."""
    result = session.execute(delete(PersonName).where(PersonName.name == name))
    return int(result.rowcount or 0)
