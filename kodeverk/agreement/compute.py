"""Agreement on a project: from stored codings to the pure methods of :mod:`kodeverk.agreement`.

:func:`project_agreement` reads the chosen coders' codings of the chosen codes
in the chosen transcripts, builds one :class:`SpanTable`, and runs the
methods asked for:

* ``char`` — NVivo character agreement and Cohen's κ (exactly 2 coders);
* ``segment`` — MAXQDA segment matching with an overlap threshold and
  Brennan–Prediger κ (exactly 2 coders);
* ``alpha`` — Krippendorff's α (nominal) on units: speaker turns, or
  paragraphs (the ``"\\n"``-separated lines of the text; empty lines are not
  units). For a code with sub-codes a unit's value is the sub-code the coder
  applied to it (the one covering most of it; the parent itself counts as one
  more value, listed last), missing if none — so the five ladder steps form
  one variable. For a leaf code the value is coded / not coded, never
  missing. A transcript without turns falls back to paragraphs (reported);
* ``unitized`` — Krippendorff's |uα per code on character spans.

A code given by path means itself with all its sub-codes (one label); with
no codes given, each top-level code is one label. With 3 or more coders the
two-coder methods are refused when asked for by name and skipped (reported)
under ``all``. Results are frozen dataclasses; :meth:`ProjectAgreement.to_dict`
gives the JSON shape (NaN as None).

**Progress and cancelling.** ``progress(done, total)`` is called after the
reading and after each code of each method (the methods themselves are
vectorised over transcripts, so a code of a method is the step); before each
step ``cancelled()`` is asked, and when it says yes :class:`~kodeverk.errors.Cancelled`
is raised: nothing further is computed and there is no result.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kodeverk.agreement import (
    AlphaResult,
    CharacterReport,
    SegmentReport,
    SpanTable,
    UnitizedReport,
    alpha_of_codes,
    alpha_of_codes_by_parts,
    brennan_prediger_kappa,
    character_agreement,
    segment_agreement,
    unit_code_matrix,
    unitized_alpha_by_code,
)
from kodeverk.agreement.units import UnitGrid, unit_grid
from kodeverk.codebook.service import load_codebook
from kodeverk.codebook.tree import Codebook
from kodeverk.errors import Cancelled, UsageError
from kodeverk.project import Project
from kodeverk.services import lookup
from kodeverk.storage import people
from kodeverk.storage import teamwork as store
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

METHODS = ("char", "segment", "alpha", "unitized")
TWO_CODER_METHODS = ("char", "segment")
UNITS = ("turn", "paragraph")
CODED, NOT_CODED = "coded", "not coded"


def reading(alpha: float) -> str:
    """Krippendorff's reading of an α (or κ): good ≥ .800, tentative ≥ .667, else poor."""
    if alpha is None or math.isnan(alpha):
        return "n/a"
    return "good" if alpha >= 0.800 else "tentative" if alpha >= 0.667 else "poor"


@dataclass(frozen=True)
class CodeLabel:
    """One compared code: a path, the ids it stands for, and its alpha categories."""

    path: str
    code_ids: tuple[int, ...]
    categories: tuple[tuple[str, tuple[int, ...]], ...]
    leaf: bool


@dataclass(frozen=True)
class UnitAlphaCode:
    """α on units for one code: pooled over all units, and per transcript."""

    label: str
    pooled: AlphaResult
    per_source: tuple[tuple[int, AlphaResult], ...]


