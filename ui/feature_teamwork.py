"""Team work in the app: coder copies, merging them back, comparing coders, the agreement report.

Menus: File → "Make a coder copy…" and "Merge coder copies…"; File → Export
→ "Agreement report…"; Analysis → "Compare coders…". The comparison opens
the drill-down of a transcript's disagreements (:mod:`ui.drilldown_view`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QProgressBar, QPushButton, QVBoxLayout)

from kodeverk.errors import KodeverkError
from kodeverk.teamwork.consensus import CONSENSUS
from kodeverk.teamwork.copy import CopyResult, default_copy_name, make_coder_copy
from ui.compare_view import CompareDialog
from ui.drilldown_view import DrilldownDialog
from ui.features import ANALYSIS, FILE_EXPORT, FILE_TEAM, Feature
from ui.merge_dialog import MergeDialog
from ui.compare_ops import background
from ui.ops import BackgroundOp


class CoderCopyDialog(QDialog):
    """Choose the coder and the new file; the copy is written off the UI thread."""

    def __init__(self, ws: Any, parent: Any = None):
        super().__init__(parent)
        self.ws = ws
        self.result: CopyResult | None = None
        self.op: BackgroundOp | None = None
        self.setWindowTitle(self.tr("Make a coder copy"))
        self.resize(620, 200)
        self.coder = QComboBox(self)
        self.coder.setEditable(True)
        self.coder.addItems([c.name for c in ws.coders if c.name != CONSENSUS])
        self.coder.setCurrentText("")
        self.coder.lineEdit().setPlaceholderText(self.tr("The coder who will work in the copy"))
        self.coder.currentTextChanged.connect(self._suggest)
        self.path = QLineEdit(self)
        self.browse = QPushButton(self.tr("Choose…"), self)
        self.browse.clicked.connect(self._ask_path)
        self.note = QLabel(self.tr("The copy has the same transcripts and codebook, and only this coder's codings. "
                                   "Merge it back with File → Merge coder copies."), self)
        self.note.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.ok = QPushButton(self.tr("Make copy"), self)
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.make_copy)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.clicked.connect(self.reject)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("Coder"), self.coder)
        form.addRow(self.tr("New file"), where)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.ok)
        buttons.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

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
            self.note.setText(self.tr("Give the coder's name."))
            return None
        if not target:
            self.note.setText(self.tr("Choose where the copy goes."))
            return None
        if not target.endswith(".kodeverk"):
            target += ".kodeverk"
        project = self.ws.project

        def done(result: CopyResult) -> None:
            self.op, self.result = None, result
            self.ws.message.emit(self.tr("Coder copy for %1 written to %2 (%3 codings)").replace("%1", result.coder)
                                 .replace("%2", str(result.path)).replace("%3", str(result.codings)))
            self.accept()

        def failed(error: BaseException) -> None:
            self.op = None
            self.progress.setVisible(False)
            self.ok.setEnabled(True)
            self.note.setText(self.tr("Could not make the copy: %1").replace("%1", str(error)))

        self.progress.setVisible(True)
        self.ok.setEnabled(False)
        self.op = background(self, lambda: make_coder_copy(project, target, name), done, failed)
        return self.op


class TeamworkFeature(Feature):
    """Coder copies, merge, comparison and drill-down, agreement report."""

    order = 50

    def __init__(self, window: Any):
        super().__init__(window)
        self.copy_action = self.add_action(FILE_TEAM, self.make_copy)
        self.merge_action = self.add_action(FILE_TEAM, self.merge)
        self.report_action = self.add_action(FILE_EXPORT, self.export_report)
        self.compare_action = self.add_action(ANALYSIS, self.compare)
        self.dialog: QDialog | None = None
        self.compare_dialog: CompareDialog | None = None
        self.drilldown: DrilldownDialog | None = None

    def retranslate_ui(self) -> None:
        self.copy_action.setText(self.tr("Make a coder copy…"))
        self.merge_action.setText(self.tr("Merge coder copies…"))
        self.report_action.setText(self.tr("Agreement report…"))
        self.compare_action.setText(self.tr("Compare coders…"))

    def detach(self) -> None:
        for dialog in (self.dialog, self.compare_dialog, self.drilldown):
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
        self.dialog = self.compare_dialog = self.drilldown = None
        super().detach()

    def _show(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.show()
        return dialog

    def make_copy(self) -> CoderCopyDialog | None:
        if self.pv is None:
            return None
        return self._show(CoderCopyDialog(self.pv.ws, self.window))  # type: ignore[return-value]

    def merge(self) -> MergeDialog | None:
        if self.pv is None:
            return None
        return self._show(MergeDialog(self.pv.ws, self.window))  # type: ignore[return-value]

    def compare(self) -> CompareDialog | None:
        if self.pv is None:
            return None
        if self.compare_dialog is None:
            self.compare_dialog = CompareDialog(self.pv.ws, self.window)
            self.compare_dialog.drill_down.connect(self.open_drilldown)
        self.compare_dialog.show()
        self.compare_dialog.raise_()
        return self.compare_dialog

    def export_report(self) -> CompareDialog | None:
        """The report is written from a comparison: open it, and ask for the file once computed."""
        dialog = self.compare()
        if dialog is not None and dialog.result is not None:
            dialog.export_report()
        elif dialog is not None:
            dialog.ask_to_compute_first()
        return dialog

    def open_drilldown(self, transcript: str, coder_a: str, coder_b: str, codes: list[str]) -> DrilldownDialog | None:
        if self.pv is None or self.compare_dialog is None or self.compare_dialog.result is None:
            return None
        names = [name for _tid, name, _length in self.compare_dialog.result.transcripts]
        if self.drilldown is not None:
            self.drilldown.close()
            self.drilldown.deleteLater()
        try:
            self.drilldown = DrilldownDialog(self.pv.ws, names, coder_a, coder_b, codes, self.window)
        except KodeverkError as exc:
            self.pv.ws.error.emit(str(exc))
            return None
        self.drilldown.show_transcript(transcript)
        self.drilldown.show()
        return self.drilldown


FEATURE = TeamworkFeature
