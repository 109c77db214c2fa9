"""The list of disagreements in one transcript, with whether each is resolved (a Qt table model)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from kodeverk.teamwork.disagreements import Disagreement
from ui.table_model import TableModel


@dataclass(frozen=True)
class DisagreementRow:
    """A disagreement as the list shows it (``number`` from 1)."""

    number: int
    item: Disagreement
    resolved: bool


def kind_text(kind: str, coder_a: str, coder_b: str) -> str:
    """The kind of a disagreement in words, naming the coders."""
    only = QCoreApplication.translate("DrilldownModel", "only %1")
    texts = {"only_a": only.replace("%1", coder_a), "only_b": only.replace("%1", coder_b),
             "boundaries": QCoreApplication.translate("DrilldownModel", "same code, different boundaries"),
             "different_codes": QCoreApplication.translate("DrilldownModel", "different codes")}
    return texts.get(kind, kind)


def _codes(spans: Sequence[Any], names: dict[int, str]) -> str:
    return "; ".join(dict.fromkeys(names.get(s.code_id, s.code_path) for s in spans)) or "—"


class DisagreementModel(TableModel):
    """Rows: the disagreements in text order; the coder names head the A and B columns."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.coder_a, self.coder_b = "A", "B"
        self.code_names: dict[int, str] = {}

    def set_items(self, items: Sequence[Disagreement], flags: Sequence[bool], coder_a: str, coder_b: str,
                  code_names: dict[int, str] | None = None) -> None:
        """Show ``items``; ``code_names`` (code id -> its own name) keeps the A and B columns short."""
        self.coder_a, self.coder_b, self.code_names = coder_a, coder_b, dict(code_names or {})
        self.set_rows([DisagreementRow(i + 1, d, f) for i, (d, f) in enumerate(zip(items, flags))])
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers()) - 1)

    def set_flags(self, flags: Sequence[bool]) -> None:
        """New resolved flags for the same disagreements (after a resolution or an undo)."""
        self.rows = [DisagreementRow(r.number, r.item, f) for r, f in zip(self.rows, flags)]
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.headers()) - 1))

    def headers(self) -> Sequence[str]:
        return ["#", QCoreApplication.translate("DrilldownModel", "Kind"),
                QCoreApplication.translate("DrilldownModel", "Where"), self.coder_a, self.coder_b,
                QCoreApplication.translate("DrilldownModel", "Resolved")]

    def cell(self, row: DisagreementRow, column: int, role: int) -> Any:
        d = row.item
        if role == Qt.ItemDataRole.DisplayRole:
            return [str(row.number), kind_text(d.kind, self.coder_a, self.coder_b), f"{d.start}–{d.end}",
                    _codes(d.a, self.code_names), _codes(d.b, self.code_names), "✓" if row.resolved else ""][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            sides = [f"{self.coder_a}: " + " | ".join(f"{s.code_path}: “{s.text[:160]}”" for s in d.a),
                     f"{self.coder_b}: " + " | ".join(f"{s.code_path}: “{s.text[:160]}”" for s in d.b)]
            return "\n".join(sides)
        if role == Qt.ItemDataRole.ForegroundRole and row.resolved:
            return QColor("#5A6B5D")
        if role == Qt.ItemDataRole.BackgroundRole and row.resolved:
            return QColor("#E3F2E6")
        return None
