"""Exchange with other QDA programs in the app: REFI-QDA projects and codebooks.

Menus: File → "Import REFI-QDA project…" (works with or without an open
project: into the open one, merged like a coder copy, or into a new project
file); File → Export → "REFI-QDA project…" and "Codebook…" (.qdc, .json or a
Word codebook). The work runs off the UI thread with a progress bar and a
Cancel button; the import's report is shown line by line, each line in the
user's language (:mod:`ui.refi_report_model`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QStandardPaths, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QComboBox, QDialog, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QListView, QProgressBar, QPushButton, QRadioButton,
                               QStackedWidget, QVBoxLayout, QWidget)

from kodeverk.codebook.exchange import export_codebook
from kodeverk.refi.export import ExportSummary, export_qdpx
from kodeverk.refi.importer import import_into, import_qdpx
from kodeverk.refi.reader import read_qdpx
from kodeverk.refi.report import RefiCancelled, RefiImportReport
from kodeverk.services.coders import list_coders
from ui.features import FILE_EXPORT, FILE_IMPORT, Feature
from ui.ops import BackgroundOp
from ui.error_text import describe
from ui.refi_report_model import RefiReportModel


def _path_row(parent: QWidget, edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


class _OpDialog(QDialog):
    """A dialog that runs one background op with a progress bar; Cancel stops the op, else closes."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.op: BackgroundOp | None = None
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.go = QPushButton(self)
        self.go.setDefault(True)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.clicked.connect(self.cancel_or_close)

    def buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.progress, 3)
        row.addStretch(1)
        row.addWidget(self.go)
        row.addWidget(self.cancel)
        return row

    def run(self, work: Any, done: Any) -> BackgroundOp:
        def finished(value: Any) -> None:
            self.op = None
            self._idle()
            done(value)

        def failed(error: BaseException) -> None:
            self.op = None
            self._idle()
            if isinstance(error, RefiCancelled):
                self.note.setText(self.tr("Cancelled: nothing was changed."))
            else:
                self.note.setText(self.tr("Failed: %1").replace("%1", describe(error)))

        def progressed(done_count: int, total: int, text: str) -> None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done_count)
            if text:
                self.progress.setFormat(f"%p% – {text}")

        self.op = BackgroundOp(work, self).on_success(finished).on_failure(failed).on_progress(progressed)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.go.setEnabled(False)
        self.note.setText(self.tr("Working…"))
        return self.op.start()

    def _idle(self) -> None:
        self.progress.setVisible(False)
        self.go.setEnabled(True)

    def cancel_or_close(self) -> None:
        if self.op is not None and not self.op.done:
            self.op.cancel()
            self.note.setText(self.tr("Cancelling…"))
        else:
            self.reject()


