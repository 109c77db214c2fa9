"""Queries for revising a transcript's text: its codings with code paths and coders, turns, the review list."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from kodeverk.storage.models import Coder, Coding, LostCoding, Transcript, Turn

_PARKED = 1_000_000_000


def coding_rows(session: Session, transcript_id: int) -> list[Coding]:
    return list(session.scalars(select(Coding).where(Coding.transcript_id == transcript_id)
                                .order_by(Coding.start, Coding.end, Coding.id)))


def coder_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Coder.id, Coder.name)).all())


def turn_tuples(session: Session, transcript_id: int) -> list[tuple[int, int, int, str, bool]]:
    return [tuple(row) for row in session.execute(
        select(Turn.start, Turn.end, Turn.label_end, Turn.speaker, Turn.is_interviewer)
        .where(Turn.transcript_id == transcript_id).order_by(Turn.start))]  # type: ignore[misc]


def replace_turns(session: Session, transcript_id: int, turns: Iterable[tuple[int, int, int, str, bool]]) -> None:
    session.execute(delete(Turn).where(Turn.transcript_id == transcript_id))
    rows = [{"transcript_id": transcript_id, "start": s, "end": e, "label_end": le, "speaker": sp,
             "is_interviewer": iv} for s, e, le, sp, iv in turns]
    if rows:
        session.execute(insert(Turn), rows)


def original_of(session: Session, transcript_id: int) -> tuple[bytes | None, str, str]:
    row = session.execute(select(Transcript.original_bytes, Transcript.original_filename, Transcript.source_format)
                          .where(Transcript.id == transcript_id)).one()
    return row[0], row[1], row[2]


def set_text(session: Session, transcript_id: int, values: dict[str, Any]) -> None:
    session.execute(update(Transcript).where(Transcript.id == transcript_id).values(**values))


def move_codings(session: Session, moves: Iterable[tuple[int, int, int]]) -> None:
    """Set (start, end) of codings by id, in two passes so no intermediate state breaks the unique key."""
    moves = list(moves)
    for coding_id, _start, _end in moves:
        parked = _PARKED + coding_id  # out of the way of every real span, still a valid one
        session.execute(update(Coding).where(Coding.id == coding_id).values(start=parked, end=parked + 1))
    for coding_id, start, end in moves:
        session.execute(update(Coding).where(Coding.id == coding_id).values(start=start, end=end))


def delete_codings(session: Session, coding_ids: Collection[int]) -> None:
    if coding_ids:
        session.execute(delete(Coding).where(Coding.id.in_(list(coding_ids))))


def insert_codings(session: Session, rows: Iterable[dict[str, Any]]) -> None:
    rows = list(rows)
    if rows:
        session.execute(insert(Coding), rows)


def add_lost(session: Session, rows: Iterable[dict[str, Any]]) -> list[int]:
    ids = []
    for row in rows:
        lost = LostCoding(**row)
        session.add(lost)
        session.flush()
        ids.append(lost.id)
    return ids


def restore_lost(session: Session, rows: Iterable[dict[str, Any]]) -> None:
    """Insert review-list rows exactly as given (with their ids)."""
    rows = list(rows)
    if rows:
        session.execute(insert(LostCoding), rows)


def lost_rows(session: Session, transcript_id: int | None = None) -> list[LostCoding]:
    statement = select(LostCoding).order_by(LostCoding.transcript_id, LostCoding.start, LostCoding.id)
    if transcript_id is not None:
        statement = statement.where(LostCoding.transcript_id == transcript_id)
    return list(session.scalars(statement))


def delete_lost(session: Session, lost_ids: Collection[int]) -> int:
    if not lost_ids:
        return 0
    return session.execute(delete(LostCoding).where(LostCoding.id.in_(list(lost_ids)))).rowcount or 0
