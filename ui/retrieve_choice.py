"""A compact multiple-choice filter: a button that pops up a checkable list (with a filter box for long lists)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QHBoxLayout, QLineEdit, QListView, QMenu, QPushButton, QSizePolicy, QToolButton, QVBoxLayout,
                               QWidget, QWidgetAction)

from ui.retrieve_models import ChoiceModel

ELIDE_AT = 34


class ChoiceButton(QToolButton):
    """Shows "All" or the checked choices; a click opens the list; ``changed`` after every check."""

    changed = Signal()

    def __init__(self, parent: Any = None, *, searchable: bool = False):
        super().__init__(parent)
        self.model = ChoiceModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.popup = QMenu(self)
        body = QWidget(self.popup)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.search = QLineEdit(body)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.setVisible(searchable)
        self.list = QListView(body)
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)
        self.list.setMinimumWidth(360)
        self.list.clicked.connect(self._toggle)
        self.list.installEventFilter(self)
        self.clear_button = QPushButton(body)
        self.clear_button.clicked.connect(self.clear)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        action = QWidgetAction(self.popup)
        action.setDefaultWidget(body)
        self.popup.addAction(action)
        self.setMenu(self.popup)
        self.popup.aboutToShow.connect(self._fit)
        self.model.dataChanged.connect(lambda *_: self._changed())
        self.model.modelReset.connect(self._caption)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Filter the list"))
        self.clear_button.setText(self.tr("Clear"))
        self._caption()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.list.currentIndex().isValid():
                self._toggle(self.list.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        rows = min(max(self.model.rowCount(), 1), 14)
        self.list.setFixedHeight(rows * max(self.list.sizeHintForRow(0), 18) + 6)
        self.search.setFocus() if self.search.isVisible() else self.list.setFocus()

    def _toggle(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        if source.isValid():
            self.model.toggle(source.row())

    def _changed(self) -> None:
        self._caption()
        self.changed.emit()

    def _caption(self) -> None:
        labels = self.model.checked_labels()
        if not labels:
            text = self.tr("All")
        else:
            text = ", ".join(labels)
            if len(text) > ELIDE_AT:
                text = text[:ELIDE_AT - 1] + "…" + f" ({len(labels)})"
        self.setText(text)
        self.setToolTip("\n".join(labels) if labels else self.tr("No restriction: click to choose"))

    # -- for the form --------------------------------------------------------------------

    def set_choices(self, choices: list[tuple[str, object]]) -> None:
        self.model.set_choices(choices)

    def values(self) -> list[Any]:
        return self.model.checked_values()

    def set_values(self, values: list[Any]) -> None:
        self.model.set_checked(values)

    def clear(self) -> None:
        self.model.set_checked([])
