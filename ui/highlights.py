"""Turning codings into layered highlight runs and stripe lanes (pure Python, no widgets)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kodeverk.services.coding import CodingInfo


@dataclass(frozen=True)
class Run:
    """A stretch of text ``[start, end)`` (code points) covered by the same codings, in start order."""

    start: int
    end: int
    coding_ids: tuple[int, ...]


def runs_of(codings: Sequence[CodingInfo]) -> list[Run]:
    """Split the coded text into runs where the set of codings covering it is constant."""
    edges = sorted({c.start for c in codings} | {c.end for c in codings})
    ordered = sorted(codings, key=lambda c: (c.start, -c.end, c.id))
    runs: list[Run] = []
    active: list[CodingInfo] = []
    pointer = 0
    for left, right in zip(edges, edges[1:]):
        while pointer < len(ordered) and ordered[pointer].start <= left:
            active.append(ordered[pointer])
            pointer += 1
        active = [c for c in active if c.end > left]
        if active:
            runs.append(Run(left, right, tuple(c.id for c in active)))
    return runs


def lanes_of(codings: Sequence[CodingInfo], first_coder: int | None = None) -> dict[int, int]:
    """A lane number per coding id: codings in one lane never overlap; each coder has lanes of its own.

    The ``first_coder``'s lanes come first (leftmost); other coders follow in id order.
    """
    lanes: dict[int, int] = {}
    next_lane = 0
    coders = sorted({c.coder_id for c in codings}, key=lambda i: (i != first_coder, i))
    for coder_id in coders:
        ends: list[int] = []  # per lane of this coder: where its last coding ends
        for coding in sorted((c for c in codings if c.coder_id == coder_id), key=lambda c: (c.start, -c.end)):
            for lane, end in enumerate(ends):
                if end <= coding.start:
                    ends[lane] = coding.end
                    break
            else:
                lane = len(ends)
                ends.append(coding.end)
            lanes[coding.id] = next_lane + lane
        next_lane += len(ends)
    return lanes
