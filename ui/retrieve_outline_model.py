"""The outline of a Word export (headings with quote counts) as a tree model, for the export dialog's preview."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from kodeverk.export.outline import Heading
from ui.table_model import Index

CountRole = Qt.ItemDataRole.UserRole + 30


@dataclass
class _Node:
    heading: Heading | None
    parent: int  # index into the node list; -1 for the top
    children: list[int] = field(default_factory=list)
    row: int = 0


class OutlineModel(QAbstractItemModel):
    """Headings nested by level; columns: heading, quotes."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.nodes: list[_Node] = [_Node(None, -1)]

    def set_headings(self, headings: Sequence[Heading]) -> None:
        self.beginResetModel()
        nodes = [_Node(None, -1)]
        stack: list[tuple[int, int]] = [(0, 0)]  # (level, node id)
        for heading in headings:
            while len(stack) > 1 and stack[-1][0] >= heading.level:
                stack.pop()
            parent = stack[-1][1]
            node_id = len(nodes)
            nodes.append(_Node(heading, parent, row=len(nodes[parent].children)))
            nodes[parent].children.append(node_id)
            stack.append((heading.level, node_id))
        self.nodes = nodes
        self.endResetModel()

    def _id(self, index: Index) -> int:
        return index.internalId() if index.isValid() else 0

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        node = self.nodes[self._id(parent)]
        if not (0 <= row < len(node.children) and 0 <= column < 2):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent_id = self.nodes[index.internalId()].parent
        if parent_id <= 0:
            return QModelIndex()
        return self.createIndex(self.nodes[parent_id].row, 0, parent_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.nodes[self._id(parent)].children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        heading = self.nodes[index.internalId()].heading
        if heading is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return heading.text if index.column() == 0 else str(heading.count)
        if role == CountRole:
            return heading.count
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and heading.level == 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and heading.count == 0:
            return Qt.GlobalColor.gray
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Heading"), self.tr("Quotes"))[section] if 0 <= section < 2 else None
        return None

    def top_texts(self) -> list[str]:
        """The top-level headings with counts, for tests and captions."""
        return [f"{self.nodes[i].heading.text} ({self.nodes[i].heading.count})" for i in self.nodes[0].children
                if self.nodes[i].heading is not None]
