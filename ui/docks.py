"""The transcripts navigator and the coded segments docks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDockWidget, QHeaderView, QLabel, QLineEdit, QTableView,
                               QTreeView, QVBoxLayout, QWidget)

from kodeverk.errors import KodeverkError
from kodeverk.retrieval.query import Excerpt, RetrievalQuery, retrieve
from kodeverk.services.coding import CodingInfo
from ui.navigator_model import NavigatorFilter, NavigatorModel
from ui.segments_model import SegmentsModel
from ui.table_model import RowRole
from ui.tree_model import IdRole, KindRole
from ui.workspace import CodingDelta, Workspace
from ui.error_text import describe


NAME_WIDTH = 320  # the widest the transcript-name column grows by itself


class NavigatorDock(QDockWidget):
    """Transcripts by phase and group with coding counts; a filter box; activating one opens it."""

    transcript_chosen = Signal(int)

    def __init__(self, workspace: Workspace, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("navigator_dock")
        self.ws = workspace
        self.model = NavigatorModel(workspace.project, self)
        self.proxy = NavigatorFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()  # the name first and widest; the informant takes what is left
        header.setStretchLastSection(True)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.tree.setIndentation(14)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # "Slutt KUBU – et…beidet": both ends tell apart
        self.tree.expandAll()
        self._name_width_chosen, self._sizing = False, False
        header.sectionResized.connect(self._section_resized)
        self.tree.viewport().installEventFilter(self)
        self.tree.activated.connect(self._activated)
        self.tree.clicked.connect(self._activated)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        self.setWidget(body)
        workspace.codings_changed.connect(self._codings_changed)
        workspace.data_changed.connect(self._data_changed)
        workspace.transcripts_changed.connect(self.reload)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Transcripts"))
        self.toggleViewAction().setText(self.tr("&Transcripts"))  # the View menu's entry, with a mnemonic
        self.filter.setPlaceholderText(self.tr("Filter by name, informant or role"))
        self.filter.setToolTip(self.tr("Show only transcripts whose name, informant or role contains this"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        metrics = self.tree.header().fontMetrics()  # the count column fits its (translated) title and 5 digits
        self.tree.header().resizeSection(1, max(metrics.horizontalAdvance(self.model.header(1)),
                                                metrics.horizontalAdvance("00000")) + 16)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.model.reload()
            self.tree.expandAll()
        super().changeEvent(event)

    def _codings_changed(self, delta: CodingDelta) -> None:
        counts: dict[int, int] = {}
        for coding in delta.removed:
            counts[coding.transcript_id] = counts.get(coding.transcript_id, 0) - 1
        for coding in delta.added:
            counts[coding.transcript_id] = counts.get(coding.transcript_id, 0) + 1
        for transcript_id, by in counts.items():
            if by:
                self.model.count_changed(transcript_id, by)

    def _data_changed(self, codebook: bool, transcripts: object) -> None:
        if self.ws.delta is None and (transcripts is None or transcripts):
            self.reload()

    def reload(self) -> None:
        current = self.current_transcript_id()
        self.model.reload()
        self.tree.expandAll()
        self._size_name_column()
        if current is not None:
            self.select_transcript(current)

    def _size_name_column(self) -> None:
        """Names as wide as they need, up to what leaves the counts in view; the informant column is the one cut.

        Once the user drags the column's edge, their width stays.
        """
        if self._name_width_chosen:
            return
        counts = self.tree.columnWidth(1)
        room = self.tree.viewport().width() - counts - 2
        wanted = self.tree.sizeHintForColumn(0)
        self._sizing = True
        self.tree.setColumnWidth(0, max(140, min(wanted, room, NAME_WIDTH)))
        self._sizing = False

    def _section_resized(self, section: int, _old: int, _new: int) -> None:
        if section == 0 and not self._sizing:
            self._name_width_chosen = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self._size_name_column()
        return super().eventFilter(watched, event)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.tree.expandAll()

    def current_transcript_id(self) -> int | None:
        index = self.tree.currentIndex()
        if index.isValid() and index.data(KindRole) == "transcript":
            return index.data(IdRole)
        return None

    def select_transcript(self, transcript_id: int) -> None:
        source = self.model.find("transcript", transcript_id)
        index = self.proxy.mapFromSource(source)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _activated(self, index: QModelIndex) -> None:
        index = index.siblingAtColumn(0)
        if index.data(KindRole) == "transcript":
            self.transcript_chosen.emit(index.data(IdRole))


class SegmentsDock(QDockWidget):
    """The codings of the selected code (or of the open transcript); double-click jumps to one."""

    segment_chosen = Signal(object)  # Excerpt

    def __init__(self, workspace: Workspace, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("segments_dock")
        self.ws = workspace
        self.model = SegmentsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move within it)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(40)  # size columns by the first rows only
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.caption = QLabel(self)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.caption)
        layout.addWidget(self.table)
        self.setWidget(body)
        self.code_id: int | None = None
        self.transcript_id: int | None = None
        self._shown: tuple[int | None, int | None] | None = None  # (code, transcript) the rows are of
        self.text_of: Callable[[int], str | None] = lambda _transcript_id: None  # a transcript's text, if at hand
        workspace.codings_changed.connect(self._codings_changed)
        workspace.data_changed.connect(self._data_changed)
        workspace.coders_changed.connect(self.reload)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Coded segments"))
        self.toggleViewAction().setText(self.tr("Coded &segments"))  # the View menu's entry, with a mnemonic
        self._caption()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _caption(self) -> None:
        count = self.model.rowCount()
        if self.code_id is not None and self.code_id in self.ws.codebook.nodes:
            text = self.tr("%n segment(s) coded with “%1” (with sub-codes)", "", count).replace(
                "%1", self.ws.codebook[self.code_id].path_string)
        elif self.transcript_id is not None:
            text = self.tr("%n segment(s) in this transcript; choose a code to see its segments", "", count)
        else:
            text = self.tr("Choose a code or a transcript to see its coded segments")
        self.caption.setText(text)

    def show_code(self, code_id: int | None) -> None:
        self.code_id = code_id
        if self._wanted() != self._shown:
            self.reload()

    def show_transcript(self, transcript_id: int | None) -> None:
        self.transcript_id = transcript_id
        if self._wanted() != self._shown:
            self.reload()

    def _wanted(self) -> tuple[int | None, int | None]:
        return (self.code_id, None) if self.code_id is not None else (None, self.transcript_id)

    def _data_changed(self, _codebook: bool, _transcripts: object) -> None:
        if self.ws.delta is None:
            self.reload()

    def _codings_changed(self, delta: CodingDelta) -> None:
        """Take out the rows of removed codings, put in rows for added ones that belong here."""
        if self._shown is None:
            return
        gone = {c.id for c in delta.removed}
        for position in reversed([i for i, row in enumerate(self.model.rows) if row.coding_id in gone]):
            self.model.remove_row(position)
        if self.code_id is not None:
            codes = set(self.ws.codebook.descendants(self.code_id)) if self.code_id in self.ws.codebook.nodes \
                else set()
            wanted = [c for c in delta.added if c.code_id in codes]
        else:
            wanted = [c for c in delta.added if c.transcript_id == self.transcript_id]
        if not wanted:
            self._caption()
            return
        made = [self._segment_like_its_neighbours(c) for c in wanted]
        if all(made):
            found = made
        else:  # no row of its transcript yet to take the transcript's details from: ask the core
            try:
                found = retrieve(self.ws.project, RetrievalQuery(
                    transcript_ids=sorted({c.transcript_id for c in wanted}),
                    code_ids=sorted({c.code_id for c in wanted}), include_subcodes=False))
            except KodeverkError as exc:
                self.ws.error.emit(describe(exc))
                return
        ids = {c.id for c in wanted}
        for segment in found:
            if segment is not None and segment.coding_id in ids and not self._insert(segment):
                self.reload()  # no row of its transcript to place it by: list anew
                return
        self._caption()

    def _segment_like_its_neighbours(self, coding: CodingInfo) -> Excerpt | None:
        """A row for a new ``coding``, with its transcript's details from a row of the same transcript."""
        text = self.text_of(coding.transcript_id)
        coder = self.ws.coder(coding.coder_id)
        sibling = next((r for r in self.model.rows if r.transcript_id == coding.transcript_id), None)
        if text is None or coder is None or sibling is None or coding.code_id not in self.ws.codebook.nodes:
            return None
        return replace(sibling, coding_id=coding.id, code_id=coding.code_id,
                       code_path=self.ws.codebook[coding.code_id].path_string, coder_id=coder.id, coder=coder.name,
                       start=coding.start, end=coding.end, text=text[coding.start:coding.end], memo=coding.memo,
                       created=coding.created)

    def _insert(self, segment: Excerpt) -> bool:
        """Put ``segment`` in among the rows of its transcript, by position; False if there are none."""
        rows = self.model.rows
        same = [i for i, row in enumerate(rows) if row.transcript_id == segment.transcript_id]
        if not same:
            return False
        key = (segment.start, segment.end, segment.coding_id)
        position = next((i for i in same if (rows[i].start, rows[i].end, rows[i].coding_id) > key), same[-1] + 1)
        self.model.insert_row(position, segment)
        return True

    def reload(self) -> None:
        if self.code_id is not None and self.code_id not in self.ws.codebook.nodes:
            self.code_id = None
        rows: list[Excerpt] = []
        try:
            if self.code_id is not None:
                rows = retrieve(self.ws.project, RetrievalQuery(code_ids=[self.code_id]))
            elif self.transcript_id is not None:
                rows = retrieve(self.ws.project, RetrievalQuery(transcript_ids=[self.transcript_id]))
        except KodeverkError as exc:
            self.ws.error.emit(describe(exc))
        self.model.code_colours = {n.id: n.colour for n in self.ws.codebook.walk()}
        self.model.code_names = {n.id: n.name for n in self.ws.codebook.walk()}
        self.model.coder_colours = {c.id: c.colour for c in self.ws.coders}
        self.model.set_rows(rows)
        self._shown = self._wanted()
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))
        self._caption()

    def _activated(self, index: QModelIndex) -> None:
        segment = index.data(RowRole)
        if segment is not None:
            self.segment_chosen.emit(segment)