class RefiImportDialog(_OpDialog):
    """Choose a .qdpx and where it goes (the open project or a new one); run it; show the report."""

    def __init__(self, window: Any, ws: Any = None):
        super().__init__(window)
        self.window_ = window
        self.ws = ws
        self.report: RefiImportReport | None = None
        self.setWindowTitle(self.tr("Import REFI-QDA project"))
        self.resize(720, 480)
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("A .qdpx file from NVivo, ATLAS.ti, MAXQDA, QualCoder, …"))
        self.browse = QPushButton(self.tr("Choose…"), self)
        self.browse.clicked.connect(self._ask_source)
        self.into_open = QRadioButton(self.tr("Into the open project (merged like a coder copy)"), self)
        self.into_new = QRadioButton(self.tr("Into a new project:"), self)
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.into_open)
        self.choice.addButton(self.into_new)
        self.into_open.setEnabled(ws is not None)
        (self.into_open if ws is not None else self.into_new).setChecked(True)
        self.target = QLineEdit(self)
        self.target.setPlaceholderText(self.tr("The new project file"))
        self.browse_target = QPushButton(self.tr("Choose…"), self)
        self.browse_target.clicked.connect(self._ask_target)
        self.report_model = RefiReportModel(self)
        self.report_view = _report_view(self, self.report_model)
        self.report_hint = QLabel(self.tr("The report of the import appears here: what was added, "
                                          "matched and left out."), self)
        self.report_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.report_hint.setWordWrap(True)
        self.report_hint.setEnabled(False)
        self.report_stack = QStackedWidget(self)
        self.report_stack.addWidget(self.report_hint)
        self.report_stack.addWidget(self.report_view)
        self.open_new = QPushButton(self.tr("Open the new project"), self)
        self.open_new.setVisible(False)
        self.open_new.clicked.connect(self._open_new)
        self.go.setText(self.tr("Import"))
        self.go.clicked.connect(self.start_import)
        form = QFormLayout()
        form.addRow(self.tr("File"), _path_row(self, self.source, self.browse))
        form.addRow(self.into_open)
        form.addRow(self.into_new, _path_row(self, self.target, self.browse_target))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.report_stack, 1)
        layout.addWidget(self.note)
        bottom = self.buttons()
        bottom.insertWidget(2, self.open_new)
        layout.addLayout(bottom)

    def _ask_source(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("REFI-QDA project"), self.source.text(),
                                                    self.tr("REFI-QDA projects (*.qdpx)"))
        if path:
            self.set_source(path)

    def set_source(self, path: str) -> None:
        self.source.setText(path)
        if not self.target.text():
            self.target.setText(str(Path(path).with_suffix(".kodeverk")))

    def _ask_target(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("New project"), self.target.text(),
                                                    self.tr("Kodeverk projects (*.kodeverk)"))
        if path:
            self.target.setText(path)
            self.into_new.setChecked(True)

    def start_import(self) -> BackgroundOp | None:
        source = self.source.text().strip()
        if not source:
            self.note.setText(self.tr("Choose the .qdpx file to import."))
            return None
        self.open_new.setVisible(False)
        self._show_report(None)
        if self.into_open.isChecked() and self.ws is not None:
            project = self.ws.project

            def work(op: BackgroundOp) -> RefiImportReport:
                return import_into(project, read_qdpx(source), progress=op.report, cancelled=lambda: op.cancelled)

            return self.run(work, self._imported)
        target = self.target.text().strip()
        if not target:
            self.note.setText(self.tr("Choose the new project file."))
            return None
        if not target.endswith(".kodeverk"):
            target += ".kodeverk"
            self.target.setText(target)
        if Path(target).exists():
            self.note.setText(self.tr("%1 exists already: choose a new file name, or import into the open project.")
                              .replace("%1", target))
            return None

        def work_new(op: BackgroundOp) -> RefiImportReport:
            return import_qdpx(source, target, progress=op.report, cancelled=lambda: op.cancelled)

        return self.run(work_new, self._imported)

    def _imported(self, report: RefiImportReport) -> None:
        self.report = report
        self._show_report(report)
        if report.complete:
            self.note.setText(self.tr("Imported: everything in the file was taken."))
        else:
            self.note.setText(self.tr("Imported, with %n thing(s) left out: see the LEFT OUT lines.", "",
                                      len(report.left_out)))
        if report.created_project:
            self.open_new.setVisible(True)
        elif self.ws is not None:
            self.ws.coders = list_coders(self.ws.project)
            self.ws.coders_changed.emit()
            self.ws.reload()
        self.cancel.setText(self.tr("Close"))

    def _show_report(self, report: RefiImportReport | None) -> None:
        self.report_model.set_report(report)
        self.report_stack.setCurrentWidget(self.report_view if report is not None else self.report_hint)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.report_model.retranslate()
        super().changeEvent(event)

    def _open_new(self) -> None:
        path = self.target.text().strip()
        self.accept()
        self.window_.open_project(path)


def _report_view(parent: QWidget, model: RefiReportModel) -> QListView:
    """The report's lines, wrapped, selectable, and copied as text with Ctrl+C."""
    view = QListView(parent)
    view.setModel(model)
    view.setWordWrap(True)
    view.setUniformItemSizes(False)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    copy = QAction(view)
    copy.setShortcut(QKeySequence.StandardKey.Copy)
    copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    copy.triggered.connect(lambda: copy_report_lines(view))
    view.addAction(copy)
    return view


def copy_report_lines(view: QListView) -> str:
    """Put the selected lines of the report (all of them if none is selected) on the clipboard, as shown."""
    rows = sorted(index.row() for index in view.selectionModel().selectedIndexes()) or range(view.model().rowCount())
    text = "\n".join(str(view.model().index(row, 0).data()) for row in rows)
    QGuiApplication.clipboard().setText(text)
    return text


