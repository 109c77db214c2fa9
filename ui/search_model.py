"""The search results table: transcript, the hit in its context, score."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from kodeverk.services.search import SearchHit
from ui.table_model import TableModel


class SearchResultsModel(TableModel):
    """Rows are :class:`SearchHit`."""

    def headers(self) -> Sequence[str]:
        return (self.tr("Transcript"), self.tr("Context"), self.tr("Match"))

    def cell(self, row: SearchHit, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.transcript
            if column == 1:
                return f"…{row.before}【{row.match}】{row.after}…"
            return f"{row.score:.0f} %"
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return row.before + row.match + row.after
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