@dataclass(frozen=True)
class ProjectAgreement:
    """Everything one agreement run computed, with what it was computed on."""

    project: str
    computed: dt.datetime
    coders: tuple[str, ...]
    codes: tuple[CodeLabel, ...]
    transcripts: tuple[tuple[int, str, int], ...]
    methods: tuple[str, ...]
    overlap: float
    unit: str
    character: CharacterReport | None = None
    segment: SegmentReport | None = None
    alpha: tuple[UnitAlphaCode, ...] | None = None
    unitized: UnitizedReport | None = None
    skipped: dict[str, str] = field(default_factory=dict)
    unit_fallback: tuple[str, ...] = ()
    n_units: int = 0

    def transcript_name(self, source_id: int) -> str:
        return {tid: name for tid, name, _ in self.transcripts}[source_id]

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape: per code, per method a headline, ``pooled`` and ``per_transcript``."""
        names = {tid: name for tid, name, _ in self.transcripts}
        codes = []
        for index, label in enumerate(self.codes):
            entry: dict[str, Any] = {"code": label.path, "code_ids": list(label.code_ids)}
            if self.character is not None:
                entry["char"] = _char_dict(self.character.codes[index], names)
            if self.segment is not None:
                entry["segment"] = _segment_dict(self.segment, index, names)
            if self.alpha is not None:
                entry["alpha"] = _alpha_dict(self.alpha[index], names)
            if self.unitized is not None:
                entry["unitized"] = _unitized_dict(self.unitized.codes[index], names)
            codes.append(entry)
        overall: dict[str, Any] = {}
        if self.segment is not None:
            overall["segment"] = {"percent_agreement": self.segment.percent_agreement, "kappa": self.segment.kappa,
                                  "n_categories": self.segment.n_categories, **self.segment.counts.to_dict()}
        if self.unitized is not None:
            overall["unitized"] = {"alpha": self.unitized.alpha}
        return clean({
            "project": self.project, "computed": self.computed.isoformat(timespec="seconds"),
            "coders": list(self.coders), "methods": list(self.methods), "skipped": dict(self.skipped),
            "overlap": self.overlap, "unit": self.unit, "n_units": self.n_units,
            "unit_fallback": list(self.unit_fallback),
            "transcripts": [{"id": tid, "name": name, "length": length} for tid, name, length in self.transcripts],
            "codes": codes, "overall": overall,
        })


_PLAIN = (int, str, bool, type(None))


def clean(value: Any) -> Any:
    """NaN to None, recursively (JSON has no NaN); tuples become lists."""
    kind = type(value)
    if kind is dict:
        return {k: (v if type(v) in _PLAIN else clean(v)) for k, v in value.items()}
    if kind is list or kind is tuple:
        return [v if type(v) in _PLAIN else clean(v) for v in value]
    if kind is float:
        return None if value != value else value  # NaN is the one float not equal to itself
    if isinstance(value, float) and math.isnan(value):  # float subclasses (numpy scalars)
        return None
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean(v) for v in value]
    return value


def _char_dict(code: Any, names: dict[int, str]) -> dict[str, Any]:
    return {
        "percent_agreement": code.mean_percent_agreement, "kappa": code.mean_kappa,
        "weighted_percent_agreement": code.weighted_percent_agreement, "weighted_kappa": code.weighted_kappa,
        "pooled": {"percent_agreement": code.pooled.percent_agreement, "kappa": code.pooled.kappa,
                   **code.pooled.counts.to_dict()},
        "per_transcript": [{"transcript": names[r.source_id], "percent_agreement": r.percent_agreement,
                            "kappa": r.kappa, **r.counts.to_dict()} for r in code.per_source],
    }


def _segment_dict(report: SegmentReport, index: int, names: dict[int, str]) -> dict[str, Any]:
    code = report.codes[index]
    k = report.n_categories

    def row(counts: Any) -> dict[str, Any]:
        p = counts.percent_agreement()
        return {"percent_agreement": p, "kappa": brennan_prediger_kappa(p, k), **counts.to_dict()}

    return {**row(code.counts), "n_categories": k, "pooled": row(code.counts),
            "per_transcript": [{"transcript": names[r.source_id], **row(r.counts)} for r in code.per_source]}


def _alpha_counts(result: AlphaResult) -> dict[str, Any]:
    return {"alpha": result.alpha, "n_units": result.n_units, "n_pairable_units": result.n_pairable_units,
            "n_pairable_values": result.n_pairable_values, "values": [str(v) for v in result.values],
            "observed_disagreement": result.observed_disagreement,
            "expected_disagreement": result.expected_disagreement}


def _alpha_dict(code: UnitAlphaCode, names: dict[int, str]) -> dict[str, Any]:
    return {**_alpha_counts(code.pooled), "level": code.pooled.level, "pooled": _alpha_counts(code.pooled),
            "per_transcript": [{"transcript": names[sid], **_alpha_counts(r)} for sid, r in code.per_source]}


def _unitized_dict(code: Any, names: dict[int, str]) -> dict[str, Any]:
    def row(r: Any) -> dict[str, Any]:
        return {"alpha": r.alpha, "n_units": r.n_units, "units_per_coder": list(r.units_per_coder),
                "continuum_length": r.continuum_length, "observed_disagreement": r.observed_disagreement,
                "expected_disagreement": r.expected_disagreement}

    return {**row(code.pooled), "pooled": row(code.pooled),
            "per_transcript": [{"transcript": names[sid], **row(r)} for sid, r in code.per_source]}


def code_labels(book: Codebook, paths: Sequence[str]) -> tuple[CodeLabel, ...]:
    """The labels for ``paths`` (each a code with its sub-codes); no paths: the top-level codes."""
    nodes = [book.resolve(p) for p in paths] if paths else [book[i] for i in book.roots]
    labels = []
    for node in nodes:
        ids = tuple(book.descendants(node.id))
        if node.children:
            cats = [(book[c].name, tuple(book.descendants(c))) for c in node.children]
            cats.append((f"{node.name} (itself)", (node.id,)))
        else:
            cats = [(CODED, (node.id,))]
        labels.append(CodeLabel(node.path_string, ids, tuple(cats), not node.children))
    if len({label.path for label in labels}) != len(labels):
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "a code is given twice")))
    return tuple(labels)


def paragraph_units(text: str) -> list[tuple[int, int]]:
    """The ``"\\n"``-separated lines of ``text`` as ``(start, end)``, empty ones left out."""
    units, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            units.append((start, end))
        start = end + 1
    return units


def check_methods(methods: Sequence[str], n_coders: int) -> tuple[tuple[str, ...], dict[str, str]]:
    """The methods to run and those skipped; UsageError for a bad request."""
    wanted = list(dict.fromkeys(METHODS if "all" in methods else methods))
    for method in wanted:
        if method not in METHODS:
            raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "unknown method {method!r}; use one of {choices} or all"),
                                     method=method, choices=', '.join(METHODS)))
    skipped = {}
    if n_coders != 2:
        for method in TWO_CODER_METHODS:
            if method in wanted:
                if "all" not in methods:
                    raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "method {method!r} compares exactly 2 coders, {count} were given; use alpha or unitized for more"),
                                             method=method, count=n_coders))
                skipped[method] = "compares exactly 2 coders"
                wanted.remove(method)
    return tuple(wanted), skipped


class _Steps:
    """Counts the steps of one run: reports progress and raises :class:`Cancelled` when asked to stop."""

    def __init__(self, total: int, progress: Callable[[int, int], None] | None,
                 cancelled: Callable[[], bool] | None):
        self.total, self.done = total, 0
        self.progress, self.cancelled = progress, cancelled

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled(Message(QT_TRANSLATE_NOOP("CoreMessages", "the agreement computation was cancelled after {done} of {total} steps"),
                                    done=self.done, total=self.total))

    def __call__(self) -> None:
        """One step is about to start: report the steps done so far, then stop here if cancelled."""
        if self.progress is not None and self.done:
            self.progress(self.done, self.total)
        self.check()
        self.done += 1

    def finish(self) -> None:
        self.check()
        if self.progress is not None:
            self.progress(self.total, self.total)


def project_agreement(project: Project, coders: Sequence[str], codes: Sequence[str] = (),
                      transcripts: Sequence[str] = (), methods: Sequence[str] = ("all",), *,
                      overlap: float = 0.9, unit: str = "turn",
                      progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> ProjectAgreement:
    """Agreement of ``coders`` on ``codes`` in ``transcripts`` (module docstring).

    ``overlap`` is the segment threshold as a fraction (0.9 = MAXQDA's 90 %).
    ``progress(done, total)`` and ``cancelled()``: see the module docstring
    (:class:`~kodeverk.errors.Cancelled` when cancelled).
    """
    names = tuple(dict.fromkeys(c.strip() for c in coders))
    if len(names) < 2:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "agreement needs at least two different coders")))
    if unit not in UNITS:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "unknown unit {unit!r}; use turn or paragraph"),
                                 unit=unit))
    if not 0.0 <= overlap <= 1.0:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "the overlap threshold is a percentage from 0 to 100")))
    run, skipped = check_methods(methods, len(names))
    steps = _Steps(1, progress, cancelled)
    steps()  # the reading
    with project.reading() as session:
        coder_rows = [lookup.find_coder(session, n) for n in names]
        by_id = {c.id: c.name for c in coder_rows}
        book = load_codebook(session)
        labels = code_labels(book, codes)
        chosen = [lookup.find_transcript(session, n) for n in transcripts] if transcripts else None
        lengths = store.transcript_lengths(session, [t.id for t in chosen] if chosen else None)
        all_names = {row.id: row.name for row in store.transcript_keys(session)}
        all_ids = sorted({i for label in labels for i in label.code_ids})
        rows = store.coding_tuples(session, transcript_ids=list(lengths), coder_ids=list(by_id), code_ids=all_ids)
        units: dict[int, list[tuple[int, int]]] = {}
        fallback: list[str] = []
        if "alpha" in run:
            turns = store.turn_spans(session, list(lengths)) if unit == "turn" else {}
            missing = [t for t in lengths if t not in turns]
            texts = store.transcript_texts(session, missing) if missing else {}
            units = {t: turns.get(t) or paragraph_units(texts[t]) for t in lengths}
            fallback = sorted(all_names[t] for t in missing) if unit == "turn" else []
        project_name = people.project_info(session).name
    coder_ids = list(by_id)
    position = {cid: k for k, cid in enumerate(coder_ids)}
    table = SpanTable.from_rows([(r[1], r[2], position[r[3]], r[4], r[5]) for r in rows],
                                [by_id[c] for c in coder_ids])
    label_map = {label.path: label.code_ids for label in labels}
    steps.total += len(run) * len(labels)
    result: dict[str, Any] = {}
    if "char" in run:
        result["character"] = character_agreement(table, lengths, label_map, names[0], names[1], step=steps)
    if "segment" in run:
        result["segment"] = segment_agreement(table, label_map, names[0], names[1], threshold=overlap,
                                              source_ids=list(lengths), step=steps)
    if "alpha" in run:
        grid = unit_grid(table, units)
        found = []
        for label in labels:
            steps()
            found.append(_alpha_for(grid, label, names))
        result["alpha"] = tuple(found)
    if "unitized" in run:
        result["unitized"] = unitized_alpha_by_code(table, lengths, label_map, names, step=steps)
    steps.finish()
    return ProjectAgreement(
        project=project_name, computed=dt.datetime.now().astimezone(), coders=names, codes=labels,
        transcripts=tuple((t, all_names[t], lengths[t]) for t in sorted(lengths, key=lambda i: all_names[i])),
        methods=run, overlap=overlap, unit=unit, skipped=skipped, unit_fallback=tuple(fallback),
        n_units=sum(len(u) for u in units.values()), **result)


def _alpha_for(grid: UnitGrid, label: CodeLabel, coders: tuple[str, ...]) -> UnitAlphaCode:
    categories = dict(label.categories)
    absent: Hashable | None = NOT_CODED if label.leaf else None
    matrix = unit_code_matrix(grid.table, {}, categories, coders, absent=absent, grid=grid)
    pooled = alpha_of_codes(matrix.codes, matrix.labels, "nominal")
    slices = matrix.source_slices()
    found = alpha_of_codes_by_parts(matrix.codes, matrix.labels, [part for _sid, part in slices], "nominal")
    per = [(sid, result) for (sid, _part), result in zip(slices, found)]
    return UnitAlphaCode(label.path, pooled, tuple(per))
