"""Timing of every agreement method on a project-sized, seeded random data set.

2 coders × 75 transcripts (~60 000 characters each) × 30 codes; each coder
applies each code a few times per transcript, the second coder mostly near
the first coder's spans; paragraph units of ~400 characters for alpha. Each
method runs three times and the best time is shown (the machine is shared).
Run: ``.venv/bin/python benchmarks/bench_agreement.py``.
Target: all methods together in at most 1 s.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np

from kodeverk.agreement import (
    CodingSpan,
    SpanTable,
    alpha_on_units,
    character_agreement,
    segment_agreement,
    unitized_alpha_by_code,
)

N_SOURCES = 75
N_CODES = 30
MEAN_LENGTH = 60_000
CODERS = ("anne", "bjorn")


def build(seed: int = 20240601) -> tuple[list[CodingSpan], dict[int, int], dict[int, list[tuple[int, int]]]]:
    """Spans, source lengths and paragraph units (~400 characters each)."""
    rng = np.random.default_rng(seed)
    spans: list[CodingSpan] = []
    lengths: dict[int, int] = {}
    units: dict[int, list[tuple[int, int]]] = {}
    for source in range(N_SOURCES):
        length = int(rng.integers(45_000, 75_000))
        lengths[source] = length
        cuts = np.unique(np.concatenate(([0, length], rng.integers(1, length, length // 400))))
        units[source] = list(zip(cuts[:-1].tolist(), cuts[1:].tolist()))
        for code in range(N_CODES):
            for _ in range(int(rng.integers(0, 8))):
                start = int(rng.integers(0, length - 2_000))
                end = start + int(rng.integers(50, 1_500))
                spans.append(CodingSpan(source, code, CODERS[0], start, end))
                if rng.random() < 0.8:
                    jitter = rng.integers(-40, 40, 2)
                    s2 = max(0, start + int(jitter[0]))
                    spans.append(CodingSpan(source, code, CODERS[1], s2, max(s2 + 1, end + int(jitter[1]))))
            if rng.random() < 0.5:
                start = int(rng.integers(0, length - 2_000))
                spans.append(CodingSpan(source, code, CODERS[1], start, start + int(rng.integers(50, 800))))
    return spans, lengths, units


def timed(name: str, fn: Callable[[], object], rows: list[tuple[str, float]], repeats: int = 3) -> None:
    """Run ``fn`` ``repeats`` times and record the best wall time."""
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    rows.append((name, best))


def main() -> None:
    spans, lengths, units = build()
    labels = {f"code {c}": {c} for c in range(N_CODES)}
    ladder = {step: {step - 1} for step in range(1, 6)}
    rows: list[tuple[str, float]] = []
    timed("span table (from CodingSpan list)", lambda: SpanTable.from_spans(spans), rows)
    table = SpanTable.from_spans(spans)
    timed("character (NVivo)", lambda: character_agreement(table, lengths, labels, *CODERS), rows)
    timed("segment (MAXQDA, 90 %)", lambda: segment_agreement(table, labels, *CODERS), rows)
    timed("alpha on units (5 categories, ordinal)",
          lambda: alpha_on_units(table, units, ladder, list(CODERS), level="ordinal"), rows)
    timed("unitized alpha (pooled + per source)",
          lambda: unitized_alpha_by_code(table, lengths, labels, list(CODERS)), rows)
    total = sum(t for _, t in rows)
    n_units = sum(len(u) for u in units.values())
    print(f"{len(spans)} spans, {N_SOURCES} sources, {sum(lengths.values())} characters, "
          f"{N_CODES} codes, {n_units} units")
    width = max(len(name) for name, _ in rows)
    for name, seconds in rows:
        print(f"{name:<{width}}  {seconds * 1000:8.1f} ms")
    print(f"{'total':<{width}}  {total * 1000:8.1f} ms  (target <= 1000 ms)")


if __name__ == "__main__":
    main()
