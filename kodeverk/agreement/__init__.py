"""Intercoder agreement: the mathematics, as pure functions (no database, no Qt).

The methods follow ``shared/agreement.md``:

* :func:`character_agreement` — NVivo's per code × source character
  agreement and Cohen's kappa, with means and pooled figures;
* :func:`segment_agreement` — MAXQDA's segment matching with an overlap
  threshold and Brennan–Prediger kappa;
* :func:`krippendorff_alpha` / :func:`alpha_on_units` — Krippendorff's alpha
  on pre-defined units (nominal, ordinal, interval, ratio); the same on a
  matrix of integer codes, fast: :func:`unit_code_matrix` + :func:`alpha_of_codes`;
* :func:`unitized_alpha` / :func:`unitized_alpha_by_code` — Krippendorff's
  unitized alpha |uα on character spans, any number of coders;
* :func:`cohen_kappa`, :func:`brennan_prediger_kappa` — the generic helpers.

Inputs are :class:`CodingSpan` values (or a prebuilt :class:`SpanTable` to
share between methods), source lengths, and a mapping label -> code ids.
Results are frozen dataclasses holding the counts behind every number, each
with ``to_dict()``. Undefined numbers are ``float('nan')``; proportions are
fractions in [0, 1], not percentages.
"""

from __future__ import annotations

from kodeverk.agreement.alpha import LEVELS, AlphaResult, Level, alpha_of_codes, alpha_of_codes_by_parts, krippendorff_alpha
from kodeverk.agreement.character import (
    CharacterAgreement,
    CharacterCodeSummary,
    CharacterCounts,
    CharacterReport,
    character_agreement,
)
from kodeverk.agreement.kappa import KappaResult, brennan_prediger_kappa, cohen_kappa
from kodeverk.agreement.segment import (
    SegmentCodeResult,
    SegmentCounts,
    SegmentReport,
    SegmentSourceResult,
    segment_agreement,
)
from kodeverk.agreement.spans import (
    CodingSpan,
    IntervalArray,
    Labels,
    SourceLayout,
    SpanTable,
    intersect_intervals,
    intersection_length,
    merge_intervals,
    overlap_lengths,
    total_length,
    union_intervals,
)
from kodeverk.agreement.unitized import (
    UnitizedAlpha,
    UnitizedCodeResult,
    UnitizedReport,
    combined_unitized_alpha,
    unitized_alpha,
    unitized_alpha_by_code,
)
from kodeverk.agreement.units import UnitCodes, UnitMatrix, alpha_on_units, unit_code_matrix, unit_value_matrix

__all__ = [
    "LEVELS",
    "AlphaResult",
    "CharacterAgreement",
    "CharacterCodeSummary",
    "CharacterCounts",
    "CharacterReport",
    "CodingSpan",
    "IntervalArray",
    "KappaResult",
    "Labels",
    "Level",
    "SegmentCodeResult",
    "SegmentCounts",
    "SegmentReport",
    "SegmentSourceResult",
    "SourceLayout",
    "SpanTable",
    "UnitCodes",
    "UnitMatrix",
    "UnitizedAlpha",
    "UnitizedCodeResult",
    "UnitizedReport",
    "alpha_of_codes",
    "alpha_of_codes_by_parts",
    "alpha_on_units",
    "brennan_prediger_kappa",
    "character_agreement",
    "cohen_kappa",
    "combined_unitized_alpha",
    "intersect_intervals",
    "intersection_length",
    "krippendorff_alpha",
    "merge_intervals",
    "overlap_lengths",
    "segment_agreement",
    "total_length",
    "union_intervals",
    "unit_code_matrix",
    "unit_value_matrix",
    "unitized_alpha",
    "unitized_alpha_by_code",
]