class RefiExportDialog(_OpDialog):
    """Export the open project as .qdpx, or its codebook as .qdc, .json or .docx."""

    def __init__(self, ws: Any, parent: Any = None, *, codebook: bool = False):
        super().__init__(parent)
        self.ws = ws
        self.codebook = codebook
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export codebook") if codebook else self.tr("Export REFI-QDA project"))
        self.resize(620, 200)
        self.path = QLineEdit(self)
        self.browse = QPushButton(self.tr("Choose…"), self)
        self.browse.clicked.connect(self._ask_path)
        self.kind = QComboBox(self)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Norwegian (bokmål)"), "nb")
        self.language.addItem(self.tr("English"), "en")
        if codebook:
            self.kind.addItem(self.tr("REFI-QDA codebook (.qdc): NVivo, ATLAS.ti, MAXQDA, QualCoder"), ".qdc")
            self.kind.addItem(self.tr("JSON (.json)"), ".json")
            self.kind.addItem(self.tr("Word codebook with definitions (.docx), for a report's appendix"), ".docx")
            self.kind.currentIndexChanged.connect(self._kind_changed)
        stem = Path(str(ws.project.path)).stem
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(str(ws.project.path)).parent if ws.project.path else Path(documents)
        self.path.setText(str(folder / (f"{stem}-kodebok.qdc" if codebook else f"{stem}.qdpx")))
        self.note.setText(self.tr("The codebook with colours and definitions.") if codebook else self.tr(
            "Transcripts, codebook, codings of every coder, informants with their attributes, memos, phases "
            "and groups. Real names are not exported."))
        self.go.setText(self.tr("Export"))
        self.go.clicked.connect(self.start_export)
        form = QFormLayout()
        if codebook:
            form.addRow(self.tr("Format"), self.kind)
            form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("File"), _path_row(self, self.path, self.browse))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addLayout(self.buttons())
        self._kind_changed()

    def _kind_changed(self) -> None:
        suffix = self.kind.currentData() if self.codebook else ".qdpx"
        self.language.setEnabled(suffix == ".docx")
        if self.path.text():
            self.path.setText(str(Path(self.path.text()).with_suffix(suffix)))

    def _ask_path(self) -> None:
        if self.codebook:
            wanted = self.tr("Codebook (*%1)").replace("%1", self.kind.currentData())
        else:
            wanted = self.tr("REFI-QDA projects (*.qdpx)")
        path, _filter = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text(), wanted)
        if path:
            self.path.setText(path)

    def start_export(self) -> BackgroundOp | None:
        target = self.path.text().strip()
        if not target:
            self.note.setText(self.tr("Choose where the file goes."))
            return None
        suffix = self.kind.currentData() if self.codebook else ".qdpx"
        if not target.lower().endswith(suffix):
            target += suffix
            self.path.setText(target)
        project = self.ws.project
        if self.codebook:
            lang = self.language.currentData()
            return self.run(lambda: export_codebook(project, target, lang=lang), lambda count: self._done(
                target, self.tr("%1 codes written to %2").replace("%1", str(count)).replace("%2", target)))

        def work(op: BackgroundOp) -> ExportSummary:
            return export_qdpx(project, target, progress=op.report, cancelled=lambda: op.cancelled)

        return self.run(work, lambda summary: self._done(target, (
            self.tr("%n transcript(s)", "", summary.sources) + " " +
            self.tr("and %n coding(s) written to %1", "", summary.selections).replace("%1", target))))

    def _done(self, target: str, message: str) -> None:
        self.written = Path(target)
        self.ws.message.emit(message)
        self.note.setText(message)
        self.accept()


class RefiFeature(Feature):
    """REFI-QDA import and export, and codebook export."""

    order = 60

    def __init__(self, window: Any):
        super().__init__(window)
        self.import_action = self.add_action(FILE_IMPORT, self.import_project, needs_project=False)
        self.export_action = self.add_action(FILE_EXPORT, self.export_project)
        self.codebook_action = self.add_action(FILE_EXPORT, self.export_codebook)

    def retranslate_ui(self) -> None:
        self.import_action.setText(self.tr("Import &REFI-QDA project…"))
        self.export_action.setText(self.tr("&REFI-QDA project…"))
        self.codebook_action.setText(self.tr("&Codebook…"))

    def detach(self) -> None:
        if self.dialog is not None and not isinstance(self.dialog, RefiImportDialog):
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        super().detach()

    def import_project(self) -> RefiImportDialog:
        ws = self.pv.ws if self.pv is not None else None
        return self.show_dialog(RefiImportDialog(self.window, ws))

    def export_project(self) -> RefiExportDialog | None:
        if self.pv is None:
            return None
        return self.show_dialog(RefiExportDialog(self.pv.ws, self.window))

    def export_codebook(self) -> RefiExportDialog | None:
        if self.pv is None:
            return None
        return self.show_dialog(RefiExportDialog(self.pv.ws, self.window, codebook=True))


FEATURE = RefiFeature
