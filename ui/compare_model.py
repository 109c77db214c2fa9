"""Qt models of the comparison view: code × measure coloured by Krippendorff's thresholds, and the counts.

Both read the plain dictionary of :meth:`kodeverk.agreement.compute.ProjectAgreement.to_dict`
(numbers, never ORM objects). A measure is (method, field): percent
agreement and κ of the character and segment methods, α on units and
unitized |uα. κ and α cells are coloured: ≥ .800 good, ≥ .667 tentative,
below poor (:func:`kodeverk.agreement.compute.reading`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from kodeverk.agreement.compute import reading
from ui.table_model import TableModel

ReadingRole = Qt.ItemDataRole.UserRole + 1  # "good" / "tentative" / "poor" / "n/a" (κ and α cells)
ValueRole = Qt.ItemDataRole.UserRole + 2    # the number (None if undefined)

COLOURS = {"good": "#B9E4C1", "tentative": "#FBE3A6", "poor": "#F4B6B0", "n/a": "#E6E6E6"}


@dataclass(frozen=True)
class Measure:
    """One column: ``method`` (char, segment, alpha, unitized) and ``field`` (percent_agreement, kappa, alpha)."""

    method: str
    field: str

    @property
    def coloured(self) -> bool:
        return self.field in ("kappa", "alpha")

    @property
    def percent(self) -> bool:
        return self.field == "percent_agreement"


ALL_MEASURES = (Measure("char", "percent_agreement"), Measure("char", "kappa"),
                Measure("segment", "percent_agreement"), Measure("segment", "kappa"),
                Measure("alpha", "alpha"), Measure("unitized", "alpha"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareModel", text)


def measure_title(measure: Measure) -> str:
    titles = {("char", "percent_agreement"): _tr("Characters %"), ("char", "kappa"): _tr("Characters κ"),
              ("segment", "percent_agreement"): _tr("Segments %"), ("segment", "kappa"): _tr("Segments κ"),
              ("alpha", "alpha"): _tr("α (units)"), ("unitized", "alpha"): _tr("|uα (spans)")}
    return titles[(measure.method, measure.field)]


def reading_title(word: str) -> str:
    return {"good": _tr("good"), "tentative": _tr("tentative"), "poor": _tr("poor"), "n/a": _tr("n/a")}[word]


def number_text(value: Any, percent: bool = False) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{value:.1%}" if percent else f"{value:.3f}"


COUNT_NAMES = {
    "both": "both coded", "only_a": "only A", "only_b": "only B", "neither": "neither", "total": "total",
    "agreements": "agreeing segments", "only_first": "only A's segments", "only_second": "only B's segments",
    "n_units": "units", "n_pairable_units": "pairable units", "n_pairable_values": "pairable values",
    "observed_disagreement": "observed disagreement D_o", "expected_disagreement": "expected disagreement D_e",
    "units_per_coder": "spans per coder", "continuum_length": "characters (continuum)", "values": "values",
}


def counts_text(entry: dict[str, Any]) -> str:
    """The counts of one result entry in words: "both coded 1 204 · only A 310 · …"."""
    parts = []
    for key, name in COUNT_NAMES.items():
        if key not in entry:
            continue
        value = entry[key]
        if isinstance(value, float):
            shown = number_text(value)
        elif isinstance(value, list):
            shown = ", ".join(str(v) for v in value) or "–"
        else:
            shown = f"{value:,}".replace(",", " ") if isinstance(value, int) else str(value)
        parts.append(f"{_tr(name)} {shown}")
    return " · ".join(parts)


class AgreementTableModel(TableModel):
    """Rows: the compared codes; columns: the code, then each measure computed."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.measures: list[Measure] = []

    def set_result(self, result: dict[str, Any] | None) -> None:
        methods = result["methods"] if result else []
        self.beginResetModel()
        self.measures = [m for m in ALL_MEASURES if m.method in methods]
        self.rows = list(result["codes"]) if result else []
        self.endResetModel()

    def headers(self) -> Sequence[str]:
        return [_tr("Code")] + [measure_title(m) for m in self.measures]

    def measure(self, column: int) -> Measure | None:
        return self.measures[column - 1] if 1 <= column <= len(self.measures) else None

    def cell(self, row: dict[str, Any], column: int, role: int) -> Any:
        if column == 0:
            return row["code"] if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) else None
        measure = self.measure(column)
        if measure is None:
            return None
        entry = row[measure.method]
        value = entry.get(measure.field)
        word = reading(float("nan") if value is None else value) if measure.coloured else None
        if role == Qt.ItemDataRole.DisplayRole:
            return number_text(value, measure.percent)
        if role == ValueRole:
            return value
        if role == ReadingRole:
            return word
        if role == Qt.ItemDataRole.BackgroundRole and word is not None:
            return QColor(COLOURS[word])
        if role == Qt.ItemDataRole.ForegroundRole and word is not None:
            return QColor("#1A1A1A")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            pooled = entry.get("pooled", entry)
            head = reading_title(word) + " — " if word else ""
            return head + counts_text(pooled)
        return None


@dataclass(frozen=True)
class DetailRow:
    """One transcript's figure behind a cell (or the pooled line, ``transcript`` None)."""

    transcript: str | None
    """None for the pooled line."""
    value: Any
    percent: bool
    coloured: bool
    counts: str
    summary: bool = False
    """A line over all transcripts (mean or pooled), not one transcript's."""


def detail_rows(row: dict[str, Any], measure: Measure) -> list[DetailRow]:
    """The pooled figure, then one per transcript, for one code × measure."""
    entry = row[measure.method]
    pooled = entry.get("pooled", entry)
    out = []
    if measure.method == "char":  # the table shows the mean over transcripts; the pooled figure follows
        weighted = entry.get(f"weighted_{measure.field}")
        out.append(DetailRow(_tr("Mean over transcripts"), entry.get(measure.field), measure.percent,
                             measure.coloured, _tr("weighted by length: %1").replace(
                                 "%1", number_text(weighted, measure.percent)), True))
    out.append(DetailRow(None, pooled.get(measure.field), measure.percent, measure.coloured, counts_text(pooled),
                         True))
    for item in entry.get("per_transcript", []):
        out.append(DetailRow(item["transcript"], item.get(measure.field), measure.percent, measure.coloured,
                             counts_text(item)))
    return out


class AgreementDetailModel(TableModel):
    """The counts behind the chosen number: pooled, then per transcript."""

    def headers(self) -> Sequence[str]:
        return [_tr("Transcript"), _tr("Value"), _tr("Counts")]

    def cell(self, row: DetailRow, column: int, role: int) -> Any:
        word = reading(float("nan") if row.value is None else row.value) if row.coloured else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return row.transcript if row.transcript is not None else _tr("All (pooled)")
            if column == 1:
                return number_text(row.value, row.percent)
            return row.counts
        if role == Qt.ItemDataRole.BackgroundRole and column == 1 and word is not None:
            return QColor(COLOURS[word])
        if role == Qt.ItemDataRole.FontRole and row.summary:
            font = QFont()
            font.setBold(True)
            return font
        return None
