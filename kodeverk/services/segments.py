"""Retrieving coded segments by code, group, phase, coder, transcript and text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from kodeverk.codebook.service import load_codebook
from kodeverk.project import Project
from kodeverk.services import lookup
from kodeverk.storage import codings as store


@dataclass(frozen=True)
class SegmentQuery:
    """What to retrieve. Names are resolved as users type them (code paths, group aliases ...)."""

    codes: Sequence[str] = ()
    include_subcodes: bool = True
    code_ids: Sequence[int] = ()
    groups: Sequence[str] = ()
    phases: Sequence[str] = ()
    coders: Sequence[str] = ()
    transcripts: Sequence[str] = ()
    transcript_ids: Sequence[int] = ()
    informants: Sequence[str] = ()
    contains: str = ""


@dataclass(frozen=True)
class Segment:
    """One coded segment with the context a result list shows."""

    coding_id: int
    transcript_id: int
    transcript: str
    code_id: int
    code_path: str
    coder_id: int
    coder: str
    start: int
    end: int
    text: str
    memo: str
    created: dt.datetime
    phase: str | None
    groups: tuple[str, ...] = field(default=())
    informant: str | None = None

    def as_json(self) -> dict:
        return {"coding_id": self.coding_id, "transcript": self.transcript, "code": self.code_path,
                "coder": self.coder, "start": self.start, "end": self.end, "text": self.text, "memo": self.memo,
                "phase": self.phase, "groups": list(self.groups), "informant": self.informant,
                "created": self.created.isoformat()}


def query_segments(project: Project, query: SegmentQuery) -> list[Segment]:
    """The codings matching every given criterion, ordered by phase, transcript and position."""
    with project.reading() as session:
        book = load_codebook(session)
        code_ids: set[int] = set(query.code_ids)
        for path in query.codes:
            node = book.resolve(path)
            code_ids.update(book.descendants(node.id) if query.include_subcodes else [node.id])
        if query.include_subcodes:
            for code_id in list(query.code_ids):
                code_ids.update(book.descendants(code_id))
        where = store.CodingFilter(
            code_ids=code_ids,
            transcript_ids=set(query.transcript_ids) | {lookup.find_transcript(session, n).id
                                                        for n in query.transcripts},
            coder_ids={lookup.find_coder(session, n).id for n in query.coders},
            group_ids={lookup.find_group(session, n).id for n in query.groups},
            phase_ids={lookup.find_phase(session, n).id for n in query.phases},
            informant_ids={lookup.find_informant(session, n).id for n in query.informants},
        )
        rows = store.coding_rows(session, where)
        groups = store.groups_by_transcript(session)
    needle = query.contains.casefold()
    return [
        Segment(coding_id=r.id, transcript_id=r.transcript_id, transcript=r.transcript_name, code_id=r.code_id,
                code_path=book[r.code_id].path_string, coder_id=r.coder_id, coder=r.coder_name, start=r.start,
                end=r.end, text=r.text, memo=r.memo, created=r.created, phase=r.phase_name,
                groups=tuple(groups.get(r.transcript_id, ())), informant=r.pseudonym)
        for r in rows
        if not needle or needle in r.text.casefold()
    ]
