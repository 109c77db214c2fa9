"""The import dialog: choose files or a folder and a manifest, check and correct the metadata, import, report."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QProgressBar, QPushButton, QStackedWidget, QTableView, QVBoxLayout)

from kodeverk.errors import KodeverkError
from kodeverk.importing.report import ImportReport, Status
from kodeverk.importing.service import ImportOptions, import_files
from kodeverk.project import Project
from kodeverk.services.import_plan import preview_import, write_corrected_manifest
from ui.dialog_sizes import remember_geometry
from ui.import_models import ImportPreviewModel, ImportReportModel
from ui.ops import BackgroundOp
from ui.settings import LAST_IMPORT_FOLDER, Settings
from ui.error_text import describe


class ImportDialog(QDialog):
    """Preview page, then (after the import ran off the UI thread) the report page."""

    def __init__(self, project: Project, parent: Any = None, settings: Settings | None = None):
        super().__init__(parent)
        self.project = project
        self.settings = settings
        self.paths: list[Path] = []
        self.manifest: Path | None = None
        self.imported_any = False
        self.report: ImportReport | None = None
        self.op: BackgroundOp | None = None
        self._tmp = tempfile.TemporaryDirectory(prefix="kodeverk-import-")
        self.setWindowTitle(self.tr("Import transcripts"))
        self.resize(1000, 560)
        self.add_files = QPushButton(self.tr("Add files…"), self)
        self.add_folder = QPushButton(self.tr("Add folder…"), self)
        self.clear = QPushButton(self.tr("Clear"), self)
        self.manifest_edit = QLineEdit(self)
        self.manifest_edit.setReadOnly(True)
        self.manifest_edit.setPlaceholderText(self.tr("No manifest: metadata can be set per file below"))
        self.choose_manifest = QPushButton(self.tr("Manifest…"), self)
        self.choose_manifest.setToolTip(self.tr("A CSV or Excel file with one row of metadata per transcript file"))
        self.add_files.clicked.connect(self._ask_files)
        self.add_folder.clicked.connect(self._ask_folder)
        self.clear.clicked.connect(lambda: self.set_paths([]))
        self.choose_manifest.clicked.connect(self._ask_manifest)
        self.preview = ImportPreviewModel(self)
        self.preview_table = self._table(self.preview)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                           | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.report_model = ImportReportModel(self)
        self.report_table = self._table(self.report_model)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.preview_table)
        self.pages.addWidget(self.report_table)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.start_button = QPushButton(self.tr("Import"), self)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("Close"), self)
        self.cancel_button.clicked.connect(self._cancel_or_close)
        top = QHBoxLayout()
        for widget in (self.add_files, self.add_folder, self.clear):
            top.addWidget(widget)
        top.addSpacing(16)
        top.addWidget(self.manifest_edit, 1)
        top.addWidget(self.choose_manifest)
        bottom = QHBoxLayout()
        bottom.addStretch(1)  # the buttons keep their size, at the right
        bottom.addWidget(self.start_button)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.progress)  # the whole width while an import runs
        layout.addLayout(bottom)
        self._refresh()
        if settings is not None:
            remember_geometry(self, settings, "import")

    def _table(self, model: Any) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return table

    # -- choosing ---------------------------------------------------------------------

    def start_folder(self) -> str:
        """Where the file dialogs open: the folder of the last import ("" for Qt's default)."""
        folder = self.settings.get(LAST_IMPORT_FOLDER) if self.settings is not None else ""
        return folder if folder and Path(folder).is_dir() else ""

    def _remember_folder(self, folder: Path) -> None:
        if self.settings is not None:
            self.settings.set(LAST_IMPORT_FOLDER, str(folder))

    def _ask_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Transcript files"), self.start_folder(),
                                                self.tr("Transcripts (*.docx *.odt *.rtf *.txt *.md);;All files (*)"))
        if files:
            self._remember_folder(Path(files[0]).parent)
            self.set_paths(self.paths + [Path(f) for f in files])

    def _ask_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of transcripts"), self.start_folder())
        if folder:
            self._remember_folder(Path(folder))
            self.set_paths(self.paths + [Path(folder)])

    def _ask_manifest(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Manifest"), self.start_folder(),
                                              self.tr("Manifests (*.csv *.tsv *.txt *.xlsx);;All files (*)"))
        if path:
            self._remember_folder(Path(path).parent)
            self.set_manifest(Path(path))

    def set_paths(self, paths: list[Path]) -> None:
        self.paths = paths
        self._refresh()

    def set_manifest(self, path: Path | None) -> None:
        self.manifest = path
        self.manifest_edit.setText(str(path) if path else "")
        self._refresh()

    def _refresh(self) -> None:
        self.pages.setCurrentWidget(self.preview_table)
        try:
            planned, warnings = preview_import(self.project, self.paths, self.manifest)
        except KodeverkError as exc:
            planned, warnings = [], [describe(exc)]
            if self.manifest is not None:
                self.manifest = None
                self.manifest_edit.clear()
        self.preview.set_rows(planned)
        self.preview_table.resizeColumnsToContents()
        self.start_button.setEnabled(bool(planned))
        lines = [self.tr("%n file(s) to import.", "", len(planned))] if self.paths else \
            [self.tr("Add transcript files or a folder of them.")]
        if planned:
            lines.append(self.tr("Yellow: matched fuzzily, red: not recognised (hover to see). "
                                 "Double-click a phase or groups cell to correct it."))
        lines += [f"⚠ {describe(w)}" for w in warnings]
        self.note.setText("\n".join(lines))

    # -- importing -------------------------------------------------------------------------

    def start_import(self) -> None:
        planned = list(self.preview.rows)
        if not planned or (self.op is not None and not self.op.done):
            return
        try:
            manifest = write_corrected_manifest(planned, self.manifest, Path(self._tmp.name) / "manifest.csv")
        except KodeverkError as exc:
            self.note.setText(f"⚠ {describe(exc)}")
            return
        files = [p.path for p in planned]
        project = self.project
        for widget in (self.add_files, self.add_folder, self.clear, self.choose_manifest, self.start_button):
            widget.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, len(files))
        self.progress.setValue(0)
        self.cancel_button.setText(self.tr("Cancel"))
        self.op = BackgroundOp(lambda op: import_files(project, files, ImportOptions(manifest=manifest),
                                                       progress=op.report, cancelled=lambda: op.cancelled))
        self.op.on_progress(self._progress).on_success(self._finished).on_failure(self._failed).start()

    def _progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"%v / %m  {name}")

    def _finished(self, report: ImportReport) -> None:
        self.report = report
        self.imported_any = any(o.status in (Status.IMPORTED, Status.WARNING) for o in report.outcomes)
        self.report_model.set_rows(report.outcomes)
        self.report_table.resizeColumnsToContents()
        self.pages.setCurrentWidget(self.report_table)
        counts = (report.count(Status.IMPORTED) + report.count(Status.WARNING), report.count(Status.SKIPPED),
                  report.count(Status.FAILED))
        summary = self.tr("%1 imported, %2 skipped, %3 failed.").replace("%1", str(counts[0])).replace(
            "%2", str(counts[1])).replace("%3", str(counts[2]))
        if report.cancelled:
            summary += " " + self.tr("Cancelled: the remaining files were not imported.")
        self.note.setText(summary)
        self.progress.setVisible(False)
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self.note.setText(f"⚠ {describe(error)}")
        self.progress.setVisible(False)
        self.cancel_button.setText(self.tr("Close"))
        for widget in (self.add_files, self.add_folder, self.clear, self.choose_manifest, self.start_button):
            widget.setEnabled(True)

    def _cancel_or_close(self) -> None:
        if self.op is not None and not self.op.done:
            self.op.cancel()
            self.cancel_button.setEnabled(False)
            return
        self.accept()

    def reject(self) -> None:  # Esc while importing cancels instead of leaving a worker behind
        if self.op is not None and not self.op.done:
            self.op.cancel()
            return
        super().reject()

    def done(self, result: int) -> None:
        self._tmp.cleanup()
        super().done(result)
