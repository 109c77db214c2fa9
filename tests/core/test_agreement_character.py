"""NVivo-style character agreement: worked examples, conventions and properties."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kodeverk.agreement import CharacterCounts, CodingSpan, character_agreement


def spans_of(coder: str, intervals: list[tuple[int, int]], code: int = 1, source: int = 1) -> list[CodingSpan]:
    return [CodingSpan(source, code, coder, s, e) for s, e in intervals]


def only_row(report, label: str = "k"):  # type: ignore[no-untyped-def]
    (code,) = [c for c in report.codes if c.label == label]
    return code.per_source[0]


def test_nvivo_help_example() -> None:
    # NVivo help: 1000 characters, 50 coded by both, 150 by one only, 800 by neither -> 85 %.
    spans = spans_of("a", [(0, 150)]) + spans_of("b", [(100, 200)])
    row = only_row(character_agreement(spans, {1: 1000}, {"k": {1}}, "a", "b"))
    assert row.counts == CharacterCounts(both=50, only_a=100, only_b=50, neither=800)
    assert row.percent_agreement == pytest.approx(0.85)
    # By hand: ΣEF = (150·100 + 850·900)/1000 = 780; K = (850 − 780)/(1000 − 780) = 0.3182.
    assert row.kappa == pytest.approx(70 / 220, abs=1e-12)
    assert round(row.kappa, 4) == 0.3182


def test_krippendorff_1995_example_a_digitised() -> None:
    # Krippendorff (1995, p. 57) example A per character, as in DKPro Statistics'
    # Krippendorff1995Test.testDigitizedAgreement: Cohen's kappa 0.385.
    spans = spans_of("bertha", [(2, 10), (14, 20)]) + spans_of("bill", [(4, 8), (15, 17)])
    row = only_row(character_agreement(spans, {1: 24}, {"k": {1}}, "bertha", "bill"))
    assert round(row.kappa, 3) == 0.385


def test_krippendorff_1995_example_c_digitised() -> None:
    spans = (spans_of("gerret", [(2, 8), (10, 12), (14, 18), (20, 22)])
             + spans_of("gill", [(0, 2), (4, 8), (10, 14), (16, 18), (20, 22)]))
    row = only_row(character_agreement(spans, {1: 24}, {"k": {1}}, "gerret", "gill"))
    assert round(row.kappa, 3) == 0.314


def test_nobody_coded_gives_kappa_one() -> None:
    spans = spans_of("a", [(0, 10)], code=2)
    row = only_row(character_agreement(spans, {1: 100}, {"k": {1}}, "a", "b"))
    assert row.counts == CharacterCounts(0, 0, 0, 100)
    assert row.kappa == 1.0
    assert row.percent_agreement == 1.0


def test_both_coded_everything_gives_kappa_one() -> None:
    spans = spans_of("a", [(0, 100)]) + spans_of("b", [(0, 60), (60, 100)])
    row = only_row(character_agreement(spans, {1: 100}, {"k": {1}}, "a", "b"))
    assert row.kappa == 1.0


def test_empty_source_is_nan_and_left_out_of_means() -> None:
    spans = spans_of("a", [(0, 10)], source=1) + spans_of("b", [(0, 10)], source=1)
    report = character_agreement(spans, {1: 20, 2: 0}, {"k": {1}}, "a", "b")
    (code,) = report.codes
    empty = code.per_source[1]
    assert math.isnan(empty.kappa) and math.isnan(empty.percent_agreement)
    assert code.mean_kappa == 1.0
    assert code.weighted_kappa == 1.0


def test_one_coder_codes_all_other_nothing() -> None:
    spans = spans_of("a", [(0, 100)])
    row = only_row(character_agreement(spans, {1: 100}, {"k": {1}}, "a", "b"))
    assert row.kappa == 0.0
    assert row.percent_agreement == 0.0


def test_means_weighted_mean_and_pooled() -> None:
    spans = (spans_of("a", [(0, 50)], source=1) + spans_of("b", [(0, 50)], source=1)
             + spans_of("a", [(0, 10)], source=2) + spans_of("b", [(290, 300)], source=2))
    (code,) = character_agreement(spans, {1: 100, 2: 300}, {"k": {1}}, "a", "b").codes
    k2 = code.per_source[1].kappa
    assert code.per_source[0].kappa == 1.0
    assert code.mean_kappa == pytest.approx((1.0 + k2) / 2)
    assert code.weighted_kappa == pytest.approx((100 * 1.0 + 300 * k2) / 400)
    assert code.pooled.counts == CharacterCounts(both=50, only_a=10, only_b=10, neither=330)
    assert code.pooled.source_id is None
    assert code.to_dict()["kappa"] == code.mean_kappa


def test_parent_label_unites_children_and_duplicates_count_once() -> None:
    spans = (spans_of("a", [(0, 10)], code=11) + spans_of("a", [(5, 20)], code=12)
             + spans_of("a", [(0, 20)], code=12) + spans_of("b", [(0, 20)], code=11))
    report = character_agreement(spans, {1: 40}, {"parent": {10, 11, 12}, "child": {12}}, "a", "b")
    parent = only_row(report, "parent")
    assert parent.counts == CharacterCounts(both=20, only_a=0, only_b=0, neither=20)
    child = only_row(report, "child")
    assert child.counts == CharacterCounts(both=0, only_a=20, only_b=0, neither=20)


def test_coder_groups_and_zero_length_spans() -> None:
    spans = (spans_of("a1", [(0, 10)]) + spans_of("a2", [(10, 20)]) + spans_of("b", [(0, 20)])
             + spans_of("b", [(30, 30)]))
    report = character_agreement(spans, {1: 40}, {"k": {1}}, ["a1", "a2"], "b")
    assert only_row(report).counts == CharacterCounts(both=20, only_a=0, only_b=0, neither=20)
    assert report.coder_a == ("a1", "a2")
    assert report.zero_length_skipped == 1
    with pytest.raises(ValueError):
        character_agreement(spans, {1: 40}, {"k": {1}}, ["a1", "b"], "b")


def test_spans_outside_sources_are_refused() -> None:
    with pytest.raises(ValueError):
        character_agreement(spans_of("a", [(0, 50)]), {1: 40}, {"k": {1}}, "a", "b")
    with pytest.raises(ValueError):
        character_agreement(spans_of("a", [(0, 5)], source=9), {1: 40}, {"k": {1}}, "a", "b")


def test_to_dict_has_the_numbers_and_counts() -> None:
    spans = spans_of("a", [(0, 150)]) + spans_of("b", [(100, 200)])
    data = character_agreement(spans, {1: 1000}, {"k": {1}}, "a", "b").to_dict()
    row = data["codes"][0]["per_source"][0]
    assert set(row) >= {"percent_agreement", "kappa", "both", "only_a", "only_b", "neither", "total"}


# --- properties ---------------------------------------------------------------

LENGTH = 50
raw_spans = st.lists(
    st.tuples(
        st.sampled_from(["a", "b"]), st.integers(1, 2), st.integers(0, LENGTH), st.integers(0, 20), st.integers(1, 2)
    ).map(lambda t: CodingSpan(t[4], t[1], t[0], t[2], min(LENGTH, t[2] + t[3]))),
    max_size=14,
)
LABELS = {"one": {1}, "two": {2}, "both": {1, 2}}


def brute_counts(spans: list[CodingSpan], source: int, codes: set[int]) -> CharacterCounts:
    """Per-character oracle."""
    a = np.zeros(LENGTH, bool)
    b = np.zeros(LENGTH, bool)
    for s in spans:
        if s.source_id == source and s.code_id in codes:
            (a if s.coder == "a" else b)[s.start:s.end] = True
    return CharacterCounts(int((a & b).sum()), int((a & ~b).sum()), int((~a & b).sum()), int((~a & ~b).sum()))


@settings(max_examples=150)
@given(raw_spans)
def test_counts_match_per_character_oracle(spans: list[CodingSpan]) -> None:
    report = character_agreement(spans, {1: LENGTH, 2: LENGTH}, LABELS, "a", "b")
    for code in report.codes:
        for row in code.per_source:
            assert row.counts == brute_counts(spans, row.source_id, set(LABELS[code.label]))


@given(raw_spans)
def test_symmetric_in_coders_and_bounded(spans: list[CodingSpan]) -> None:
    ab = character_agreement(spans, {1: LENGTH, 2: LENGTH}, LABELS, "a", "b")
    ba = character_agreement(spans, {1: LENGTH, 2: LENGTH}, LABELS, "b", "a")
    for x, y in zip(ab.codes, ba.codes):
        for r, s in zip(x.per_source + (x.pooled,), y.per_source + (y.pooled,)):
            assert r.counts.only_a == s.counts.only_b and r.counts.both == s.counts.both
            assert r.kappa == pytest.approx(s.kappa)
            assert 0.0 <= r.percent_agreement <= 1.0
            assert -1.0 <= r.kappa <= 1.0 + 1e-12


@given(raw_spans, st.randoms(use_true_random=False))
def test_order_of_codings_does_not_matter(spans: list[CodingSpan], rnd: random.Random) -> None:
    shuffled = list(spans)
    rnd.shuffle(shuffled)
    one = character_agreement(spans, {1: LENGTH, 2: LENGTH}, LABELS, "a", "b").to_dict()
    two = character_agreement(shuffled, {1: LENGTH, 2: LENGTH}, LABELS, "a", "b").to_dict()
    assert one == two


@given(raw_spans)
def test_duplicate_codings_count_once(spans: list[CodingSpan]) -> None:
    doubled = spans + [CodingSpan(s.source_id, s.code_id, s.coder, s.start, max(s.start, s.end - 1)) for s in spans]
    one = character_agreement(spans, {1: LENGTH, 2: LENGTH}, LABELS, "a", "b").to_dict()
    two = character_agreement(doubled + spans, {1: LENGTH, 2: LENGTH}, LABELS, "a", "b").to_dict()
    one.pop("zero_length_skipped"), two.pop("zero_length_skipped")
    assert one == two


@given(raw_spans)
def test_identical_coding_is_perfect(spans: list[CodingSpan]) -> None:
    mirrored = [s for s in spans if s.coder == "a"]
    mirrored += [CodingSpan(s.source_id, s.code_id, "b", s.start, s.end) for s in mirrored]
    report = character_agreement(mirrored, {1: LENGTH, 2: LENGTH}, LABELS, "a", "b")
    for code in report.codes:
        assert code.pooled.kappa == 1.0 and code.pooled.percent_agreement == 1.0
