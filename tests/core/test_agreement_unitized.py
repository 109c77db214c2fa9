"""Unitized alpha |uα: DKPro Statistics' worked cases, conventions and properties."""

from __future__ import annotations

import itertools
import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kodeverk.agreement import CodingSpan, combined_unitized_alpha, unitized_alpha, unitized_alpha_by_code


def test_dkpro_unitizing_agreement_test() -> None:
    # DKPro UnitizingAgreementTest.testAgreement: r0 -11111111-, r1 --1-1-1---.
    result = unitized_alpha([[(1, 9)], [(2, 3), (4, 5), (6, 7)]], 10)
    assert round(result.observed_disagreement, 4) == 0.9100
    assert round(result.expected_disagreement, 4) == 0.5352  # DKPro asserts 0.5351 ± 0.0001
    assert result.expected_disagreement == pytest.approx(0.5351, abs=1e-4)
    assert round(result.alpha, 4) == -0.7003


def krippendorff_2004(category: str) -> list[list[tuple[int, int]]]:
    """Krippendorff (2004: p. 254), continuum [150, 450) shifted to start at 0."""
    units = {
        "c": [[(225, 70), (370, 30)], [(220, 80), (355, 20), (400, 20)]],
        "k": [[(180, 60), (300, 50)], [(180, 60), (300, 50)]],
    }[category]
    return [[(b - 150, b - 150 + n) for b, n in coder] for coder in units]


def test_dkpro_krippendorff_2004() -> None:
    c = unitized_alpha(krippendorff_2004("c"), 300)
    assert c.observed_disagreement == pytest.approx(0.0144, abs=1e-4)
    assert c.expected_disagreement == pytest.approx(0.0532, abs=1e-4)
    assert round(c.alpha, 4) == 0.7286
    k = unitized_alpha(krippendorff_2004("k"), 300)
    assert k.observed_disagreement == 0.0
    assert k.expected_disagreement == pytest.approx(0.0490, abs=1e-4)
    assert k.alpha == 1.0
    # DKPro's all-category alpha, asserted as 0.8591 ± 0.0005.
    assert combined_unitized_alpha([c, k]) == pytest.approx(0.8591, abs=5e-4)


def krippendorff_1995(example: str, stretch: float) -> tuple[list[list[tuple[int, int]]], int]:
    """Krippendorff (1995: p. 57) examples A–D, stretched as in DKPro's Krippendorff1995Test."""
    def f(x: float) -> int:
        return int(x * stretch)

    raw = {
        "A": [[(2, 8), (14, 6)], [(4, 4), (15, 2)]],
        "B": [[(0, 18)], [(0, 2), (2, 1), (3, 1), (4, 1), (5, 1), (6, 3), (9, 1)]],
        "C": [[(2, 6), (10, 2), (14, 4), (20, 2)], [(0, 2), (4, 4), (10, 4), (16, 2), (20, 2)]],
        "D": [[(0, 2), (2, 8), (10, 4), (14, 6), (20, 4)], [(0, 4), (4, 4), (8, 7), (15, 2), (17, 7)]],
    }[example]
    return [[(f(b), f(b) + f(n)) for b, n in coder] for coder in raw], f(24)


@pytest.mark.parametrize(("example", "observed"), [("A", 0.03125), ("B", 2.26736), ("C", 0.02777), ("D", 0.38715)])
def test_dkpro_krippendorff_1995_observed(example: str, observed: float) -> None:
    units, length = krippendorff_1995(example, 1)
    assert unitized_alpha(units, length).observed_disagreement == pytest.approx(observed, abs=1e-5)


@pytest.mark.parametrize(
    ("example", "expected", "alpha"),
    [("A", 0.06990, 0.553), ("B", 1.17731, -0.926), ("C", 0.08642, 0.679), ("D", 0.41445, 0.066)],
)
def test_dkpro_krippendorff_1995_expected(example: str, expected: float, alpha: float) -> None:
    # DKPro checks these book values with tolerances 0.005 (D_e) and 0.02 (alpha).
    units, length = krippendorff_1995(example, 50_000)
    result = unitized_alpha(units, length)
    assert result.expected_disagreement == pytest.approx(expected, abs=5e-3)
    assert result.alpha == pytest.approx(alpha, abs=2e-2)


def test_dkpro_krippendorff_1995_short_continuum() -> None:
    units, length = krippendorff_1995("C", 0.5)
    result = unitized_alpha(units, length)
    assert result.observed_disagreement == pytest.approx(0.02777, abs=1e-5)
    assert result.expected_disagreement == pytest.approx(0.05494, abs=1e-5)
    assert result.alpha == pytest.approx(0.494, abs=2e-2)


def test_single_unit_is_zero_and_no_units_is_nan() -> None:
    # DKPro testSingleAnnotationUnit / testEmptyAnnotationSet (3 raters, length 20).
    assert unitized_alpha([[(0, 1)], [], []], 20).alpha == 0.0
    assert math.isnan(unitized_alpha([[], [], []], 20).alpha)


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError):
        unitized_alpha([[(0, 5)]], 10)
    with pytest.raises(ValueError):
        unitized_alpha([[(0, 5), (4, 8)], []], 10)
    with pytest.raises(ValueError):
        unitized_alpha([[(0, 12)], []], 10)


