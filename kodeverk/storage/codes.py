"""Queries on the codebook tables."""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kodeverk.storage.models import Code, Coding


def all_codes(session: Session) -> list[Code]:
    """Every code, ordered by parent and position."""
    return list(session.scalars(select(Code).order_by(Code.parent_id, Code.position, Code.id)))


def code_by_uuid(session: Session, uuid: str) -> Code | None:
    return session.scalar(select(Code).where(Code.uuid == uuid))


def children_of(session: Session, parent_id: int | None) -> list[Code]:
    """The direct children of ``parent_id`` (None: the top level), in order."""
    return list(session.scalars(select(Code).where(Code.parent_id.is_(parent_id) if parent_id is None
                                                   else Code.parent_id == parent_id)
                                .order_by(Code.position, Code.id)))


def coding_counts(session: Session, transcript_id: int | None = None) -> dict[int, int]:
    """Number of codings per code id (optionally within one transcript)."""
    statement = select(Coding.code_id, func.count()).group_by(Coding.code_id)
    if transcript_id is not None:
        statement = statement.where(Coding.transcript_id == transcript_id)
    return {code_id: count for code_id, count in session.execute(statement)}


def move_codings(session: Session, source_id: int, target_id: int) -> None:
    """Give every coding of code ``source_id`` to code ``target_id``."""
    session.execute(update(Coding).where(Coding.code_id == source_id).values(code_id=target_id))


def codings_of_code(session: Session, code_id: int) -> list[Coding]:
    return list(session.scalars(select(Coding).where(Coding.code_id == code_id)
                                .order_by(Coding.transcript_id, Coding.coder_id, Coding.start)))
