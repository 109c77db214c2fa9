"""The export dialog: coded excerpts to Word (or a table), with the options of ``kodeverk export``.

A live preview shows the outline with quote counts; the export runs off the
UI thread with progress and Cancel; afterwards the dialog lists warnings and
any listed name found in the file, and offers to open it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QProgressBar, QPushButton, QSplitter, QTreeView,
                               QVBoxLayout, QWidget)

from kodeverk.codebook.tree import Codebook
from kodeverk.errors import KodeverkError
from kodeverk.export import (ATTRIBUTION_FIELDS, ExportCancelled, ExportOptions, ExportResult, attribution_warnings,
                             export_table, export_word, preview_outline)
from kodeverk.project import Project
from kodeverk.retrieval.overview import filter_choices
from ui.dialog_sizes import remember_geometry, remember_splitter
from ui.names_dialog import NamesDialog
from ui.ops import BackgroundOp
from ui.retrieve_choice import ChoiceButton
from ui.retrieve_outline_model import OutlineModel
from ui.settings import Settings
from ui.error_text import describe

WORD, TABLE = "word", "table"
BY = ("group", "phase", "code", "informant")


class ExportDialog(QDialog):
    """``kind`` is ``"word"`` (.docx) or ``"table"`` (.xlsx/.csv); ``lang`` the language of fixed labels."""

    def __init__(self, project: Project, codebook: Codebook, kind: str = WORD, lang: str = "nb",
                 parent: Any = None, settings: Settings | None = None):
        super().__init__(parent)
        self.project, self.kind = project, kind
        self.result: ExportResult | None = None
        self.op: BackgroundOp | None = None
        self.preview_op: BackgroundOp | None = None
        self._preview_again = False
        self.resize(980, 640)
        self.by = QComboBox(self)
        self.by.addItems(["", "", "", ""])
        self.groups = ChoiceButton(self)
        self.phases = ChoiceButton(self)
        self.codes = ChoiceButton(self, searchable=True)
        self.coders = ChoiceButton(self)
        self.fields = {name: QCheckBox(self) for name in ATTRIBUTION_FIELDS}
        for name in ExportOptions().attribution:
            self.fields[name].setChecked(True)
        self.memos = QCheckBox(self)
        self.pseudonyms = QCheckBox(self)
        self.lang = QComboBox(self)
        self.lang.addItem("Norsk bokmål", "nb")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(1 if lang == "en" else 0)
        self.names_button = QPushButton(self)
        self.names_button.clicked.connect(self.edit_names)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #9A4A00;")
        choices = filter_choices(project)
        self.groups.set_choices([(g, g) for g in choices.groups])
        self.phases.set_choices([(p, p) for p in choices.phases])
        self.codes.set_choices([("    " * n.depth + n.name, n.path_string) for n in codebook.walk()])
        self.coders.set_choices([(c, c) for c in choices.coders])

        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        attribution = QWidget(self)
        attribution_layout = QHBoxLayout(attribution)
        attribution_layout.setContentsMargins(0, 0, 0, 0)
        for box in self.fields.values():
            attribution_layout.addWidget(box)
        attribution_layout.addStretch(1)
        rows = [("by", self.by), ("groups", self.groups), ("phases", self.phases), ("codes", self.codes),
                ("coders", self.coders), ("attribution", attribution), ("memos", self.memos),
                ("names", self.pseudonyms), ("lang", self.lang)]
        for key, widget in rows:
            if kind == TABLE and key in ("by", "memos"):
                widget.setVisible(False)
                continue
            self.labels[key] = QLabel(self)
            self.form.addRow(self.labels[key], widget)
        self.form.addRow("", self.names_button)
        self.form.addRow(self.warning)
        self.options_box = QGroupBox(self)
        self.options_box.setLayout(self.form)

        self.outline = OutlineModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.outline)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.preview_note = QLabel(self)
        self.preview_note.setWordWrap(True)
        preview = QWidget(self)
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_title = QLabel(self)
        preview_layout.addWidget(self.preview_title)
        preview_layout.addWidget(self.tree, 1)
        preview_layout.addWidget(self.preview_note)
        split = QSplitter(self)
        split.addWidget(self.options_box)
        split.addWidget(preview)
        split.setStretchFactor(1, 1)
        if settings is not None:  # opens as it was left: the dialog's size and the options' width
            remember_geometry(self, settings, f"export_{kind}")
            remember_splitter(self, split, settings, f"export_{kind}")

        self.path = QLineEdit(self)
        suffix = ".docx" if kind == WORD else ".xlsx"
        self.path.setText(str(Path.home() / f"{Path(str(project.path)).stem}-{'sitater' if kind == WORD else 'kodinger'}"
                              f"{suffix}"))
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self.ask_path)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.report = QLabel(self)
        self.report.setWordWrap(True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self)
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self.open_file)
        self.export_button = QPushButton(self)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self._cancel_or_close)
        path_row = QHBoxLayout()
        self.path_label = QLabel(self)
        path_row.addWidget(self.path_label)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(path_row)
        layout.addWidget(self.report)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh_preview)
        for button in (self.groups, self.phases, self.codes, self.coders):
            button.changed.connect(self._options_changed)
        for box in (*self.fields.values(), self.memos, self.pseudonyms):
            box.toggled.connect(lambda _on: self._options_changed())
        self.by.currentIndexChanged.connect(lambda _i: self._options_changed())
        self.lang.currentIndexChanged.connect(lambda _i: self._options_changed())
        self.retranslate_ui()
        self._options_changed()

    def retranslate_ui(self) -> None:
        word = self.kind == WORD
        self.setWindowTitle(self.tr("Export coded excerpts to Word") if word else self.tr("Export codings as a table"))
        texts = {"by": self.tr("Sections"), "groups": self.tr("Core groups"), "phases": self.tr("Phases"),
                 "codes": self.tr("Codes"), "coders": self.tr("Coders"), "attribution": self.tr("Attribution"),
                 "memos": self.tr("Memos"), "names": self.tr("Names"), "lang": self.tr("Labels in")}
        for key, label in self.labels.items():
            label.setText(texts[key])
        for index, text in enumerate((self.tr("one per core group, with its ladder matrix"),
                                      self.tr("one per phase"), self.tr("the codebook only"),
                                      self.tr("one per informant"))):
            self.by.setItemText(index, text)
        for name, text in zip(ATTRIBUTION_FIELDS, (self.tr("pseudonym"), self.tr("phase"), self.tr("role"),
                                                   self.tr("ministry"), self.tr("coder"))):
            self.fields[name].setText(text)
        self.memos.setText(self.tr("include the codings' memos"))
        self.pseudonyms.setText(self.tr("an informant's name becomes the pseudonym, not [navn]"))
        self.names_button.setText(self.tr("Names to mask…"))
        self.options_box.setTitle(self.tr("What to export"))
        self.preview_title.setText(self.tr("Outline of the report (quotes per heading)") if word
                                   else self.tr("Codings per code"))
        self.path_label.setText(self.tr("Save as"))
        self.browse.setText(self.tr("Choose…"))
        self.open_button.setText(self.tr("Open the file"))
        self.export_button.setText(self.tr("Export"))
        self.close_button.setText(self.tr("Close") if self.op is None or self.op.done else self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- options and preview -----------------------------------------------------------------------

    def options(self) -> ExportOptions:
        """The options the dialog shows (not yet checked against the project)."""
        return ExportOptions(
            by=BY[self.by.currentIndex()] if self.kind == WORD else "code",  # type: ignore[arg-type]
            groups=self.groups.values(), phases=self.phases.values(), codes=self.codes.values(),
            coders=self.coders.values(), attribution=tuple(n for n in ATTRIBUTION_FIELDS if self.fields[n].isChecked()),
            memos=self.memos.isChecked() and self.kind == WORD, lang=self.lang.currentData(),
            replacement="pseudonym" if self.pseudonyms.isChecked() else "placeholder")

    def _options_changed(self) -> None:
        warnings = attribution_warnings(self.options())
        if warnings:
            self.warning.setText("⚠ " + self.tr("Ministry and role together can identify a person: a ministry "
                                               "has one departementsråd."))
        elif not any(box.isChecked() for box in self.fields.values()):
            self.warning.setText(self.tr("No attribution: quotes will not say whom they come from."))
        else:
            self.warning.clear()
        self._timer.start()

    def refresh_preview(self) -> None:
        """Rebuild the outline preview off the UI thread (again afterwards if the options changed meanwhile)."""
        if self.preview_op is not None and not self.preview_op.done:
            self._preview_again = True
            return
        options, project = self.options(), self.project
        self.preview_note.setText(self.tr("Updating the preview…"))
        self.preview_op = (BackgroundOp(lambda: preview_outline(project, options))
                           .on_success(self._preview_ready).on_failure(self._preview_failed).start())

    def _preview_ready(self, headings: list) -> None:
        self.outline.set_headings(headings)
        self.tree.expandToDepth(0)
        quotes = sum(h.count for h in headings if h.level == 1)
        self.preview_note.setText(self.tr("%n heading(s)", "", len(headings)) + " · " +
                                  self.tr("%n quote(s) in the sections", "", quotes))
        self._preview_done()

    def _preview_failed(self, error: BaseException) -> None:
        self.outline.set_headings([])
        self.preview_note.setText("⚠ " + describe(error))
        self._preview_done()

    def _preview_done(self) -> None:
        if self._preview_again:
            self._preview_again = False
            self.refresh_preview()

    def edit_names(self) -> None:
        dialog = NamesDialog(self.project, self)
        dialog.exec()
        if dialog.changed:
            self._options_changed()

    # -- exporting ---------------------------------------------------------------------------------

    def ask_path(self) -> None:
        filters = (self.tr("Word document (*.docx)") if self.kind == WORD
                   else self.tr("Excel workbook with matrices (*.xlsx);;CSV, codings only (*.csv)"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the export as"), self._typed_path(), filters)
        if path:
            self.path.setText(path)

    def _typed_path(self) -> str:
        """What the user typed or chose as the file to write (may be empty)."""
        return self.path.text().strip()

    def target(self) -> Path:
        path = Path(self._typed_path()).expanduser()
        if self.kind == WORD and path.suffix.lower() != ".docx":
            path = path.with_name(path.name + ".docx")
        elif self.kind == TABLE and path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + ".xlsx")
        return path

    def start_export(self) -> None:
        if self.op is not None and not self.op.done:
            return
        if not self._typed_path():
            self.report.setText("⚠ " + self.tr("Choose where to save the file."))
            return
        out, options, project = self.target(), self.options(), self.project
        self.path.setText(str(out))
        run = export_word if self.kind == WORD else export_table
        self.result = None
        self.open_button.setVisible(False)
        self.export_button.setEnabled(False)
        self.options_box.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.report.setText(self.tr("Exporting…"))
        self.op = BackgroundOp(lambda op: run(project, out, options, progress=lambda d, t: op.report(d, t),
                                              cancelled=lambda: op.cancelled))
        self.op.on_progress(self._progress).on_success(self._finished).on_failure(self._failed).start()
        self.close_button.setText(self.tr("Cancel"))

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finish_ui(self) -> None:
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        self.options_box.setEnabled(True)
        self.close_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))

    def _finished(self, result: ExportResult) -> None:
        self._finish_ui()
        self.result = result
        lines = [self.tr("Wrote %1: %n quote(s)", "", result.quotes).replace("%1", str(result.path)) + " " +
                 self.tr("from %n coding(s).", "", result.codings)]
        if any(w.code == "ministry_and_role" for w in result.warnings):
            lines.append("⚠ " + self.tr("Ministry and role together can identify a person."))
        lines += ["⚠ " + describe(w.message) for w in result.warnings if w.code != "ministry_and_role"]
        if result.leaks:
            lines.append("⚠ " + self.tr("%n listed name(s) remain in the file:", "", len(result.leaks)))
            lines += [f"    {leak.name} — {leak.location}: “{leak.context}”" for leak in result.leaks[:10]]
        elif self.kind == WORD:
            lines.append(self.tr("Checked: no listed name remains in the file."))
        self.report.setText("\n".join(lines))
        self.open_button.setVisible(True)
        self.open_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        self._finish_ui()
        if isinstance(error, ExportCancelled):
            self.report.setText(self.tr("Cancelled: no file was written."))
        elif isinstance(error, KodeverkError):
            self.report.setText("⚠ " + describe(error))
        else:
            self.report.setText("⚠ " + self.tr("The export failed: %1").replace("%1", repr(error)))

    def open_file(self) -> bool:
        if self.result is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path)))

    def _cancel_or_close(self) -> None:
        if self.op is not None and not self.op.done:
            self.op.cancel()
            self.close_button.setEnabled(False)
            self.report.setText(self.tr("Cancelling…"))
            return
        self.accept()

    def reject(self) -> None:  # Esc while exporting cancels instead of leaving a worker behind
        if self.op is not None and not self.op.done:
            self._cancel_or_close()
            return
        super().reject()
