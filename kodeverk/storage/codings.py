"""Queries on codings (coded segments)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import Row, delete, func, select
from sqlalchemy.orm import Session

from kodeverk.storage.models import Code, Coder, Coding, Group, Informant, Phase, Transcript, transcript_group


@dataclass(frozen=True)
class CodingFilter:
    """Which codings to fetch; an empty field means no restriction on it."""

    code_ids: Collection[int] = ()
    transcript_ids: Collection[int] = ()
    coder_ids: Collection[int] = ()
    group_ids: Collection[int] = ()
    phase_ids: Collection[int] = ()
    informant_ids: Collection[int] = ()


def find_coding(session: Session, transcript_id: int, code_id: int, coder_id: int,
                start: int, end: int) -> Coding | None:
    return session.scalar(select(Coding).where(
        Coding.transcript_id == transcript_id, Coding.code_id == code_id, Coding.coder_id == coder_id,
        Coding.start == start, Coding.end == end))


def codings_of_transcript(session: Session, transcript_id: int) -> list[Coding]:
    return list(session.scalars(select(Coding).where(Coding.transcript_id == transcript_id)
                                .order_by(Coding.start, Coding.end, Coding.id)))


def coding_rows(session: Session, where: CodingFilter) -> list[Row]:
    """Codings with what a result list shows, the coded text sliced by the database.

    Columns: id, transcript_id, transcript_name, code_id, coder_id, coder_name,
    start, end, memo, created, text, phase_name, informant_id, pseudonym.
    """
    coded_text = func.substr(Transcript.text, Coding.start + 1, Coding.end - Coding.start)
    statement = (
        select(Coding.id, Coding.transcript_id, Transcript.name.label("transcript_name"), Coding.code_id,
               Coding.coder_id, Coder.name.label("coder_name"), Coding.start, Coding.end, Coding.memo,
               Coding.created, coded_text.label("text"), Phase.name.label("phase_name"),
               Transcript.informant_id, Informant.pseudonym)
        .join(Transcript, Coding.transcript_id == Transcript.id)
        .join(Coder, Coding.coder_id == Coder.id)
        .outerjoin(Phase, Transcript.phase_id == Phase.id)
        .outerjoin(Informant, Transcript.informant_id == Informant.id)
    )
    if where.code_ids:
        statement = statement.where(Coding.code_id.in_(list(where.code_ids)))
    if where.transcript_ids:
        statement = statement.where(Coding.transcript_id.in_(list(where.transcript_ids)))
    if where.coder_ids:
        statement = statement.where(Coding.coder_id.in_(list(where.coder_ids)))
    if where.phase_ids:
        statement = statement.where(Transcript.phase_id.in_(list(where.phase_ids)))
    if where.informant_ids:
        statement = statement.where(Transcript.informant_id.in_(list(where.informant_ids)))
    if where.group_ids:
        in_groups = select(transcript_group.c.transcript_id).where(
            transcript_group.c.group_id.in_(list(where.group_ids)))
        statement = statement.where(Coding.transcript_id.in_(in_groups))
    statement = statement.order_by(Phase.position, Transcript.name, Coding.start, Coding.end, Coding.id)
    return list(session.execute(statement))


def groups_by_transcript(session: Session) -> dict[int, list[str]]:
    """Group names per transcript id, in the groups' order."""
    result: dict[int, list[str]] = {}
    statement = (select(transcript_group.c.transcript_id, Group.name)
                 .join(Group, Group.id == transcript_group.c.group_id).order_by(Group.position))
    for transcript_id, name in session.execute(statement):
        result.setdefault(transcript_id, []).append(name)
    return result


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
