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
import numpy.typing as npt

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


@dataclass(frozen=True, eq=False)
class UnitCodes:
    """The reliability matrix as integer codes: ``labels[codes[i, u]]``, or missing where ``-1``.

    ``columns`` is an ``(n, 3)`` int64 array of (source_id, start, end) per
    unit, in ascending source id; ``absent`` (when given) is the last label.
    """

    coders: tuple[str, ...]
    columns: npt.NDArray[np.int64]
    labels: tuple[Hashable, ...]
    codes: npt.NDArray[np.int64]
    empty_units_skipped: int
    zero_length_skipped: int

    def source_slices(self) -> list[tuple[int, slice]]:
        """(source id, the slice of columns of that source), for each source with units."""
        sources = self.columns[:, 0]
        ids, first = np.unique(sources, return_index=True)
        bounds = np.append(first, len(sources)).tolist()
        return [(int(sid), slice(bounds[k], bounds[k + 1])) for k, sid in enumerate(ids.tolist())]


@dataclass(frozen=True, eq=False)
class UnitGrid:
    """The units of a :class:`SpanTable` laid on one line, built once and shared by every code.

    ``columns`` (source_id, start, end) per unit, ``queries`` the same units as
    global positions on ``layout``, ``in_sources`` the table rows in sources
    with units.
    """

    table: SpanTable
    columns: npt.NDArray[np.int64]
    queries: npt.NDArray[np.int64]
    layout: SourceLayout
    in_sources: npt.NDArray[np.bool_]
    empty_units_skipped: int


def unit_grid(spans: Iterable[CodingSpan] | SpanTable, units: Mapping[int, Sequence[tuple[int, int]]]) -> UnitGrid:
    """Lay out ``units`` for the spans of ``spans`` (see :func:`unit_code_matrix`'s ``grid``)."""
    table = SpanTable.from_spans(spans)
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
    if np.any(in_sources):
        sids, ends = table.source_id[in_sources], table.end[in_sources]
        order = np.lexsort((ends, sids))  # the last row of each source holds its furthest end
        last = np.flatnonzero(np.append(sids[order][1:] != sids[order][:-1], True))
        for sid, end in zip(sids[order][last].tolist(), ends[order][last].tolist()):
            extents[sid] = max(extents[sid], end)
    layout = SourceLayout.build(extents, separator=1)
    offsets = dict(zip(layout.source_ids.tolist(), layout.offsets.tolist()))
    if placed_units:
        columns = np.vstack([np.column_stack((np.full(len(iv), sid, dtype=np.int64), iv))
                             for sid, iv in placed_units]).astype(np.int64).reshape(-1, 3)
        shift = np.concatenate([np.full(len(iv), offsets[sid], dtype=np.int64) for sid, iv in placed_units])
    else:
        columns = np.empty((0, 3), dtype=np.int64)
        shift = np.empty(0, dtype=np.int64)
    queries = columns[:, 1:] + shift[:, None]
    return UnitGrid(table, columns, queries, layout, in_sources, empty)


def unit_code_matrix(
    spans: Iterable[CodingSpan] | SpanTable,
    units: Mapping[int, Sequence[tuple[int, int]]],
    categories: Mapping[Hashable, Collection[int]],
    coders: Sequence[str] | None = None,
    *,
    absent: Hashable | None = None,
    grid: UnitGrid | None = None,
) -> UnitCodes:
    """The matrix of :func:`unit_value_matrix` as integer codes, vectorised (no loop over units).

    ``grid``: :func:`unit_grid` of the same table and units, to share between
    many codes (``units`` is then not read again).
    """
    if grid is None or grid.table is not spans:
        grid = unit_grid(spans, units)
    table, columns, queries, layout, in_sources = grid.table, grid.columns, grid.queries, grid.layout, grid.in_sources
    coder_names = tuple(coders) if coders is not None else table.coders
    choices = list(categories)
    labels = tuple(choices) + ((absent,) if absent is not None else ())
    missing = len(choices) if absent is not None else -1
    codes = np.full((len(coder_names), len(queries)), missing, dtype=np.int64)
    for row, coder in enumerate(coder_names):
        if not choices:
            continue
        overlap = np.zeros((len(choices), len(queries)), dtype=np.int64)
        for k, value in enumerate(choices):
            rows_mask = table.mask(categories[value], [coder]) & in_sources
            if np.any(rows_mask):
                overlap[k] = overlap_lengths(merge_intervals(table.placed(layout, rows_mask)), queries)
        best = np.argmax(overlap, axis=0)
        found = overlap[best, np.arange(len(queries))] > 0
        codes[row, found] = best[found]
    return UnitCodes(coder_names, columns, labels, codes, grid.empty_units_skipped, table.zero_length_skipped)


def unit_value_matrix(
    spans: Iterable[CodingSpan] | SpanTable,
    units: Mapping[int, Sequence[tuple[int, int]]],
    categories: Mapping[Hashable, Collection[int]],
    coders: Sequence[str] | None = None,
    *,
    absent: Hashable | None = None,
) -> UnitMatrix:
    """Build the matrix (module docstring); ``coders`` defaults to everyone with a span."""
    found = unit_code_matrix(spans, units, categories, coders, absent=absent)
    lookup: list[Hashable | None] = [*found.labels, None]  # index -1: missing
    rows = tuple(tuple(lookup[k] for k in row) for row in found.codes.tolist())
    columns = tuple((int(a), int(b), int(c)) for a, b, c in found.columns.tolist())
    return UnitMatrix(found.coders, columns, rows, found.empty_units_skipped, found.zero_length_skipped)


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
