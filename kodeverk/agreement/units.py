"""From codings to a reliability matrix on pre-defined units (agreement.md §3b).

The units are fixed stretches of text, for instance speaker turns or
paragraphs, given per source as ``(start, end)``. A coder's value for a unit
comes from a set of mutually exclusive categories (say the five steps of
the coordination ladder), each a value mapped to the code ids that stand for
it: the value is the category whose spans by that coder overlap the unit by
the most characters. Ties go to the category listed first. If no category
overlaps the unit the value is missing (``None``), or ``absent`` if given,
which turns one category into a presence/absence (1/0) variable.

Units of length 0 are skipped and counted. Spans in sources without units
are ignored.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from kodeverk.agreement.alpha import AlphaResult, Level, krippendorff_alpha
from kodeverk.agreement.spans import (
    CodingSpan,
    SourceLayout,
    SpanTable,
    as_intervals,
    merge_intervals,
    overlap_lengths,
)


@dataclass(frozen=True)
class UnitMatrix:
    """A coders × units reliability matrix and where its columns come from."""

    coders: tuple[str, ...]
    units: tuple[tuple[int, int, int], ...]
    """(source_id, start, end) of each column."""
    values: tuple[tuple[Hashable | None, ...], ...]
    empty_units_skipped: int
    zero_length_skipped: int

    def to_dict(self) -> dict[str, Any]:
        """Plain values for JSON."""
        return {
            "coders": list(self.coders), "units": [list(u) for u in self.units],
            "values": [list(row) for row in self.values],
            "empty_units_skipped": self.empty_units_skipped,
            "zero_length_skipped": self.zero_length_skipped,
        }


def unit_value_matrix(
    spans: Iterable[CodingSpan] | SpanTable,
    units: Mapping[int, Sequence[tuple[int, int]]],
    categories: Mapping[Hashable, Collection[int]],
    coders: Sequence[str] | None = None,
    *,
    absent: Hashable | None = None,
) -> UnitMatrix:
    """Build the matrix (module docstring); ``coders`` defaults to everyone with a span."""
    table = SpanTable.from_spans(spans)
    coder_names = tuple(coders) if coders is not None else table.coders
    extents: dict[int, int] = {}
    placed_units = []
    empty = 0
    for source_id in sorted(units):
        iv = as_intervals(units[source_id])
        if np.any(iv[:, 0] < 0):
            raise ValueError("a unit starts before the beginning of its source")
        keep = iv[:, 1] > iv[:, 0]
        empty += int(np.count_nonzero(~keep))
        iv = iv[keep]
        placed_units.append((source_id, iv))
        extents[source_id] = int(iv[:, 1].max()) if len(iv) else 0
    in_sources = np.isin(table.source_id, np.array(sorted(extents), dtype=np.int64))
    for sid, end in zip(table.source_id[in_sources].tolist(), table.end[in_sources].tolist()):
        extents[sid] = max(extents[sid], end)
    layout = SourceLayout.build(extents, separator=1)
    columns = [(sid, int(s), int(e)) for sid, iv in placed_units for s, e in iv.tolist()]
    offsets = dict(zip(layout.source_ids.tolist(), layout.offsets.tolist()))
    queries = np.array(
        [(s + offsets[sid], e + offsets[sid]) for sid, s, e in columns], dtype=np.int64
    ).reshape(-1, 2)
    choices = list(categories)
    rows: list[tuple[Hashable | None, ...]] = []
    for coder in coder_names:
        overlap = np.zeros((len(choices), len(queries)), dtype=np.int64)
        for k, value in enumerate(choices):
            rows_mask = table.mask(categories[value], [coder]) & in_sources
            merged = merge_intervals(table.placed(layout, rows_mask))
            overlap[k] = overlap_lengths(merged, queries)
        if len(choices):
            best = np.argmax(overlap, axis=0)
            found = overlap[best, np.arange(len(queries))] > 0
        else:
            best = np.zeros(len(queries), dtype=np.int64)
            found = np.zeros(len(queries), dtype=bool)
        rows.append(tuple(choices[b] if f else absent for b, f in zip(best.tolist(), found.tolist())))
    return UnitMatrix(coder_names, tuple(columns), tuple(rows), empty, table.zero_length_skipped)


def alpha_on_units(
    spans: Iterable[CodingSpan] | SpanTable,
    units: Mapping[int, Sequence[tuple[int, int]]],
    categories: Mapping[Hashable, Collection[int]],
    coders: Sequence[str] | None = None,
    *,
    level: Level = "nominal",
    absent: Hashable | None = None,
) -> tuple[AlphaResult, UnitMatrix]:
    """Krippendorff's alpha on pre-defined units, with the matrix it was computed from."""
    matrix = unit_value_matrix(spans, units, categories, coders, absent=absent)
    return krippendorff_alpha(matrix.values, level), matrix
