"""Queries on transcripts and their turns."""

from __future__ import annotations

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, selectinload, undefer

from kodeverk.storage.models import Coding, Transcript, Turn, transcript_group


def all_transcripts(session: Session) -> list[Transcript]:
    """Every transcript with phase, informant and groups loaded (not the text)."""
    statement = (select(Transcript)
                 .options(selectinload(Transcript.groups), selectinload(Transcript.phase),
                          selectinload(Transcript.informant))
                 .order_by(Transcript.name))
    return list(session.scalars(statement))


def transcript_by_name(session: Session, name: str) -> Transcript | None:
    return session.scalar(select(Transcript).where(Transcript.name == name))


def transcript_names(session: Session) -> list[str]:
    return list(session.scalars(select(Transcript.name).order_by(Transcript.name)))


def transcripts_by_sha256(session: Session, sha256: str) -> list[Transcript]:
    return list(session.scalars(select(Transcript).where(Transcript.sha256 == sha256)))


def transcript_text(session: Session, transcript_id: int) -> str | None:
    return session.scalar(select(Transcript.text).where(Transcript.id == transcript_id))


def transcript_with_text(session: Session, transcript_id: int) -> Transcript | None:
    return session.scalar(select(Transcript).options(undefer(Transcript.text))
                          .where(Transcript.id == transcript_id))


def texts_for_similarity(session: Session) -> list[tuple[int, str, str]]:
    """(id, name, text) of every transcript, for near-duplicate checks."""
    return list(session.execute(select(Transcript.id, Transcript.name, Transcript.text)))


def turns_of(session: Session, transcript_id: int) -> list[Turn]:
    return list(session.scalars(select(Turn).where(Turn.transcript_id == transcript_id).order_by(Turn.start)))


def turn_counts(session: Session) -> dict[int, int]:
    return dict(session.execute(select(Turn.transcript_id, func.count()).group_by(Turn.transcript_id)).all())


def coding_counts_by_transcript(session: Session) -> dict[int, int]:
    return dict(session.execute(select(Coding.transcript_id, func.count()).group_by(Coding.transcript_id)).all())


def insert_turns(session: Session, transcript_id: int, turns: list[tuple[int, int, int, str, bool]]) -> None:
    """Store a transcript's turns (start, end, label_end, speaker, is_interviewer) in one statement."""
    if turns:
        session.execute(insert(Turn), [
            {"transcript_id": transcript_id, "start": start, "end": end, "label_end": label_end,
             "speaker": speaker, "is_interviewer": interviewer}
            for start, end, label_end, speaker, interviewer in turns])


def link_groups(session: Session, transcript_id: int, group_ids: list[int]) -> None:
    """Put a transcript in groups (by id), in one statement."""
    if group_ids:
        session.execute(insert(transcript_group), [{"transcript_id": transcript_id, "group_id": g}
                                                   for g in dict.fromkeys(group_ids)])
