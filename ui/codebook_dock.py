"""The codebook dock: the code tree with counts; add, rename, recolour, describe, shortcut, merge, delete, move."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (QAbstractItemView, QColorDialog, QDialog, QDockWidget, QHBoxLayout, QHeaderView,
                               QInputDialog, QMenu, QMessageBox, QToolButton, QTreeView, QVBoxLayout, QWidget)

from ui import undo_commands as cmd
from ui.code_choice_dialog import CodeChoiceDialog
from ui.codebook_model import CODE_MIME, CodebookModel
from ui.transcript_view import SPAN_MIME
from ui.tree_model import IdRole
from ui.workspace import CodingDelta, Workspace


class CodeTree(QTreeView):
    """The tree; drops of codes move them, drops of a transcript selection code it."""

    code_moved = Signal(int, object, int)     # code id, new parent id (None: top), position
    selection_dropped = Signal(int)           # code id the selection was dropped on
    span_dropped = Signal(int, int, int, int)  # the same, with the dragged span: code, transcript, start, end

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(CODE_MIME) or event.mimeData().hasFormat(SPAN_MIME):
            event.acceptProposedAction()
            return
        event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        if event.mimeData().hasFormat(SPAN_MIME):
            index = self.indexAt(event.position().toPoint())
            event.setAccepted(index.isValid())
            if index.isValid():
                event.setDropAction(Qt.DropAction.CopyAction)
        elif event.mimeData().hasFormat(CODE_MIME):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        data = event.mimeData()
        if data.hasFormat(SPAN_MIME):
            try:
                transcript_id, start, end = (int(x) for x in bytes(data.data(SPAN_MIME)).decode().split(","))
            except ValueError:
                event.ignore()
                return
            if index.isValid():
                code_id = index.siblingAtColumn(0).data(IdRole)
                event.acceptProposedAction()
                self.selection_dropped.emit(code_id)
                self.span_dropped.emit(code_id, transcript_id, start, end)
            return
        if not data.hasFormat(CODE_MIME):
            return
        code_id = int(bytes(data.data(CODE_MIME)).decode().split(",")[0])
        parent_id, position = self.drop_target(index, self.dropIndicatorPosition())
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the model is rebuilt from the core instead
        event.accept()
        self.code_moved.emit(code_id, parent_id, position)

    def drop_target(self, index: QModelIndex, where: QAbstractItemView.DropIndicatorPosition) -> tuple[Any, int]:
        """(parent id, position) for a drop on ``index`` at ``where``."""
        Position = QAbstractItemView.DropIndicatorPosition
        if not index.isValid() or where == Position.OnViewport:
            return None, 10**6
        index = index.siblingAtColumn(0)
        if where == Position.OnItem:
            return index.data(IdRole), 10**6
        parent = index.parent()
        parent_id = parent.data(IdRole) if parent.isValid() else None
        return parent_id, index.row() + (1 if where == Position.BelowItem else 0)


class CodebookDock(QDockWidget):
    """Shows and edits the codebook through undoable commands."""

    code_activated = Signal(int)      # double-click / Enter: code the selection with it
    code_selected = Signal(object)    # code id or None
    selection_dropped = Signal(int)
    span_dropped = Signal(int, int, int, int)  # code, transcript, start, end: a text selection dropped on a code

    def __init__(self, workspace: Workspace, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("codebook_dock")
        self.ws = workspace
        self.model = CodebookModel(workspace.project, self)
        self.tree = CodeTree(self)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        count_width = self.tree.fontMetrics().horizontalAdvance("00000") + 14
        for column in (1, 2):  # fixed: sizing to contents would measure every row at each count change
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, count_width)
        self.tree.expandAll()
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.activated.connect(lambda index: self.code_activated.emit(index.siblingAtColumn(0).data(IdRole)))
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.code_moved.connect(lambda code_id, parent_id, pos: self.ws.execute(
            cmd.MoveCode(self.ws, code_id, parent_id, pos)))
        self.tree.selection_dropped.connect(self.selection_dropped)
        self.tree.span_dropped.connect(self.span_dropped)

        self.actions: dict[str, QAction] = {}
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for key, slot, shortcut in (("add", self.add_code, ""), ("add_sub", self.add_subcode, ""),
                                    ("rename", self.rename_code, "F2"), ("recolour", self.recolour_code, ""),
                                    ("describe", self.describe_code, ""), ("shortcut", self.set_shortcut, ""),
                                    ("merge", self.merge_code, ""), ("delete", self.delete_code, "Del")):
            action = QAction(self)
            action.triggered.connect(slot)
            if shortcut:
                action.setShortcut(shortcut)
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.actions[key] = action
            self.tree.addAction(action)
        self.buttons: list[QToolButton] = []
        for key in ("add", "add_sub", "delete"):
            button = QToolButton(self)
            button.setDefaultAction(self.actions[key])
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            bar.addWidget(button)
            self.buttons.append(button)
        bar.addStretch(1)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.tree)
        self.setWidget(body)
        self.ws.codings_changed.connect(self._codings_changed)
        self.ws.data_changed.connect(self._data_changed)
        self.retranslate_ui()
        self._current_changed()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Codebook"))
        self.toggleViewAction().setText(self.tr("&Codebook"))  # the View menu's entry, with a mnemonic
        texts = {"add": (self.tr("New code"), self.tr("Add a top-level code")),
                 "add_sub": (self.tr("New sub-code"), self.tr("Add a code under the selected code")),
                 "rename": (self.tr("Rename…"), self.tr("Rename the selected code")),
                 "recolour": (self.tr("Colour…"), self.tr("Choose the selected code's colour")),
                 "describe": (self.tr("Describe…"), self.tr("Write what the code means and when to use it")),
                 "shortcut": (self.tr("Shortcut key…"), self.tr("Code with this code by pressing 1–9")),
                 "merge": (self.tr("Merge into…"), self.tr("Move its codings and sub-codes to another code")),
                 "delete": (self.tr("Delete"), self.tr("Delete the selected code (asks first)"))}
        for key, (text, tip) in texts.items():
            self.actions[key].setText(text)
            self.actions[key].setToolTip(tip)
            self.actions[key].setStatusTip(tip)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- state ------------------------------------------------------------------------

    def current_code_id(self) -> int | None:
        index = self.tree.currentIndex()
        return index.siblingAtColumn(0).data(IdRole) if index.isValid() else None

    def select_code(self, code_id: int) -> None:
        index = self.model.find("code", code_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def set_transcript(self, transcript_id: int | None) -> None:
        self.model.set_transcript(transcript_id)  # the counts change, the tree and its selection stay

    def _codings_changed(self, delta: CodingDelta) -> None:
        for coding in delta.removed:
            self.model.count_changed(coding.code_id, coding.transcript_id, -1)
        for coding in delta.added:
            self.model.count_changed(coding.code_id, coding.transcript_id, 1)

    def _data_changed(self, _codebook: bool, _transcripts: object) -> None:
        if self.ws.delta is not None:
            return  # counted in _codings_changed
        current = self.current_code_id()
        self.model.reload()
        self._restore(current)

    def _restore(self, code_id: int | None) -> None:
        self.tree.expandAll()
        if code_id is not None:
            self.select_code(code_id)
        self._current_changed()

    def _current_changed(self, *_args: object) -> None:
        has = self.current_code_id() is not None
        for key in ("add_sub", "rename", "recolour", "describe", "shortcut", "merge", "delete"):
            self.actions[key].setEnabled(has)
        self.code_selected.emit(self.current_code_id())

    def _menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        for key in ("add", "add_sub", None, "rename", "recolour", "describe", "shortcut", None, "merge", "delete"):
            if key is None:
                menu.addSeparator()
            else:
                menu.addAction(self.actions[key])
        menu.popup(self.tree.viewport().mapToGlobal(point))

    # -- editing (each one undoable command) -------------------------------------------

    def add_code(self, parent_id: int | None = None) -> None:
        parent_id = parent_id if isinstance(parent_id, int) and not isinstance(parent_id, bool) else None
        name, ok = QInputDialog.getText(self, self.tr("New code"), self.tr("Name of the new code:"))
        if ok and name.strip():
            command = cmd.AddCode(self.ws, parent_id, name.strip())
            if self.ws.execute(command) and command.node is not None:
                self.select_code(command.node.id)

    def add_subcode(self) -> None:
        self.add_code(self.current_code_id())

    def rename_code(self) -> None:
        code_id = self.current_code_id()
        if code_id is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename code"), self.tr("New name:"),
                                        text=self.ws.codebook[code_id].name)
        if ok and name.strip() and name.strip() != self.ws.codebook[code_id].name:
            self.ws.execute(cmd.RenameCode(self.ws, code_id, name.strip()))

    def recolour_code(self) -> None:
        code_id = self.current_code_id()
        if code_id is None:
            return
        colour = QColorDialog.getColor(QColor(self.ws.codebook[code_id].colour), self, self.tr("Colour of the code"))
        if colour.isValid():
            self.ws.execute(cmd.RecolourCode(self.ws, code_id, colour.name().upper()))

    def describe_code(self) -> None:
        code_id = self.current_code_id()
        if code_id is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Describe code"),
                                                 self.tr("What the code means and when to use it:"),
                                                 self.ws.codebook[code_id].description)
        if ok and text != self.ws.codebook[code_id].description:
            self.ws.execute(cmd.DescribeCode(self.ws, code_id, text))

    def set_shortcut(self) -> None:
        code_id = self.current_code_id()
        if code_id is None:
            return
        choices = [self.tr("None")] + [str(n) for n in range(1, 10)]
        current = self.ws.codebook[code_id].shortcut
        choice, ok = QInputDialog.getItem(self, self.tr("Shortcut key"), self.tr("Key:"), choices,
                                          current or 0, False)
        if ok:
            value = None if choice == choices[0] else int(choice)
            if value != current:
                self.ws.execute(cmd.SetShortcut(self.ws, code_id, value))

    def merge_code(self) -> None:
        code_id = self.current_code_id()
        if code_id is None:
            return
        book = self.ws.codebook
        targets = [n.id for n in book.walk() if not book.is_ancestor(code_id, n.id)]
        prompt = CodeChoiceDialog(book, targets, self.tr("Merge code"),
                                  self.tr("Merge “%1” into:").replace("%1", book[code_id].name), self)
        target = prompt.chosen() if prompt.exec() == QDialog.DialogCode.Accepted else None
        prompt.deleteLater()
        if target is not None:
            self.ws.execute(cmd.MergeCodes(self.ws, code_id, target))

    def delete_code(self) -> None:
        code_id = self.current_code_id()
        if code_id is None:
            return
        node = self.ws.codebook[code_id]
        index = self.model.find("code", code_id)
        total = self.model.node(index).values["total"] if index.isValid() else 0
        question = self.tr("Delete the code “%1” and its sub-codes?").replace("%1", node.name)
        if total:
            question += "\n" + self.tr("%n coding(s) will be deleted with it (you can undo this).", "", total)
        answer = QMessageBox.question(self, self.tr("Delete code"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.ws.execute(cmd.DeleteCode(self.ws, code_id))
