"""The codebook's tree model: codes with colour swatches, shortcuts and counts (this transcript / project)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, Qt

from kodeverk.project import Project
from kodeverk.services.codebook_view import codebook_with_counts
from ui.colours import swatch
from ui.tree_model import Index, Node, TreeModel

CODE_MIME = "application/x-kodeverk-code"


class CodebookModel(TreeModel):
    """Columns: name, codings in the current transcript, codings in the project (with sub-codes)."""

    columns = ("name", "here", "total")

    def __init__(self, project: Project, parent: Any = None):
        super().__init__(parent)
        self.project = project
        self.transcript_id: int | None = None
        self.shortcuts: dict[int, int | None] = {}
        self.reload()

    def header(self, column: int) -> str:
        return (self.tr("Code"), self.tr("Here"), self.tr("All"))[column]

    def set_transcript(self, transcript_id: int | None) -> None:
        self.transcript_id = transcript_id
        self.reload()

    def build(self) -> Node:
        from kodeverk.codebook.service import get_codebook

        root = Node("root", None)
        whole = codebook_with_counts(self.project)
        here = codebook_with_counts(self.project, self.transcript_id) if self.transcript_id else []
        here_totals: dict[int, int] = {}

        def collect(items: list[dict]) -> None:
            for item in items:
                here_totals[item["id"]] = item["total"]
                collect(item["children"])

        collect(here)
        self.shortcuts = {n.id: n.shortcut for n in get_codebook(self.project).walk()}

        def add(parent: Node, items: list[dict]) -> None:
            for item in items:
                node = parent.add(Node("code", item["id"], {
                    "name": item["name"], "colour": item["colour"], "description": item["description"],
                    "path": item["path"], "total": item["total"], "here": here_totals.get(item["id"], 0)}))
                add(node, item["children"])

        add(root, whole)
        return root

    def node_data(self, node: Node, column: int, role: int) -> Any:
        values = node.values
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                shortcut = self.shortcuts.get(node.id)  # type: ignore[arg-type]
                return f"{values['name']}  [{shortcut}]" if shortcut else values["name"]
            if column == 1:
                return values["here"] if self.transcript_id else None
            return values["total"]
        if role == Qt.ItemDataRole.EditRole and column == 0:
            return values["name"]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return swatch(values["colour"])
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = values["path"]
            if values["description"]:
                tip += "\n\n" + values["description"]
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                | Qt.ItemFlag.ItemIsDropEnabled)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [CODE_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = sorted({self.node(i).id for i in indexes if i.isValid()})
        data.setData(CODE_MIME, ",".join(str(i) for i in ids).encode())
        return data
