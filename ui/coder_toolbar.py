"""The coder toolbar: who is coding (a picker with each coder's colour and initials), the coder
actions and the view toggles; and the status bar's "Coding as …" label that goes with it."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QWidget

from ui.colours import swatch
from ui.toggle_look import show_checked_state
from ui.workspace import Workspace


class CoderToolbar(QToolBar):
    """Chooses the workspace's current coder and follows every change to the coders (undo included)."""

    def __init__(self, coder_actions: list[QAction], toggles: list[QAction], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("coder_toolbar")
        self.ws: Workspace | None = None
        self.label = QLabel(self)
        self.box = QComboBox(self)
        self.box.setMinimumContentsLength(14)
        self.box.activated.connect(lambda i: self.ws and self.ws.set_current_coder(self.box.itemData(i)))
        self.status_label = QLabel(parent)  # for the window's status bar
        self.addWidget(self.label)
        self.addWidget(self.box)
        for action in coder_actions:
            self.addAction(action)
        self.addSeparator()
        for action in toggles:
            self.addAction(action)
        show_checked_state(self, toggles)  # on/off visible
        self.retranslate_ui()

    def set_workspace(self, ws: Workspace | None) -> None:
        """Follow ``ws`` (None: no project open)."""
        self.ws = ws
        if ws is not None:
            ws.coders_changed.connect(self.fill)
            ws.current_coder_changed.connect(lambda _id: self.fill())
        self.fill()

    def fill(self) -> None:
        """The coders and the current one, as the workspace has them."""
        self.box.clear()
        if self.ws is not None:
            for coder in self.ws.coders:
                self.box.addItem(swatch(coder.colour, 18, coder.initials), coder.name, coder.id)
            self.box.setCurrentIndex(self.box.findData(self.ws.current_coder_id))
        self._show_status()

    def _show_status(self) -> None:
        if self.ws is None:
            self.status_label.clear()
        elif self.box.currentIndex() >= 0:
            self.status_label.setText(self.tr("Coding as %1").replace("%1", self.box.currentText()))
        else:
            self.status_label.setText(self.tr("No coder yet: add one in the toolbar"))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Coder"))
        self.toggleViewAction().setText(self.tr("C&oder"))  # the View menu's entry, with a mnemonic
        self.label.setText(self.tr("Coder:") + " ")
        self.box.setToolTip(self.tr("Your codings are stored under this coder"))
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
