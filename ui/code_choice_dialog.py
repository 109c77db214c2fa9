"""A modal prompt that picks one code out of many: type to filter (fuzzy, as the quick picker does), Enter to choose.

Used where a plain list of every code path would be too long to scan, such
as the codebook's "Merge into…". Only the codes in ``allowed`` are offered.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QListView, QVBoxLayout

from kodeverk.codebook.tree import Codebook
from kodeverk.services.code_finder import find_codes
from ui.quick_picker import PickerModel
from ui.table_model import RowRole


class ChoiceModel(PickerModel):
    """The allowed codes that match the typed text, best first (all of them, in codebook order, when empty)."""

    def choose_from(self, codebook: Codebook, query: str, allowed: Collection[int]) -> None:
        self.codebook, self.query = codebook, query.strip()
        matches = find_codes(codebook, query, limit=len(codebook))
        self.set_rows([m.code_id for m in matches if m.code_id in allowed])


class CodeChoiceDialog(QDialog):
    """``chosen()`` is the code picked, or None. ``edit`` filters ``list``."""

    def __init__(self, codebook: Codebook, allowed: Collection[int], title: str, prompt: str, parent: Any = None):
        super().__init__(parent)
        self.codebook, self.allowed = codebook, set(allowed)
        self.setWindowTitle(title)
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.model = ChoiceModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.empty = QLabel(self)
        self.empty.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.resize(520, 440)
        self.edit.textChanged.connect(self._refresh)
        self.edit.installEventFilter(self)
        self.list.activated.connect(lambda _index: self.accept())
        self.list.doubleClicked.connect(lambda _index: self.accept())
        self.retranslate_ui()
        self._refresh("")
        self.edit.setFocus()

    def retranslate_ui(self) -> None:
        # the quick picker's hint, in its translation context: one text for translators
        self.edit.setPlaceholderText(QCoreApplication.translate("QuickPicker",
                                                                "Type part of a code's name or description"))
        self._show_empty()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _refresh(self, text: str) -> None:
        self.model.choose_from(self.codebook, text, self.allowed)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.model.rowCount() > 0)
        self._show_empty()

    def _show_empty(self) -> None:
        none = self.model.rowCount() == 0
        self.empty.setVisible(none)
        if none:
            self.empty.setText(self.tr("No code matches “%1”.").replace("%1", self.edit.text().strip()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the filter field move through the list, as in the quick picker."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                row = self.list.currentIndex().row() + (1 if key == Qt.Key.Key_Down else -1)
                if 0 <= row < self.model.rowCount():
                    self.list.setCurrentIndex(self.model.index(row, 0))
                return True
        return super().eventFilter(watched, event)

    def chosen(self) -> int | None:
        index = self.list.currentIndex()
        return self.model.data(index, RowRole) if index.isValid() else None

    def accept(self) -> None:
        if self.chosen() is not None:  # Enter with nothing matching does not close the prompt
            super().accept()
