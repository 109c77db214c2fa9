"""Table models over the core's reports: coding moves of a revision, guide matches, unmatched turns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ui.revision_texts import lost_reason
from ui.table_model import TableModel

_STATUS_COLOURS = {"exact": "#E8F5E9", "changed": "#FFF8E1", "lost": "#FFEBEE"}


def _flat(text: str | None) -> str:
    return " ".join((text or "").split())


class MovesModel(TableModel):
    """One row per coding of a revision report (:class:`kodeverk.revision.service.CodingMove`)."""

    def headers(self) -> list[str]:
        return [self.tr("Result"), self.tr("Code"), self.tr("Coder"), self.tr("Old passage"),
                self.tr("New passage")]

    def status_text(self, status: str) -> str:
        return {"exact": self.tr("moved exactly"), "changed": self.tr("moved with changes"),
                "lost": self.tr("lost")}.get(status, status)

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            new = row.new_text if row.status != "lost" else lost_reason(row.reason)
            return [self.status_text(row.status), row.code_path, row.coder, _flat(row.old_text), _flat(new)][column]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(_STATUS_COLOURS.get(row.status, "#FFFFFF")))
        if role == Qt.ItemDataRole.ToolTipRole and column in (3, 4):
            return row.old_text if column == 3 else (row.new_text or lost_reason(row.reason))
        return None


class MatchesModel(TableModel):
    """One row per question found: (transcript name, :class:`kodeverk.guides.service.MatchInfo`)."""

    def headers(self) -> list[str]:
        return [self.tr("Transcript"), self.tr("Question"), self.tr("Score"), self.tr("In order"),
                self.tr("Interviewer's turn")]

    def cell(self, row: Any, column: int, role: int) -> Any:
        transcript, match = row
        if role == Qt.ItemDataRole.DisplayRole:
            return [transcript, f"{match.question_number}. {_flat(match.question)}", f"{match.score:.0f}",
                    self.tr("yes") if match.in_order else self.tr("no"), _flat(match.turn_text)][column]
        if role == Qt.ItemDataRole.BackgroundRole and column == 2:
            colour = "#E8F5E9" if match.score >= 70 else "#FFF8E1" if match.score >= 55 else "#FFEBEE"
            return QBrush(QColor(colour))
        return None


class UnmatchedModel(TableModel):
    """Interviewer turns matched to no question: (transcript name, :class:`UnmatchedTurn`)."""

    def headers(self) -> list[str]:
        return [self.tr("Transcript"), self.tr("Turn"), self.tr("Nearest question"), self.tr("Score")]

    def cell(self, row: Any, column: int, role: int) -> Any:
        transcript, turn = row
        if role == Qt.ItemDataRole.DisplayRole:
            nearest = "" if turn.best_question is None else str(turn.best_question)
            return [transcript, _flat(turn.text), nearest, f"{turn.score:.0f}"][column]
        return None
