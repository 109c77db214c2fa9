"""Generic kappa helpers: Cohen's on k × k tables and Brennan & Prediger's."""

from __future__ import annotations

import math

import pytest

from kodeverk.agreement import brennan_prediger_kappa, cohen_kappa


def test_wikipedia_example() -> None:
    result = cohen_kappa([[20, 5], [10, 15]])
    assert result.observed_agreement == pytest.approx(0.70)
    assert result.expected_agreement == pytest.approx(0.50)
    assert result.kappa == pytest.approx(0.40, abs=1e-12)
    assert result.to_dict()["kappa"] == pytest.approx(0.40)


def test_a_case_where_true_kappa_is_0_444() -> None:
    # QualCoder was reported to show 0.299 where kappa is 0.444. Its data were not
    # available; this table has p_o = 26/36, p_e = 1/2, so kappa = 4/9 = 0.4444.
    assert cohen_kappa([[13, 5], [5, 13]]).kappa == pytest.approx(4 / 9, abs=1e-12)


def test_three_categories() -> None:
    # n = 48, p_o = 30/48; rows 16, 18, 14 and columns 15, 20, 13 give
    # p_e = (240 + 360 + 182)/48² = 782/2304; kappa = (1440 − 782)/(2304 − 782).
    result = cohen_kappa([[10, 4, 2], [3, 12, 3], [2, 4, 8]])
    assert result.kappa == pytest.approx(658 / 1522, abs=1e-12)


def test_undefined_cases_are_nan() -> None:
    assert math.isnan(cohen_kappa([[0, 0], [0, 0]]).kappa)
    assert math.isnan(cohen_kappa([[7, 0], [0, 0]]).kappa)  # one category only: p_e = 1
    with pytest.raises(ValueError):
        cohen_kappa([[1, 2, 3]])


def test_brennan_prediger() -> None:
    assert brennan_prediger_kappa(0.8, 5) == pytest.approx((0.8 - 0.2) / 0.8)
    assert brennan_prediger_kappa(0.5, 2) == pytest.approx(0.0)
    assert math.isnan(brennan_prediger_kappa(0.9, 1))
    assert math.isnan(brennan_prediger_kappa(float("nan"), 4))
