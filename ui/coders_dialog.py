"""The Coders dialog: every coder with colour and initials; add, rename, recolour, set initials, remove.

Each change is a command on the project's undo stack (:mod:`ui.coder_commands`,
through the workspace), so Ctrl+Z undoes it here as in the main window.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QColorDialog, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
                               QInputDialog, QLabel, QPushButton, QTableView, QToolButton, QVBoxLayout)

from kodeverk.services.coders import CoderInfo
from ui.coder_commands import RemoveCoder
from ui.colours import swatch
from ui.dialog_sizes import remember_geometry
from ui.table_model import RowRole, TableModel
from ui.workspace import Workspace


class CodersModel(TableModel):
    """Rows are :class:`CoderInfo`; columns: name (with its colour), initials, colour."""

    def __init__(self, workspace: Workspace, parent: Any = None):
        super().__init__(parent)
        self.ws = workspace

    def headers(self) -> Sequence[str]:
        return self.tr("Coder"), self.tr("Initials"), self.tr("Colour")

    def cell(self, row: CoderInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.name, row.initials, row.colour)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return swatch(row.colour, 18, row.initials)
        if role == Qt.ItemDataRole.ToolTipRole and row.id == self.ws.current_coder_id:
            return self.tr("You are coding as this coder")
        if role == Qt.ItemDataRole.FontRole and row.id == self.ws.current_coder_id and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None


class CodersDialog(QDialog):
    """Changes go to the project at once (as everything does); errors show in the dialog."""

    def __init__(self, workspace: Workspace, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("coders_dialog")
        self.ws = workspace
        self.model = CodersModel(workspace, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # the name takes the width (names are long, and cut names are useless); initials and colour stay compact
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(40)
        self.table.doubleClicked.connect(lambda _index: self.rename())
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #A01010")
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, slot in (("add", self.add), ("rename", self.rename), ("colour", self.recolour),
                          ("initials", self.set_initials), ("remove", self.remove)):
            button = QPushButton(self)
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None
        self.undo_button = QToolButton(self)
        self.redo_button = QToolButton(self)
        for button in (self.undo_button, self.redo_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            row.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.problem)
        layout.addLayout(row)
        layout.addWidget(close)
        workspace.error.connect(self._show_problem)
        workspace.coders_changed.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.retranslate_ui()
        self.reload()
        self.resize(560, 340)
        remember_geometry(self, workspace.settings, "coders")  # opens as it was last left

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Coders"))
        texts = {"add": (self.tr("Add…"), self.tr("Add a person who codes")),
                 "rename": (self.tr("Rename…"), self.tr("Give the selected coder another name")),
                 "colour": (self.tr("Colour…"), self.tr("Choose the colour that marks the coder's codings")),
                 "initials": (self.tr("Initials…"), self.tr("The letters shown on the coder's stripes and in "
                                                            "the toolbar")),
                 "remove": (self.tr("Remove"), self.tr("Remove the selected coder (only one who has coded nothing "
                                                       "yet)"))}
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        self._undo_actions()

    def _undo_actions(self) -> None:
        """Undo / Redo of the project's stack, here too (the main window's shortcuts do not reach a dialog)."""
        stack = self.ws.undo_stack
        if self.undo_action is None:
            self.undo_action, self.redo_action = QAction(self), QAction(self)
            self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
            self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
            self.undo_action.triggered.connect(stack.undo)
            self.redo_action.triggered.connect(stack.redo)
            stack.indexChanged.connect(self._undo_state)
            for action, button in ((self.undo_action, self.undo_button), (self.redo_action, self.redo_button)):
                self.addAction(action)
                button.setDefaultAction(action)
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self._undo_state()

    def _undo_state(self, *_args: object) -> None:
        stack = self.ws.undo_stack
        if not shiboken6.isValid(stack):  # the project closed under the dialog
            return
        assert self.undo_action is not None and self.redo_action is not None
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.setToolTip(self.tr("Undo: %1").replace("%1", stack.undoText()) if stack.canUndo() else "")
        self.redo_action.setToolTip(self.tr("Redo: %1").replace("%1", stack.redoText()) if stack.canRedo() else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self) -> None:
        chosen = self.selected()
        self.model.set_rows(self.ws.coders)
        wanted = chosen.id if chosen else self.ws.current_coder_id
        for position, coder in enumerate(self.ws.coders):
            if coder.id == wanted:
                self.table.selectRow(position)
        self._enable()

    def _enable(self) -> None:
        has = self.selected() is not None
        for key in ("rename", "colour", "initials", "remove"):
            self.buttons[key].setEnabled(has)

    def _show_problem(self, text: str) -> None:
        if self.isVisible():
            self.problem.setText(text)

    def selected(self) -> CoderInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(RowRole) if rows else None

    def select(self, coder_id: int) -> None:
        for position, coder in enumerate(self.model.rows):
            if coder.id == coder_id:
                self.table.selectRow(position)

    # -- changes ------------------------------------------------------------------------

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add coder"), self.tr("Name of the coder:"))
        if ok and name.strip():
            self.problem.clear()
            coder = self.ws.add_coder(name)
            if coder is not None:
                self.select(coder.id)

    def rename(self) -> None:
        coder = self.selected()
        if coder is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename coder"), self.tr("New name:"), text=coder.name)
        if ok and name.strip() and name.strip() != coder.name:
            self._change("name", coder, name)

    def recolour(self) -> None:
        coder = self.selected()
        if coder is None:
            return
        colour = QColorDialog.getColor(QColor(coder.colour), self, self.tr("Colour of the coder"))
        if colour.isValid() and colour.name().upper() != coder.colour.upper():
            self._change("colour", coder, colour.name().upper())

    def set_initials(self) -> None:
        coder = self.selected()
        if coder is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Initials"), self.tr("Initials (1–3 letters):"),
                                        text=coder.initials)
        if ok and text.strip().upper() != coder.initials:
            self._change("initials", coder, text)

    def remove(self) -> None:
        coder = self.selected()
        if coder is None:
            return
        self.problem.clear()
        self.ws.execute(RemoveCoder(self.ws, coder.id))

    def _change(self, what: str, coder: CoderInfo, value: str) -> None:
        self.problem.clear()
        if self.ws.change_coder(what, coder.id, value) is not None:
            self.select(coder.id)
