"""Krippendorff's alpha on a reliability matrix (coders × units), any level of measurement.

Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability"
(agreement.md §3b). Missing values (``None`` or NaN) are allowed; a unit
counts only if at least two coders gave it a value ("pairable").

Coincidences: o_ck = Σ_u Σ_{i≠j} [v_iu = c][v_ju = k] / (m_u − 1); computed
for all units at once as (N/(m−1))ᵀ N − diag(Σ_u N_u/(m_u−1)) from the
units × values count matrix N. With n_c = Σ_k o_ck and n = Σ_c n_c:

    α = 1 − D_o / D_e = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck

with δ² nominal [c ≠ k]; interval (c − k)²; ordinal
(Σ_{g=c..k} n_g − (n_c + n_k)/2)² over the ranked values; ratio
((c − k)/(c + k))². Reproduces Krippendorff 2011 example C (nominal
0.743421, ordinal 0.815388, interval 0.849107, ratio 0.797403).

Conventions (DKPro Statistics, agreement.md §3): α = NaN when there are no
pairable values; α = 0 when D_o = D_e, which includes data without variation
(every pairable value the same, D_o = D_e = 0) and a single unit.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

Level = Literal["nominal", "ordinal", "interval", "ratio"]
LEVELS: tuple[Level, ...] = ("nominal", "ordinal", "interval", "ratio")
NAN = float("nan")


@dataclass(frozen=True)
class AlphaResult:
    """Alpha with the disagreements, coincidence matrix and counts behind it."""

    alpha: float
    level: str
    observed_disagreement: float
    expected_disagreement: float
    n_coders: int
    n_units: int
    n_pairable_units: int
    n_pairable_values: int
    values: tuple[Hashable, ...]
    coincidences: tuple[tuple[float, ...], ...]

    def to_dict(self) -> dict[str, Any]:
        """Plain values for JSON (NaN stays ``float('nan')``)."""
        return {
            "method": "alpha", "level": self.level, "alpha": self.alpha,
            "observed_disagreement": self.observed_disagreement,
            "expected_disagreement": self.expected_disagreement,
            "n_coders": self.n_coders, "n_units": self.n_units,
            "n_pairable_units": self.n_pairable_units, "n_pairable_values": self.n_pairable_values,
            "values": list(self.values), "coincidences": [list(r) for r in self.coincidences],
        }


def _is_missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _ordered_values(present: list[Hashable]) -> list[Hashable]:
    """The distinct values, sorted when they can be, else in order of appearance."""
    distinct = list(dict.fromkeys(present))
    try:
        return sorted(distinct)  # type: ignore[type-var]
    except TypeError:
        return distinct


def _squared_distances(values: list[Hashable], n_c: npt.NDArray[np.float64], level: Level) -> npt.NDArray[np.float64]:
    """δ²_ck for every pair of values (module docstring)."""
    v = len(values)
    if level == "nominal":
        return 1.0 - np.eye(v)
    if level == "ordinal":
        cum = np.cumsum(n_c)
        i, j = np.meshgrid(np.arange(v), np.arange(v), indexing="ij")
        lo, hi = np.minimum(i, j), np.maximum(i, j)
        return (cum[hi] - cum[lo] + (n_c[lo] - n_c[hi]) / 2.0) ** 2
    try:
        x = np.array(values, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{level} alpha needs numeric values") from exc
    diff = x[:, None] - x[None, :]
    if level == "interval":
        return diff**2
    if level == "ratio":
        total = x[:, None] + x[None, :]
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = np.where(total == 0, 0.0, diff / np.where(total == 0, 1.0, total))
        return ratio**2
    raise ValueError(f"unknown level of measurement {level!r}; use one of {LEVELS}")


def krippendorff_alpha(
    data: Sequence[Sequence[Hashable | None]], level: Level = "nominal"
) -> AlphaResult:
    """Alpha of a coders × units matrix (``None``/NaN = missing); see the module docstring."""
    if level not in LEVELS:
        raise ValueError(f"unknown level of measurement {level!r}; use one of {LEVELS}")
    rows = [list(row) for row in data]
    n_units = len(rows[0]) if rows else 0
    if any(len(row) != n_units for row in rows):
        raise ValueError("every coder's row must have one entry per unit")
    cells = [(u, value) for row in rows for u, value in enumerate(row) if not _is_missing(value)]
    values = _ordered_values([value for _, value in cells])
    index = {value: k for k, value in enumerate(values)}
    counts = np.zeros((n_units, len(values)), dtype=np.float64)
    if cells:
        np.add.at(counts, ([u for u, _ in cells], [index[value] for _, value in cells]), 1.0)
    return _alpha_from_counts(counts, values, level, len(rows))


def alpha_of_codes(codes: npt.ArrayLike, labels: Sequence[Hashable], level: Level = "nominal") -> AlphaResult:
    """Alpha of a coders × units matrix of integer codes: ``labels[k]`` for ``k >= 0``, missing for ``-1``.

    The same result as :func:`krippendorff_alpha` on the labels (values in
    the same order), without a Python pass over the cells: built for many
    matrices from the same categories (``labels`` distinct).
    """
    if level not in LEVELS:
        raise ValueError(f"unknown level of measurement {level!r}; use one of {LEVELS}")
    matrix = np.asarray(codes, dtype=np.int64)
    if matrix.ndim != 2:
        matrix = matrix.reshape(len(matrix), -1)
    n_coders, n_units = matrix.shape
    if np.any(matrix >= len(labels)) or np.any(matrix < -1):
        raise ValueError("a code is outside the labels")
    valid = matrix >= 0
    present = np.unique(matrix[valid])
    chosen = [labels[int(k)] for k in present]
    try:
        order = sorted(range(len(chosen)), key=lambda i: chosen[i])  # type: ignore[arg-type, return-value]
    except TypeError:  # unsortable: first appearance, row by row (as krippendorff_alpha)
        flat = matrix.ravel()
        _found, first = np.unique(flat[flat >= 0], return_index=True)
        order = sorted(range(len(chosen)), key=lambda i: int(first[i]))
    position = np.full(len(labels), -1, dtype=np.int64)
    position[present[order]] = np.arange(len(order))
    values = [chosen[i] for i in order]
    units = np.broadcast_to(np.arange(n_units), matrix.shape)[valid]
    flat_index = units * len(values) + position[matrix[valid]]
    counts = np.bincount(flat_index, minlength=n_units * len(values)).astype(np.float64)
    return _alpha_from_counts(counts.reshape(n_units, len(values)), values, level, n_coders)


def alpha_of_codes_by_parts(codes: npt.ArrayLike, labels: Sequence[Hashable], parts: Sequence[slice],
                            level: Level = "nominal") -> list[AlphaResult]:
    """:func:`alpha_of_codes` of each column slice in ``parts`` (say, the units of each transcript), at once.

    The coincidences of every part come from one pass over all units
    (per-unit coincidence matrices summed per part); each result equals
    ``alpha_of_codes(codes[:, part], labels, level)``.
    """
    if level not in LEVELS:
        raise ValueError(f"unknown level of measurement {level!r}; use one of {LEVELS}")
    matrix = np.asarray(codes, dtype=np.int64)
    if matrix.ndim != 2:
        matrix = matrix.reshape(len(matrix), -1)
    n_coders, n_units = matrix.shape
    n_labels = len(labels)
    if np.any(matrix >= n_labels) or np.any(matrix < -1):
        raise ValueError("a code is outside the labels")
    valid = matrix >= 0
    units = np.broadcast_to(np.arange(n_units), matrix.shape)[valid]
    counts = np.bincount(units * n_labels + matrix[valid], minlength=n_units * n_labels)
    counts = counts.reshape(n_units, n_labels).astype(np.float64)
    per_unit = counts.sum(axis=1)
    pairable = per_unit >= 2
    scale = np.where(pairable, 1.0 / np.where(pairable, per_unit - 1.0, 1.0), 0.0)
    scaled = counts * scale[:, None]
    per_unit_o = scaled[:, :, None] * counts[:, None, :]
    idx = np.arange(n_labels)
    per_unit_o[:, idx, idx] -= scaled
    sortable = True
    try:
        rank = sorted(range(n_labels), key=lambda i: labels[i])  # type: ignore[arg-type, return-value]
    except TypeError:
        sortable, rank = False, list(range(n_labels))
    if not sortable:  # order of first appearance, as krippendorff_alpha: the single call per part
        return [alpha_of_codes(matrix[:, part], labels, level) for part in parts]
    # per part: the coincidences, the values present and the pairable units, summed in one call each
    bounds = [part.indices(n_units) for part in parts]
    simple = all(step == 1 and start < stop for start, stop, step in bounds)
    if simple and bounds:
        starts = np.array([start for start, _stop, _step in bounds], dtype=np.int64)
        stops = np.array([stop for _start, stop, _step in bounds], dtype=np.int64)
        edges = np.concatenate(([0], np.cumsum(stops - starts)))
        pick = np.concatenate([np.arange(a, b) for a, b in zip(starts.tolist(), stops.tolist())])
        o_parts = np.add.reduceat(per_unit_o[pick], edges[:-1], axis=0)
        present_parts = np.add.reduceat(counts[pick], edges[:-1], axis=0) > 0
        pairable_parts = np.add.reduceat(pairable[pick].astype(np.int64), edges[:-1])
    results = []
    for k, part in enumerate(parts):
        if simple:
            o_all, present, n_pairable = o_parts[k], present_parts[k], int(pairable_parts[k])
        else:
            block = counts[part]
            present = block.sum(axis=0) > 0
            o_all = per_unit_o[part].sum(axis=0) if block.shape[0] else np.zeros((n_labels, n_labels))
            n_pairable = int(pairable[part].sum())
        order = [i for i in rank if present[i]]
        o = o_all[np.ix_(order, order)]
        results.append(_alpha_from_coincidences(o, [labels[i] for i in order], level, n_coders,
                                                len(range(*part.indices(n_units))), n_pairable))
    return results


def _alpha_from_counts(counts: npt.NDArray[np.float64], values: list[Hashable], level: Level,
                       n_coders: int) -> AlphaResult:
    """Alpha from the units × values count matrix (module docstring)."""
    per_unit = counts.sum(axis=1)
    pairable = per_unit >= 2
    n_counts = counts[pairable]
    scaled = n_counts / (per_unit[pairable] - 1.0)[:, None]
    o = scaled.T @ n_counts - np.diag(scaled.sum(axis=0))
    return _alpha_from_coincidences(o, values, level, n_coders, counts.shape[0], int(pairable.sum()))


def _alpha_from_coincidences(o: npt.NDArray[np.float64], values: list[Hashable], level: Level, n_coders: int,
                             n_units: int, n_pairable_units: int) -> AlphaResult:
    """Alpha from the coincidence matrix ``o`` over ``values`` (module docstring)."""
    n_c = o.sum(axis=1)
    n = float(n_c.sum())
    base = dict(
        level=level, n_coders=n_coders, n_units=n_units,
        n_pairable_units=n_pairable_units, n_pairable_values=int(round(n)),
        values=tuple(values), coincidences=tuple(tuple(float(x) for x in r) for r in o.tolist()),
    )
    if n == 0:
        return AlphaResult(alpha=NAN, observed_disagreement=NAN, expected_disagreement=NAN, **base)
    delta2 = _squared_distances(values, n_c, level)
    d_o = float((o * delta2).sum()) / n
    d_e = float((np.outer(n_c, n_c) * delta2).sum()) / (n * (n - 1.0)) if n > 1 else 0.0
    if math.isclose(d_o, d_e, rel_tol=1e-12, abs_tol=0.0):
        alpha = 0.0
    elif d_e == 0.0:
        alpha = NAN
    else:
        alpha = 1.0 - d_o / d_e
    return AlphaResult(alpha=alpha, observed_disagreement=d_o, expected_disagreement=d_e, **base)
