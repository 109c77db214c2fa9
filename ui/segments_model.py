"""The coded segments table: codings of the selected code or transcript."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from kodeverk.retrieval.query import Excerpt
from ui.colours import swatch
from ui.table_model import TableModel


class SegmentsModel(TableModel):
    """Rows are :class:`~kodeverk.retrieval.Excerpt`; columns: code, coder, transcript, informant, phase, text."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.code_colours: dict[int, str] = {}
        self.coder_colours: dict[int, str] = {}
        self.code_names: dict[int, str] = {}

    def headers(self) -> Sequence[str]:
        return (self.tr("Code"), self.tr("Coder"), self.tr("Transcript"), self.tr("Informant"), self.tr("Phase"),
                self.tr("Text"))

    def cell(self, row: Excerpt, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 5:
                text = " ".join(row.text.split())
                return text if len(text) <= 300 else text[:300] + "…"
            return (self.code_names.get(row.code_id, row.code_path), row.coder, row.transcript, row.pseudonym or "",
                    row.phase or "", "")[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{row.code_path}\n{row.coder} · {row.transcript}"
            if row.memo:
                tip += "\n" + self.tr("Memo: %1").replace("%1", row.memo)
            return tip + "\n\n" + row.text[:1000]
        if role == Qt.ItemDataRole.DecorationRole:
            if column == 0 and row.code_id in self.code_colours:
                return swatch(self.code_colours[row.code_id])
            if column == 1 and row.coder_id in self.coder_colours:
                return swatch(self.coder_colours[row.coder_id])
        return None
