"""Queries for team work: copying a project's rows, merging copies, agreement input, consensus.

Row copying goes through the mapped models (so it works on SQLite and
PostgreSQL alike): each row is rebuilt with the same primary key in the
target session. Agreement and merge read plain tuples, not ORM objects, to
stay fast on tens of thousands of codings.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import Row, delete, insert, inspect, select
from sqlalchemy.orm import Session

from kodeverk.storage.base import Base
from kodeverk.storage.models import (
    Code,
    Coder,
    Coding,
    Group,
    Informant,
    InformantAttribute,
    Memo,
    PersonName,
    Phase,
    ProjectInfo,
    Transcript,
    Turn,
    transcript_group,
)

# Tables in an order that respects their foreign keys (codes: parents first, see copy_codes).
SHARED_MODELS: tuple[type[Base], ...] = (ProjectInfo, Phase, Group, Informant, InformantAttribute, PersonName,
                                        Transcript, Turn)


def column_values(row: Base) -> dict[str, Any]:
    """Every mapped column of ``row`` (deferred ones loaded), by attribute name."""
    mapper = inspect(type(row))
    return {attr.key: getattr(row, attr.key) for attr in mapper.column_attrs}


def copy_model_rows(source: Session, target: Session, model: type[Base]) -> int:
    """Copy every row of ``model`` from ``source`` to ``target`` with the same ids; returns the count."""
    count = 0
    for row in source.scalars(select(model).order_by(*inspect(model).primary_key)):
        target.add(model(**column_values(row)))
        count += 1
    target.flush()
    return count


def copy_codes(source: Session, target: Session) -> int:
    """Copy the codebook (same ids and UUIDs), parents before children."""
    rows = list(source.scalars(select(Code).order_by(Code.id)))
    done: set[int] = set()
    pending = rows
    while pending:
        later = []
        for code in pending:
            if code.parent_id is None or code.parent_id in done:
                target.add(Code(**column_values(code)))
                done.add(code.id)
            else:
                later.append(code)
        target.flush()
        if len(later) == len(pending):
            raise ValueError("the codebook has a code whose parent is missing")
        pending = later
    return len(rows)


def copy_transcript_groups(source: Session, target: Session) -> int:
    pairs = [dict(transcript_id=t, group_id=g) for t, g in source.execute(
        select(transcript_group.c.transcript_id, transcript_group.c.group_id))]
    if pairs:
        target.execute(insert(transcript_group), pairs)
    return len(pairs)


def memos_on_transcripts_and_codes(session: Session) -> list[Memo]:
    """Memos attached to a transcript or a code (project memos are left out)."""
    return list(session.scalars(select(Memo).where((Memo.transcript_id.is_not(None)) | (Memo.code_id.is_not(None)))
                                .order_by(Memo.id)))


def codings_of_coder(session: Session, coder_id: int) -> list[Coding]:
    return list(session.scalars(select(Coding).where(Coding.coder_id == coder_id).order_by(Coding.id)))


def transcript_keys(session: Session) -> list[Row]:
    """(id, uuid, name, sha256, char_count) of every transcript."""
    return list(session.execute(select(Transcript.id, Transcript.uuid, Transcript.name, Transcript.sha256,
                                       Transcript.char_count).order_by(Transcript.name)))


def transcript_texts(session: Session, transcript_ids: Collection[int] | None = None) -> dict[int, str]:
    """Text per transcript id (all transcripts if ``transcript_ids`` is None)."""
    statement = select(Transcript.id, Transcript.text)
    if transcript_ids is not None:
        statement = statement.where(Transcript.id.in_(list(transcript_ids)))
    return {tid: text for tid, text in session.execute(statement)}


def transcript_lengths(session: Session, transcript_ids: Collection[int] | None = None) -> dict[int, int]:
    """Length of the text in code points per transcript id."""
    statement = select(Transcript.id, Transcript.char_count)
    if transcript_ids is not None:
        statement = statement.where(Transcript.id.in_(list(transcript_ids)))
    return {tid: count for tid, count in session.execute(statement)}


def coding_tuples(session: Session, *, transcript_ids: Collection[int] | None = None,
                  coder_ids: Collection[int] | None = None, code_ids: Collection[int] | None = None) -> list[Row]:
    """(id, transcript_id, code_id, coder_id, start, end, memo) of the matching codings."""
    statement = select(Coding.id, Coding.transcript_id, Coding.code_id, Coding.coder_id, Coding.start,
                       Coding.end, Coding.memo)
    for column, values in ((Coding.transcript_id, transcript_ids), (Coding.coder_id, coder_ids),
                           (Coding.code_id, code_ids)):
        if values is not None:
            statement = statement.where(column.in_(list(values)))
    return list(session.execute(statement.order_by(Coding.transcript_id, Coding.start, Coding.end, Coding.id)))


def coding_keys(session: Session, transcript_ids: Collection[int]) -> set[tuple[int, int, int, int, int]]:
    """(transcript_id, code_id, coder_id, start, end) of every coding in those transcripts."""
    statement = select(Coding.transcript_id, Coding.code_id, Coding.coder_id, Coding.start, Coding.end).where(
        Coding.transcript_id.in_(list(transcript_ids)))
    return {tuple(row) for row in session.execute(statement)}  # type: ignore[misc]


def add_codings(session: Session, rows: Iterable[dict[str, Any]]) -> list[int]:
    """Insert codings (dicts of Coding columns) through the model; returns their new ids."""
    made = [Coding(**row) for row in rows]
    session.add_all(made)
    session.flush()
    return [c.id for c in made]


def turn_spans(session: Session, transcript_ids: Collection[int]) -> dict[int, list[tuple[int, int]]]:
    """Speaker turns ``(start, end)`` per transcript id, in order."""
    result: dict[int, list[tuple[int, int]]] = {}
    statement = (select(Turn.transcript_id, Turn.start, Turn.end)
                 .where(Turn.transcript_id.in_(list(transcript_ids))).order_by(Turn.transcript_id, Turn.start))
    for tid, start, end in session.execute(statement):
        result.setdefault(tid, []).append((start, end))
    return result


def coder_rows(session: Session) -> list[Coder]:
    return list(session.scalars(select(Coder).order_by(Coder.name)))


def group_rows(session: Session) -> list[Group]:
    return list(session.scalars(select(Group)))


def memos_titled(session: Session, coder_id: int, transcript_id: int, titles: Collection[str]) -> list[Memo]:
    """The coder's memos on a transcript with one of ``titles`` (consensus decision records)."""
    return list(session.scalars(select(Memo).where(Memo.coder_id == coder_id, Memo.transcript_id == transcript_id,
                                                   Memo.title.in_(list(titles)))))


