"""Queries on transcripts and their turns, and the importer's plain (Core) inserts.

The importer stores hundreds of files a minute, one transaction each, so its
writes are single Core statements on the session's connection rather than ORM
units of work: a transcript row, its turns in one executemany, its groups, and
a new informant with its attributes.
"""

from __future__ import annotations

from collections.abc import Iterator

from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, selectinload, undefer

from kodeverk.storage.models import Coding, Informant, InformantAttribute, Transcript, Turn, transcript_group


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


def transcript_name_with_sha256(session: Session, sha256: str) -> str | None:
    """The name of a transcript whose text has this sha256, if any."""
    return session.connection().scalar(select(Transcript.name).where(Transcript.sha256 == sha256).limit(1))


def transcript_text(session: Session, transcript_id: int) -> str | None:
    return session.scalar(select(Transcript.text).where(Transcript.id == transcript_id))


def transcript_length(session: Session, transcript_id: int) -> int | None:
    """The length of the transcript's text in code points (None: no such transcript), without loading it."""
    return session.scalar(select(Transcript.char_count).where(Transcript.id == transcript_id))


def transcript_with_text(session: Session, transcript_id: int) -> Transcript | None:
    return session.scalar(select(Transcript).options(undefer(Transcript.text))
                          .where(Transcript.id == transcript_id))


def texts_for_similarity(session: Session) -> Iterator[tuple[int, str, str]]:
    """(id, name, text) of every transcript, for near-duplicate checks: fetched a few at a time,
    so the texts of a large project are never all in memory together."""
    rows = session.execute(select(Transcript.id, Transcript.name, Transcript.text).execution_options(yield_per=32))
    return (tuple(row) for row in rows)


def turns_of(session: Session, transcript_id: int) -> list[Turn]:
    return list(session.scalars(select(Turn).where(Turn.transcript_id == transcript_id).order_by(Turn.start)))


def turn_counts(session: Session) -> dict[int, int]:
    return dict(session.execute(select(Turn.transcript_id, func.count()).group_by(Turn.transcript_id)).all())


def coding_counts_by_transcript(session: Session) -> dict[int, int]:
    return dict(session.execute(select(Coding.transcript_id, func.count()).group_by(Coding.transcript_id)).all())


def insert_transcript(session: Session, values: dict[str, Any]) -> int:
    """Insert one transcript row (column values by name; defaults as the model's) and return its id."""
    result = session.connection().execute(insert(_TRANSCRIPT), values)
    return int(result.inserted_primary_key[0])


def insert_turns(session: Session, transcript_id: int, turns: list[tuple[int, int, int, str, bool]]) -> None:
    """Store a transcript's turns (start, end, label_end, speaker, is_interviewer) in one statement."""
    if turns:
        session.connection().execute(insert(_TURN), [
            {"transcript_id": transcript_id, "start": start, "end": end, "label_end": label_end,
             "speaker": speaker, "is_interviewer": interviewer}
            for start, end, label_end, speaker, interviewer in turns])


def link_groups(session: Session, transcript_id: int, group_ids: list[int]) -> None:
    """Put a transcript in groups (by id), in one statement."""
    if group_ids:
        session.connection().execute(insert(transcript_group), [{"transcript_id": transcript_id, "group_id": g}
                                                                for g in dict.fromkeys(group_ids)])


def informant_id(session: Session, pseudonym: str) -> int | None:
    """The id of the informant with this pseudonym, if there is one."""
    return session.connection().scalar(select(Informant.id).where(Informant.pseudonym == pseudonym))


def insert_informant(session: Session, values: dict[str, Any], attributes: dict[str, str]) -> int:
    """Insert a new informant (column values by name) with its free attributes; returns its id."""
    connection = session.connection()
    new_id = int(connection.execute(insert(_INFORMANT), values).inserted_primary_key[0])
    if attributes:
        connection.execute(insert(_ATTRIBUTE), [{"informant_id": new_id, "key": key, "value": value}
                                                for key, value in attributes.items()])
    return new_id


_TRANSCRIPT = Transcript.__table__
_TURN = Turn.__table__
_INFORMANT = Informant.__table__
_ATTRIBUTE = InformantAttribute.__table__
