"""Find in the transcript (Ctrl+F) and search the whole project (Ctrl+Shift+F), exact or fuzzy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDockWidget, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from kodeverk.services.search import SearchHit, search_project
from ui.ops import BackgroundOp
from ui.search_model import SearchResultsModel
from ui.settings import FUZZY_SEARCH
from ui.table_model import RowRole
from ui.workspace import Workspace
from ui.error_text import describe

THIS_TRANSCRIPT, WHOLE_PROJECT = 0, 1


class SearchPanel(QDockWidget):
    """A query, exact/fuzzy, a scope; results with context; jump to each; code them all."""

    hit_chosen = Signal(object)          # SearchHit
    code_all_requested = Signal(list)    # list[SearchHit]
    hits_found = Signal(list)

    def __init__(self, workspace: Workspace, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("search_dock")
        self.ws = workspace
        self.transcript_id: int | None = None
        self.query = QLineEdit(self)
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self.run_search)
        self.fuzzy = QCheckBox(self)
        self.fuzzy.setChecked(workspace.settings.get(FUZZY_SEARCH))
        self.fuzzy.toggled.connect(lambda on: workspace.settings.set(FUZZY_SEARCH, on))
        self.scope = QComboBox(self)
        self.scope.addItems(["", ""])
        self.go = QPushButton(self)
        self.go.clicked.connect(self.run_search)
        self.code_all = QPushButton(self)
        self.code_all.setEnabled(False)
        self.code_all.clicked.connect(lambda: self.code_all_requested.emit(list(self.model.rows)))
        self.status = QLabel(self)
        self.model = SearchResultsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._chosen)
        self.table.doubleClicked.connect(self._chosen)
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.scope)
        row.addWidget(self.fuzzy)
        row.addWidget(self.go)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.code_all)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        self.setWidget(body)
        self.setTabOrder(self.query, self.scope)
        self.setTabOrder(self.scope, self.fuzzy)
        self.setTabOrder(self.fuzzy, self.go)
        self.setTabOrder(self.go, self.table)
        self.setTabOrder(self.table, self.code_all)
        self.op: BackgroundOp | None = None
        self.step_actions: list[QAction] = []  # F3 / Shift+F3: next and previous result, from anywhere
        for keys, step in (("F3", 1), ("Shift+F3", -1)):
            action = QAction(self)
            action.setShortcuts([QKeySequence(keys)])
            action.triggered.connect(lambda _checked=False, s=step: self.step(s))
            if parent is not None:
                parent.addAction(action)  # the window's: works while this dock is tabbed away
            self.step_actions.append(action)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Search"))
        self.toggleViewAction().setText(self.tr("Sea&rch"))  # the View menu's entry, with a mnemonic
        self.query.setPlaceholderText(self.tr("Words to find"))
        self.fuzzy.setText(self.tr("Fuzzy"))
        self.fuzzy.setToolTip(self.tr("Also find misspellings and words written without æ, ø, å"))
        self.scope.setItemText(THIS_TRANSCRIPT, self.tr("This transcript"))
        self.scope.setItemText(WHOLE_PROJECT, self.tr("Whole project"))
        self.go.setText(self.tr("Search"))
        self.code_all.setText(self.tr("Code all results…"))
        self.code_all.setToolTip(self.tr("Code every result with one code (one step to undo)"))
        self.step_actions[0].setText(self.tr("Find &next"))
        self.step_actions[1].setText(self.tr("Find pre&vious"))
        self.query.setToolTip(self.tr("Enter searches; F3 and Shift+F3 go to the next and previous result"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def start(self, scope: int, text: str = "") -> None:
        """Show the panel for ``scope`` with the query field focused."""
        self.scope.setCurrentIndex(scope)
        self.show()
        self.raise_()
        if text:
            self.query.setText(text)
        self.query.setFocus()
        self.query.selectAll()

    def run_search(self) -> None:
        text = self.query.text()
        if not text.strip():
            return
        ids = None
        if self.scope.currentIndex() == THIS_TRANSCRIPT:
            if self.transcript_id is None:
                self.status.setText(self.tr("Open a transcript first, or search the whole project"))
                return
            ids = [self.transcript_id]
        fuzzy, project = self.fuzzy.isChecked(), self.ws.project
        self.status.setText(self.tr("Searching…"))
        self.go.setEnabled(False)
        self.op = (BackgroundOp(lambda: search_project(project, text, fuzzy=fuzzy, transcript_ids=ids))
                   .on_success(self._found).on_failure(self._failed).start())

    def _found(self, hits: list[SearchHit]) -> None:
        self.go.setEnabled(True)
        self.model.set_rows(hits)
        self.table.resizeColumnToContents(0)
        transcripts = len({h.transcript_id for h in hits})
        self.status.setText(self.tr("%n result(s)", "", len(hits)) + " " +
                            self.tr("in %n transcript(s)", "", transcripts))
        self.code_all.setEnabled(bool(hits))
        self.hits_found.emit(hits)
        if hits:
            self.table.selectRow(0)

    def _failed(self, error: BaseException) -> None:
        self.go.setEnabled(True)
        self.status.setText(describe(error))
        self.ws.error.emit(describe(error))

    def step(self, step: int) -> None:
        """Go to the next (``step`` 1) or previous (-1) result, round at the ends; search first if not yet."""
        rows = self.model.rowCount()
        if not rows:
            if self.query.text().strip() and (self.op is None or self.op.done):
                self.run_search()
            elif not self.query.text().strip():
                self.start(self.scope.currentIndex())
            return
        current = self.table.currentIndex().row()
        row = (current + step) % rows if current >= 0 else (0 if step > 0 else rows - 1)
        self.table.selectRow(row)
        self._chosen(self.model.index(row, 0))

    def _chosen(self, index: QModelIndex) -> None:
        hit = index.data(RowRole)
        if hit is not None:
            self.hit_chosen.emit(hit)