def memo_titles_of(session: Session, coder_id: int, transcript_ids: Collection[int] | None = None) -> set[tuple[int, str]]:
    """(transcript_id, title) of every memo the coder wrote on transcripts."""
    statement = select(Memo.transcript_id, Memo.title).where(Memo.coder_id == coder_id,
                                                             Memo.transcript_id.is_not(None))
    if transcript_ids is not None:
        statement = statement.where(Memo.transcript_id.in_(list(transcript_ids)))
    return {(tid, title) for tid, title in session.execute(statement)}


def delete_codings(session: Session, coding_ids: Collection[int]) -> None:
    if coding_ids:
        session.execute(delete(Coding).where(Coding.id.in_(list(coding_ids))))


def delete_memos(session: Session, memo_ids: Collection[int]) -> None:
    if memo_ids:
        session.execute(delete(Memo).where(Memo.id.in_(list(memo_ids))))


__all__ = [
    "SHARED_MODELS", "add_codings", "coder_rows", "coding_keys", "coding_tuples", "codings_of_coder",
    "column_values", "copy_codes", "copy_model_rows", "copy_transcript_groups", "delete_codings",
    "delete_memos", "group_rows", "memo_titles_of", "memos_on_transcripts_and_codes", "memos_titled",
    "transcript_keys", "transcript_lengths", "transcript_texts", "turn_spans",
]
