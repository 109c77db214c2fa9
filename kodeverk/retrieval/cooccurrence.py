"""Co-occurrence of codes: pairs of codings that overlap, lie near, or share a speaker turn.

A *pair* is two codings of different codes in the same transcript (any
coders, unless ``same_coder``). Modes:

- ``overlap``: the spans share at least one character (half-open spans);
- ``near``: the gap between the spans is at most ``distance`` characters
  (overlapping spans have no gap, so they count too);
- ``turn``: both codings start in the same stored speaker turn.

The code × code table counts pairs; it is symmetric, and the diagonal is 0.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from kodeverk.errors import UsageError
from kodeverk.project import Project
from kodeverk.retrieval.context import TurnSpan, turn_at
from kodeverk.retrieval.query import Excerpt
from kodeverk.retrieval.watch import CHUNK, NO_WATCH, Watch
from kodeverk.storage import retrieval as store
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

Mode = Literal["overlap", "near", "turn"]


@dataclass(frozen=True)
class Pair:
    """Two co-occurring codings; ``first`` has the lower code id."""

    first: Excerpt
    second: Excerpt


@dataclass(frozen=True)
class CodeTable:
    """A symmetric code × code table of pair counts; ``codes`` are code ids in codebook order."""

    codes: tuple[int, ...]
    counts: Mapping[tuple[int, int], int]

    def count(self, a: int, b: int) -> int:
        return self.counts.get((min(a, b), max(a, b)), 0) if a != b else 0

    def rows(self) -> list[list[int]]:
        return [[self.count(a, b) for b in self.codes] for a in self.codes]


def _turn_index(turns: Sequence[TurnSpan], excerpt: Excerpt) -> int | None:
    turn = turn_at(turns, excerpt.start)
    return turn.start if turn else None


def find_pairs(excerpts: Iterable[Excerpt], mode: Mode = "overlap", distance: int = 0, *,
               turns: Mapping[int, Sequence[TurnSpan]] | None = None, same_coder: bool = False,
               watch: Watch = NO_WATCH) -> list[Pair]:
    """Every co-occurring pair among ``excerpts`` (see the module docstring); progress as stage "cooccurrence"."""
    if mode not in ("overlap", "near", "turn"):
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "co-occurrence mode must be overlap, near or turn, not {value!r}"),
                                 value=mode))
    if distance < 0:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "the distance must be 0 or more characters")))
    if mode == "turn" and turns is None:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "co-occurrence within a turn needs the transcripts' turns")))
    by_transcript: dict[int, list[Excerpt]] = {}
    total = 0
    for excerpt in excerpts:
        by_transcript.setdefault(excerpt.transcript_id, []).append(excerpt)
        total += 1
    pairs: list[Pair] = []
    done = 0
    watch.report("cooccurrence", 0, total)
    for transcript_id, items in by_transcript.items():
        items.sort(key=lambda e: (e.start, e.end, e.coding_id))
        if mode == "turn":
            spans = turns.get(transcript_id, ()) if turns else ()
            by_turn: dict[int, list[Excerpt]] = {}
            for excerpt in items:
                key = _turn_index(spans, excerpt)
                if key is not None:
                    by_turn.setdefault(key, []).append(excerpt)
            for members in by_turn.values():
                pairs.extend(_pairs_of(members, lambda a, b: True, same_coder))
                done += len(members)
                if done // CHUNK != (done - len(members)) // CHUNK:
                    watch.report("cooccurrence", done, total)
            continue
        active: list[Excerpt] = []
        reach = 0 if mode == "overlap" else distance + 1  # an earlier span still pairs while end + reach > start
        for excerpt in items:
            done += 1
            if done % CHUNK == 0:
                watch.report("cooccurrence", done, total)
            active = [a for a in active if a.end + reach > excerpt.start]
            for other in active:
                if other.code_id == excerpt.code_id or (same_coder and other.coder_id != excerpt.coder_id):
                    continue
                pairs.append(Pair(other, excerpt) if other.code_id < excerpt.code_id else Pair(excerpt, other))
            active.append(excerpt)
    watch.report("cooccurrence", total, total)
    return pairs


def _pairs_of(members: Sequence[Excerpt], accept, same_coder: bool) -> list[Pair]:
    found = []
    for i, a in enumerate(members):
        for b in members[i + 1:]:
            if a.code_id == b.code_id or (same_coder and a.coder_id != b.coder_id) or not accept(a, b):
                continue
            first, second = (a, b) if a.code_id < b.code_id else (b, a)
            found.append(Pair(first, second))
    return found


def code_table(pairs: Iterable[Pair], codes: Sequence[int], *, watch: Watch = NO_WATCH) -> CodeTable:
    """Count pairs per unordered code pair."""
    counts: dict[tuple[int, int], int] = {}
    for pair in watch.checked(pairs, 20 * CHUNK):
        key = (pair.first.code_id, pair.second.code_id)
        counts[key] = counts.get(key, 0) + 1
    return CodeTable(tuple(codes), counts)


def load_turns(project: Project, transcript_ids: Iterable[int]) -> dict[int, list[TurnSpan]]:
    """The stored turns of the given transcripts, for ``mode="turn"``."""
    result: dict[int, list[TurnSpan]] = {}
    with project.reading() as session:
        for turn in store.turns_of_transcripts(session, set(transcript_ids)):
            result.setdefault(turn.transcript_id, []).append(TurnSpan(turn.start, turn.end, turn.label_end,
                                                                      turn.speaker))
    return result


def cooccurrences(project: Project, excerpts: Sequence[Excerpt], mode: Mode = "overlap", distance: int = 0, *,
                  same_coder: bool = False, watch: Watch = NO_WATCH) -> list[Pair]:
    """:func:`find_pairs`, loading the turns when ``mode="turn"``."""
    turns = load_turns(project, {e.transcript_id for e in excerpts}) if mode == "turn" else None
    return find_pairs(excerpts, mode, distance, turns=turns, same_coder=same_coder, watch=watch)
