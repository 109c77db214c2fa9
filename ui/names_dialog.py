"""The list of real names masked in every export: informants' names (fixed) and other persons (added here)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QTableView, QVBoxLayout)

from kodeverk.errors import KodeverkError
from kodeverk.project import Project
from kodeverk.services.names import ListedName, add_names, list_names, remove_names
from ui.table_model import RowRole, TableModel
from ui.error_text import describe


class NamesModel(TableModel):
    """Rows are :class:`ListedName`; columns: name, whose (informant pseudonym or "added")."""

    def headers(self) -> Sequence[str]:
        return (self.tr("Name"), self.tr("Source"))

    def cell(self, row: ListedName, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.name
            return (self.tr("informant %1").replace("%1", row.pseudonym or "?") if row.informant_id is not None
                    else self.tr("added"))
        if role == Qt.ItemDataRole.ToolTipRole and row.informant_id is not None:
            return self.tr("An informant's real name (from the manifest): it stays on the list")
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and row.informant_id is not None:
            return Qt.GlobalColor.darkGray
        return None


class NamesDialog(QDialog):
    """Add and remove names; every change is saved at once (one transaction each)."""

    def __init__(self, project: Project, parent: Any = None):
        super().__init__(parent)
        self.project = project
        self.changed = False
        self.resize(520, 520)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = NamesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.name_edit = QLineEdit(self)
        self.name_edit.setClearButtonEnabled(True)
        self.name_edit.returnPressed.connect(self.add)
        self.name_edit.textChanged.connect(lambda _t: self._enable())
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.reload()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Names to mask"))
        self.intro.setText(self.tr("These names are replaced by [navn] (or the informant's pseudonym) in every "
                                   "export, and each Word export is checked for any that remain. Add the other "
                                   "persons the interviews mention."))
        self.name_edit.setPlaceholderText(self.tr("First and last name"))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected added names (informants' names stay)"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self) -> None:
        try:
            self.model.set_rows(list_names(self.project))
        except KodeverkError as exc:
            self.note.setText("⚠ " + describe(exc))
        self.table.resizeColumnToContents(0)
        self._enable()

    def _selected(self) -> list[ListedName]:
        return [index.data(RowRole) for index in self.table.selectionModel().selectedRows()]

    def _enable(self) -> None:
        self.add_button.setEnabled(bool(self.name_edit.text().strip()))
        self.remove_button.setEnabled(any(n.informant_id is None for n in self._selected()))

    def add(self) -> None:
        text = self.name_edit.text().strip()
        if not text:
            return
        try:
            added = add_names(self.project, [text])
        except KodeverkError as exc:
            self.note.setText("⚠ " + describe(exc))
            return
        self.changed = self.changed or bool(added)
        self.note.setText(self.tr("Added %1.").replace("%1", added[0]) if added else
                          self.tr("%1 is on the list already.").replace("%1", text))
        self.name_edit.clear()
        self.reload()
        for row, entry in enumerate(self.model.rows):
            if entry.name.casefold() == " ".join(text.split()).casefold():
                self.table.selectRow(row)

    def remove(self) -> None:
        chosen = [n.name for n in self._selected() if n.informant_id is None]
        if not chosen:
            return
        try:
            removed = remove_names(self.project, chosen)
        except KodeverkError as exc:
            self.note.setText("⚠ " + describe(exc))
            return
        self.changed = True
        self.note.setText(self.tr("Removed %1.").replace("%1", ", ".join(removed)))
        self.reload()
