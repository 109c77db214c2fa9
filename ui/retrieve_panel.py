"""The Retrieve dock: filters, the results table, matrix views whose cells list their quotes, export.

A retrieval runs off the UI thread with its progress shown stage by stage and a
Cancel button that stops it for real (:mod:`kodeverk.retrieval.watch`); a
cancelled retrieval leaves the previous results on screen, said so.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDockWidget, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QMainWindow, QProgressBar, QPushButton, QScrollArea, QSplitter, QTabBar, QTableView, QTabWidget,
                               QVBoxLayout, QWidget)

from kodeverk.errors import Cancelled, KodeverkError
from kodeverk.export import ExportResult
from kodeverk.export.grid import export_views
from kodeverk.retrieval.overview import Overview, filter_choices, overview
from ui.ops import BackgroundOp
from ui.retrieve_filters import FilterForm
from ui.retrieve_models import (CodingIdsRole, CellKeyRole, ExcerptsModel, GridModel, cooccurrence_grid,
                                group_grid, ladder_grid)
from ui.settings import LANGUAGE
from ui.table_model import RowRole
from ui.workspace import Workspace
from ui.error_text import describe

RESULTS, BY_GROUP, BY_PHASE, COOCCURRENCE, LADDER = range(5)
VIEW_NAMES = ("results", "group", "phase", "cooccurrence", "ladder")


def _table(parent: QWidget, model: Any, rows_select: bool = True) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setWordWrap(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows if rows_select
                               else QAbstractItemView.SelectionBehavior.SelectItems)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    if rows_select:
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
    return table


class RetrieveDock(QDockWidget):
    """Retrieval with every filter. ``excerpt_chosen`` (an Excerpt) when the user opens a result."""

    excerpt_chosen = Signal(object)

    def __init__(self, workspace: Workspace, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("retrieve_dock")
        self.ws = workspace
        self.view: Overview | None = None
        self.op: BackgroundOp | None = None
        self.export_op: BackgroundOp | None = None
        self.form = FilterForm(self, workspace.settings)
        self.form.submitted.connect(self.run)
        scroll = self.filter_scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.form.sizeHint().width() + 24)
        self.go = QPushButton(self)
        self.go.setDefault(True)
        self.go.clicked.connect(self.run)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(False)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.form.clear)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.go)
        left_layout.addLayout(buttons)

        self.results = ExcerptsModel(self)
        self.results_table = _table(self, self.results)
        self.results_table.doubleClicked.connect(self._chosen)
        self.results_table.activated.connect(self._chosen)
        self.grids = [GridModel(self) for _ in range(4)]
        self.grid_tables = [_table(self, grid, rows_select=False) for grid in self.grids]
        for table in self.grid_tables:
            table.clicked.connect(self._cell_clicked)
            table.activated.connect(self._cell_clicked)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.results_table, "")
        for table in self.grid_tables:
            self.tabs.addTab(table, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.cell_caption = QLabel(self)
        self.cell_quotes = ExcerptsModel(self)
        self.cell_table = _table(self, self.cell_quotes)
        self.cell_table.doubleClicked.connect(self._chosen)
        self.cell_table.activated.connect(self._chosen)
        self.cell_box = QWidget(self)
        cell_layout = QVBoxLayout(self.cell_box)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.addWidget(self.cell_caption)
        cell_layout.addWidget(self.cell_table)
        self.cell_box.setVisible(False)
        right_split = QSplitter(Qt.Orientation.Vertical, self)
        right_split.addWidget(self.tabs)
        right_split.addWidget(self.cell_box)
        right_split.setStretchFactor(0, 3)
        right_split.setStretchFactor(1, 2)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(220)
        self.progress.setVisible(False)
        self.export_button = QPushButton(self)
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.ask_export)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(right_split, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.export_button)
        right_layout.addLayout(bottom)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self.setWidget(body)
        self._rerun = QTimer(self)
        self._rerun.setSingleShot(True)
        self._rerun.setInterval(300)
        self._rerun.timeout.connect(self._data_changed)
        workspace.data_changed.connect(lambda *_: self._rerun.start())
        workspace.transcripts_changed.connect(self._rerun.start)
        workspace.coders_changed.connect(self._rerun.start)
        self.reload_choices()
        self.retranslate_ui()
        self.form.more.toggled.connect(lambda _on: QTimer.singleShot(0, self.fit_height))

    def fit_height(self) -> None:
        """Grow the dock (at most to half the window) until every filter shows without scrolling."""
        window = self.parentWidget()
        if not isinstance(window, QMainWindow) or self.isFloating() or not self.isVisible():
            return
        self.form.adjustSize()
        wanted = self.height() - self.filter_scroll.viewport().height() + self.form.sizeHint().height() + 2
        if self.height() < wanted:
            # tabbed with the other bottom docks: the size given to resizeDocks includes their tab bar
            tabs = [bar for bar in window.findChildren(QTabBar) if bar.parent() is window and bar.isVisible()
                    and self.windowTitle() in (bar.tabText(i) for i in range(bar.count()))]
            extra = tabs[0].height() if tabs else 0
            window.resizeDocks([self], [min(wanted + extra, window.height() // 2)], Qt.Orientation.Vertical)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Retrieve"))
        self.go.setText(self.tr("Retrieve"))
        self.go.setToolTip(self.tr("Find the codings that meet every chosen criterion"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop this retrieval; the results shown before stay"))
        self.clear_button.setText(self.tr("Clear filters"))
        for index, text in enumerate((self.tr("Results"), self.tr("Code × group"), self.tr("Code × phase"),
                                      self.tr("Co-occurrence"), self.tr("Ladder"))):
            self.tabs.setTabText(index, text)
        self.tabs.setTabToolTip(LADDER, self.tr("Core groups × the steps of the coordination ladder; hover a "
                                                "cell for its strongest quote"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save this view as CSV, or every view as an Excel workbook"))
        if not self.running:
            self._status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- choices ---------------------------------------------------------------------------

    def reload_choices(self) -> None:
        try:
            choices = filter_choices(self.ws.project)
        except KodeverkError as exc:
            self.ws.error.emit(describe(exc))
            return
        self.form.set_choices(choices, self.ws.codebook)

    def _data_changed(self) -> None:
        self.reload_choices()
        if self.view is not None:
            self.run()

    # -- running -----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.op is not None and not self.op.done

    def run(self) -> None:
        """Retrieve with the form's filters, off the UI thread (progress shown; Cancel stops it)."""
        if self.running:
            self._rerun.start()
            return
        query = self.form.query()
        scope = self.form.context_scope()
        mode, distance = self.form.cooccurrence_mode()
        rollup = self.form.rollup.isChecked()
        project = self.ws.project

        def work(op: BackgroundOp) -> Overview:
            return overview(project, query, context=scope, rollup=rollup, mode=mode, distance=distance,
                            progress=op.report, cancelled=lambda: op.cancelled)

        self.op = BackgroundOp(work, self).on_success(self._show).on_failure(self._failed).on_progress(self._progressed)
        self._busy(True)
        self.status.setText(self.tr("Retrieving…"))
        self.op.start()

    def cancel(self) -> None:
        """Stop the running retrieval at its next check; the results shown before stay."""
        if self.running:
            assert self.op is not None
            self.op.cancel()
            self._rerun.stop()  # a change that came in meanwhile does not start it again
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _busy(self, busy: bool) -> None:
        self.go.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)  # busy until the first count comes in

    def _progressed(self, done: int, total: int, stage: str) -> None:
        if not self.running or (self.op is not None and self.op.cancelled):
            return
        labels = {"reading": self.tr("Reading the codings…"), "excerpts": self.tr("Collecting the excerpts…"),
                  "text": self.tr("Searching the text…"), "context": self.tr("Widening to sentences or turns…"),
                  "cooccurrence": self.tr("Finding co-occurring codes…"), "matrices": self.tr("Counting the matrices…")}
        self.status.setText(labels.get(stage, self.tr("Retrieving…")))
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)

    def _show(self, view: Overview) -> None:
        self._busy(False)
        self.view = view
        codes = {n.id: (n.name, n.colour) for n in view.book.walk()}
        contexts = {k: c.text for k, c in view.contexts.items()}
        self.results.set_excerpts(view.excerpts, contexts, codes)
        self.grids[0].set_grid(group_grid(view))
        self.grids[1].set_grid(group_grid(view, phase=True))
        self.grids[2].set_grid(cooccurrence_grid(view))
        self.grids[3].set_grid(ladder_grid(view))
        self.results_table.resizeColumnsToContents()
        for column in range(self.results.columnCount() - 1):
            self.results_table.setColumnWidth(column, min(self.results_table.columnWidth(column), 200))
        for table in self.grid_tables:
            table.resizeColumnsToContents()
            table.resizeRowsToContents()
        self.cell_quotes.set_excerpts([])
        self.cell_box.setVisible(False)
        self.export_button.setEnabled(True)
        self._status()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Retrieval cancelled; the results of the previous retrieval are shown.")
                                if self.view is not None else self.tr("Retrieval cancelled."))
            return
        self.status.setText("⚠ " + describe(error))
        self.ws.error.emit(describe(error))

    def _status(self) -> None:
        if self.view is None:
            self.status.setText(self.tr("Choose filters and press Retrieve (no filter: every coding)."))
            return
        excerpts = self.view.excerpts
        transcripts = len({e.transcript_id for e in excerpts})
        informants = len({e.informant_id for e in excerpts if e.informant_id is not None})
        self.status.setText(self.tr("%n coding(s)", "", len(excerpts)) + " · " +
                            self.tr("%n transcript(s)", "", transcripts) + " · " +
                            self.tr("%n informant(s)", "", informants))

    # -- cells and jumping ------------------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        self.cell_box.setVisible(index != RESULTS and self.cell_quotes.rowCount() > 0
                                 and self.cell_box.property("tab") == index)

    def _cell_clicked(self, index: QModelIndex) -> None:
        if self.view is None or not index.isValid():
            return
        ids = index.data(CodingIdsRole) or []
        row_key, column_key = index.data(CellKeyRole)
        tab = self.tabs.currentIndex()
        if tab == COOCCURRENCE:
            excerpts = self.view.pair_excerpts(row_key, column_key) if ids else []
        else:
            excerpts = self.view.excerpts_of(ids)
        model = index.model()
        tip = Qt.ItemDataRole.ToolTipRole
        row_name = str(model.headerData(index.row(), Qt.Orientation.Vertical, tip))
        column_name = str(model.headerData(index.column(), Qt.Orientation.Horizontal, tip))
        codes = {n.id: (n.name, n.colour) for n in self.view.book.walk()}
        self.cell_quotes.set_excerpts(excerpts, {k: c.text for k, c in self.view.contexts.items()}, codes)
        self.cell_table.resizeColumnsToContents()
        for column in range(self.cell_quotes.columnCount() - 1):
            self.cell_table.setColumnWidth(column, min(self.cell_table.columnWidth(column), 180))
        self.cell_caption.setText(self.tr("%n coding(s) in “%1 × %2” (double-click one to read it in its "
                                          "transcript)", "", len(excerpts)).replace("%1", row_name)
                                  .replace("%2", column_name))
        self.cell_box.setProperty("tab", tab)
        self.cell_box.setVisible(True)

    def _chosen(self, index: QModelIndex) -> None:
        excerpt = index.data(RowRole)
        if excerpt is not None:
            self.excerpt_chosen.emit(excerpt)

    # -- export ----------------------------------------------------------------------------------

    def ask_export(self) -> None:
        if self.view is None:
            return
        name = VIEW_NAMES[self.tabs.currentIndex()]
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the retrieval"), str(Path.home() / f"{name}.xlsx"),
            self.tr("Excel workbook, every view (*.xlsx);;CSV, this view (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write this view (.csv) or every view (.xlsx) to ``path``; the outcome goes to the status line."""
        if self.view is None:
            return
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        current = VIEW_NAMES[self.tabs.currentIndex()]
        views = [current] if path.suffix.lower() == ".csv" else \
            [current] + [v for v in VIEW_NAMES if v != current]
        project, view, lang = self.ws.project, self.view, self.ws.settings.get(LANGUAGE)
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self.export_op = (BackgroundOp(lambda: export_views(project, view, path, views, lang=lang))
                          .on_success(self._saved).on_failure(self._save_failed).start())

    def _saved(self, result: ExportResult) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Saved %1").replace("%1", str(result.path)))
        self.ws.message.emit(self.tr("Saved %1").replace("%1", str(result.path)))

    def _save_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.status.setText("⚠ " + describe(error))
        self.ws.error.emit(describe(error))
