"""The report of a REFI-QDA import as a list model: one row per line, each in the user's language.

The core's report (:meth:`kodeverk.refi.report.RefiImportReport.entries`) is a
list of lines, each a kind (title, fact, an added transcript's name, warning,
left out) and a message template. A row shows the message through
:func:`ui.error_text.describe`, indented and prefixed as the command line
prints it ("  warning: …", "  LEFT OUT: …"), with the prefix translated too;
what was left out is drawn in red, warnings in amber, the title in bold. The text is made when a
view asks for it, so a language switch only needs :meth:`retranslate`.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kodeverk.refi.report import FACT, LEFT_OUT, NAME, TITLE, WARNING, RefiImportReport, ReportLine
from ui.error_text import describe

KindRole = Qt.ItemDataRole.UserRole + 1  # the line's kind (kodeverk.refi.report: TITLE, FACT, ...)

_LEFT_OUT_COLOUR = QColor("#b3261e")
_WARNING_COLOUR = QColor("#8a5a00")

Index = QModelIndex | QPersistentModelIndex


class RefiReportModel(QAbstractListModel):
    """The lines of one import report (none until :meth:`set_report`)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._lines: list[ReportLine] = []

    def set_report(self, report: RefiImportReport | None) -> None:
        self.beginResetModel()
        self._lines = report.entries() if report is not None else []
        self.endResetModel()

    def retranslate(self) -> None:
        """Show every line again in the language now installed."""
        if self._lines:
            self.dataChanged.emit(self.index(0), self.index(len(self._lines) - 1),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(line)
        if role == KindRole:
            return line.kind
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = {LEFT_OUT: _LEFT_OUT_COLOUR, WARNING: _WARNING_COLOUR}.get(line.kind)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole and line.kind == TITLE:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def text(self, line: ReportLine) -> str:
        """What the user reads for ``line``: its message translated, indented and prefixed by its kind."""
        if line.kind == NAME:
            return "    " + str(line.message)  # a transcript's name: never looked up in a catalogue
        message = describe(line.message)
        if line.kind == WARNING:
            return "  " + self.tr("warning: %1").replace("%1", message)
        if line.kind == LEFT_OUT:
            return "  " + self.tr("LEFT OUT: %1").replace("%1", message)
        return ("  " if line.kind == FACT else "") + message

    def texts(self) -> list[str]:
        """Every row's text, top to bottom (what a copy of the whole report holds)."""
        return [self.text(line) for line in self._lines]

    def kinds(self) -> list[str]:
        return [line.kind for line in self._lines]
