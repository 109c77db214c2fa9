"""Coding spans and the interval arithmetic under every agreement method.

A coding span is one coder's application of one code to one transcript: the
half-open range ``[start, end)`` of Unicode code points (the unit REFI-QDA
uses). Zero-length spans carry no characters; they are skipped and counted so
that callers can warn (ATLAS.ti exports can contain them).

Interval sets are numpy ``int64`` arrays of shape ``(n, 2)``, one row
``[start, end)`` per interval. *Merged* means sorted, pairwise disjoint and,
unless stated otherwise, with touching intervals joined: the canonical form
of a set of characters. Everything here is vectorised (sorts, cumulative
maxima, ``searchsorted``); nothing loops over characters.

To compute many transcripts at once, :class:`SourceLayout` lays them end to
end on one line, optionally with a separator between them so that intervals
of different transcripts can never touch.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

IntervalArray = npt.NDArray[np.int64]
"""An ``(n, 2)`` int64 array of half-open intervals ``[start, end)``."""

Labels = Mapping[str, Collection[int]]
"""What to compare: label -> the code ids whose spans make up that label.

A parent code with children is one label mapped to the ids of the parent and
all its descendants; each coder's spans of those ids are united.
"""


@dataclass(frozen=True)
class CodingSpan:
    """One coding: ``coder`` applied ``code_id`` to ``[start, end)`` of ``source_id``."""

    source_id: int
    code_id: int
    coder: str
    start: int
    end: int

    @property
    def length(self) -> int:
        """Number of characters covered."""
        return self.end - self.start


def empty_intervals() -> IntervalArray:
    """An interval array with no rows."""
    return np.empty((0, 2), dtype=np.int64)


def as_intervals(pairs: Iterable[Sequence[int]] | npt.ArrayLike) -> IntervalArray:
    """Return ``pairs`` as an ``(n, 2)`` int64 array; raise ValueError if an end precedes its start."""
    if not isinstance(pairs, np.ndarray):
        pairs = list(pairs)  # type: ignore[arg-type]
    arr = np.asarray(pairs, dtype=np.int64)
    if arr.size == 0:
        return empty_intervals()
    arr = arr.reshape(-1, 2)
    if np.any(arr[:, 1] < arr[:, 0]):
        raise ValueError("an interval ends before it starts")
    return arr


def merge_intervals(
    intervals: IntervalArray | Iterable[Sequence[int]], *, merge_adjacent: bool = True
) -> IntervalArray:
    """Sort and merge overlapping intervals; join touching ones too if ``merge_adjacent``.

    Empty intervals are dropped. With ``merge_adjacent=False``, ``[0, 5)`` and
    ``[5, 9)`` stay two intervals (needed where a unit's boundaries matter,
    as in unitized alpha).
    """
    iv = as_intervals(intervals)
    iv = iv[iv[:, 1] > iv[:, 0]]
    if len(iv) == 0:
        return empty_intervals()
    order = np.lexsort((iv[:, 1], iv[:, 0]))
    starts = iv[order, 0]
    reach = np.maximum.accumulate(iv[order, 1])
    if merge_adjacent:
        opens = starts[1:] > reach[:-1]
    else:
        opens = starts[1:] >= reach[:-1]
    first = np.flatnonzero(np.concatenate(([True], opens)))
    last = np.concatenate((first[1:] - 1, [len(starts) - 1]))
    return np.column_stack((starts[first], reach[last]))


def total_length(merged: IntervalArray) -> int:
    """Characters covered by a set of *disjoint* intervals."""
    return int(np.sum(merged[:, 1] - merged[:, 0])) if len(merged) else 0


def union_intervals(*sets: IntervalArray) -> IntervalArray:
    """The merged union of any number of interval sets."""
    parts = [s for s in sets if len(s)]
    return merge_intervals(np.vstack(parts)) if parts else empty_intervals()


def intersection_length(a: IntervalArray, b: IntervalArray) -> int:
    """Characters in both of two *disjoint* sets: ``|a| + |b| - |a ∪ b|``."""
    return total_length(a) + total_length(b) - total_length(union_intervals(a, b))


def intersect_intervals(a: IntervalArray, b: IntervalArray) -> IntervalArray:
    """The merged intersection of two *disjoint* interval sets, by a vectorised sweep.

    Each start is +1 and each end -1; where the running depth is 2 both sets
    cover the line. Ends sort before starts at the same position, so touching
    intervals do not intersect.
    """
    if len(a) == 0 or len(b) == 0:
        return empty_intervals()
    pos = np.concatenate((a[:, 0], b[:, 0], a[:, 1], b[:, 1]))
    step = np.concatenate((np.ones(len(a) + len(b), np.int64), -np.ones(len(a) + len(b), np.int64)))
    order = np.lexsort((step, pos))
    pos, depth = pos[order], np.cumsum(step[order])
    idx = np.flatnonzero(depth[:-1] == 2)
    return merge_intervals(np.column_stack((pos[idx], pos[idx + 1])))


def overlap_lengths(merged: IntervalArray, queries: IntervalArray) -> npt.NDArray[np.int64]:
    """For each query interval, the characters it shares with a *disjoint, sorted* set.

    Uses the coverage function C(x) = characters of ``merged`` before x, so the
    overlap of ``[s, e)`` is C(e) - C(s); C is evaluated with ``searchsorted``.
    """
    if len(queries) == 0:
        return np.zeros(0, dtype=np.int64)
    if len(merged) == 0:
        return np.zeros(len(queries), dtype=np.int64)
    starts, ends = merged[:, 0], merged[:, 1]
    before = np.concatenate(([0], np.cumsum(ends - starts)))

    def coverage(x: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        k = np.searchsorted(starts, x, side="left")  # intervals starting before x
        j = np.maximum(k - 1, 0)
        partial = before[j] + np.minimum(ends[j], x) - starts[j]
        return np.where(k > 0, partial, 0)

    return coverage(queries[:, 1]) - coverage(queries[:, 0])


@dataclass(frozen=True, eq=False)
class SourceLayout:
    """Transcripts laid end to end on one line, in ascending source id.

    Source ``source_ids[i]`` occupies ``[offsets[i], offsets[i] + lengths[i])``;
    ``separator`` empty positions follow each source, so with ``separator >= 1``
    no two transcripts' intervals can touch or merge.
    """

    source_ids: npt.NDArray[np.int64]
    lengths: npt.NDArray[np.int64]
    offsets: npt.NDArray[np.int64]
    separator: int

    @classmethod
    def build(cls, source_lengths: Mapping[int, int], separator: int = 1) -> SourceLayout:
        """Lay out ``source_lengths`` (source id -> characters)."""
        ids = np.array(sorted(source_lengths), dtype=np.int64)
        lengths = np.array([int(source_lengths[int(i)]) for i in ids], dtype=np.int64)
        if np.any(lengths < 0):
            raise ValueError("a source length is negative")
        offsets = np.concatenate(([0], np.cumsum(lengths + separator)[:-1])).astype(np.int64)
        return cls(ids, lengths, offsets, separator)

    @property
    def total_length(self) -> int:
        """Length of the whole line without a trailing separator (the sources alone if 0)."""
        if len(self.source_ids) == 0:
            return 0
        return int(self.offsets[-1] + self.lengths[-1])

    def index_of(self, source_ids: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """Row of each source id in this layout; ValueError for an unknown source."""
        idx = np.searchsorted(self.source_ids, source_ids)
        idx = np.minimum(idx, max(len(self.source_ids) - 1, 0))
        if len(source_ids) and (len(self.source_ids) == 0 or np.any(self.source_ids[idx] != source_ids)):
            raise ValueError("a coding refers to a source with no length given")
        return idx

    def per_source_length(self, merged: IntervalArray) -> npt.NDArray[np.int64]:
        """Characters of a merged global interval set that fall in each source."""
        out = np.zeros(len(self.source_ids), dtype=np.int64)
        if len(merged):
            row = np.searchsorted(self.offsets, merged[:, 0], side="right") - 1
            np.add.at(out, row, merged[:, 1] - merged[:, 0])
        return out


@dataclass(frozen=True, eq=False)
class SpanTable:
    """Codings as columns, built once and shared by every method.

    ``coders`` lists the coder names; ``coder_index`` points into it.
    ``zero_length_skipped`` counts the zero-length spans that were left out.
    """

    source_id: npt.NDArray[np.int64]
    code_id: npt.NDArray[np.int64]
    coder_index: npt.NDArray[np.int64]
    start: npt.NDArray[np.int64]
    end: npt.NDArray[np.int64]
    coders: tuple[str, ...]
    zero_length_skipped: int

    @classmethod
    def from_spans(cls, spans: Iterable[CodingSpan] | SpanTable) -> SpanTable:
        """Build the table (returned unchanged if already one); ValueError on a reversed or negative span."""
        if isinstance(spans, SpanTable):
            return spans
        spans = list(spans)
        coders = tuple(sorted({s.coder for s in spans}))
        lookup = {name: i for i, name in enumerate(coders)}
        cols = np.array(
            [(s.source_id, s.code_id, lookup[s.coder], s.start, s.end) for s in spans], dtype=np.int64
        ).reshape(-1, 5)
        return cls._checked(cols, coders)

    @classmethod
    def from_rows(cls, rows: npt.ArrayLike, names: Sequence[str]) -> SpanTable:
        """The same table as :meth:`from_spans`, from rows (source_id, code_id, coder, start, end) where
        ``coder`` indexes ``names``: no :class:`CodingSpan` objects (a project's codings, read in bulk)."""
        cols = np.asarray(rows, dtype=np.int64).reshape(-1, 5)
        used = np.unique(cols[:, 2])
        if len(used) and (used[0] < 0 or used[-1] >= len(names)):
            raise ValueError("a coding's coder is not in the list of names")
        coders = tuple(sorted({names[int(i)] for i in used}))
        lookup = np.full(len(names), -1, dtype=np.int64)
        for i in used.tolist():
            lookup[i] = coders.index(names[i])
        cols = cols.copy()
        cols[:, 2] = lookup[cols[:, 2]]
        return cls._checked(cols, coders)

    @classmethod
    def _checked(cls, cols: npt.NDArray[np.int64], coders: tuple[str, ...]) -> SpanTable:
        if np.any(cols[:, 3] < 0) or np.any(cols[:, 4] < cols[:, 3]):
            raise ValueError("a coding span has a negative start or ends before it starts")
        keep = cols[:, 4] > cols[:, 3]
        kept = cols[keep]
        return cls(
            kept[:, 0].copy(), kept[:, 1].copy(), kept[:, 2].copy(), kept[:, 3].copy(), kept[:, 4].copy(),
            coders, int(np.count_nonzero(~keep)),
        )

    def __len__(self) -> int:
        return len(self.start)

    def mask(self, code_ids: Collection[int], coders: Collection[str] | None = None) -> npt.NDArray[np.bool_]:
        """Rows with one of ``code_ids`` and (if given) one of ``coders``."""
        rows = np.isin(self.code_id, np.fromiter(code_ids, dtype=np.int64, count=len(code_ids)))
        if coders is not None:
            names = set(coders)
            wanted = [i for i, name in enumerate(self.coders) if name in names]
            rows &= np.isin(self.coder_index, np.array(wanted, dtype=np.int64))
        return rows

    def check_within(self, layout: SourceLayout) -> None:
        """ValueError unless every span lies inside a source of ``layout``."""
        idx = layout.index_of(self.source_id)
        if len(idx) and np.any(self.end > layout.lengths[idx]):
            raise ValueError("a coding span ends beyond the end of its source")

    def placed(self, layout: SourceLayout, rows: npt.NDArray[np.bool_]) -> IntervalArray:
        """The selected rows' spans as global positions on ``layout`` (unmerged)."""
        offset = layout.offsets[layout.index_of(self.source_id[rows])]
        return np.column_stack((self.start[rows] + offset, self.end[rows] + offset))


def coder_group(coders: str | Collection[str]) -> tuple[str, ...]:
    """One coder name or a group of names, as a sorted tuple."""
    return (coders,) if isinstance(coders, str) else tuple(sorted(set(coders)))
