"""The review list of codings a revision could not place: list them, put one back, or dismiss them.

Every change here can be taken back (the app's undo): :func:`dismiss_lost`
and :func:`restore_lost` are inverses (the entries come back with the same
ids), and so are :func:`place_lost_coding` and :func:`unplace_lost`.
:func:`suggest_span` finds where in the current text a lost passage most
likely is now (rapidfuzz), for the user to check before placing it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlalchemy.orm import Session

from kodeverk.codebook.service import load_codebook
from kodeverk.errors import ConflictError, NotFoundError
from kodeverk.project import Project
from kodeverk.services.coding import CodingInfo, add_coding_in
from kodeverk.services.lookup import find_transcript
from kodeverk.storage import codings as coding_store
from kodeverk.storage import revisions as store
from kodeverk.storage import transcripts as transcript_store
from kodeverk.storage.models import Coding, LostCoding, Transcript
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

SUGGEST_SCORE = 60.0  # partial_ratio (0–100) a passage needs for a suggested place


@dataclass(frozen=True)
class LostInfo:
    """A lost coding: where it was in the text before the revision, and its passage."""

    id: int
    transcript_id: int
    transcript: str
    code_id: int
    code_path: str
    coder_id: int
    coder: str
    start: int
    end: int
    passage: str
    memo: str
    reason: str
    lost: dt.datetime

    def as_record(self) -> dict:
        """The review-list row as it was (to put it back)."""
        return {"id": self.id, "transcript_id": self.transcript_id, "code_id": self.code_id,
                "coder_id": self.coder_id, "start": self.start, "end": self.end, "passage": self.passage,
                "memo": self.memo, "reason": self.reason, "lost": self.lost}

    def as_json(self) -> dict:
        return {"id": self.id, "transcript": self.transcript, "code": self.code_path, "coder": self.coder,
                "old_start": self.start, "old_end": self.end, "passage": self.passage, "memo": self.memo,
                "reason": self.reason, "lost": self.lost.isoformat()}


def _infos(session: Session, rows: list[LostCoding]) -> list[LostInfo]:
    book = load_codebook(session)
    coders = store.coder_names(session)
    result = []
    for row in rows:
        name = session.get(Transcript, row.transcript_id).name  # type: ignore[union-attr]
        result.append(LostInfo(row.id, row.transcript_id, name, row.code_id, book[row.code_id].path_string,
                               row.coder_id, coders.get(row.coder_id, "?"), row.start, row.end, row.passage,
                               row.memo, row.reason, row.lost))
    return result


def list_lost(project: Project, transcript: str | None = None, *, transcript_id: int | None = None
              ) -> list[LostInfo]:
    """The review list, optionally for one transcript (by name, or by id)."""
    with project.reading() as session:
        if transcript:
            transcript_id = find_transcript(session, transcript).id
        return _infos(session, store.lost_rows(session, transcript_id))


def lost_entry(project: Project, lost_id: int) -> LostInfo:
    """One entry of the review list."""
    with project.reading() as session:
        row = session.get(LostCoding, lost_id)
        if row is None:
            raise NotFoundError("lost coding", f"#{lost_id}")
        return _infos(session, [row])[0]


def dismiss_lost(project: Project, lost_ids: list[int]) -> int:
    """Take entries off the review list (the user has dealt with them). Returns how many."""
    with project.transaction() as session:
        missing = [i for i in lost_ids if session.get(LostCoding, i) is None]
        if missing:
            raise NotFoundError("lost coding", f"#{missing[0]}")
        return store.delete_lost(session, lost_ids)


def restore_lost(project: Project, entries: list[LostInfo]) -> None:
    """Put dismissed entries back on the list exactly as they were (same ids); one transaction."""
    with project.transaction() as session:
        for entry in entries:
            if session.get(LostCoding, entry.id) is not None:
                raise ConflictError(Message(QT_TRANSLATE_NOOP("CoreMessages", "lost coding #{id} is on the review list already"),
                                            id=entry.id))
            if session.get(Transcript, entry.transcript_id) is None:
                raise NotFoundError("transcript", f"#{entry.transcript_id}")
        store.restore_lost(session, [entry.as_record() for entry in entries])


def place_lost_coding(project: Project, lost_id: int, start: int, end: int) -> CodingInfo:
    """Code the span ``[start, end)`` of the current text with the lost coding's code, coder and memo, and
    take it off the list; one transaction. Returns the new coding."""
    with project.transaction() as session:
        row = session.get(LostCoding, lost_id)
        if row is None:
            raise NotFoundError("lost coding", f"#{lost_id}")
        coding = add_coding_in(session, row.transcript_id, row.code_id, row.coder_id, start, end, row.memo)
        info = CodingInfo(coding.id, coding.transcript_id, coding.code_id, coding.coder_id, coding.start,
                          coding.end, coding.memo, coding.created)
        store.delete_lost(session, [lost_id])
        return info


def place_lost(project: Project, lost_id: int, start: int, end: int) -> int:
    """As :func:`place_lost_coding`; returns the new coding's id."""
    return place_lost_coding(project, lost_id, start, end).id


def unplace_lost(project: Project, coding: CodingInfo, entry: LostInfo) -> None:
    """Undo :func:`place_lost_coding`: remove the coding and put the entry back; one transaction."""
    with project.transaction() as session:
        row = session.get(Coding, coding.id)
        if row is None:
            raise NotFoundError("coding", f"#{coding.id}")
        if session.get(LostCoding, entry.id) is not None:
            raise ConflictError(Message(QT_TRANSLATE_NOOP("CoreMessages", "lost coding #{id} is on the review list already"),
                                        id=entry.id))
        coding_store.delete_coding(session, row.id)
        store.restore_lost(session, [entry.as_record()])


def suggest_span(project: Project, lost_id: int) -> tuple[int, int, float] | None:
    """Where the lost passage most likely is in the transcript's current text: (start, end, score 0–100),
    or None when nothing is similar enough (:data:`SUGGEST_SCORE`)."""
    with project.reading() as session:
        row = session.get(LostCoding, lost_id)
        if row is None:
            raise NotFoundError("lost coding", f"#{lost_id}")
        passage, transcript_id = row.passage, row.transcript_id
        text = transcript_store.transcript_text(session, transcript_id) or ""
    if len(passage.strip()) < 3 or not text:
        return None
    found = fuzz.partial_ratio_alignment(passage, text, score_cutoff=SUGGEST_SCORE)
    if found is None:
        return None
    start, end = found.dest_start, found.dest_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end, found.score) if start < end else None
