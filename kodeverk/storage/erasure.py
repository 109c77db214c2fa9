"""Queries for erasing an informant, and compacting the file afterwards (VACUUM, WAL checkpoint)."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from pathlib import Path

from sqlalchemy import Engine, delete, func, or_, select
from sqlalchemy.orm import Session

from kodeverk.storage.models import (Code, Coding, Informant, InformantAttribute, LostCoding, Memo, PersonName,
                                     Transcript)


def transcripts_of(session: Session, informant_id: int) -> list[Transcript]:
    return list(session.scalars(select(Transcript).where(Transcript.informant_id == informant_id)
                                .order_by(Transcript.name)))


def coding_counts(session: Session, transcript_ids: Collection[int]) -> dict[int, int]:
    return dict(session.execute(select(Coding.transcript_id, func.count()).where(
        Coding.transcript_id.in_(list(transcript_ids))).group_by(Coding.transcript_id)).all())


def lost_count(session: Session, transcript_ids: Collection[int]) -> int:
    return session.scalar(select(func.count()).select_from(LostCoding).where(
        LostCoding.transcript_id.in_(list(transcript_ids)))) or 0


def memos_about(session: Session, transcript_ids: Collection[int], words: Collection[str]) -> list[Memo]:
    """Memos on the transcripts, and memos anywhere whose title or text contains one of ``words``."""
    conditions = [Memo.transcript_id.in_(list(transcript_ids))]
    for word in words:
        if word:
            conditions += [Memo.text.contains(word), Memo.title.contains(word)]
    return list(session.scalars(select(Memo).where(or_(*conditions)).order_by(Memo.id)))


def attributes_of(session: Session, informant_id: int) -> list[InformantAttribute]:
    return list(session.scalars(select(InformantAttribute).where(InformantAttribute.informant_id == informant_id)
                                .order_by(InformantAttribute.key)))


def listed_names(session: Session, informant_id: int, real_name: str | None) -> list[PersonName]:
    condition = PersonName.informant_id == informant_id
    if real_name:
        condition = or_(condition, func.lower(PersonName.name) == real_name.lower())
    return list(session.scalars(select(PersonName).where(condition)))


def other_texts(session: Session, transcript_ids: Collection[int]) -> list[tuple[str, str]]:
    """(name, text) of every transcript not in ``transcript_ids``, then of every code's description."""
    texts = [(name, text) for name, text in session.execute(
        select(Transcript.name, Transcript.text).where(Transcript.id.not_in(list(transcript_ids))))]
    texts += [(name, description) for name, description in session.execute(select(Code.name, Code.description))]
    return texts


def erase_rows(session: Session, informant_id: int, transcript_ids: Collection[int], memo_ids: Collection[int],
               name_ids: Collection[int]) -> None:
    """Delete everything of the informant; with ``secure_delete`` so freed pages are zeroed."""
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql("PRAGMA secure_delete=ON")
    ids = list(transcript_ids)
    session.execute(delete(Memo).where(Memo.id.in_(list(memo_ids))))
    session.execute(delete(LostCoding).where(LostCoding.transcript_id.in_(ids)))
    session.execute(delete(Coding).where(Coding.transcript_id.in_(ids)))
    session.execute(delete(Transcript).where(Transcript.id.in_(ids)))
    session.execute(delete(PersonName).where(PersonName.id.in_(list(name_ids))))
    session.execute(delete(InformantAttribute).where(InformantAttribute.informant_id == informant_id))
    session.execute(delete(Informant).where(Informant.id == informant_id))


def keep_name_listed(session: Session, name: str) -> None:
    session.add(PersonName(name=name))


def compact(engine: Engine) -> str | None:
    """VACUUM the database and fold the write-ahead log back into it (truncating it).

    Returns None when done, else why the log could not be emptied (another program reading).
    """
    if engine.dialect.name != "sqlite":
        return None
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("PRAGMA secure_delete=ON")
        connection.exec_driver_sql("VACUUM")
        busy, _log, _done = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    return "another program is reading the project, so the log file could not be emptied" if busy else None


def backup_has_informant(path: Path, pseudonym: str) -> bool:
    """True if the backup file at ``path`` still has the informant ``pseudonym``."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            row = connection.execute("SELECT 1 FROM informant WHERE pseudonym = ?", (pseudonym,)).fetchone()
            return row is not None
        finally:
            connection.close()
    except sqlite3.Error:
        return False
