"""Queries on codings (coded segments)."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kodeverk.storage.models import Code, Coder, Coding, Transcript


def find_coding(session: Session, transcript_id: int, code_id: int, coder_id: int,
                start: int, end: int) -> Coding | None:
    return session.scalar(select(Coding).where(
        Coding.transcript_id == transcript_id, Coding.code_id == code_id, Coding.coder_id == coder_id,
        Coding.start == start, Coding.end == end))


def codings_of_transcript(session: Session, transcript_id: int) -> list[Coding]:
    return list(session.scalars(select(Coding).where(Coding.transcript_id == transcript_id)
                                .order_by(Coding.start, Coding.end, Coding.id)))


def delete_coding(session: Session, coding_id: int) -> None:
    session.execute(delete(Coding).where(Coding.id == coding_id))


def count_rows(session: Session) -> dict[str, int]:
    """How many transcripts, codes, codings and coders the project holds."""
    return {
        "transcripts": session.scalar(select(func.count()).select_from(Transcript)) or 0,
        "codes": session.scalar(select(func.count()).select_from(Code)) or 0,
        "codings": session.scalar(select(func.count()).select_from(Coding)) or 0,
        "coders": session.scalar(select(func.count()).select_from(Coder)) or 0,
    }
