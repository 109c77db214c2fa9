"""Character-level agreement, NVivo's Coding Comparison convention (agreement.md §1).

For each label (a code, or a parent with its children) and each source, every
character is classed as coded by both coders, by A only, by B only, or by
neither. Each coder's spans of the label are merged first, so a coder's own
duplicate or overlapping codings count once. A "coder" may be a group of
coders: a character is coded by the group if any member coded it.

With TU the source length, TA = both + neither, EF1 = A·B / TU and
EF2 = notA·notB / TU (A, B the characters each coder coded):

* percent agreement = TA / TU;
* Cohen's kappa K = (TA − ΣEF) / (TU − ΣEF), computed in exact integers as
  (TU·TA − A·B − notA·notB) / (TU² − A·B − notA·notB).

Conventions: K = 1 when TU = ΣEF, which happens exactly when neither coder
coded the label in the source (NVivo's stated rule) or both coded every
character (complete agreement again). A source of length 0 gives NaN for
both numbers. NVivo does not pool; the help suggests averaging per-source
results, so each label also gets the unweighted mean, the mean weighted by
source length (both skip NaN), and, for reference, the pooled value (the
2 × 2 counts summed over sources and computed once).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from kodeverk.agreement.spans import (
    CodingSpan,
    Labels,
    SourceLayout,
    SpanTable,
    coder_group,
    merge_intervals,
    union_intervals,
)

NAN = float("nan")


@dataclass(frozen=True)
class CharacterCounts:
    """The 2 × 2 table of characters: both, A only, B only, neither."""

    both: int
    only_a: int
    only_b: int
    neither: int

    @property
    def total(self) -> int:
        """TU, the characters compared."""
        return self.both + self.only_a + self.only_b + self.neither

    @property
    def coded_a(self) -> int:
        """Characters coder A coded."""
        return self.both + self.only_a

    @property
    def coded_b(self) -> int:
        """Characters coder B coded."""
        return self.both + self.only_b

    def percent_agreement(self) -> float:
        """(both + neither) / total, as a fraction; NaN when total is 0."""
        return (self.both + self.neither) / self.total if self.total else NAN

    def kappa(self) -> float:
        """NVivo's K (module docstring): 1 when TU = ΣEF, NaN when total is 0."""
        tu, a, b = self.total, self.coded_a, self.coded_b
        if tu == 0:
            return NAN
        chance = a * b + (tu - a) * (tu - b)  # ΣEF · TU
        denominator = tu * tu - chance
        if denominator == 0:
            return 1.0
        return (tu * (self.both + self.neither) - chance) / denominator

    def __add__(self, other: CharacterCounts) -> CharacterCounts:
        return CharacterCounts(
            self.both + other.both, self.only_a + other.only_a,
            self.only_b + other.only_b, self.neither + other.neither,
        )

    def to_dict(self) -> dict[str, int]:
        """The four cells and the total."""
        return {
            "both": self.both, "only_a": self.only_a, "only_b": self.only_b,
            "neither": self.neither, "total": self.total,
        }


@dataclass(frozen=True)
class CharacterAgreement:
    """Agreement on one label in one source (``source_id`` None: pooled over sources)."""

    label: str
    source_id: int | None
    counts: CharacterCounts
    percent_agreement: float
    kappa: float

    @classmethod
    def from_counts(cls, label: str, source_id: int | None, counts: CharacterCounts) -> CharacterAgreement:
        """Compute both numbers from the counts."""
        return cls(label, source_id, counts, counts.percent_agreement(), counts.kappa())

    def to_dict(self) -> dict[str, Any]:
        """Plain values for JSON (NaN stays ``float('nan')``)."""
        return {
            "label": self.label, "source_id": self.source_id,
            "percent_agreement": self.percent_agreement, "kappa": self.kappa,
            **self.counts.to_dict(),
        }


