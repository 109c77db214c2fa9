"""The "Erase informant" dialog: what will go, a confirmation, the scan result and the backups to delete."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (QComboBox, QDialog, QHBoxLayout, QLabel, QMessageBox, QPlainTextEdit, QPushButton,
                               QVBoxLayout)

from kodeverk.errors import KodeverkError
from kodeverk.services.erase import EraseResult, delete_backups, erase_informant, plan_erase
from kodeverk.services.transcripts import list_transcripts
from ui.ops import BackgroundOp
from ui.revision_texts import erase_plan_lines, erase_result_lines
from ui.error_text import describe


class EraseDialog(QDialog):
    """Choose the informant; the list shows exactly what will go; Erase asks once more, then reports."""

    def __init__(self, ws: Any, parent: Any = None):
        super().__init__(parent)
        self.ws = ws
        self.result: EraseResult | None = None
        self.op: BackgroundOp | None = None
        self.confirm = True  # tests switch the second question off
        self.setWindowTitle(self.tr("Erase informant"))
        self.resize(760, 480)
        self.informant = QComboBox(self)
        pseudonyms = sorted({t.informant for t in list_transcripts(ws.project) if t.informant})
        self.informant.addItems(pseudonyms)
        self.informant.currentTextChanged.connect(self.show_plan)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.erase_button = QPushButton(self.tr("Erase…"), self)
        self.erase_button.clicked.connect(self.erase)
        self.backups_button = QPushButton(self.tr("Delete these backups"), self)
        self.backups_button.setVisible(False)
        self.backups_button.clicked.connect(self.delete_backups)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Informant:"), self))
        top.addWidget(self.informant, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backups_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)
        self.show_plan(self.informant.currentText())

    def show_plan(self, pseudonym: str) -> None:
        if not pseudonym:
            self.note.setText(self.tr("No informant in this project."))
            self.erase_button.setEnabled(False)
            return
        try:
            plan = plan_erase(self.ws.project, pseudonym)
        except KodeverkError as exc:
            self.note.setText(describe(exc))
            self.erase_button.setEnabled(False)
            return
        self.note.setText(self.tr("Erasing removes all of this for good. It cannot be undone."))
        self.details.setPlainText("\n".join(erase_plan_lines(plan)))
        self.erase_button.setEnabled(True)

    def erase(self) -> None:
        pseudonym = self.informant.currentText()
        if self.confirm and QMessageBox.question(
                self, self.tr("Erase informant"),
                self.tr("Erase %1 and everything listed? This cannot be undone.").replace("%1", pseudonym)
        ) != QMessageBox.StandardButton.Yes:
            return
        self.erase_button.setEnabled(False)
        self.informant.setEnabled(False)
        self.note.setText(self.tr("Erasing and compacting the project file…"))
        project = self.ws.project
        self.op = (BackgroundOp(lambda: erase_informant(project, pseudonym), self)
                   .on_success(self.show_result).on_failure(self._failed).start())

    def _failed(self, exc: BaseException) -> None:
        self.note.setText(describe(exc))
        self.erase_button.setEnabled(True)
        self.informant.setEnabled(True)

    def show_result(self, result: EraseResult) -> None:
        self.result = result
        lines = erase_result_lines(result)
        self.details.setPlainText("\n".join(lines))
        self.note.setText(self.tr("The informant is erased.") if result.clean
                          else self.tr("The informant is erased, but the scan found traces; see below."))
        self.backups_button.setVisible(bool(result.backups))
        self.ws.undo_stack.clear()
        self.ws.reload()

    def delete_backups(self) -> None:
        if self.result is None or self.ws.project.path is None:
            return
        deleted = delete_backups(Path(self.ws.project.path), list(self.result.backups))
        self.backups_button.setVisible(False)
        self.details.appendPlainText(self.tr("%n backup(s) deleted.", "", len(deleted)))
