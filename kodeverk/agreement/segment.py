"""Segment-level agreement, MAXQDA's convention (agreement.md §2, variant 3).

Every coded segment of both coders is checked. A segment agrees if the other
coder has a segment of the same label in the same source whose overlap with
it, ``|intersection| / |union|`` in characters, is at least ``threshold``.
The two segments must share at least one character, so a threshold of 0
means "any overlap".

Choices made here (MAXQDA does not document them all; verify on its output):

* ``threshold`` is a **fraction** in [0, 1] (MAXQDA's dialog default 90 % is
  ``0.9``); the comparison allows 1e-12 for floating point.
* Segments are the codings **as made**, not merged: two overlapping codings
  by one coder are two segments. Only exact duplicates (same source, start
  and end within one label, e.g. a parent and a child applied to the same
  text) are merged into one segment; their number is reported.
* Because each coder's segments are counted, a matching pair gives two
  agreements. Per label: a = agreeing segments (of both coders), b = coder-1
  segments without a match, c = coder-2 segments without a match, and
  percent agreement = a / (a + b + c).
* Overall kappa is Brennan & Prediger's κ_n = (P_obs − 1/K)/(1 − 1/K), where
  P_obs = Σa / Σ(a + b + c) over labels and K is the number of labels in the
  results table, i.e. labels with at least one segment. κ_n is NaN when
  K < 2; percentages are NaN when there are no segments.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from kodeverk.agreement.kappa import brennan_prediger_kappa
from kodeverk.agreement.spans import CodingSpan, Labels, SpanTable

NAN = float("nan")
_TOLERANCE = 1e-12


@dataclass(frozen=True)
class SegmentCounts:
    """a (agreeing segments, both coders), b (coder 1 only), c (coder 2 only)."""

    agreements: int
    only_first: int
    only_second: int

    @property
    def total(self) -> int:
        """a + b + c."""
        return self.agreements + self.only_first + self.only_second

    def percent_agreement(self) -> float:
        """a / (a + b + c) as a fraction; NaN with no segments."""
        return self.agreements / self.total if self.total else NAN

    def __add__(self, other: SegmentCounts) -> SegmentCounts:
        return SegmentCounts(
            self.agreements + other.agreements, self.only_first + other.only_first,
            self.only_second + other.only_second,
        )

    def to_dict(self) -> dict[str, int]:
        """The counts a, b, c and their sum."""
        return {
            "agreements": self.agreements, "only_first": self.only_first,
            "only_second": self.only_second, "total": self.total,
        }


@dataclass(frozen=True)
class SegmentSourceResult:
    """One label in one source."""

    source_id: int
    counts: SegmentCounts
    percent_agreement: float

    def to_dict(self) -> dict[str, Any]:
        """Plain values for JSON."""
        return {"source_id": self.source_id, "percent_agreement": self.percent_agreement,
                **self.counts.to_dict()}


@dataclass(frozen=True)
class SegmentCodeResult:
    """One label over all sources (only sources where it has segments are listed)."""

    label: str
    code_ids: tuple[int, ...]
    counts: SegmentCounts
    percent_agreement: float
    per_source: tuple[SegmentSourceResult, ...]

    def to_dict(self) -> dict[str, Any]:
        """Plain values for JSON (MAXQDA reports no per-code kappa, so there is none)."""
        return {
            "label": self.label, "code_ids": list(self.code_ids),
            "percent_agreement": self.percent_agreement, **self.counts.to_dict(),
            "per_source": [row.to_dict() for row in self.per_source],
        }


@dataclass(frozen=True)
class SegmentReport:
    """The whole comparison, with the overall Brennan–Prediger kappa."""

    coder_1: str
    coder_2: str
    threshold: float
    codes: tuple[SegmentCodeResult, ...]
    counts: SegmentCounts
    percent_agreement: float
    kappa: float
    n_categories: int
    zero_length_skipped: int
    duplicates_merged: int

    def to_dict(self) -> dict[str, Any]:
        """Plain values for JSON (NaN stays ``float('nan')``)."""
        return {
            "method": "segment", "coder_1": self.coder_1, "coder_2": self.coder_2,
            "threshold": self.threshold, "percent_agreement": self.percent_agreement,
            "kappa": self.kappa, "n_categories": self.n_categories, **self.counts.to_dict(),
            "zero_length_skipped": self.zero_length_skipped,
            "duplicates_merged": self.duplicates_merged,
            "codes": [code.to_dict() for code in self.codes],
        }


def _segments(table: SpanTable, rows: npt.NDArray[np.bool_]) -> tuple[npt.NDArray[np.int64], int]:
    """(source, start, end) rows sorted by source, exact duplicates merged; and how many were."""
    seg = np.column_stack((table.source_id[rows], table.start[rows], table.end[rows]))
    unique = np.unique(seg, axis=0) if len(seg) else seg.reshape(0, 3)
    return unique, len(seg) - len(unique)


def _matches(
    first: npt.NDArray[np.int64], second: npt.NDArray[np.int64], threshold: float
) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """Which segments of each coder have a partner of the other in the same source.

    All same-source pairs are formed at once: segment i of ``first`` in source
    s is paired with the block of ``second``'s segments in s (both arrays are
    sorted by source, so each block is contiguous).
    """
    ok1 = np.zeros(len(first), dtype=bool)
    ok2 = np.zeros(len(second), dtype=bool)
    if len(first) == 0 or len(second) == 0:
        return ok1, ok2
    lo = np.searchsorted(second[:, 0], first[:, 0], side="left")
    hi = np.searchsorted(second[:, 0], first[:, 0], side="right")
    per = hi - lo
    total = int(per.sum())
    if total == 0:
        return ok1, ok2
    i = np.repeat(np.arange(len(first)), per)
    block_start = np.repeat(np.cumsum(per) - per, per)
    j = np.repeat(lo, per) + (np.arange(total) - block_start)
    s1, e1 = first[i, 1], first[i, 2]
    s2, e2 = second[j, 1], second[j, 2]
    inter = np.minimum(e1, e2) - np.maximum(s1, s2)
    union = (e1 - s1) + (e2 - s2) - np.maximum(inter, 0)
    hit = (inter > 0) & (inter >= (threshold - _TOLERANCE) * union)
    ok1[i[hit]] = True
    ok2[j[hit]] = True
    return ok1, ok2


def _per_source(
    sources: npt.NDArray[np.int64], seg: npt.NDArray[np.int64], ok: npt.NDArray[np.bool_]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Segments and agreeing segments per source (``sources`` sorted)."""
    row = np.searchsorted(sources, seg[:, 0])
    total = np.bincount(row, minlength=len(sources))
    hits = np.bincount(row[ok], minlength=len(sources))
    return total, hits


