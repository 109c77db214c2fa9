"""Ctrl+K: a small popup that finds a code fuzzily as you type; Enter codes with it (or creates it)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from kodeverk.codebook.tree import Codebook
from kodeverk.services.code_finder import find_codes
from ui.colours import swatch
from ui.table_model import Index, RowRole, TableModel

CREATE = -1  # the id of the "create a new code" row


class PickerModel(TableModel):
    """One column: matching codes (id, path), then a row to create a new code named as typed."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.codebook: Codebook | None = None
        self.query = ""

    def headers(self) -> Sequence[str]:
        return (self.tr("Code"),)

    def update_matches(self, codebook: Codebook, query: str, allow_create: bool = True) -> None:
        self.codebook, self.query = codebook, query.strip()
        rows: list[int] = [m.code_id for m in find_codes(codebook, query)]
        exact = any(codebook[i].name.casefold() == self.query.casefold() for i in rows)
        if allow_create and self.query and not exact:
            rows.append(CREATE)
        self.set_rows(rows)

    def cell(self, row: int, column: int, role: int) -> Any:
        if row == CREATE:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Create code “%1”").replace("%1", self.query)
            return None
        assert self.codebook is not None
        node = self.codebook[row]
        if role == Qt.ItemDataRole.DisplayRole:
            parent = " / ".join(node.path[:-1])
            shortcut = f"  [{node.shortcut}]" if node.shortcut else ""
            return f"{node.name}{shortcut}" + (f"   — {parent}" if parent else "")
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch(node.colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.description or node.path_string
        return None


class QuickPicker(QFrame):
    """A popup: a line edit over a list. Emits ``picked(code_id)`` or ``create_requested(name)``."""

    picked = Signal(int)
    create_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.codebook: Codebook | None = None
        self.title = QLabel(self)
        self.edit = QLineEdit(self)
        self.model = PickerModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        self.resize(440, 320)
        self.edit.textChanged.connect(self._refresh)
        self.edit.installEventFilter(self)
        self.list.activated.connect(self._choose)
        self.list.clicked.connect(self._choose)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Code the selection with…"))
        self.edit.setPlaceholderText(self.tr("Type part of a code's name or description"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def open_with(self, codebook: Codebook, title: str | None = None, allow_create: bool = True) -> None:
        self.codebook = codebook
        self.allow_create = allow_create
        if title:
            self.title.setText(title)
        else:
            self.retranslate_ui()
        self.edit.clear()
        self._refresh("")
        parent = self.parentWidget()
        if parent is not None:
            centre = parent.mapToGlobal(parent.rect().center())
            self.move(centre.x() - self.width() // 2, centre.y() - self.height() // 2)
        self.show()
        self.edit.setFocus()

    def _refresh(self, text: str) -> None:
        if self.codebook is None:
            return
        self.model.update_matches(self.codebook, text, getattr(self, "allow_create", True))
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                row = self.list.currentIndex().row() + (1 if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) else -1)
                if 0 <= row < self.model.rowCount():
                    self.list.setCurrentIndex(self.model.index(row, 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose(self.list.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def _choose(self, index: Index) -> None:
        if not index.isValid():
            return
        code_id = self.model.data(index, RowRole)
        query = self.model.query
        self.hide()
        if code_id == CREATE:
            self.create_requested.emit(query)
        else:
            self.picked.emit(code_id)
