"""The comparison view: pick coders, codes and transcripts; agreement per code × measure; the counts behind it.

The agreement is computed off the UI thread (:class:`ui.ops.BackgroundOp`)
by :func:`kodeverk.agreement.compute.project_agreement`; the table colours κ
and α by Krippendorff's thresholds, and selecting a cell lists the counts
behind it, pooled and per transcript. From there the disagreements of a
transcript open in the drill-down (:mod:`ui.drilldown_view`), and the report
goes to Word or Excel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QProgressBar, QPushButton, QSplitter, QStackedWidget, QTableView, QVBoxLayout,
                               QWidget)

from kodeverk.agreement.compute import ProjectAgreement, project_agreement
from kodeverk.agreement.report import write_report
from kodeverk.errors import Cancelled, KodeverkError
from kodeverk.services.transcripts import list_transcripts
from ui.compare_model import COLOURS, AgreementDetailModel, AgreementTableModel, detail_rows
from ui.compare_ops import background
from ui.compare_picks import ComparePicks
from ui.dialog_sizes import remember_geometry, remember_splitter
from ui.ops import BackgroundOp
from ui.table_model import RowRole
from ui.error_text import describe

if TYPE_CHECKING:
    from ui.workspace import Workspace

def retranslated(model: QAbstractItemModel) -> None:
    """Tell the views of ``model`` that its headers and texts changed (a live language change)."""
    rows, columns = model.rowCount(), model.columnCount()
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
    if rows and columns:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))


class CompareDialog(QDialog):
    """Agreement of the chosen coders; ``drill_down`` asks for a transcript's disagreements."""

    drill_down = Signal(str, str, str, list)  # transcript name, coder A, coder B, code paths

    def __init__(self, ws: Workspace, parent: Any = None):
        super().__init__(parent)
        self.ws = ws
        self.result: ProjectAgreement | None = None
        self.data: dict[str, Any] | None = None
        self.op: BackgroundOp | None = None
        self._summary: Callable[[], str] = str
        self.resize(1200, 760)
        self.picks = ComparePicks(self)
        self.compute_button = self.picks.compute_button
        self.compute_button.clicked.connect(self.compute)

        self.table_model = AgreementTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.table_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the chosen cell keeps its colour, framed
        self.table.setStyleSheet("QTableView::item:selected { border: 2px solid #1F3A66; color: #000000; }")
        self.table.selectionModel().currentChanged.connect(lambda current, _prev: self._show_details(current))
        self.hint = QLabel(self)  # in the table's place until there is something to show
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setMargin(24)
        self.hint.setEnabled(False)  # greyed: a hint, not content
        self.hint.setFrameShape(QLabel.Shape.StyledPanel)
        self.table_pages = QStackedWidget(self)
        self.table_pages.addWidget(self.hint)
        self.table_pages.addWidget(self.table)
        self.detail_model = AgreementDetailModel(self)
        self.details = QTableView(self)
        self.details.setModel(self.detail_model)
        self.details.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.details.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.details.verticalHeader().setVisible(False)
        self.details.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.details.doubleClicked.connect(lambda _index: self.open_disagreements())
        self.detail_title = QLabel(self)
        self.detail_title.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)  # on a small screen the colours' key takes two lines, not the dialog's width
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.drill_button = QPushButton(self)
        self.drill_button.clicked.connect(self.open_disagreements)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(lambda: self.export_report())
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)

        results = QWidget(self)
        result_layout = QVBoxLayout(results)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addWidget(self.summary)
        result_layout.addWidget(self.table_pages, 3)
        result_layout.addWidget(self.legend)
        result_layout.addWidget(self.detail_title)
        result_layout.addWidget(self.details, 2)
        splitter = self.splitter = QSplitter(self)
        splitter.addWidget(self.picks)
        splitter.addWidget(results)
        splitter.setStretchFactor(1, 1)  # a wider dialog widens the results; the lists keep their room
        splitter.setSizes([400, 800])
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addStretch(0)
        bottom.addWidget(self.drill_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._fill_lists()
        self._update_buttons()
        self._say(lambda: self.tr("Choose two or more coders and press “Compute agreement”."))
        self.retranslate_ui()
        remember_geometry(self, ws.settings, "compare")
        remember_splitter(self, splitter, ws.settings, "compare")

    # -- language ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Every text in the current language: labels, buttons, the summary, the table headers and counts."""
        self.setWindowTitle(self.tr("Compare coders"))
        self.picks.retranslate_ui()
        self.cancel_button.setText(self.tr("Cancel"))
        self.drill_button.setText(self.tr("Resolve disagreements…"))
        self.export_button.setText(self.tr("Export report…"))
        self.close_button.setText(self.tr("Close"))
        self.hint.setText(self.tr("The agreement per code and measure shows here.\n\nTick the coders, codes and "
                                  "transcripts to compare on the left, then press “Compute agreement”."))
        self._update_legend()
        self.summary.setText(self._summary())
        retranslated(self.table_model)
        if self.data is not None:
            self.table.resizeColumnsToContents()
            self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._show_details(self.table.currentIndex())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _say(self, text: Callable[[], str]) -> None:
        """Show ``text()`` as the summary, kept as a function so that it can be re-translated."""
        self._summary = text
        self.summary.setText(text())

    # -- choices ---------------------------------------------------------------------------

    def _fill_lists(self) -> None:
        try:
            transcripts = list_transcripts(self.ws.project)
        except KodeverkError as exc:
            self.ws.error.emit(describe(exc))
            transcripts = []
        self.picks.fill([c.name for c in self.ws.coders], self.ws.codebook, [t.name for t in transcripts])

    def chosen_coders(self) -> list[str]:
        return self.picks.chosen_coders()

    def chosen_codes(self) -> list[str]:
        return self.picks.chosen_codes()

    def set_checked(self, which: str, values: list[str]) -> None:
        """Check exactly ``values`` in the list ``which`` (coders, codes, transcripts)."""
        self.picks.set_checked(which, values)

    # -- computing ---------------------------------------------------------------------------

    def compute(self) -> None:
        coders, codes, transcripts = self.chosen_coders(), self.chosen_codes(), self.picks.chosen_transcripts()
        if len(coders) < 2:
            self._say(lambda: self.tr("Choose at least two coders."))
            return
        if not self.picks.any_transcript():
            self._say(lambda: self.tr("Choose at least one transcript."))
            return
        project, overlap, unit = self.ws.project, self.picks.overlap.value() / 100, self.picks.unit.currentData()

        def work(op: BackgroundOp) -> ProjectAgreement:
            return project_agreement(project, coders, codes, transcripts, ["all"], overlap=overlap, unit=unit,
                                     progress=lambda done, total: op.report(done, total, ""),
                                     cancelled=lambda: op.cancelled)

        self._busy(True)
        self.progress.setRange(0, 0)
        self._say(lambda: self.tr("Computing agreement…"))
        self.op = background(self, work, self._computed, self._failed, self._progressed)

    def _progressed(self, done: int, total: int, _text: str) -> None:
        if self.op is not None and not self.op.cancelled:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def cancel(self) -> None:
        """Ask the running computation to stop; it does at its next step, and there is no result."""
        if self.op is None or self.op.cancelled:
            return
        self.op.cancel()
        self.cancel_button.setEnabled(False)
        self._say(lambda: self.tr("Cancelling…"))

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.compute_button.setEnabled(not busy)
        self._update_buttons()

    def _computed(self, result: ProjectAgreement) -> None:
        if self.op is None:
            return
        if self.op.cancelled:  # finished before it saw the cancel: thrown away all the same
            self._stopped()
            return
        self.op = None
        self._busy(False)
        self.result = result
        self.data = result.to_dict()
        self.table_model.set_result(self.data)
        self.table_pages.setCurrentWidget(self.table)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._say(lambda: self._result_summary(result))
        if self.table_model.rowCount() and self.table_model.columnCount() > 1:
            self.table.setCurrentIndex(self.table_model.index(0, self.table_model.columnCount() - 1))
        self._update_buttons()

    def _result_summary(self, result: ProjectAgreement) -> str:
        text = (self.tr("%1 — %n transcript(s), computed %2.", "", len(result.transcripts))
                .replace("%1", ", ".join(result.coders)).replace("%2", result.computed.strftime("%Y-%m-%d %H:%M")))
        if result.skipped:
            text += " " + self.tr("Character and segment agreement compare exactly two coders: left out.")
        if result.unit_fallback:
            text += " " + self.tr("Without speaker turns (paragraphs used): %1.").replace(
                "%1", ", ".join(result.unit_fallback))
        return text

    def ask_to_compute_first(self) -> None:
        """The report was asked for before anything was computed: say what to do."""
        self._say(lambda: self.tr("Choose coders, codes and transcripts, compute, then “Export report…”."))

    def _stopped(self) -> None:
        self.op = None
        self._busy(False)
        self._say(lambda: self.tr("Cancelled."))

    def _failed(self, error: BaseException) -> None:
        if self.op is None:
            return
        if isinstance(error, Cancelled):
            self._stopped()
            return
        self.op = None
        self._busy(False)
        self._say(lambda: self.tr("Could not compute: %1").replace("%1", describe(error)))
        if not isinstance(error, KodeverkError):
            raise error

    def _update_buttons(self) -> None:
        ready = self.result is not None and self.op is None
        self.export_button.setEnabled(ready)
        self.drill_button.setEnabled(ready and len(self.result.coders) == 2 if self.result else False)

    def _update_legend(self) -> None:
        parts = [(COLOURS["good"], self.tr("≥ 0.800 good")), (COLOURS["tentative"], self.tr("≥ 0.667 tentative")),
                 (COLOURS["poor"], self.tr("below: poor")), (COLOURS["n/a"], self.tr("not defined"))]
        swatches = "  ".join(f'<span style="background:{c}">&nbsp;&nbsp;&nbsp;&nbsp;</span> {t}' for c, t in parts)
        self.legend.setText(self.tr("κ and α, by Krippendorff's reading:") + "  " + swatches)

    # -- the counts ------------------------------------------------------------------------

    def _show_details(self, index: QModelIndex) -> None:
        measure = self.table_model.measure(index.column()) if index.isValid() else None
        if measure is None or self.data is None:
            self.detail_model.set_rows([])
            self.detail_title.setText(self.tr("Select a number to see the counts behind it."))
            return
        row = self.table_model.data(index, RowRole)
        self.detail_model.set_rows(detail_rows(row, measure))
        self.details.resizeColumnToContents(0)
        self.detail_title.setText(self.tr("Counts behind %1 for “%2”, pooled and per transcript:").replace(
            "%1", str(self.table_model.headerData(index.column(), Qt.Orientation.Horizontal))).replace(
            "%2", row["code"]))

    # -- onwards -------------------------------------------------------------------------------

    def selected_transcript(self) -> str | None:
        index = self.details.currentIndex()
        if index.isValid():
            row = self.detail_model.data(index, RowRole)
            if row is not None and not row.summary:
                return row.transcript
        return self.result.transcripts[0][1] if self.result and self.result.transcripts else None

    def open_disagreements(self) -> None:
        if self.result is None or len(self.result.coders) != 2:
            return
        name = self.selected_transcript()
        if name is None:
            return
        codes = [label.path for label in self.result.codes] if self.chosen_codes() else []
        self.drill_down.emit(name, self.result.coders[0], self.result.coders[1], codes)

    def export_report(self, path: str | None = None) -> BackgroundOp | None:
        """Write the agreement report (.docx or .xlsx) off the UI thread; asks for the file if not given."""
        if self.result is None:
            return None
        if path is None:
            folder = Path(str(self.ws.project.path)).parent
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export agreement report"), str(folder / self.tr("agreement.docx")),
                self.tr("Word (*.docx);;Excel (*.xlsx)"))
            if not path:
                return None
        result = self.result
        target = Path(path)

        def done(_value: object) -> None:
            self._busy(False)
            self._say(lambda: self.tr("Report written to %1").replace("%1", str(target)))

        def failed(error: BaseException) -> None:
            self._busy(False)
            self._say(lambda: self.tr("Could not write the report: %1").replace("%1", describe(error)))

        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        return background(self, lambda: write_report(result, target), done, failed)
