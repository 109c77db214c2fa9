"""Krippendorff's alpha on pre-defined units: published examples, conventions, properties."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kodeverk.agreement import (
    CodingSpan,
    alpha_of_codes,
    alpha_of_codes_by_parts,
    alpha_on_units,
    krippendorff_alpha,
    unit_code_matrix,
    unit_value_matrix,
)

N = None
# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C:
# 4 observers × 12 units, values 1..5, missing data.
EXAMPLE_C = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
    [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
]


@pytest.mark.parametrize(
    ("level", "expected"),
    [("nominal", 0.743421), ("ordinal", 0.815388), ("interval", 0.849107), ("ratio", 0.797403)],
)
def test_krippendorff_2011_example_c(level: str, expected: float) -> None:
    result = krippendorff_alpha(EXAMPLE_C, level)  # type: ignore[arg-type]
    assert round(result.alpha, 6) == expected
    assert result.n_pairable_units == 11  # the last unit has one value only
    assert result.n_pairable_values == 40


def test_krippendorff_2011_example_a_binary() -> None:
    # Two observers, binary data, no missing values: alpha = 0.095.
    data = [[0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]]
    assert round(krippendorff_alpha(data).alpha, 3) == 0.095


def test_nominal_values_need_not_be_numbers() -> None:
    data = [["x", "y", "x", None], ["x", "y", "y", "z"]]
    numeric = [[1, 2, 1, None], [1, 2, 2, 3]]
    assert krippendorff_alpha(data).alpha == pytest.approx(krippendorff_alpha(numeric).alpha)
    with pytest.raises(ValueError):
        krippendorff_alpha(data, "interval")


def test_conventions_for_degenerate_data() -> None:
    assert math.isnan(krippendorff_alpha([]).alpha)
    assert math.isnan(krippendorff_alpha([[1, None], [None, 2]]).alpha)  # nothing pairable
    assert krippendorff_alpha([[1], [2]]).alpha == 0.0  # single unit (DKPro: 0)
    assert krippendorff_alpha([[3], [3]]).alpha == 0.0  # single unit, agreeing
    assert krippendorff_alpha([[2, 2, 2], [2, 2, 2]]).alpha == 0.0  # no variation: D_o = D_e = 0
    assert math.isnan(krippendorff_alpha([[1, 2], [float("nan"), None]]).alpha)
    with pytest.raises(ValueError):
        krippendorff_alpha([[1, 2], [1]])
    with pytest.raises(ValueError):
        krippendorff_alpha([[1], [1]], "cardinal")  # type: ignore[arg-type]


def test_result_carries_its_counts() -> None:
    result = krippendorff_alpha(EXAMPLE_C)
    data = result.to_dict()
    assert data["alpha"] == result.alpha
    assert data["values"] == [1, 2, 3, 4, 5]
    assert sum(map(sum, data["coincidences"])) == pytest.approx(40)


# --- properties ---------------------------------------------------------------

def naive_alpha(data: list[list[int | None]], level: str) -> float:
    """Alpha from the pairwise definition (Krippendorff 2011), for nominal and interval."""
    def d2(c: int, k: int) -> float:
        return float(c != k) if level == "nominal" else float((c - k) ** 2)

    units = [[row[u] for row in data if row[u] is not None] for u in range(len(data[0]))]
    units = [u for u in units if len(u) >= 2]
    pooled = [v for u in units for v in u]
    n = len(pooled)
    d_o = sum(d2(x, y) / (len(u) - 1) for u in units for x, y in itertools.permutations(u, 2)) / n
    d_e = sum(d2(x, y) for x, y in itertools.permutations(pooled, 2)) / (n * (n - 1))
    return 0.0 if math.isclose(d_o, d_e) else 1 - d_o / d_e


matrices = st.integers(2, 4).flatmap(lambda m: st.integers(1, 7).flatmap(
    lambda u: st.lists(st.lists(st.one_of(st.none(), st.integers(1, 4)), min_size=u, max_size=u),
                       min_size=m, max_size=m)))


@settings(max_examples=150)
@given(matrices, st.sampled_from(["nominal", "interval"]))
def test_matches_pairwise_definition(data: list[list[int | None]], level: str) -> None:
    result = krippendorff_alpha(data, level)  # type: ignore[arg-type]
    if result.n_pairable_values == 0:
        assert math.isnan(result.alpha)
    else:
        assert result.alpha == pytest.approx(naive_alpha(data, level), abs=1e-9)


@given(matrices, st.sampled_from(["nominal", "ordinal", "interval", "ratio"]), st.permutations(range(4)))
def test_symmetric_in_coders_and_at_most_one(data: list[list[int | None]], level: str, perm: list[int]) -> None:
    order = [p for p in perm if p < len(data)]
    one = krippendorff_alpha(data, level).alpha  # type: ignore[arg-type]
    two = krippendorff_alpha([data[p] for p in order], level).alpha  # type: ignore[arg-type]
    assert (math.isnan(one) and math.isnan(two)) or one == pytest.approx(two)
    assert math.isnan(one) or one <= 1.0 + 1e-12


@given(st.lists(st.integers(1, 5), min_size=2, max_size=12), st.integers(2, 4),
       st.sampled_from(["nominal", "ordinal", "interval", "ratio"]))
def test_perfect_agreement_with_variation_is_one(values: list[int], coders: int, level: str) -> None:
    result = krippendorff_alpha([values] * coders, level)  # type: ignore[arg-type]
    if len(set(values)) > 1:
        assert result.alpha == pytest.approx(1.0)
    else:
        assert result.alpha == 0.0


# --- from codings to units ------------------------------------------------------

LADDER = {1: {101}, 2: {102}, 3: {103}}
UNITS = {7: [(0, 10), (10, 20), (20, 30), (30, 30)]}


def test_unit_value_is_the_category_with_the_largest_overlap() -> None:
    spans = [
        CodingSpan(7, 101, "a", 0, 4), CodingSpan(7, 102, "a", 4, 10),  # unit 0: 2 wins (6 > 4)
        CodingSpan(7, 103, "a", 10, 15), CodingSpan(7, 101, "a", 15, 20),  # unit 1: tie -> 1 (listed first)
        CodingSpan(7, 102, "b", 8, 12),  # b: unit 0 -> 2 (2 chars), unit 1 -> 2 (2 chars)
        CodingSpan(7, 101, "b", 0, 1),  # b: unit 0 still 2
        CodingSpan(8, 101, "b", 0, 99),  # a source without units: ignored
    ]
    matrix = unit_value_matrix(spans, UNITS, LADDER, ["a", "b", "c"])
    assert matrix.units == ((7, 0, 10), (7, 10, 20), (7, 20, 30))
    assert matrix.empty_units_skipped == 1
    assert matrix.values == ((2, 1, None), (2, 2, None), (None, None, None))
    present = unit_value_matrix(spans, UNITS, {1: {101}}, ["a", "b"], absent=0)
    assert present.values == ((1, 1, 0), (1, 0, 0))


def test_alpha_on_units_end_to_end() -> None:
    units = {1: [(i * 10, i * 10 + 10) for i in range(6)]}
    steps = [1, 2, 3, 1, 2, 3]
    spans = [CodingSpan(1, 100 + v, c, i * 10 + 2, i * 10 + 8) for c in ("a", "b") for i, v in enumerate(steps)]
    result, matrix = alpha_on_units(spans, units, LADDER, level="ordinal")
    assert matrix.coders == ("a", "b")
    assert result.alpha == 1.0
    spans.append(CodingSpan(1, 103, "b", 0, 10))  # b now says 3 for unit 0 (10 > 6 characters)
    result, _ = alpha_on_units(spans, units, LADDER, level="nominal")
    assert result.alpha == pytest.approx(krippendorff_alpha([steps, [3] + steps[1:]]).alpha)


def test_digitised_krippendorff_1995_example_a() -> None:
    # DKPro Krippendorff1995Test: the same data per character give nominal alpha 0.329.
    spans = [CodingSpan(1, 1, "bertha", 2, 10), CodingSpan(1, 1, "bertha", 14, 20),
             CodingSpan(1, 1, "bill", 4, 8), CodingSpan(1, 1, "bill", 15, 17)]
    result, _ = alpha_on_units(spans, {1: [(i, i + 1) for i in range(24)]}, {1: {1}}, absent=0)
    assert round(result.alpha, 3) == 0.329


# --- the fast path on integer codes -----------------------------------------------


def test_alpha_of_codes_reproduces_example_c() -> None:
    labels = (5, 4, 3, 2, 1)  # deliberately unsorted: values still come out ranked
    codes = [[-1 if v is None else labels.index(v) for v in row] for row in EXAMPLE_C]
    for level, expected in (("nominal", 0.743421), ("ordinal", 0.815388), ("interval", 0.849107)):
        result = alpha_of_codes(codes, labels, level)  # type: ignore[arg-type]
        assert round(result.alpha, 6) == expected
        assert result.values == (1, 2, 3, 4, 5)


@settings(max_examples=200)
@given(matrices, st.sampled_from(["nominal", "ordinal", "interval", "ratio"]))
def test_alpha_of_codes_equals_krippendorff_alpha(data: list[list[int | None]], level: str) -> None:
    labels = (4, 2, 3, 1)
    codes = [[-1 if v is None else labels.index(v) for v in row] for row in data]
    fast, slow = alpha_of_codes(codes, labels, level), krippendorff_alpha(data, level)  # type: ignore[arg-type]
    assert fast.values == slow.values and fast.coincidences == slow.coincidences
    assert (fast.n_units, fast.n_pairable_units, fast.n_pairable_values) == (
        slow.n_units, slow.n_pairable_units, slow.n_pairable_values)
    assert (math.isnan(fast.alpha) and math.isnan(slow.alpha)) or fast.alpha == slow.alpha


def test_alpha_of_codes_unsortable_labels_and_bad_codes() -> None:
    labels = ("x", 1, None.__class__)  # cannot be sorted together: order of first appearance
    data = [[labels[2], 1, "x"], [labels[2], 1, 1]]
    codes = [[2, 1, 0], [2, 1, 1]]
    assert alpha_of_codes(codes, labels).values == krippendorff_alpha(data).values
    assert alpha_of_codes(codes, labels).alpha == pytest.approx(krippendorff_alpha(data).alpha)
    with pytest.raises(ValueError):
        alpha_of_codes([[3]], labels)
    with pytest.raises(ValueError):
        alpha_of_codes([[0]], labels, "cardinal")  # type: ignore[arg-type]


def test_unit_code_matrix_matches_value_matrix() -> None:
    spans = [CodingSpan(7, 101, "a", 0, 4), CodingSpan(7, 102, "a", 4, 10), CodingSpan(7, 103, "b", 12, 25),
             CodingSpan(9, 101, "b", 0, 3)]
    units = {**UNITS, 9: [(0, 5), (5, 9)]}
    found = unit_code_matrix(spans, units, LADDER, ["a", "b"], absent="none")
    assert found.labels == (1, 2, 3, "none")
    assert found.codes.tolist() == [[1, 3, 3, 3, 3], [3, 2, 2, 0, 3]]
    assert [(sid, part.start, part.stop) for sid, part in found.source_slices()] == [(7, 0, 3), (9, 3, 5)]
    values = unit_value_matrix(spans, units, LADDER, ["a", "b"])
    assert values.values == ((2, None, None, None, None), (None, 3, 3, 1, None))


@settings(max_examples=100)
@given(matrices, st.lists(st.integers(0, 7), max_size=3), st.sampled_from(["nominal", "ordinal", "interval"]))
def test_alpha_by_parts_equals_alpha_of_each_part(data: list[list[int | None]], cuts: list[int], level: str) -> None:
    labels = (4, 2, 3, 1)
    codes = np.array([[-1 if v is None else labels.index(v) for v in row] for row in data], dtype=np.int64)
    bounds = sorted({0, codes.shape[1], *[min(c, codes.shape[1]) for c in cuts]})
    parts = [slice(a, b) for a, b in zip(bounds, bounds[1:])]
    together = alpha_of_codes_by_parts(codes, labels, parts, level)  # type: ignore[arg-type]
    for part, result in zip(parts, together):
        alone = alpha_of_codes(codes[:, part], labels, level)  # type: ignore[arg-type]
        assert result.values == alone.values and result.n_pairable_units == alone.n_pairable_units
        assert np.allclose(np.array(result.coincidences).reshape(-1), np.array(alone.coincidences).reshape(-1))
        assert (math.isnan(result.alpha) and math.isnan(alone.alpha)) or result.alpha == pytest.approx(alone.alpha)
    unsortable = alpha_of_codes_by_parts([[0, 1], [1, 1]], ("x", 1), [slice(0, 2)])
    assert unsortable[0].values == krippendorff_alpha([["x", 1], [1, 1]]).values


def test_alpha_by_parts_with_empty_and_overlapping_parts() -> None:
    labels = (4, 2, 3, 1)
    codes = np.array([[0, 1, 1, 2, -1, 3], [0, 1, 2, 2, 3, -1], [1, 1, -1, 2, 3, 3]], dtype=np.int64)
    parts = [slice(2, 5), slice(3, 3), slice(0, 4), slice(4, 6)]
    together = alpha_of_codes_by_parts(codes, labels, parts)  # type: ignore[arg-type]
    for part, result in zip(parts, together):
        alone = alpha_of_codes(codes[:, part], labels)  # type: ignore[arg-type]
        assert (result.values, result.n_units, result.n_pairable_units) == \
            (alone.values, alone.n_units, alone.n_pairable_units)
        assert (math.isnan(result.alpha) and math.isnan(alone.alpha)) or result.alpha == pytest.approx(alone.alpha)
    assert together[1].n_units == 0 and math.isnan(together[1].alpha)
