"""Krippendorff's unitized alpha |uα per category on character continua (agreement.md §3a).

Krippendorff (1995), "On the reliability of unitizing contiguous data", and
*Content Analysis* (2004), as implemented in DKPro Statistics'
``KrippendorffAlphaUnitizingAgreement``. For one category on a continuum of
length L coded by m coders, each coder's continuum splits into units (coded)
and gaps (not coded). For segments g of coder i and h of coder j:

* both units and overlapping: δ² = (b_g − b_h)² + (e_g − e_h)²;
* one a unit lying entirely inside the other's gap: δ² = l²  of the unit;
* otherwise 0.

D_o = Σ_{i≠j} Σ_g Σ_h δ²(g, h) / (m(m − 1)L²). A unit lies inside a gap of
coder j exactly when no unit of j overlaps it, so the sum needs only the
overlapping unit pairs (found with ``searchsorted``) and the unmatched units.

D_e = (2/L) Σ_g [(N − 1)/3 · (2l_g³ − 3l_g² + l_g) + l_g² Σ_{h: l_h ≥ l_g}(l_h − l_g + 1)]
      / [mL(mL − 1) − Σ_g l_g(l_g − 1)]

over all N units g and all gaps h of all coders. α = 1 − D_o/D_e. Both sums
are computed in exact integers, so the conventions are exact: α = 0 when
D_o = D_e (DKPro), NaN when no coder coded the category.

Units are the coders' spans with overlapping ones merged (the formula needs
disjoint units per coder); touching spans stay separate units unless
``merge_adjacent`` is set, as in Krippendorff's 1995 examples. Several
continua (one per source) are computed in one vectorised pass; the pooled
figure lays the sources end to end as one continuum, as ATLAS.ti does.

Validated against DKPro Statistics' unit tests: UnitizingAgreementTest and
Krippendorff2004Test to 4 decimals, Krippendorff1995Test's D_o to 5; the
1995 book values of D_e and α only within DKPro's own tolerances (0.005 and
0.02). This is the basis of ATLAS.ti's α_binary; ATLAS.ti's cu-α and Cu-α
are not implemented (no published worked case, agreement.md §3a).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from kodeverk.agreement.spans import (
    CodingSpan,
    IntervalArray,
    Labels,
    SourceLayout,
    SpanTable,
    as_intervals,
    merge_intervals,
)

NAN = float("nan")


@dataclass(frozen=True)
class UnitizedAlpha:
    """|uα for one category on one continuum, with its parts."""

    alpha: float
    observed_disagreement: float
    expected_disagreement: float
    continuum_length: int
    units_per_coder: tuple[int, ...]

    @property
    def n_coders(self) -> int:
        """m, the number of coders (including any who coded nothing)."""
        return len(self.units_per_coder)

    @property
    def n_units(self) -> int:
        """N, the units of all coders."""
        return sum(self.units_per_coder)

    def to_dict(self) -> dict[str, Any]:
        """Plain values for JSON (NaN stays ``float('nan')``)."""
        return {
            "alpha": self.alpha, "observed_disagreement": self.observed_disagreement,
            "expected_disagreement": self.expected_disagreement,
            "continuum_length": self.continuum_length, "n_coders": self.n_coders,
            "n_units": self.n_units, "units_per_coder": list(self.units_per_coder),
        }


def _block_of(starts: npt.NDArray[np.int64], offsets: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """The block (continuum) each position falls in; empty blocks never receive one."""
    return np.searchsorted(offsets, starts, side="right") - 1


def _observed_sums(coders: list[IntervalArray], offsets: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """Σ δ² per block over every unordered pair of coders.

    Overlapping unit pairs are found with ``searchsorted`` (each coder's units
    are sorted and disjoint); a unit with no partner lies inside a gap of the
    other coder and adds its squared length.
    """
    sums = np.zeros(len(offsets), dtype=np.int64)
    for x, a in enumerate(coders):
        for b in coders[x + 1:]:
            lo = np.searchsorted(b[:, 1], a[:, 0], side="right")  # b's first unit ending after a starts
            hi = np.searchsorted(b[:, 0], a[:, 1], side="left")  # b's units starting before a ends
            per = np.maximum(hi - lo, 0)
            i = np.repeat(np.arange(len(a)), per)
            j = np.repeat(lo, per) + (np.arange(int(per.sum())) - np.repeat(np.cumsum(per) - per, per))
            square = (a[i, 0] - b[j, 0]) ** 2 + (a[i, 1] - b[j, 1]) ** 2
            np.add.at(sums, _block_of(a[i, 0], offsets), square)
            matched = np.zeros(len(b), dtype=bool)
            matched[j] = True
            for lone in (a[per == 0], b[~matched]):
                np.add.at(sums, _block_of(lone[:, 0], offsets), (lone[:, 1] - lone[:, 0]) ** 2)
    return sums


def _gaps(iv: IntervalArray, fences: npt.NDArray[np.int64]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """(start, length) of one coder's gaps; ``fences`` (block edges) cut gaps at block ends."""
    starts = np.concatenate((fences, iv[:, 0]))
    ends = np.concatenate((fences, iv[:, 1]))
    is_unit = np.concatenate((np.zeros(len(fences), np.int64), np.ones(len(iv), np.int64)))
    order = np.lexsort((is_unit, starts))  # a fence before a unit starting at the same place
    starts, ends = starts[order], ends[order]
    length = starts[1:] - ends[:-1]
    keep = length > 0
    return ends[:-1][keep], length[keep]


