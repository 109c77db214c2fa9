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


def runs_between(codings: Sequence[CodingInfo], low: int, high: int) -> list[Run]:
    """The runs of ``codings`` clipped to ``[low, high)`` (only codings reaching into it are looked at)."""
    near = [c for c in codings if c.start < high and c.end > low]
    runs = []
    for run in runs_of(near):
        start, end = max(run.start, low), min(run.end, high)
        if start < end:
            runs.append(Run(start, end, run.coding_ids))
    return runs


class Lanes:
    """Stripe lanes kept up to date as codings come and go, so that stripes do not jump about.

    Built with :func:`lanes_of`; a new coding takes the first lane of its coder
    where it overlaps nothing (its old lane first, when a coding changes), and
    a removed coding leaves a gap. :meth:`add` says False when the coder has no
    free lane (or no lanes yet): then build anew.
    """

    def __init__(self, codings: Sequence[CodingInfo] = (), first_coder: int | None = None):
        self.first_coder = first_coder
        self.rebuild(codings)

    def rebuild(self, codings: Sequence[CodingInfo]) -> None:
        self.of: dict[int, int] = lanes_of(codings, self.first_coder)
        self.members: dict[int, dict[int, tuple[int, int]]] = {}   # lane → {coding id: (start, end)}
        self.coder_lanes: dict[int, list[int]] = {}
        for coding in codings:
            lane = self.of[coding.id]
            self.members.setdefault(lane, {})[coding.id] = (coding.start, coding.end)
            lanes = self.coder_lanes.setdefault(coding.coder_id, [])
            if lane not in lanes:
                lanes.append(lane)
        for lanes in self.coder_lanes.values():
            lanes.sort()

    @property
    def count(self) -> int:
        return max(self.members, default=-1) + 1

    def remove(self, coding_id: int) -> int | None:
        """Take a coding out; its lane (None if it had none)."""
        lane = self.of.pop(coding_id, None)
        if lane is not None:
            self.members[lane].pop(coding_id, None)
        return lane

    def add(self, coding: CodingInfo, preferred: int | None = None) -> bool:
        lanes = self.coder_lanes.get(coding.coder_id)
        if not lanes:
            return False
        order = ([preferred] if preferred in lanes else []) + lanes
        for lane in order:
            if all(end <= coding.start or start >= coding.end for start, end in self.members[lane].values()):
                self.of[coding.id] = lane
                self.members[lane][coding.id] = (coding.start, coding.end)
                return True
        return False

    def get(self, coding_id: int, default: int = 0) -> int:
        return self.of.get(coding_id, default)

    def __getitem__(self, coding_id: int) -> int:
        return self.of[coding_id]

    def values(self):  # noqa: ANN201 - like a dict's
        return self.of.values()
