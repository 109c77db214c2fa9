"""Generic kappa coefficients: Cohen's on a k x k table, and Brennan & Prediger's.

Cohen (1960): κ = (p_o − p_e) / (1 − p_e), with p_o = Σ_i n_ii / n and
p_e = Σ_i n_i· n_·i / n² (agreement.md §4). Wikipedia's example
[[20, 5], [10, 15]] gives p_o = .70, p_e = .50, κ = .40.

Brennan & Prediger (1981): κ_n = (p_o − 1/K) / (1 − 1/K), chance agreement
being one over the number of categories K (the MAXQDA segment kappa,
agreement.md §2).

Undefined values are ``float('nan')``: an empty table, p_e = 1 (both raters
used one and the same category for everything), or K < 2. The character
method applies NVivo's own convention (K = 1) for its degenerate case; see
:mod:`kodeverk.agreement.character`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

NAN = float("nan")


@dataclass(frozen=True)
class KappaResult:
    """Cohen's kappa with the table and proportions it came from."""

    kappa: float
    observed_agreement: float
    expected_agreement: float
    n: float
    table: tuple[tuple[float, ...], ...]

    def to_dict(self) -> dict[str, Any]:
        """Plain values for JSON; ``percent_agreement`` is p_o as a fraction (NaN stays NaN)."""
        return {
            "percent_agreement": self.observed_agreement,
            "kappa": self.kappa,
            "expected_agreement": self.expected_agreement,
            "n": self.n,
            "table": [list(row) for row in self.table],
        }


def cohen_kappa(table: Sequence[Sequence[float]]) -> KappaResult:
    """Cohen's kappa of a square table (rows: rater 1's category, columns: rater 2's)."""
    arr = np.asarray(table, dtype=np.float64)
    if arr.ndim != 2 or arr.shape[0] != arr.shape[1]:
        raise ValueError("a kappa table must be square")
    if np.any(arr < 0):
        raise ValueError("a kappa table cannot hold negative counts")
    frozen = tuple(tuple(float(x) for x in row) for row in arr)
    n = float(arr.sum())
    if n == 0:
        return KappaResult(NAN, NAN, NAN, 0.0, frozen)
    p_o = float(np.trace(arr)) / n
    p_e = float(arr.sum(axis=1) @ arr.sum(axis=0)) / (n * n)
    kappa = NAN if math.isclose(p_e, 1.0) else (p_o - p_e) / (1.0 - p_e)
    return KappaResult(kappa, p_o, p_e, n, frozen)


def brennan_prediger_kappa(observed_agreement: float, n_categories: int) -> float:
    """κ_n = (p_o − 1/K) / (1 − 1/K); NaN when K < 2 or p_o is NaN."""
    if n_categories < 2 or math.isnan(observed_agreement):
        return NAN
    chance = 1.0 / n_categories
    return (observed_agreement - chance) / (1.0 - chance)
