"""A small read-only tree model base: a tree of plain nodes rebuilt from core data on reset."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1      # the core id of the row's thing (transcript, code)
KindRole = Qt.ItemDataRole.UserRole + 2    # what the row is ("phase", "group", "transcript", "code")


@dataclass(eq=False)
class Node:
    """One row: ``kind`` and ``id`` say what it is; ``values`` hold what the columns show."""

    kind: str
    id: int | None
    values: dict[str, Any] = field(default_factory=dict)
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    row: int = 0

    def add(self, child: Node) -> Node:
        child.parent, child.row = self, len(self.children)
        self.children.append(child)
        return child


class TreeModel(QAbstractItemModel):
    """Subclasses build the tree in :meth:`build` and show nodes in :meth:`node_data`."""

    columns: tuple[str, ...] = ("",)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.root = Node("root", None)

    # -- to override ----------------------------------------------------------------

    def build(self) -> Node:
        return Node("root", None)

    def node_data(self, node: Node, column: int, role: int) -> Any:
        return None

    def header(self, column: int) -> str:
        return self.columns[column]

    # -- the model -------------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        self.root = self.build()
        self.endResetModel()

    def node(self, index: Index) -> Node:
        return index.internalPointer() if index.isValid() else self.root  # type: ignore[return-value]

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        node = self.node(parent)
        if not (0 <= row < len(node.children) and 0 <= column < len(self.columns)):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self.node(index).parent
        if up is None or up is self.root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        if role == IdRole:
            return node.id
        if role == KindRole:
            return node.kind
        return self.node_data(node, index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.header(section)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.header_tip(section)
        return None

    def header_tip(self, column: int) -> str | None:
        """What the column ``column`` shows, for its header's tooltip (None: no tooltip)."""
        return None

    def find(self, kind: str, node_id: int) -> QModelIndex:
        """The first index of the node of ``kind`` with ``node_id`` (invalid if none)."""
        stack = list(reversed(self.root.children))
        while stack:
            node = stack.pop()
            if node.kind == kind and node.id == node_id:
                return self.createIndex(node.row, 0, node)
            stack.extend(reversed(node.children))
        return QModelIndex()

    def node_changed(self, node: Node, first_column: int = 0, last_column: int | None = None) -> None:
        """Tell the views that ``node``'s cells in these columns show something new."""
        last = len(self.columns) - 1 if last_column is None else last_column
        self.dataChanged.emit(self.createIndex(node.row, first_column, node),
                              self.createIndex(node.row, last, node))

    def nodes(self, kind: str, node_id: int) -> list[Node]:
        """Every node of ``kind`` with ``node_id`` (a transcript can sit under several groups)."""
        found, stack = [], list(self.root.children)
        while stack:
            node = stack.pop()
            if node.kind == kind and node.id == node_id:
                found.append(node)
            stack.extend(node.children)
        return found
