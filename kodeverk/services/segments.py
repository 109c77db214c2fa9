"""Coded segments for the ``segments`` command and the app's segment lists.

A thin view over :func:`kodeverk.retrieval.retrieve`, which does the querying
(one query path for the command line, the app and the exports); this module
keeps the simpler request and result shapes the ``segments`` command and the
app's docks were built on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from kodeverk.project import Project
from kodeverk.retrieval.query import Excerpt, RetrievalQuery, retrieve


@dataclass(frozen=True)
class SegmentQuery:
    """What to retrieve. Names are resolved as users type them (code paths, group aliases ...).

    Several codes combine with OR; the text filter is an exact, any-case substring.
    """

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

    @classmethod
    def from_excerpt(cls, excerpt: Excerpt) -> Segment:
        return cls(coding_id=excerpt.coding_id, transcript_id=excerpt.transcript_id, transcript=excerpt.transcript,
                   code_id=excerpt.code_id, code_path=excerpt.code_path, coder_id=excerpt.coder_id,
                   coder=excerpt.coder, start=excerpt.start, end=excerpt.end, text=excerpt.text, memo=excerpt.memo,
                   created=excerpt.created, phase=excerpt.phase, groups=excerpt.groups,
                   informant=excerpt.pseudonym)

    def as_json(self) -> dict:
        return {"coding_id": self.coding_id, "transcript": self.transcript, "code": self.code_path,
                "coder": self.coder, "start": self.start, "end": self.end, "text": self.text, "memo": self.memo,
                "phase": self.phase, "groups": list(self.groups), "informant": self.informant,
                "created": self.created.isoformat()}


def query_segments(project: Project, query: SegmentQuery) -> list[Segment]:
    """The codings matching every given criterion, ordered by phase, transcript and position."""
    excerpts = retrieve(project, RetrievalQuery(
        codes=query.codes, code_ids=query.code_ids, include_subcodes=query.include_subcodes,
        groups=query.groups, phases=query.phases, coders=query.coders, transcripts=query.transcripts,
        transcript_ids=query.transcript_ids, informants=query.informants, contains=query.contains))
    return [Segment.from_excerpt(e) for e in excerpts]
