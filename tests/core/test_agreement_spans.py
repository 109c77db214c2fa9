"""Interval arithmetic under the agreement methods, checked against per-character sets."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kodeverk.agreement import (
    CodingSpan,
    SourceLayout,
    SpanTable,
    intersect_intervals,
    intersection_length,
    merge_intervals,
    overlap_lengths,
    total_length,
    union_intervals,
)

LIMIT = 60


def chars(intervals: object) -> set[int]:
    """The character positions an interval list covers (test oracle)."""
    return {i for s, e in np.asarray(intervals).reshape(-1, 2).tolist() for i in range(s, e)}


intervals = st.lists(
    st.tuples(st.integers(0, LIMIT), st.integers(0, 15)).map(lambda t: (t[0], min(LIMIT, t[0] + t[1]))),
    max_size=12,
)


def test_merge_joins_overlapping_and_touching() -> None:
    merged = merge_intervals([(5, 9), (0, 3), (3, 4), (8, 12), (20, 20)])
    assert merged.tolist() == [[0, 4], [5, 12]]


def test_merge_can_keep_touching_intervals_apart() -> None:
    merged = merge_intervals([(0, 3), (3, 5), (4, 6)], merge_adjacent=False)
    assert merged.tolist() == [[0, 3], [3, 6]]


def test_reversed_interval_is_refused() -> None:
    with pytest.raises(ValueError):
        merge_intervals([(5, 2)])


@given(intervals)
def test_merge_covers_the_same_characters(pairs: list[tuple[int, int]]) -> None:
    merged = merge_intervals(pairs)
    assert chars(merged) == chars(pairs)
    assert total_length(merged) == len(chars(pairs))
    if len(merged) > 1:
        assert np.all(merged[1:, 0] > merged[:-1, 1])  # sorted, disjoint, not touching


@given(intervals, intervals)
def test_union_and_intersection_match_sets(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> None:
    ma, mb = merge_intervals(a), merge_intervals(b)
    assert chars(union_intervals(ma, mb)) == chars(a) | chars(b)
    assert chars(intersect_intervals(ma, mb)) == chars(a) & chars(b)
    assert intersection_length(ma, mb) == len(chars(a) & chars(b))


@given(intervals, intervals)
def test_overlap_lengths_match_sets(a: list[tuple[int, int]], queries: list[tuple[int, int]]) -> None:
    merged = merge_intervals(a)
    q = np.array(queries, dtype=np.int64).reshape(-1, 2)
    expected = [len(chars(a) & set(range(s, e))) for s, e in queries]
    assert overlap_lengths(merged, q).tolist() == expected


def test_layout_keeps_sources_apart_and_counts_per_source() -> None:
    layout = SourceLayout.build({7: 10, 3: 5}, separator=1)
    assert layout.source_ids.tolist() == [3, 7]
    assert layout.offsets.tolist() == [0, 6]
    table = SpanTable.from_spans([
        CodingSpan(3, 1, "a", 0, 5), CodingSpan(7, 1, "a", 0, 4), CodingSpan(7, 1, "a", 8, 10),
    ])
    merged = merge_intervals(table.placed(layout, table.mask({1})))
    assert merged.tolist() == [[0, 5], [6, 10], [14, 16]]  # source 3's end does not touch source 7
    assert layout.per_source_length(merged).tolist() == [5, 6]


def test_span_table_skips_and_counts_zero_length_spans() -> None:
    table = SpanTable.from_spans([CodingSpan(1, 1, "a", 4, 4), CodingSpan(1, 1, "b", 0, 2)])
    assert len(table) == 1
    assert table.zero_length_skipped == 1
    assert set(table.coders) == {"a", "b"}  # a coder stays known even if all their spans are empty


def test_span_table_validates_against_sources() -> None:
    table = SpanTable.from_spans([CodingSpan(1, 1, "a", 0, 12)])
    with pytest.raises(ValueError):
        table.check_within(SourceLayout.build({1: 10}))
    with pytest.raises(ValueError):
        table.check_within(SourceLayout.build({2: 100}))
    with pytest.raises(ValueError):
        SpanTable.from_spans([CodingSpan(1, 1, "a", 5, 2)])


@given(st.lists(st.tuples(st.integers(1, 3), st.integers(10, 12), st.integers(0, 3), st.integers(0, 50),
                          st.integers(0, 20)), max_size=30))
def test_table_from_rows_equals_table_from_spans(rows: list[tuple[int, int, int, int, int]]) -> None:
    names = ["Åse", "Bjørn", "Cato", "Dina 👩‍👩‍👧"]
    spans = [CodingSpan(s, c, names[k], start, start + length) for s, c, k, start, length in rows]
    a = SpanTable.from_spans(spans)
    b = SpanTable.from_rows([(s, c, k, start, start + length) for s, c, k, start, length in rows], names)
    assert a.coders == b.coders and a.zero_length_skipped == b.zero_length_skipped
    for column in ("source_id", "code_id", "coder_index", "start", "end"):
        assert getattr(a, column).tolist() == getattr(b, column).tolist()


def test_table_from_rows_refuses_bad_rows() -> None:
    with pytest.raises(ValueError, match="coder"):
        SpanTable.from_rows([(1, 10, 2, 0, 5)], ["A", "B"])
    with pytest.raises(ValueError, match="ends before it starts"):
        SpanTable.from_rows([(1, 10, 0, 5, 2)], ["A"])
    assert len(SpanTable.from_rows([], ["A"])) == 0