def segment_agreement(
    spans: Iterable[CodingSpan] | SpanTable,
    labels: Labels,
    coder_1: str,
    coder_2: str,
    *,
    threshold: float = 0.9,
    source_ids: Collection[int] | None = None,
    step: Callable[[], None] | None = None,
) -> SegmentReport:
    """MAXQDA-style segment agreement of ``coder_1`` vs ``coder_2`` (module docstring).

    ``source_ids`` restricts the comparison to those sources (default: all).
    ValueError for a threshold outside [0, 1] or identical coders. ``step`` is
    called before each label (progress, and a cancel check that may raise to stop).
    """
    if not 0.0 <= threshold <= 1.0:
        raise ValueError("the overlap threshold is a fraction between 0 and 1")
    if coder_1 == coder_2:
        raise ValueError("a coder cannot be compared with themself")
    table = SpanTable.from_spans(spans)
    in_scope = np.ones(len(table), dtype=bool)
    if source_ids is not None:
        in_scope = np.isin(table.source_id, np.fromiter(source_ids, np.int64, len(source_ids)))
    codes: list[SegmentCodeResult] = []
    duplicates = 0
    for label, ids in labels.items():
        if step is not None:
            step()
        first, dup1 = _segments(table, table.mask(ids, [coder_1]) & in_scope)
        second, dup2 = _segments(table, table.mask(ids, [coder_2]) & in_scope)
        duplicates += dup1 + dup2
        ok1, ok2 = _matches(first, second, threshold)
        sources = np.union1d(first[:, 0], second[:, 0])
        n1, a1 = _per_source(sources, first, ok1)
        n2, a2 = _per_source(sources, second, ok2)
        rows = []
        for k, sid in enumerate(sources.tolist()):
            c = SegmentCounts(int(a1[k] + a2[k]), int(n1[k] - a1[k]), int(n2[k] - a2[k]))
            rows.append(SegmentSourceResult(int(sid), c, c.percent_agreement()))
        counts = sum((r.counts for r in rows), SegmentCounts(0, 0, 0))
        codes.append(SegmentCodeResult(
            label, tuple(sorted(ids)), counts, counts.percent_agreement(), tuple(rows)))
    overall = sum((c.counts for c in codes), SegmentCounts(0, 0, 0))
    n_categories = sum(1 for c in codes if c.counts.total > 0)
    p_obs = overall.percent_agreement()
    return SegmentReport(
        coder_1, coder_2, threshold, tuple(codes), overall, p_obs,
        brennan_prediger_kappa(p_obs, n_categories), n_categories,
        table.zero_length_skipped, duplicates,
    )
