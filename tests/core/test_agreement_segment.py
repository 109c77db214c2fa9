"""MAXQDA-style segment agreement: hand-made cases, conventions and properties."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kodeverk.agreement import CodingSpan, SegmentCounts, segment_agreement


def seg(coder: str, start: int, end: int, code: int = 1, source: int = 1) -> CodingSpan:
    return CodingSpan(source, code, coder, start, end)


def test_matching_pair_counts_twice() -> None:
    # overlap 90/100 = 0.90 -> agrees at the default threshold.
    spans = [seg("a", 0, 100), seg("b", 10, 100), seg("a", 200, 300)]
    report = segment_agreement(spans, {"k": {1}}, "a", "b")
    (code,) = report.codes
    assert code.counts == SegmentCounts(agreements=2, only_first=1, only_second=0)
    assert code.percent_agreement == pytest.approx(2 / 3)


def test_threshold_is_a_fraction_of_the_union() -> None:
    spans = [seg("a", 0, 100), seg("b", 11, 100)]  # 89/100
    assert segment_agreement(spans, {"k": {1}}, "a", "b").counts.agreements == 0
    assert segment_agreement(spans, {"k": {1}}, "a", "b", threshold=0.89).counts.agreements == 2
    # a contained segment: 20 of a union of 100
    inner = [seg("a", 0, 100), seg("b", 40, 60)]
    assert segment_agreement(inner, {"k": {1}}, "a", "b", threshold=0.2).counts.agreements == 2
    assert segment_agreement(inner, {"k": {1}}, "a", "b", threshold=0.21).counts.agreements == 0
    # threshold 0 still needs a shared character
    apart = [seg("a", 0, 10), seg("b", 10, 20)]
    assert segment_agreement(apart, {"k": {1}}, "a", "b", threshold=0.0).counts.agreements == 0
    with pytest.raises(ValueError):
        segment_agreement(spans, {"k": {1}}, "a", "b", threshold=90)


def test_same_code_and_same_source_required() -> None:
    spans = [seg("a", 0, 100, code=1), seg("b", 0, 100, code=2), seg("a", 0, 50, source=2),
             seg("b", 0, 50, source=3)]
    report = segment_agreement(spans, {"one": {1}, "two": {2}}, "a", "b")
    one, two = report.codes
    assert one.counts == SegmentCounts(0, 2, 1)
    assert two.counts == SegmentCounts(0, 0, 1)
    assert [r.source_id for r in one.per_source] == [1, 2, 3]


def test_brennan_prediger_overall_kappa() -> None:
    spans = [seg("a", 0, 100, code=1), seg("b", 0, 100, code=1),  # a = 2
             seg("a", 0, 100, code=2), seg("b", 300, 400, code=2),  # b = 1, c = 1
             seg("a", 500, 600, code=3)]  # b = 1
    report = segment_agreement(spans, {"x": {1}, "y": {2}, "z": {3}, "unused": {4}}, "a", "b")
    assert report.counts == SegmentCounts(2, 2, 1)
    assert report.percent_agreement == pytest.approx(0.4)
    assert report.n_categories == 3  # "unused" has no segments, so is not in the table
    assert report.kappa == pytest.approx((0.4 - 1 / 3) / (1 - 1 / 3))
    data = report.to_dict()
    assert data["kappa"] == report.kappa and data["agreements"] == 2


def test_exact_duplicates_merge_but_overlapping_segments_do_not() -> None:
    spans = [seg("a", 0, 100, code=1), seg("a", 0, 100, code=2),  # parent + child on the same text
             seg("a", 0, 95, code=1), seg("b", 0, 100, code=1)]
    report = segment_agreement(spans, {"parent": {1, 2}}, "a", "b")
    assert report.duplicates_merged == 1
    # a: [0,100) and [0,95) both match b's [0,100) (95/100 >= .9); b's segment matches too.
    assert report.counts == SegmentCounts(3, 0, 0)


def test_no_segments_and_single_category() -> None:
    empty = segment_agreement([], {"k": {1}}, "a", "b")
    assert math.isnan(empty.percent_agreement) and math.isnan(empty.kappa)
    assert empty.n_categories == 0
    single = segment_agreement([seg("a", 0, 10), seg("b", 0, 10)], {"k": {1}}, "a", "b")
    assert single.percent_agreement == 1.0
    assert math.isnan(single.kappa)  # K = 1: chance agreement is 1


def test_zero_length_spans_are_skipped_and_counted() -> None:
    report = segment_agreement([seg("a", 5, 5), seg("a", 0, 10)], {"k": {1}}, "a", "b")
    assert report.zero_length_skipped == 1
    assert report.counts == SegmentCounts(0, 1, 0)


def test_source_filter() -> None:
    spans = [seg("a", 0, 10, source=1), seg("a", 0, 10, source=2)]
    report = segment_agreement(spans, {"k": {1}}, "a", "b", source_ids=[2])
    assert report.counts == SegmentCounts(0, 1, 0)


# --- properties ---------------------------------------------------------------

raw = st.lists(
    st.tuples(st.sampled_from(["a", "b"]), st.integers(1, 3), st.integers(0, 40), st.integers(0, 25),
              st.integers(1, 2)).map(lambda t: CodingSpan(t[4], t[1], t[0], t[2], t[2] + t[3])),
    max_size=16,
)
LABELS = {"one": {1}, "two": {2}, "three": {3}, "parent": {1, 2}}


def oracle(spans: list[CodingSpan], ids: set[int], threshold: float) -> SegmentCounts:
    """Pairwise loops straight from the definition."""
    first = {(s.source_id, s.start, s.end) for s in spans if s.coder == "a" and s.code_id in ids and s.end > s.start}
    second = {(s.source_id, s.start, s.end) for s in spans if s.coder == "b" and s.code_id in ids and s.end > s.start}

    def agrees(x: tuple[int, int, int], others: set[tuple[int, int, int]]) -> bool:
        for y in others:
            inter = min(x[2], y[2]) - max(x[1], y[1])
            union = (x[2] - x[1]) + (y[2] - y[1]) - max(inter, 0)
            if x[0] == y[0] and inter > 0 and inter / union >= threshold - 1e-12:
                return True
        return False

    a1 = sum(agrees(x, second) for x in first)
    a2 = sum(agrees(y, first) for y in second)
    return SegmentCounts(a1 + a2, len(first) - a1, len(second) - a2)


@settings(max_examples=150)
@given(raw, st.sampled_from([0.0, 0.5, 0.9, 1.0]))
def test_counts_match_oracle(spans: list[CodingSpan], threshold: float) -> None:
    report = segment_agreement(spans, LABELS, "a", "b", threshold=threshold)
    for code in report.codes:
        assert code.counts == oracle(spans, set(LABELS[code.label]), threshold)


@given(raw)
def test_symmetric_and_bounded(spans: list[CodingSpan]) -> None:
    ab = segment_agreement(spans, LABELS, "a", "b")
    ba = segment_agreement(spans, LABELS, "b", "a")
    assert ab.counts == SegmentCounts(ba.counts.agreements, ba.counts.only_second, ba.counts.only_first)
    if ab.counts.total:
        assert 0.0 <= ab.percent_agreement <= 1.0
    if not math.isnan(ab.kappa):
        assert ab.kappa == pytest.approx(ba.kappa) and ab.kappa <= 1.0


@given(raw, st.randoms(use_true_random=False))
def test_order_of_codings_does_not_matter(spans: list[CodingSpan], rnd: random.Random) -> None:
    shuffled = list(spans)
    rnd.shuffle(shuffled)
    one = segment_agreement(spans, LABELS, "a", "b").to_dict()
    two = segment_agreement(shuffled, LABELS, "a", "b").to_dict()
    assert repr(one) == repr(two)  # repr: NaN compares equal to NaN


@given(raw)
def test_identical_coding_is_perfect(spans: list[CodingSpan]) -> None:
    mine = [s for s in spans if s.coder == "a" and s.end > s.start]
    both = mine + [CodingSpan(s.source_id, s.code_id, "b", s.start, s.end) for s in mine]
    report = segment_agreement(both, LABELS, "a", "b")
    if report.counts.total:
        assert report.percent_agreement == 1.0
    if report.n_categories >= 2:
        assert report.kappa == pytest.approx(1.0)
