"""One open project inside the main window: the docks, the transcript view and how they talk."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QMenu, QWidget

from kodeverk.errors import KodeverkError
from kodeverk.retrieval.query import Excerpt
from kodeverk.services.coding import codings_of_transcript
from kodeverk.services.search import SearchHit
from kodeverk.services.transcripts import transcript_text, transcript_turns
from ui.codebook_dock import CodebookDock
from ui.coding_actions import CodingActions
from ui.docks import NavigatorDock, SegmentsDock
from ui.search_panel import SearchPanel
from ui.settings import SNAP_TO_WORDS
from ui.transcript_view import TranscriptView
from ui.workspace import CodingDelta, Workspace
from ui.error_text import describe


class ProjectView(QObject):
    """Builds the docks and the centre for ``workspace`` in ``window``; :meth:`dispose` takes them away."""

    def __init__(self, workspace: Workspace, window: QMainWindow):
        super().__init__(window)
        self.ws, self.window = workspace, window
        self.view = TranscriptView(window)
        self.view.snap_to_words = workspace.settings.get(SNAP_TO_WORDS)
        self.navigator = NavigatorDock(workspace, window)
        self.codebook = CodebookDock(workspace, window)
        self.segments = SegmentsDock(workspace, window)
        self.segments.text_of = lambda tid: self.view.text if tid == self.view.transcript_id else None
        self.search = SearchPanel(workspace, window)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.navigator)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.codebook)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.segments)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.search)
        window.tabifyDockWidget(self.segments, self.search)
        self.segments.raise_()
        self.coding = CodingActions(workspace, self.view, window, self.codebook.current_code_id)

        self.navigator.transcript_chosen.connect(self.open_transcript)
        self.codebook.code_activated.connect(lambda code_id: self.coding.code_span(code_id))
        self.codebook.code_selected.connect(self.segments.show_code)
        self.codebook.span_dropped.connect(self._span_dropped)
        self.segments.segment_chosen.connect(self.jump_to_segment)
        self.search.hit_chosen.connect(self.jump_to_hit)
        self.search.hits_found.connect(self._mark_hits)
        self.search.code_all_requested.connect(self.coding.code_hits)
        self.view.context_menu_wanted.connect(self._text_menu)
        self.view.stripes.context_menu_requested.connect(lambda _id, point: self._text_menu(point))
        workspace.codings_changed.connect(self._codings_changed)
        workspace.data_changed.connect(self._data_changed)
        self.view.span_dragged.connect(self.coding.set_extent)
        workspace.current_coder_changed.connect(lambda _id: self.refresh_codings())
        workspace.show_others_changed.connect(lambda _on: self.refresh_codings())
        workspace.coders_changed.connect(self.refresh_codings)
        self.hits: list[SearchHit] = []
        self._order_tabs()
        self.pane_actions: list[QAction] = []
        for keys, step in (("F6", 1), ("Shift+F6", -1)):
            action = QAction(self)  # deleted with this view of the project (see dispose)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _checked=False, s=step: self.next_pane(s))
            self.pane_actions.append(action)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.pane_actions[0].setText(self.tr("&Next pane"))
        self.pane_actions[1].setText(self.tr("&Previous pane"))
        for action in self.pane_actions:
            action.setToolTip(self.tr("Move the keyboard focus between the transcripts, the text, the codebook, "
                                      "the coded segments and the search"))

    # -- keyboard ----------------------------------------------------------------------------

    def panes(self) -> list[QWidget]:
        """The main widget of each pane, in reading order: transcripts, text, codebook, segments, search."""
        return [self.navigator.tree, self.view, self.codebook.tree, self.segments.table, self.search.query]

    def _order_tabs(self) -> None:
        """Tab goes left to right, top to bottom: transcripts, the text, the codebook, segments, search."""
        chain = [self.navigator.filter, self.navigator.tree, self.view, *self.codebook.buttons, self.codebook.tree,
                 self.segments.table, self.search.query]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def next_pane(self, step: int = 1) -> None:
        """Focus the next (``step`` 1) or previous (-1) visible pane (F6 / Shift+F6)."""
        panes = [w for w in self.panes() if w.isVisible()]
        if not panes:
            return
        focus = QApplication.focusWidget()
        current = next((i for i, w in enumerate(panes) if focus is not None and (focus is w or w.isAncestorOf(focus))),
                       None)
        target = panes[0] if current is None else panes[(current + step) % len(panes)]
        dock = target.parent()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parent()
        if dock is not None:
            dock.raise_()  # a tabbed dock comes to the front
        target.setFocus(Qt.FocusReason.TabFocusReason)

    def dispose(self) -> None:
        for dock in (self.navigator, self.codebook, self.segments, self.search):
            self.window.removeDockWidget(dock)
            dock.deleteLater()
        self.coding.picker.deleteLater()
        self.view.deleteLater()
        self.deleteLater()

    # -- transcripts -------------------------------------------------------------------

    def open_transcript(self, transcript_id: int) -> None:
        if transcript_id == self.view.transcript_id:
            return
        try:
            text = transcript_text(self.ws.project, transcript_id)
            turns = transcript_turns(self.ws.project, transcript_id)
        except KodeverkError as exc:
            self.ws.error.emit(describe(exc))
            return
        self.view.show_transcript(transcript_id, text, turns)
        self.refresh_codings()
        self.navigator.select_transcript(transcript_id)
        self.codebook.set_transcript(transcript_id)
        self.segments.show_transcript(transcript_id)
        self.search.transcript_id = transcript_id
        self._mark_hits(self.hits)
        info = self.navigator.model.transcripts.get(transcript_id)
        self.window.setWindowTitle(f"{info.name if info else ''} — {self.ws.project.path.stem} — Kodeverk")

    def refresh_codings(self) -> None:
        if self.view.transcript_id is None:
            return
        try:
            codings = codings_of_transcript(self.ws.project, self.view.transcript_id)
        except KodeverkError as exc:
            self.ws.error.emit(describe(exc))
            return
        if not self.ws.show_other_coders and self.ws.current_coder_id is not None:
            codings = [c for c in codings if c.coder_id == self.ws.current_coder_id]
        self.view.set_codings(codings, self.ws.codebook, self.ws.coders, self.ws.current_coder_id)

    def _data_changed(self, codebook: bool, transcripts: object) -> None:
        if self.ws.delta is not None:
            return  # applied in _codings_changed
        if transcripts is None or self.view.transcript_id in transcripts or codebook:  # type: ignore[operator]
            self.refresh_codings()

    def _codings_changed(self, delta: CodingDelta) -> None:
        """Only the codings that changed: their highlights and stripes, nothing else."""
        shown = self.view.transcript_id
        if shown not in delta.transcript_ids:
            return
        only = None if self.ws.show_other_coders else self.ws.current_coder_id
        self.view.apply_delta([c.id for c in delta.removed if c.transcript_id == shown],
                              [c for c in delta.added if c.transcript_id == shown
                               and (only is None or c.coder_id == only)])

    # -- jumping ---------------------------------------------------------------------------

    def jump_to_segment(self, segment: Excerpt) -> None:
        self.open_transcript(segment.transcript_id)
        self.view.select_coding(segment.coding_id)
        self.view.setFocus()

    def jump_to_hit(self, hit: SearchHit) -> None:
        self.open_transcript(hit.transcript_id)
        self.view.select_span(hit.start, hit.end)
        self.view.setFocus()

    def _span_dropped(self, code_id: int, transcript_id: int, start: int, end: int) -> None:
        """Text dragged from the transcript onto a code: code exactly the dragged span."""
        if transcript_id == self.view.transcript_id:
            self.coding.code_span(code_id, (start, end))

    def _mark_hits(self, hits: list[SearchHit]) -> None:
        self.hits = hits
        self.view.set_search_hits([(h.start, h.end) for h in hits if h.transcript_id == self.view.transcript_id])

    def _text_menu(self, point: QPoint) -> None:
        menu = QMenu(self.window)
        self.coding.fill_menu(menu)
        menu.addSeparator()
        copy = menu.addAction(self.tr("&Copy"))
        copy.triggered.connect(self.view.copy)
        menu.popup(point)

    def current_widget(self) -> Any:
        return self.view
