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

    def header_tip(self, column: int) -> str | None:
        return (self.tr("The codes; drag a code onto another to move it under it"),
                self.tr("Codings with this code in the open transcript"),
                self.tr("Codings with this code in the whole project"))[column]

    def set_transcript(self, transcript_id: int | None) -> None:
        """Show the counts of another transcript in the "here" column (the tree stays)."""
        self.transcript_id = transcript_id
        here: dict[int, int] = {}

        def collect(items: list[dict]) -> None:
            for item in items:
                here[item["id"]] = item["total"]
                collect(item["children"])

        if transcript_id is not None:
            collect(codebook_with_counts(self.project, transcript_id))
        stack = list(self.root.children)
        while stack:
            node = stack.pop()
            node.values["here"] = here.get(node.id, 0)  # type: ignore[arg-type]
            stack.extend(node.children)
        if self.root.children:
            last = self.root.children[-1]
            self.dataChanged.emit(self.index(0, 1), self.createIndex(last.row, 1, last))
            for node in self._walk():
                if node.children:
                    first, end = node.children[0], node.children[-1]
                    self.dataChanged.emit(self.createIndex(first.row, 1, first), self.createIndex(end.row, 1, end))

    def count_changed(self, code_id: int, transcript_id: int, by: int) -> None:
        """A coding of ``code_id`` in ``transcript_id`` came (``by`` 1) or went (-1): count it up the tree."""
        nodes = self.nodes("code", code_id)
        node = nodes[0] if nodes else None
        while node is not None and node is not self.root:
            node.values["total"] += by
            if transcript_id == self.transcript_id:
                node.values["here"] += by
            self.node_changed(node, 1, 2)
            node = node.parent

    def _walk(self) -> list[Node]:
        found, stack = [], list(self.root.children)
        while stack:
            node = stack.pop()
            found.append(node)
            stack.extend(node.children)
        return found

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
