"""The coder-copy dialog: choose the coder and the new file; the copy is written off the UI thread.

The copy (:func:`kodeverk.teamwork.copy.make_coder_copy`) has the same
transcripts and codebook as the project and only that coder's codings.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QProgressBar, QPushButton, QVBoxLayout)

from kodeverk.teamwork.consensus import CONSENSUS
from kodeverk.teamwork.copy import CopyResult, default_copy_name, make_coder_copy
from ui.compare_ops import background
from ui.ops import BackgroundOp
from ui.error_text import describe


class CoderCopyDialog(QDialog):
    """Choose the coder and the new file; the copy is written off the UI thread."""

    def __init__(self, ws: Any, parent: Any = None):
        super().__init__(parent)
        self.ws = ws
        self.result: CopyResult | None = None
        self.op: BackgroundOp | None = None
        self._note: Callable[[], str] = lambda: self.tr(
            "The copy has the same transcripts and codebook, and only this coder's codings. "
            "Merge it back with File → Merge coder copies.")
        self.resize(620, 200)
        self.coder = QComboBox(self)
        self.coder.setEditable(True)
        self.coder.addItems([c.name for c in ws.coders if c.name != CONSENSUS])
        self.coder.setCurrentText("")
        self.coder.currentTextChanged.connect(self._suggest)
        self.path = QLineEdit(self)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._ask_path)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.ok = QPushButton(self)
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.make_copy)
        self.cancel = QPushButton(self)
        self.cancel.clicked.connect(self.reject)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        form = QFormLayout()
        self.coder_label, self.path_label = QLabel(self), QLabel(self)
        form.addRow(self.coder_label, self.coder)
        form.addRow(self.path_label, where)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.ok)
        buttons.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Make a coder copy"))
        self.coder.lineEdit().setPlaceholderText(self.tr("The coder who will work in the copy"))
        self.browse.setText(self.tr("Choose…"))
        self.ok.setText(self.tr("Make copy"))
        self.cancel.setText(self.tr("Cancel"))
        self.coder_label.setText(self.tr("Coder"))
        self.path_label.setText(self.tr("New file"))
        self.note.setText(self._note())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _say(self, message: Callable[[], str]) -> None:
        """Show a note, kept as a function so that it can be re-translated."""
        self._note = message
        self.note.setText(message())

    def _suggest(self, name: str) -> None:
        if name.strip():
            self.path.setText(str(default_copy_name(Path(str(self.ws.project.path)), name)))

    def _ask_path(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Coder copy"), self.path.text(),
                                                    self.tr("Kodeverk projects (*.kodeverk)"))
        if path:
            self.path.setText(path)

    def make_copy(self) -> BackgroundOp | None:
        name, target = self.coder.currentText().strip(), self.path.text().strip()
        if not name:
            self._say(lambda: self.tr("Give the coder's name."))
            return None
        if not target:
            self._say(lambda: self.tr("Choose where the copy goes."))
            return None
        if not target.endswith(".kodeverk"):
            target += ".kodeverk"
        project = self.ws.project

        def done(result: CopyResult) -> None:
            self.op, self.result = None, result
            self.ws.message.emit(self.tr("Coder copy for %1 written to %2 (%n coding(s))", "", result.codings)
                                 .replace("%1", result.coder).replace("%2", str(result.path)))
            self.accept()

        def failed(error: BaseException) -> None:
            self.op = None
            self.progress.setVisible(False)
            self.ok.setEnabled(True)
            self._say(lambda: self.tr("Could not make the copy: %1").replace("%1", describe(error)))

        self.progress.setVisible(True)
        self.ok.setEnabled(False)
        self.op = background(self, lambda: make_coder_copy(project, target, name), done, failed)
        return self.op
