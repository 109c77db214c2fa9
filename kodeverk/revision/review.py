"""The review list of codings a revision could not place: list them, put one back, or dismiss them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kodeverk.codebook.service import load_codebook
from kodeverk.errors import NotFoundError
from kodeverk.project import Project
from kodeverk.services.coding import add_coding_in
from kodeverk.services.lookup import find_transcript
from kodeverk.storage import revisions as store
from kodeverk.storage.models import LostCoding, Transcript


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

    def as_json(self) -> dict:
        return {"id": self.id, "transcript": self.transcript, "code": self.code_path, "coder": self.coder,
                "old_start": self.start, "old_end": self.end, "passage": self.passage, "memo": self.memo,
                "reason": self.reason, "lost": self.lost.isoformat()}


def list_lost(project: Project, transcript: str | None = None) -> list[LostInfo]:
    """The review list, optionally for one transcript (by name)."""
    with project.reading() as session:
        transcript_id = find_transcript(session, transcript).id if transcript else None
        book = load_codebook(session)
        coders = store.coder_names(session)
        result = []
        for row in store.lost_rows(session, transcript_id):
            name = session.get(Transcript, row.transcript_id).name  # type: ignore[union-attr]
            result.append(LostInfo(row.id, row.transcript_id, name, row.code_id, book[row.code_id].path_string,
                                   row.coder_id, coders.get(row.coder_id, "?"), row.start, row.end, row.passage,
                                   row.memo, row.reason, row.lost))
        return result


def dismiss_lost(project: Project, lost_ids: list[int]) -> int:
    """Take entries off the review list (the user has dealt with them). Returns how many."""
    with project.transaction() as session:
        missing = [i for i in lost_ids if session.get(LostCoding, i) is None]
        if missing:
            raise NotFoundError("lost coding", f"#{missing[0]}")
        return store.delete_lost(session, lost_ids)


def place_lost(project: Project, lost_id: int, start: int, end: int) -> int:
    """Code the span ``[start, end)`` of the current text with the lost coding's code and coder, and take
    it off the list; one transaction. Returns the new coding's id."""
    with project.transaction() as session:
        row = session.get(LostCoding, lost_id)
        if row is None:
            raise NotFoundError("lost coding", f"#{lost_id}")
        coding = add_coding_in(session, row.transcript_id, row.code_id, row.coder_id, start, end, row.memo)
        store.delete_lost(session, [lost_id])
        return coding.id