def test_by_code_pools_and_splits_per_source() -> None:
    spans = [
        CodingSpan(1, 5, "a", 2, 10), CodingSpan(1, 5, "b", 3, 10), CodingSpan(1, 5, "a", 8, 12),
        CodingSpan(2, 5, "b", 0, 4), CodingSpan(2, 6, "a", 0, 4), CodingSpan(2, 6, "a", 4, 4),
    ]
    report = unitized_alpha_by_code(spans, {1: 20, 2: 10}, {"five": {5}, "parent": {5, 6}})
    five = report.codes[0]
    assert report.coders == ("a", "b") and report.zero_length_skipped == 1
    # a's overlapping spans merge into one unit [2, 12)
    assert five.per_source[0][1].alpha == pytest.approx(unitized_alpha([[(2, 12)], [(3, 10)]], 20).alpha)
    assert five.per_source[1][1].alpha == pytest.approx(unitized_alpha([[], [(0, 4)]], 10).alpha)
    assert five.alpha == pytest.approx(unitized_alpha([[(2, 12)], [(3, 10), (20, 24)]], 30).alpha)
    parent_second = report.codes[1].per_source[1][1]
    assert parent_second.alpha == 1.0  # a's code 6 and b's code 5 are the same label
    assert report.to_dict()["codes"][0]["alpha"] == five.alpha


def test_touching_spans_stay_separate_units_unless_asked() -> None:
    spans = [CodingSpan(1, 1, "a", 0, 5), CodingSpan(1, 1, "a", 5, 10), CodingSpan(1, 1, "b", 0, 10)]
    apart = unitized_alpha_by_code(spans, {1: 20}, {"k": {1}}, per_source=False).codes[0]
    joined = unitized_alpha_by_code(spans, {1: 20}, {"k": {1}}, merge_adjacent=True).codes[0]
    assert apart.pooled.units_per_coder == (2, 1) and apart.alpha < 1.0
    assert joined.pooled.units_per_coder == (1, 1) and joined.alpha == 1.0
    assert apart.per_source == ()


# --- properties ---------------------------------------------------------------

LENGTH = 30


def naive(units_by_coder: list[list[tuple[int, int]]], length: int) -> float:
    """Straight from agreement.md §3a: all segment pairs, all units × gaps."""
    segments = []
    for units in units_by_coder:
        units = sorted(units)
        cuts = [0] + [p for u in units for p in u] + [length]
        gaps = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2) if cuts[i + 1] > cuts[i]]
        segments.append([(b, e, True) for b, e in units] + [(b, e, False) for b, e in gaps])

    def d2(g: tuple[int, int, bool], h: tuple[int, int, bool]) -> int:
        if g[2] and h[2] and g[0] < h[1] and h[0] < g[1]:
            return (g[0] - h[0]) ** 2 + (g[1] - h[1]) ** 2
        if g[2] and not h[2] and h[0] <= g[0] and g[1] <= h[1]:
            return (g[1] - g[0]) ** 2
        if h[2] and not g[2] and g[0] <= h[0] and h[1] <= g[1]:
            return (h[1] - h[0]) ** 2
        return 0

    m = len(segments)
    d_o = sum(d2(g, h) for i, j in itertools.permutations(range(m), 2) for g in segments[i] for h in segments[j])
    d_o /= m * (m - 1) * length**2
    lens = [e - b for s in segments for b, e, unit in s if unit]
    gaps = [e - b for s in segments for b, e, unit in s if not unit]
    if not lens:
        return math.nan
    n = len(lens)
    top = sum((n - 1) / 3 * (2 * l**3 - 3 * l**2 + l) + l**2 * sum(h - l + 1 for h in gaps if h >= l) for l in lens)
    d_e = (2 / length) * top / (m * length * (m * length - 1) - sum(l * (l - 1) for l in lens))
    return 0.0 if math.isclose(d_o, d_e) else 1 - d_o / d_e


def coder_units() -> st.SearchStrategy[list[tuple[int, int]]]:
    """Sorted, non-overlapping (possibly touching) units in [0, LENGTH)."""
    return st.lists(st.integers(0, LENGTH), max_size=8, unique=True).map(sorted).map(
        lambda cuts: [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    )


coders = st.integers(2, 4).flatmap(lambda m: st.lists(coder_units(), min_size=m, max_size=m))


@settings(max_examples=200)
@given(coders)
def test_matches_naive_definition(units: list[list[tuple[int, int]]]) -> None:
    fast = unitized_alpha(units, LENGTH).alpha
    slow = naive(units, LENGTH)
    assert (math.isnan(fast) and math.isnan(slow)) or fast == pytest.approx(slow, abs=1e-9)


@given(coders, st.randoms(use_true_random=False))
def test_symmetric_order_free_and_at_most_one(units: list[list[tuple[int, int]]], rnd: random.Random) -> None:
    base = unitized_alpha(units, LENGTH)
    shuffled = [rnd.sample(u, len(u)) for u in units]
    rnd.shuffle(shuffled)
    other = unitized_alpha(shuffled, LENGTH)
    assert repr(base.alpha) == repr(other.alpha) or base.alpha == pytest.approx(other.alpha)
    assert math.isnan(base.alpha) or base.alpha <= 1.0 + 1e-12


@given(coder_units(), st.integers(2, 4))
def test_identical_unitizing_is_perfect(units: list[tuple[int, int]], m: int) -> None:
    result = unitized_alpha([units] * m, LENGTH)
    if not units:
        assert math.isnan(result.alpha)
    else:
        assert result.alpha == 1.0