def _unitized_blocks(
    coders: list[IntervalArray], offsets: npt.NDArray[np.int64], lengths: npt.NDArray[np.int64]
) -> list[UnitizedAlpha]:
    """|uα on several continua at once: block k is [offsets[k], offsets[k] + lengths[k]).

    ``coders[i]`` holds coder i's units, sorted and disjoint, each inside one
    block, in the same global positions.
    """
    m, n_blocks = len(coders), len(offsets)
    fences = np.unique(np.concatenate((offsets, offsets + lengths)))
    unit_len = np.concatenate([iv[:, 1] - iv[:, 0] for iv in coders])
    unit_blk = np.concatenate([_block_of(iv[:, 0], offsets) for iv in coders])
    per_coder = np.stack([np.bincount(_block_of(iv[:, 0], offsets), minlength=n_blocks) for iv in coders])
    n_units = per_coder.sum(axis=0)
    gap_parts = [_gaps(iv, fences) for iv in coders]
    gap_blk = np.concatenate([_block_of(g_start, offsets) for g_start, _ in gap_parts])
    gap_len = np.concatenate([g_len for _, g_len in gap_parts])
    # Σ_{h in the unit's block, l_h >= l_g} (l_h − l_g + 1), via sorted (block, length) keys.
    scale = int(max(gap_len.max(initial=0), unit_len.max(initial=0))) + 2
    order = np.lexsort((gap_len, gap_blk))
    keys = gap_blk[order] * scale + gap_len[order]
    cum = np.concatenate(([0], np.cumsum(gap_len[order])))
    first = np.searchsorted(keys, unit_blk * scale + unit_len, side="left")
    stop = np.searchsorted(keys, (unit_blk + 1) * scale, side="left")
    gap_sum = (cum[stop] - cum[first]) - (stop - first) * (unit_len - 1)
    # Exact per-unit terms as Python ints: (N − 1) l(l−1)(2l−1)/3 + l² · gap_sum.
    l_obj, g_obj, n_obj = unit_len.astype(object), gap_sum.astype(object), n_units[unit_blk].astype(object)
    terms = (n_obj - 1) * l_obj * (l_obj - 1) * (2 * l_obj - 1) // 3 + l_obj * l_obj * g_obj
    expected = np.zeros(n_blocks, dtype=object)
    expected[:] = 0
    np.add.at(expected, unit_blk, terms)
    squared = np.zeros(n_blocks, dtype=np.int64)
    np.add.at(squared, unit_blk, unit_len * (unit_len - 1))
    observed = _observed_sums(coders, offsets)
    results = []
    for k in range(n_blocks):
        length, units = int(lengths[k]), tuple(int(c) for c in per_coder[:, k])
        if n_units[k] == 0 or length <= 0:
            results.append(UnitizedAlpha(NAN, NAN, NAN, length, units))
            continue
        s_o, s_e = int(observed[k]), int(expected[k])
        denominator = m * length * (m * length - 1) - int(squared[k])
        # D_o = 2 s_o / (m(m−1)L²); D_e = 2 s_e / (L · denominator); α = 1 − D_o/D_e.
        d_o = 2 * s_o / (m * (m - 1) * length * length)
        d_e = 2 * s_e / (length * denominator)
        numerator, divisor = s_o * denominator, s_e * m * (m - 1) * length
        if numerator == divisor:
            alpha = 0.0
        elif divisor == 0:
            alpha = NAN
        else:
            alpha = 1.0 - numerator / divisor
        results.append(UnitizedAlpha(alpha, d_o, d_e, length, units))
    return results


