"""The start page: recent projects, New project, Open, Open the sample project."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QToolButton, QVBoxLayout,
                               QWidget)

PathRole = Qt.ItemDataRole.UserRole + 1


class StartPage(QWidget):
    """Shown while no project is open."""

    new_requested = Signal()
    open_requested = Signal()
    sample_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.title = QLabel(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.new_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.sample_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        self.recent_label = QLabel(self)
        self.no_recent = QLabel(self)  # said in place of an empty list
        self.no_recent.setWordWrap(True)
        self.no_recent.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.recent = QListWidget(self)
        self.recent.itemActivated.connect(lambda item: self.recent_chosen.emit(item.data(PathRole)))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.sample_button):
            button.setMinimumHeight(34)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(18)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent, 1)
        column.addWidget(self.no_recent, 1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        outer.setContentsMargins(24, 36, 24, 24)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText("Kodeverk")
        self.intro.setText(self.tr("Code interview transcripts together with your team. Every change is stored "
                                   "at once; there is nothing to save."))
        self.new_button.setText(self.tr("New project…"))
        self.open_button.setText(self.tr("Open project…"))
        self.sample_button.setText(self.tr("Open the sample project"))
        self.sample_button.setToolTip(self.tr("Ten invented interviews, coded by two coders, to try things on"))
        self.recent_label.setText(self.tr("Recent projects (double-click or Enter to open)"))
        self.no_recent.setText(self.tr("No recent projects yet. Start with the sample project to try things out, "
                                       "or make a new project and import your transcripts "
                                       "(File → Import transcripts…)."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).stem}    —    {path}")
            item.setData(PathRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)
        self.recent_label.setVisible(bool(paths))
        if paths:
            self.recent.setCurrentRow(0)  # Enter opens the last project

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        (self.recent if self.recent.count() else self.sample_button).setFocus()


class NewProjectDialog(QDialog):
    """Where to create the project file, and which codebook to start from."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.path = QLineEdit(self)
        self.browse = browse = QToolButton(self)
        browse.setText("…")
        browse.clicked.connect(self._browse)
        self.template = QComboBox(self)
        self.template.addItem("", "kjernegrupper")
        self.template.addItem("", "empty")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        self.path_label, self.template_label = QLabel(self), QLabel(self)
        form.addRow(self.path_label, row)
        form.addRow(self.template_label, self.template)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 140)
        self.setWindowTitle(self.tr("New project"))
        self.path_label.setText(self.tr("Project file:"))
        self.template_label.setText(self.tr("Codebook:"))
        self.browse.setToolTip(self.tr("Choose where to save the project file"))
        self.template.setItemText(0, self.tr("The core-group evaluation's model (kjernegrupper)"))
        self.template.setItemText(1, self.tr("Empty codebook"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New project"), self.path.text(),
                                              self.tr("Kodeverk projects (*.kodeverk)"))
        if path:
            self.path.setText(path if path.endswith(".kodeverk") else path + ".kodeverk")

    def chosen(self) -> tuple[str, str]:
        path = self.path.text().strip()
        if path and not path.endswith(".kodeverk"):
            path += ".kodeverk"
        return path, self.template.currentData()