@dataclass(frozen=True)
class CharacterCodeSummary:
    """One label: its per-source results and their aggregates."""

    label: str
    code_ids: tuple[int, ...]
    per_source: tuple[CharacterAgreement, ...]
    pooled: CharacterAgreement
    mean_percent_agreement: float
    mean_kappa: float
    weighted_percent_agreement: float
    weighted_kappa: float

    @property
    def percent_agreement(self) -> float:
        """The headline figure: the unweighted mean over sources (NVivo-style)."""
        return self.mean_percent_agreement

    @property
    def kappa(self) -> float:
        """The headline figure: the unweighted mean over sources (NVivo-style)."""
        return self.mean_kappa

    def to_dict(self) -> dict[str, Any]:
        """Plain values for JSON: headline numbers, aggregates, pooled counts, per-source rows."""
        return {
            "label": self.label, "code_ids": list(self.code_ids),
            "percent_agreement": self.percent_agreement, "kappa": self.kappa,
            "weighted_percent_agreement": self.weighted_percent_agreement,
            "weighted_kappa": self.weighted_kappa,
            "pooled": self.pooled.to_dict(),
            "per_source": [row.to_dict() for row in self.per_source],
        }


@dataclass(frozen=True)
class CharacterReport:
    """The whole comparison of coder (group) A against B."""

    coder_a: tuple[str, ...]
    coder_b: tuple[str, ...]
    codes: tuple[CharacterCodeSummary, ...]
    zero_length_skipped: int

    def to_dict(self) -> dict[str, Any]:
        """Plain values for JSON."""
        return {
            "method": "character", "coder_a": list(self.coder_a), "coder_b": list(self.coder_b),
            "zero_length_skipped": self.zero_length_skipped,
            "codes": [code.to_dict() for code in self.codes],
        }


def _means(values: list[float], weights: list[int]) -> tuple[float, float]:
    """Unweighted and weighted mean, skipping NaN; NaN if nothing is left."""
    pairs = [(v, w) for v, w in zip(values, weights) if not math.isnan(v)]
    if not pairs:
        return NAN, NAN
    mean = sum(v for v, _ in pairs) / len(pairs)
    weight = sum(w for _, w in pairs)
    weighted = sum(v * w for v, w in pairs) / weight if weight else NAN
    return mean, weighted


def character_agreement(
    spans: Iterable[CodingSpan] | SpanTable,
    source_lengths: Mapping[int, int],
    labels: Labels,
    coder_a: str | Collection[str],
    coder_b: str | Collection[str],
    *,
    step: Callable[[], None] | None = None,
) -> CharacterReport:
    """NVivo-style agreement of ``coder_a`` vs ``coder_b`` per label × source.

    Every source in ``source_lengths`` is compared for every label, including
    those where nobody used the label (K = 1 there, as in NVivo; this pulls
    the means towards 1, which is why the weighted and pooled figures exist).
    ValueError if a span lies outside its source or refers to an unknown one,
    or if the two coder groups share a coder. ``step`` is called before each
    label (progress, and a cancel check that may raise to stop).
    """
    table = SpanTable.from_spans(spans)
    group_a, group_b = coder_group(coder_a), coder_group(coder_b)
    if set(group_a) & set(group_b):
        raise ValueError("the two coder groups share a coder")
    layout = SourceLayout.build(source_lengths, separator=1)
    table.check_within(layout)
    source_ids = [int(i) for i in layout.source_ids]
    lengths = layout.lengths
    codes = []
    for label, ids in labels.items():
        if step is not None:
            step()
        a = merge_intervals(table.placed(layout, table.mask(ids, group_a)))
        b = merge_intervals(table.placed(layout, table.mask(ids, group_b)))
        len_a = layout.per_source_length(a)
        len_b = layout.per_source_length(b)
        len_union = layout.per_source_length(union_intervals(a, b))
        both = len_a + len_b - len_union
        cells = np.column_stack((both, len_a - both, len_b - both, lengths - len_union)).tolist()
        rows = tuple(
            CharacterAgreement.from_counts(label, sid, CharacterCounts(*cell))
            for sid, cell in zip(source_ids, cells)
        )
        pooled = sum((row.counts for row in rows), CharacterCounts(0, 0, 0, 0))
        weights = [row.counts.total for row in rows]
        mean_p, weighted_p = _means([row.percent_agreement for row in rows], weights)
        mean_k, weighted_k = _means([row.kappa for row in rows], weights)
        codes.append(CharacterCodeSummary(
            label, tuple(sorted(ids)), rows, CharacterAgreement.from_counts(label, None, pooled),
            mean_p, mean_k, weighted_p, weighted_k,
        ))
    return CharacterReport(group_a, group_b, tuple(codes), table.zero_length_skipped)
