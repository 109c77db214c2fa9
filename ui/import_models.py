"""Models of the import dialog: the preview of detected metadata (phase and groups editable) and the report."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from kodeverk.importing.matching import Match
from kodeverk.importing.report import FileOutcome, Status
from kodeverk.services.import_plan import PlannedFile
from ui.error_text import describe, describe_all
from ui.table_model import Index, TableModel

PHASE, GROUPS = 2, 3


class ImportPreviewModel(TableModel):
    """Rows are :class:`PlannedFile`; the user may correct phase and groups (groups separated by ``;``)."""

    def headers(self) -> Sequence[str]:
        return (self.tr("File"), self.tr("Title"), self.tr("Phase"), self.tr("Groups"), self.tr("Informant"),
                self.tr("Ministry"), self.tr("Role"))

    def _how(self, match: Match) -> str:
        return {"exact": self.tr("exact"), "alias": self.tr("alias"), "fuzzy": self.tr("fuzzy"),
                "unmatched": self.tr("not recognised"), "empty": self.tr("empty")}.get(match.how, match.how)

    def _explain(self, match: Match) -> str:
        if match.how == "exact":
            return match.raw
        value = match.value or "?"
        return f"“{match.raw}” → {value} ({self._how(match)}, {match.score:.0f})"

    def cell(self, row: PlannedFile, column: int, role: int) -> Any:
        key = ("", "", "phase", "groups", "", "ministry", "role")[column]
        match = row.matches.get(key) if key else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            values = (row.path.name, row.title, row.phase, "; ".join(row.groups), row.informant, row.ministry,
                      row.role)
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                if row.problem:
                    return describe(row.problem)
                return str(row.path) if row.in_manifest else self.tr("Not in the manifest: set phase and groups here")
            if isinstance(match, Match):
                return self._explain(match)
            if isinstance(match, list) and match:
                return "\n".join(self._explain(m) for m in match)
            if column in (PHASE, GROUPS):
                return self.tr("Double-click to correct")
        if role == Qt.ItemDataRole.BackgroundRole:
            matches = match if isinstance(match, list) else [match] if match else []
            if any(m.how == "unmatched" for m in matches):
                return QColor("#F8D0D0")
            if any(m.how == "fuzzy" for m in matches):
                return QColor("#FFF0B8")
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and not row.in_manifest:
            return QColor("#777777")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (PHASE, GROUPS):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in (PHASE, GROUPS):
            return False
        row: PlannedFile = self.rows[index.row()]
        text = str(value).strip()
        if index.column() == PHASE:
            row.phase = text
            row.matches.pop("phase", None)
        else:
            row.groups = [g.strip() for g in text.split(";") if g.strip()]
            row.matches.pop("groups", None)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True


class ImportReportModel(TableModel):
    """Rows are :class:`FileOutcome`: file, what happened, transcript, why."""

    def headers(self) -> Sequence[str]:
        return (self.tr("File"), self.tr("Result"), self.tr("Transcript"), self.tr("Details"))

    def status_text(self, status: Status) -> str:
        return {Status.IMPORTED: self.tr("imported"), Status.WARNING: self.tr("imported with warnings"),
                Status.SKIPPED: self.tr("skipped"), Status.FAILED: self.tr("failed"),
                Status.CANCELLED: self.tr("not imported (cancelled)")}[status]

    def cell(self, row: FileOutcome, column: int, role: int) -> Any:
        details = "; ".join(describe_all([row.message, *row.warnings] if row.message else row.warnings))
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.path.replace("\\", "/").rsplit("/", 1)[-1], self.status_text(row.status),
                    row.transcript or "", details)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([row.path, *describe_all([row.message, *row.warnings])]).strip()
        if role == Qt.ItemDataRole.BackgroundRole and column == 1:
            return {Status.FAILED: QColor("#F8D0D0"), Status.WARNING: QColor("#FFF0B8"),
                    Status.SKIPPED: QColor("#E4E4E4"), Status.CANCELLED: QColor("#E4E4E4"),
                    Status.IMPORTED: QColor("#D5F0D5")}[row.status]
        return None
