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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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
    titles = {
        ("char", "percent_agreement"): QCoreApplication.translate("CompareModel", "Characters %"),
        ("char", "kappa"): QCoreApplication.translate("CompareModel", "Characters κ"),
        ("segment", "percent_agreement"): QCoreApplication.translate("CompareModel", "Segments %"),
        ("segment", "kappa"): QCoreApplication.translate("CompareModel", "Segments κ"),
        ("alpha", "alpha"): QCoreApplication.translate("CompareModel", "α (units)"),
        ("unitized", "alpha"): QCoreApplication.translate("CompareModel", "|uα (spans)"),
    }
    return titles[(measure.method, measure.field)]


def reading_title(word: str) -> str:
    return {"good": QCoreApplication.translate("CompareModel", "good"),
            "tentative": QCoreApplication.translate("CompareModel", "tentative"),
            "poor": QCoreApplication.translate("CompareModel", "poor"),
            "n/a": QCoreApplication.translate("CompareModel", "n/a")}[word]


def number_text(value: Any, percent: bool = False) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{value:.1%}" if percent else f"{value:.3f}"


COUNT_NAMES = {  # marked for lupdate, translated where shown
    "both": QT_TRANSLATE_NOOP("CompareModel", "both coded"),
    "only_a": QT_TRANSLATE_NOOP("CompareModel", "only A"),
    "only_b": QT_TRANSLATE_NOOP("CompareModel", "only B"),
    "neither": QT_TRANSLATE_NOOP("CompareModel", "neither"),
    "total": QT_TRANSLATE_NOOP("CompareModel", "total"),
    "agreements": QT_TRANSLATE_NOOP("CompareModel", "agreeing segments"),
    "only_first": QT_TRANSLATE_NOOP("CompareModel", "only A's segments"),
    "only_second": QT_TRANSLATE_NOOP("CompareModel", "only B's segments"),
    "n_units": QT_TRANSLATE_NOOP("CompareModel", "units"),
    "n_pairable_units": QT_TRANSLATE_NOOP("CompareModel", "pairable units"),
    "n_pairable_values": QT_TRANSLATE_NOOP("CompareModel", "pairable values"),
    "observed_disagreement": QT_TRANSLATE_NOOP("CompareModel", "observed disagreement D_o"),
    "expected_disagreement": QT_TRANSLATE_NOOP("CompareModel", "expected disagreement D_e"),
    "units_per_coder": QT_TRANSLATE_NOOP("CompareModel", "spans per coder"),
    "continuum_length": QT_TRANSLATE_NOOP("CompareModel", "characters (continuum)"),
    "values": QT_TRANSLATE_NOOP("CompareModel", "values"),
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
        return [QCoreApplication.translate("CompareModel", "Code")] + [measure_title(m) for m in self.measures]

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
        weighted_text = QCoreApplication.translate("CompareModel", "weighted by length: %1").replace(
            "%1", number_text(weighted, measure.percent))
        out.append(DetailRow(QCoreApplication.translate("CompareModel", "Mean over transcripts"),
                             entry.get(measure.field), measure.percent, measure.coloured, weighted_text, True))
    out.append(DetailRow(None, pooled.get(measure.field), measure.percent, measure.coloured, counts_text(pooled),
                         True))
    for item in entry.get("per_transcript", []):
        out.append(DetailRow(item["transcript"], item.get(measure.field), measure.percent, measure.coloured,
                             counts_text(item)))
    return out


class AgreementDetailModel(TableModel):
    """The counts behind the chosen number: pooled, then per transcript."""

    def headers(self) -> Sequence[str]:
        return [QCoreApplication.translate("CompareModel", "Transcript"),
                QCoreApplication.translate("CompareModel", "Value"),
                QCoreApplication.translate("CompareModel", "Counts")]

    def cell(self, row: DetailRow, column: int, role: int) -> Any:
        word = reading(float("nan") if row.value is None else row.value) if row.coloured else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                if row.transcript is not None:
                    return row.transcript
                return QCoreApplication.translate("CompareModel", "All (pooled)")
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