def unitized_alpha(units_by_coder: Sequence[IntervalArray | Sequence[tuple[int, int]]], length: int) -> UnitizedAlpha:
    """|uα of one category; ``units_by_coder[i]`` holds coder i's units ``(start, end)`` in [0, length).

    Each coder's units must not overlap (touching is fine); empty units are
    dropped. ValueError for fewer than two coders, overlapping units or units
    outside the continuum.
    """
    if len(units_by_coder) < 2:
        raise ValueError("unitized alpha needs at least two coders")
    coders = []
    for units in units_by_coder:
        iv = as_intervals(units)
        iv = iv[iv[:, 1] > iv[:, 0]]
        iv = iv[np.lexsort((iv[:, 1], iv[:, 0]))]
        if len(iv) and (iv[0, 0] < 0 or iv[-1, 1] > length or np.any(iv[1:, 0] < iv[:-1, 1])):
            raise ValueError("units must lie inside the continuum and not overlap within a coder")
        coders.append(iv)
    return _unitized_blocks(coders, np.array([0], np.int64), np.array([length], np.int64))[0]


@dataclass(frozen=True)
class UnitizedCodeResult:
    """One label: α on all sources laid end to end, and per source."""

    label: str
    code_ids: tuple[int, ...]
    pooled: UnitizedAlpha
    per_source: tuple[tuple[int, UnitizedAlpha], ...]

    @property
    def alpha(self) -> float:
        """The headline figure: α on the joined continuum (ATLAS.ti's one continuum)."""
        return self.pooled.alpha

    def to_dict(self) -> dict[str, Any]:
        """Plain values for JSON."""
        return {
            "label": self.label, "code_ids": list(self.code_ids), **self.pooled.to_dict(),
            "per_source": [{"source_id": sid, **r.to_dict()} for sid, r in self.per_source],
        }


@dataclass(frozen=True)
class UnitizedReport:
    """|uα per label, plus DKPro's overall α = 1 − ΣD_o / ΣD_e over labels with units."""

    coders: tuple[str, ...]
    codes: tuple[UnitizedCodeResult, ...]
    alpha: float
    zero_length_skipped: int

    def to_dict(self) -> dict[str, Any]:
        """Plain values for JSON."""
        return {
            "method": "unitized_alpha", "coders": list(self.coders), "alpha": self.alpha,
            "zero_length_skipped": self.zero_length_skipped,
            "codes": [code.to_dict() for code in self.codes],
        }


def combined_unitized_alpha(results: Iterable[UnitizedAlpha]) -> float:
    """DKPro's all-category α: 1 − mean D_o / mean D_e over categories that have units."""
    usable = [r for r in results if r.n_units > 0]
    if not usable:
        return NAN
    d_o = sum(r.observed_disagreement for r in usable)
    d_e = sum(r.expected_disagreement for r in usable)
    if d_o == d_e:
        return 0.0
    return 1.0 - d_o / d_e if d_e else NAN


def unitized_alpha_by_code(
    spans: Iterable[CodingSpan] | SpanTable,
    source_lengths: Mapping[int, int],
    labels: Labels,
    coders: Sequence[str] | None = None,
    *,
    merge_adjacent: bool = False,
    per_source: bool = True,
    step: Callable[[], None] | None = None,
) -> UnitizedReport:
    """|uα per label over ``coders`` (default: everyone with a span; at least two).

    ``pooled`` lays the sources end to end without separators (one continuum,
    as ATLAS.ti does); ``per_source`` adds one α per source. ValueError if a
    span lies outside its source. ``step`` is called before each label
    (progress, and a cancel check that may raise to stop).
    """
    table = SpanTable.from_spans(spans)
    names = tuple(coders) if coders is not None else table.coders
    joined = SourceLayout.build(source_lengths, separator=0)
    table.check_within(joined)
    codes = []
    for label, ids in labels.items():
        if step is not None:
            step()
        merged = [
            merge_intervals(table.placed(joined, table.mask(ids, [name])), merge_adjacent=merge_adjacent)
            for name in names
        ]
        pooled = _unitized_blocks(merged, np.array([0], np.int64), np.array([joined.total_length], np.int64))[0]
        rows: tuple[tuple[int, UnitizedAlpha], ...] = ()
        if per_source:
            per = _unitized_blocks(merged, joined.offsets, joined.lengths)
            rows = tuple(zip(joined.source_ids.tolist(), per))
        codes.append(UnitizedCodeResult(label, tuple(sorted(ids)), pooled, rows))
    overall = combined_unitized_alpha(code.pooled for code in codes)
    return UnitizedReport(names, tuple(codes), overall, table.zero_length_skipped)
