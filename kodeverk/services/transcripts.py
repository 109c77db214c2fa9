"""Reading transcripts: the list with metadata, one transcript's text and turns."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kodeverk.errors import NotFoundError
from kodeverk.project import Project
from kodeverk.services.lookup import find_transcript
from kodeverk.storage import transcripts as store


@dataclass(frozen=True)
class TranscriptInfo:
    """A transcript's metadata (not its text)."""

    id: int
    name: str
    original_filename: str
    phase: str | None
    groups: tuple[str, ...]
    informant: str | None
    ministry: str | None
    role: str | None
    interview_date: dt.date | None
    words: int
    characters: int
    turns: int
    codings: int

    def as_json(self) -> dict:
        return {"id": self.id, "name": self.name, "file": self.original_filename, "phase": self.phase,
                "groups": list(self.groups), "informant": self.informant, "ministry": self.ministry,
                "role": self.role, "date": self.interview_date.isoformat() if self.interview_date else None,
                "words": self.words, "characters": self.characters, "turns": self.turns, "codings": self.codings}


@dataclass(frozen=True)
class TurnInfo:
    start: int
    end: int
    label_end: int
    speaker: str
    is_interviewer: bool


def list_transcripts(project: Project) -> list[TranscriptInfo]:
    with project.reading() as session:
        turns = store.turn_counts(session)
        codings = store.coding_counts_by_transcript(session)
        result = []
        for t in store.all_transcripts(session):
            informant = t.informant
            result.append(TranscriptInfo(
                id=t.id, name=t.name, original_filename=t.original_filename,
                phase=t.phase.name if t.phase else None, groups=tuple(g.name for g in t.groups),
                informant=informant.pseudonym if informant else None,
                ministry=informant.ministry if informant else None, role=informant.role if informant else None,
                interview_date=t.interview_date, words=t.word_count, characters=t.char_count,
                turns=turns.get(t.id, 0), codings=codings.get(t.id, 0)))
        return result


def transcript_id(project: Project, name: str) -> int:
    with project.reading() as session:
        return find_transcript(session, name).id


def transcript_text(project: Project, transcript_id: int) -> str:
    with project.reading() as session:
        text = store.transcript_text(session, transcript_id)
        if text is None:
            raise NotFoundError("transcript", f"#{transcript_id}")
        return text


def transcript_turns(project: Project, transcript_id: int) -> list[TurnInfo]:
    with project.reading() as session:
        return [TurnInfo(t.start, t.end, t.label_end, t.speaker, t.is_interviewer)
                for t in store.turns_of(session, transcript_id)]
