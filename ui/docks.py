"""The transcripts navigator and the coded segments docks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDockWidget, QHeaderView, QLabel, QLineEdit, QTableView,
                               QTreeView, QVBoxLayout, QWidget)

from kodeverk.errors import KodeverkError
from kodeverk.services.segments import SegmentQuery, Segment, query_segments
from ui.navigator_model import NavigatorFilter, NavigatorModel
from ui.segments_model import SegmentsModel
from ui.table_model import RowRole
from ui.tree_model import IdRole, KindRole
from ui.workspace import Workspace


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
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(0, 170)
        self.tree.setColumnWidth(1, 56)
        self.tree.expandAll()
        self.tree.activated.connect(self._activated)
        self.tree.clicked.connect(self._activated)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        self.setWidget(body)
        workspace.data_changed.connect(lambda *_: self.reload())
        workspace.transcripts_changed.connect(self.reload)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Transcripts"))
        self.filter.setPlaceholderText(self.tr("Filter by name, informant or role"))
        self.filter.setToolTip(self.tr("Show only transcripts whose name, informant or role contains this"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.model.reload()
            self.tree.expandAll()
        super().changeEvent(event)

    def reload(self) -> None:
        current = self.current_transcript_id()
        self.model.reload()
        self.tree.expandAll()
        if current is not None:
            self.select_transcript(current)

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

    segment_chosen = Signal(object)  # Segment

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
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
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
        workspace.data_changed.connect(lambda *_: self.reload())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Coded segments"))
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
        self.reload()

    def show_transcript(self, transcript_id: int | None) -> None:
        self.transcript_id = transcript_id
        if self.code_id is None:
            self.reload()

    def reload(self) -> None:
        if self.code_id is not None and self.code_id not in self.ws.codebook.nodes:
            self.code_id = None
        rows: list[Segment] = []
        try:
            if self.code_id is not None:
                rows = query_segments(self.ws.project, SegmentQuery(code_ids=[self.code_id]))
            elif self.transcript_id is not None:
                rows = query_segments(self.ws.project, SegmentQuery(transcript_ids=[self.transcript_id]))
        except KodeverkError as exc:
            self.ws.error.emit(str(exc))
        self.model.code_colours = {n.id: n.colour for n in self.ws.codebook.walk()}
        self.model.code_names = {n.id: n.name for n in self.ws.codebook.walk()}
        self.model.coder_colours = {c.id: c.colour for c in self.ws.coders}
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))
        self._caption()

    def _activated(self, index: QModelIndex) -> None:
        segment = index.data(RowRole)
        if segment is not None:
            self.segment_chosen.emit(segment)
