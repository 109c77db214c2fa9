"""Querying coded excerpts by code (AND / OR), group, phase, informant, coder, text and date.

:func:`retrieve` is the one entry point: it resolves what users type (code
paths, group aliases, phase names, pseudonyms, coder names) and returns
:class:`Excerpt` values ordered by phase, transcript and position. Several
codes combine with OR (a coding of any of them) or AND (a coding of one of
them that overlaps, in the same transcript, a coding of each of the others;
any coder). Text filters are exact (case-insensitive substring) or fuzzy
(rapidfuzz ``partial_ratio`` ≥ ``fuzzy_threshold``).

It reports progress and can be cancelled (:mod:`kodeverk.retrieval.watch`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz

from kodeverk.codebook.service import load_codebook
from kodeverk.codebook.tree import Codebook
from kodeverk.errors import NotFoundError, UsageError
from kodeverk.project import Project
from kodeverk.services import lookup
from kodeverk.storage import people
from kodeverk.retrieval.watch import NO_WATCH, Progress, Watch
from kodeverk.storage import retrieval as store
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

Combine = Literal["or", "and"]


@dataclass(frozen=True)
class RetrievalQuery:
    """What to retrieve; an empty field means no restriction on it."""

    codes: Sequence[str] = ()
    code_ids: Sequence[int] = ()
    include_subcodes: bool = True
    combine: Combine = "or"
    groups: Sequence[str] = ()
    phases: Sequence[str] = ()
    ministries: Sequence[str] = ()
    roles: Sequence[str] = ()
    coders: Sequence[str] = ()
    transcripts: Sequence[str] = ()
    transcript_ids: Sequence[int] = ()
    informants: Sequence[str] = ()
    contains: str = ""
    fuzzy: bool = False
    fuzzy_threshold: float = 85.0
    coded_from: dt.date | None = None
    coded_to: dt.date | None = None


@dataclass(frozen=True)
class Excerpt:
    """One coding with everything a result list, a matrix or an export shows."""

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
    phase_position: int
    informant_id: int | None
    pseudonym: str | None
    ministry: str | None
    role: str | None
    groups: tuple[str, ...] = field(default=())

    @property
    def sort_key(self) -> tuple:
        """Phase, then transcript, then position (the order of every listing)."""
        return (self.phase_position, self.transcript, self.start, self.end, self.coding_id)

    def as_json(self) -> dict:
        return {"coding_id": self.coding_id, "transcript": self.transcript, "code": self.code_path,
                "coder": self.coder, "start": self.start, "end": self.end, "text": self.text, "memo": self.memo,
                "phase": self.phase, "groups": list(self.groups), "informant": self.pseudonym,
                "ministry": self.ministry, "role": self.role, "created": self.created.isoformat()}


def code_sets(book: Codebook, query: RetrievalQuery) -> list[set[int]]:
    """One set of code ids per code asked for (its subtree when ``include_subcodes``)."""
    wanted = [book.resolve(path).id for path in query.codes] + list(query.code_ids)
    sets = []
    for code_id in wanted:
        if code_id not in book.nodes:
            raise NotFoundError("code", f"#{code_id}")
        sets.append(set(book.descendants(code_id)) if query.include_subcodes else {code_id})
    return sets


def _resolve_values(wanted: Sequence[str], known: list[str], kind: str) -> list[str]:
    """Exact-ish matches (any case) of ``wanted`` among ``known`` values."""
    result = []
    for value in wanted:
        matches = [k for k in known if k.casefold() == value.strip().casefold()]
        if not matches:
            raise NotFoundError(kind, value, lookup.nearest(value, known))
        result.extend(matches)
    return result


def _day_bounds(start: dt.date | None, end: dt.date | None) -> tuple[dt.datetime | None, dt.datetime | None]:
    if start and end and start > end:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "the date range {start}–{end} is empty (start after end)"),
                                 start=start, end=end))
    low = dt.datetime.combine(start, dt.time.min, tzinfo=dt.timezone.utc) if start else None
    high = dt.datetime.combine(end, dt.time.max, tzinfo=dt.timezone.utc) if end else None
    return low, high


def retrieve(project: Project, query: RetrievalQuery, *, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None) -> list[Excerpt]:
    """The excerpts matching every criterion of ``query``, ordered by phase, transcript, position.

    ``progress(done, total, stage)`` and ``cancelled()``: see :mod:`kodeverk.retrieval.watch`
    (:class:`~kodeverk.errors.Cancelled` when cancelled).
    """
    return retrieve_watched(project, query, Watch(progress, cancelled))


def retrieve_watched(project: Project, query: RetrievalQuery, watch: Watch = NO_WATCH) -> list[Excerpt]:
    """:func:`retrieve`, reporting to and stopping on ``watch``."""
    if query.combine not in ("or", "and"):
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "combine must be 'or' or 'and', not {value!r}"),
                                 value=query.combine))
    if not 0 <= query.fuzzy_threshold <= 100:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "the fuzzy threshold is a score from 0 to 100")))
    watch.report("reading", 0)
    with project.reading() as session:
        book = load_codebook(session)
        sets = code_sets(book, query)
        ministries, roles = store.informant_values(session)
        coded_from, coded_to = _day_bounds(query.coded_from, query.coded_to)
        where = store.RetrievalFilter(
            code_ids=set().union(*sets) if sets else (),
            transcript_ids=set(query.transcript_ids) | {lookup.find_transcript(session, n).id
                                                        for n in query.transcripts},
            coder_ids={lookup.find_coder(session, n).id for n in query.coders},
            group_ids={lookup.find_group(session, n).id for n in query.groups},
            phase_ids={lookup.find_phase(session, n).id for n in query.phases},
            informant_ids={lookup.find_informant(session, n).id for n in query.informants},
            ministries=_resolve_values(query.ministries, ministries, "ministry"),
            roles=_resolve_values(query.roles, roles, "role"),
            coded_from=coded_from, coded_to=coded_to, with_text=False)
        watched = watch is not NO_WATCH
        rows = store.retrieval_rows(session, where, cancelled=watch.cancelled if watched else None,
                                    fetched=(lambda count: watch.report("reading", count)) if watched else None)
        texts = store.texts_of(session, {r.transcript_id for r in rows})
        group_names = {g.id: g.name for g in people.all_groups(session)}
        group_order = {g.id: g.position for g in people.all_groups(session)}
        by_transcript = store.group_ids_by_transcript(session)
    groups = {t: tuple(group_names[g] for g in sorted(ids, key=lambda g: (group_order[g], g)))
              for t, ids in by_transcript.items()}
    excerpts = [_excerpt(r, book, groups, texts[r.transcript_id][r.start:r.end])
                for r in watch.each(rows, "excerpts")]
    if query.combine == "and" and len(sets) > 1:
        excerpts = overlapping_all(excerpts, sets, watch)
    if query.contains.strip():
        excerpts = [e for e in watch.each(excerpts, "text", 500)
                    if text_matches(e.text, query.contains, query.fuzzy, query.fuzzy_threshold)]
    return excerpts


def _excerpt(row: object, book: Codebook, groups: dict[int, tuple[str, ...]], text: str) -> Excerpt:
    r = row
    return Excerpt(coding_id=r.id, transcript_id=r.transcript_id, transcript=r.transcript_name,  # type: ignore[attr-defined]
                   code_id=r.code_id, code_path=book[r.code_id].path_string, coder_id=r.coder_id,  # type: ignore[attr-defined]
                   coder=r.coder_name, start=r.start, end=r.end, text=text, memo=r.memo or "",  # type: ignore[attr-defined]
                   created=r.created, phase=r.phase_name,  # type: ignore[attr-defined]
                   phase_position=r.phase_position if r.phase_position is not None else 1_000_000,  # type: ignore[attr-defined]
                   informant_id=r.informant_id, pseudonym=r.pseudonym, ministry=r.ministry, role=r.role,  # type: ignore[attr-defined]
                   groups=groups.get(r.transcript_id, ()))  # type: ignore[attr-defined]


def overlapping_all(excerpts: Sequence[Excerpt], sets: Sequence[set[int]], watch: Watch = NO_WATCH) -> list[Excerpt]:
    """The excerpts that overlap, in the same transcript, an excerpt of every code set.

    An excerpt of set *i* qualifies if for each other set *j* some excerpt of
    *j* shares at least one character with it (half-open spans). An excerpt
    whose code is in several sets satisfies those sets itself.
    """
    by_transcript: dict[int, list[Excerpt]] = {}
    for excerpt in excerpts:
        by_transcript.setdefault(excerpt.transcript_id, []).append(excerpt)
    kept: list[Excerpt] = []
    for items in by_transcript.values():
        watch.check()
        members = [[e for e in items if e.code_id in s] for s in sets]
        for excerpt in items:
            if all(excerpt.code_id in s or any(o.start < excerpt.end and excerpt.start < o.end for o in members[i])
                   for i, s in enumerate(sets)):
                kept.append(excerpt)
    return sorted(kept, key=lambda e: e.sort_key)


def text_matches(text: str, needle: str, fuzzy: bool = False, threshold: float = 85.0) -> bool:
    """Whether ``text`` contains ``needle``: any case; fuzzily by partial_ratio ≥ ``threshold``."""
    folded, wanted = text.casefold(), needle.strip().casefold()
    if wanted in folded:
        return True
    return fuzzy and fuzz.partial_ratio(wanted, folded) >= threshold
