"""Drill-down to one transcript: both coders' stripes side by side over the text, and every disagreement.

The text is a :class:`ui.transcript_view.TranscriptView` showing coder A's,
coder B's and the consensus coder's codings of the compared codes; its
stripes put each coder's lanes together, A leftmost. The list steps through
the disagreements (next / previous); each is settled by accept A, accept B,
union, intersection, or the passage selected in the text (edit). Every
resolution is a :class:`ui.teamwork_commands.ResolveDisagreement` run through
the workspace, so it can be undone; the progress line counts the resolved
disagreements in this transcript and in all compared transcripts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from kodeverk.errors import KodeverkError
from kodeverk.services.coders import list_coders
from kodeverk.services.coding import codings_of_transcript
from kodeverk.services.transcripts import transcript_id, transcript_text, transcript_turns
from kodeverk.teamwork.consensus import CONSENSUS, consensus_progress, resolved_flags
from kodeverk.teamwork.disagreements import Disagreement, list_disagreements
from ui.drilldown_model import DisagreementModel
from ui.compare_ops import background
from ui.compare_view import retranslated
from ui.ops import BackgroundOp
from ui.table_model import RowRole
from ui.teamwork_commands import ResolveDisagreement
from ui.transcript_view import TranscriptView
from ui.error_text import describe

if TYPE_CHECKING:
    from ui.workspace import Workspace


class DrilldownDialog(QDialog):
    """Disagreements of ``coder_a`` and ``coder_b`` in ``transcripts`` (one shown at a time)."""

    def __init__(self, ws: Workspace, transcripts: list[str], coder_a: str, coder_b: str,
                 codes: list[str] | None = None, parent: Any = None, consensus: str = CONSENSUS):
        super().__init__(parent)
        self.ws = ws
        self.coder_a, self.coder_b, self.codes, self.consensus = coder_a, coder_b, list(codes or []), consensus
        self.names = list(transcripts)
        self.items: list[Disagreement] = []
        self.transcript_id: int | None = None
        self.overall_op: BackgroundOp | None = None
        self.overall_token: object | None = None
        self.overall_progress: Any = None
        self.resize(1300, 820)
        self.transcript_box = QComboBox(self)
        self.transcript_box.addItems(self.names)
        self.transcript_box.currentTextChanged.connect(self.show_transcript)
        self.key = QLabel(self)
        self.view = TranscriptView(self)
        self.model = DisagreementModel(self)
        self.list = QTableView(self)
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().setVisible(False)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.list.setWordWrap(False)
        self.list.selectionModel().currentRowChanged.connect(lambda current, _prev: self._current_changed())
        self.passage = QLabel(self)
        self.passage.setWordWrap(True)
        self.passage.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QLabel(self)
        font = self.progress.font()
        font.setBold(True)
        self.progress.setFont(font)
        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.accept_a = QPushButton(self)
        self.accept_b = QPushButton(self)
        self.union = QPushButton(self)
        self.intersection = QPushButton(self)
        self.edit = QPushButton(self)
        self.edit_code = QComboBox(self)
        self.undo_button = QPushButton(self)
        self.undo_button.clicked.connect(self.ws.undo_stack.undo)
        self.ws.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(self.ws.undo_stack.canUndo())
        for button, how in ((self.accept_a, "a"), (self.accept_b, "b"), (self.union, "union"),
                            (self.intersection, "intersection")):
            button.clicked.connect(lambda _checked=False, how=how: self.resolve(how))
        self.edit.clicked.connect(self.resolve_with_selection)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)
        self.transcript_label = QLabel(self)
        self.retranslate_ui()

        top = QHBoxLayout()
        top.addWidget(self.transcript_label)
        top.addWidget(self.transcript_box, 1)
        top.addSpacing(12)
        top.addWidget(self.key)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.progress)
        side_layout.addWidget(self.list, 1)
        side_layout.addWidget(self.passage)
        steps = QHBoxLayout()
        steps.addWidget(self.previous_button)
        steps.addWidget(self.next_button)
        steps.addStretch(1)
        steps.addWidget(self.undo_button)
        side_layout.addLayout(steps)
        choices = QHBoxLayout()
        for button in (self.accept_a, self.accept_b, self.union, self.intersection):
            choices.addWidget(button)
        side_layout.addLayout(choices)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit_code, 1)
        edit_row.addWidget(self.edit)
        side_layout.addLayout(edit_row)
        splitter = QSplitter(self)
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setSizes([760, 540])
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.ws.data_changed.connect(self._data_changed)
        if self.names:
            self.show_transcript(self.names[0])

    # -- language ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Every text in the current language: buttons, the key, the list, the progress line."""
        self.setWindowTitle(self.tr("Disagreements: %1 and %2").replace("%1", self.coder_a)
                            .replace("%2", self.coder_b))
        self.transcript_label.setText(self.tr("Transcript:"))
        self.previous_button.setText(self.tr("◀ Previous"))
        self.next_button.setText(self.tr("Next ▶"))
        self.accept_a.setText(self.tr("Accept %1").replace("%1", self.coder_a))
        self.accept_b.setText(self.tr("Accept %1").replace("%1", self.coder_b))
        self.union.setText(self.tr("Union"))
        self.intersection.setText(self.tr("Intersection"))
        self.edit.setText(self.tr("Use selected text"))
        self.edit.setToolTip(self.tr("Select the passage in the text, choose the code, then press this"))
        self.undo_button.setText(self.tr("Undo"))
        self.close_button.setText(self.tr("Close"))
        if self.transcript_id is not None:
            self._show_key()
            retranslated(self.model)
            self._show_progress()
            if self.current() is None:
                self._current_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- showing -----------------------------------------------------------------------------

    def show_transcript(self, name: str) -> None:
        if not name:
            return
        if self.transcript_box.currentText() != name:
            self.transcript_box.setCurrentText(name)  # comes back here through the signal
            return
        try:
            tid = transcript_id(self.ws.project, name)
            self.view.show_transcript(tid, transcript_text(self.ws.project, tid), transcript_turns(self.ws.project, tid))
            self.items = list_disagreements(self.ws.project, tid, self.coder_a, self.coder_b, self.codes)
            flags = resolved_flags(self.ws.project, self.items, self.consensus)
        except KodeverkError as exc:
            self.ws.error.emit(describe(exc))
            self.progress.setText(describe(exc))
            return
        self.transcript_id = tid
        names = {node.id: node.name for node in self.ws.codebook.nodes.values()}
        self.model.set_items(self.items, flags, self.coder_a, self.coder_b, names)
        self._show_codings()
        self._update_progress()
        if self.items:
            first = next((i for i, f in enumerate(flags) if not f), 0)
            self.select(first)
        else:
            self._current_changed()

    def _coder_ids(self) -> dict[str, int]:
        return {c.name: c.id for c in self.ws.coders}

    def _show_codings(self) -> None:
        if self.transcript_id is None:
            return
        known = {c.name for c in self.ws.coders}
        if self.consensus not in known:  # the first resolution may have made the consensus coder
            fresh = list_coders(self.ws.project)
            if {c.name for c in fresh} != known:
                self.ws.coders = fresh
                self.ws.coders_changed.emit()
        ids = self._coder_ids()
        wanted = [ids[n] for n in (self.coder_a, self.coder_b, self.consensus) if n in ids]
        book = self.ws.codebook
        code_ids = ({i for p in self.codes for i in book.descendants(book.resolve(p).id)} if self.codes
                    else set(book.nodes))
        try:
            codings = codings_of_transcript(self.ws.project, self.transcript_id)
        except KodeverkError as exc:
            self.ws.error.emit(describe(exc))
            return
        shown = [c for c in codings if c.coder_id in wanted and c.code_id in code_ids]
        self.view.set_codings(shown, book, self.ws.coders, ids.get(self.coder_a))
        self._show_key()

    def _show_key(self) -> None:
        swatch = '<span style="background:{0}">&nbsp;&nbsp;&nbsp;</span>&nbsp;{1}'
        coders = {c.name: c for c in self.ws.coders}
        parts = [swatch.format(coders[n].colour, n) for n in (self.coder_a, self.coder_b, self.consensus)
                 if n in coders]
        self.key.setText(self.tr("Stripes, left to right:") + " " + " &nbsp; ".join(parts))

    def current(self) -> Disagreement | None:
        index = self.list.currentIndex()
        row = self.model.data(self.model.index(index.row(), 0), RowRole) if index.isValid() else None
        return row.item if row is not None else None

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def step(self, delta: int) -> None:
        """Go to the next (``delta`` 1) or previous (-1) disagreement."""
        row = self.list.currentIndex().row()
        self.select(max(0, min(self.model.rowCount() - 1, row + delta)))

    def _current_changed(self) -> None:
        d = self.current()
        row = self.list.currentIndex().row()
        for button in (self.accept_a, self.accept_b, self.union, self.intersection, self.edit):
            button.setEnabled(d is not None)
        self.previous_button.setEnabled(row > 0)
        self.next_button.setEnabled(0 <= row < self.model.rowCount() - 1)
        self.edit_code.clear()
        if d is None:
            self.passage.setText(self.tr("No disagreements here.") if not self.items else "")
            return
        book = self.ws.codebook
        for code_id in d.code_ids:
            self.edit_code.addItem(book[code_id].path_string, code_id)
        self.intersection.setEnabled(d.kind == "boundaries")
        self.show_passage(d)
        text = self.view.text[d.start:d.end]
        self.passage.setText(f"[{d.start}–{d.end}] “{text[:400]}{'…' if len(text) > 400 else ''}”")

    def show_passage(self, d: Disagreement) -> None:
        """Select the disagreement's passage and scroll it to the upper part of the text."""
        self.view.setTextCursor(self.view.cursor_for(d.start, d.end))
        top = self.view.cursorRect(self.view.cursor_at(d.start)).top()
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.value() + top - self.view.viewport().height() // 5)

    # -- settling ------------------------------------------------------------------------------

    def resolve(self, how: str) -> bool:
        """Settle the current disagreement: ``how`` is a, b, union or intersection."""
        d = self.current()
        if d is None:
            return False
        return self._execute(ResolveDisagreement(self.ws, d, how, consensus=self.consensus))

    def resolve_with_selection(self) -> bool:
        """Settle the current disagreement with the passage selected in the text and the chosen code."""
        d = self.current()
        span = self.view.selection_span()
        if d is None:
            return False
        if span is None:
            self.passage.setText(self.tr("Select the passage in the text first."))
            return False
        return self._execute(ResolveDisagreement(self.ws, d, "span", span=span, code_id=self.edit_code.currentData(),
                                                 consensus=self.consensus))

    def _execute(self, command: ResolveDisagreement) -> bool:
        row = self.list.currentIndex().row()
        if not self.ws.execute(command):
            return False
        flags = [r.resolved for r in self.model.rows]
        following = [i for i in range(row + 1, len(flags)) if not flags[i]]
        if following:
            self.select(following[0])
        return True

    def _data_changed(self, _codebook: bool, transcripts: object) -> None:
        if self.transcript_id is None or (transcripts is not None and self.transcript_id not in transcripts):  # type: ignore[operator]
            return
        self.refresh()

    def refresh(self) -> None:
        """Re-read the resolved flags and the codings (after a resolution, undo or redo)."""
        try:
            flags = resolved_flags(self.ws.project, self.items, self.consensus)
        except KodeverkError as exc:
            self.ws.error.emit(describe(exc))
            return
        self.model.set_flags(flags)
        self._show_codings()
        d = self.current()
        if d is not None:
            self.show_passage(d)
        self._update_progress()

    def _update_progress(self) -> None:
        self._show_progress()
        if len(self.names) > 1:
            self._count_overall()

    def _show_progress(self) -> None:
        """The progress line: resolved in this transcript and, once counted, in all compared transcripts."""
        done = sum(r.resolved for r in self.model.rows)
        here = self.tr("%1 of %2 disagreements resolved").replace("%1", str(done)).replace(
            "%2", str(self.model.rowCount()))
        if self.overall_progress is not None:
            here += " — " + self.tr("in all %1 transcripts: %2 of %3").replace("%1", str(len(self.names))).replace(
                "%2", str(self.overall_progress.resolved)).replace("%3", str(self.overall_progress.total))
        self.progress.setText(here)

    def _count_overall(self) -> None:
        project, a, b, codes, names, consensus = (self.ws.project, self.coder_a, self.coder_b, self.codes,
                                                  self.names, self.consensus)
        token = object()
        self.overall_token = token

        def done(progress: Any) -> None:
            if token is not self.overall_token:
                return  # a newer count is on its way
            self.overall_token = None
            self.overall_progress = progress
            self._show_progress()

        self.overall_op = background(self, lambda: consensus_progress(project, a, b, codes, names, consensus), done,
                                     lambda error: self.ws.error.emit(describe(error)))

    def closeEvent(self, event: Any) -> None:
        try:
            self.ws.data_changed.disconnect(self._data_changed)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)
