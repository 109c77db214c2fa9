"""The transcript view: read-only text, styled speaker turns, codings as layered highlights, stripes beside.

Everything here speaks the core's code-point offsets; :class:`ui.offsets.OffsetMap`
converts at the boundary with Qt's UTF-16 cursor positions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (QColor, QContextMenuEvent, QFont, QResizeEvent, QTextBlockFormat, QTextCharFormat,
                           QTextCursor, QTextFormat)
from PySide6.QtWidgets import QTextEdit

from kodeverk.codebook.tree import Codebook
from kodeverk.services.coders import CoderInfo
from kodeverk.services.coding import CodingInfo
from kodeverk.services.transcripts import TurnInfo
from ui.colours import text_colour_on, tint
from ui.highlights import Lanes, runs_between
from ui.offsets import OffsetMap
from ui.stripes import CodingStripes

SPAN_MIME = "application/x-kodeverk-span"
_WORD_CHAR = re.compile(r"\w", re.UNICODE)
HIGHLIGHT_STRENGTH = 0.38


class TranscriptView(QTextEdit):
    """Shows one transcript; emits what the user points at, changes nothing itself."""

    coding_clicked = Signal(int)
    context_menu_wanted = Signal(QPoint)
    span_dragged = Signal(int, int, int)  # coding id, new start, new end: the user dragged a stripe's end

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.5) + 0.5)
        self.setFont(font)
        self.document().setDocumentMargin(14)
        self.transcript_id: int | None = None
        self.offsets = OffsetMap("")
        self.text = ""
        self.codings: list[CodingInfo] = []         # shown codings (other coders' filtered out when hidden)
        self.by_id: dict[int, CodingInfo] = {}
        self.lanes = Lanes()
        self.codebook: Codebook | None = None
        self.coders: dict[int, CoderInfo] = {}
        self.current_coding_id: int | None = None
        self.snap_to_words = True
        self._coding_selections: list[QTextEdit.ExtraSelection] = []
        self._search_selections: list[QTextEdit.ExtraSelection] = []
        self._highlight_window: tuple[int, int] | None = None
        self._visible: tuple[tuple[int, ...] | None, tuple[int, int]] = (None, (0, 0))
        self._formats: dict[tuple[int, ...], QTextCharFormat] = {}
        self.stripes = CodingStripes(self)
        self.stripes.coding_clicked.connect(self._stripe_clicked)
        self.stripes.span_dragged.connect(self.span_dragged)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._update_margin()

    # -- showing ------------------------------------------------------------------------

    def show_transcript(self, transcript_id: int | None, text: str, turns: Sequence[TurnInfo]) -> None:
        """Show ``text`` with its speaker turns styled (codings come with :meth:`set_codings`)."""
        self.transcript_id = transcript_id
        self.text = text
        self.offsets = OffsetMap(text)
        self.current_coding_id = None
        self.codings, self.by_id = [], {}
        self.lanes = Lanes()
        self._coding_selections, self._search_selections = [], []
        self._highlight_window = None
        self._visible = (None, (0, 0))
        self.setExtraSelections([])
        self.setPlainText(text)
        document = self.document()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setBottomMargin(7)
        block.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.mergeBlockFormat(block)
        label = QTextCharFormat()
        label.setFontWeight(QFont.Weight.Bold)
        interviewer = QTextCharFormat()
        interviewer.setForeground(QColor("#4A4F57"))
        interviewer.setFontItalic(True)
        for turn in turns:
            if turn.is_interviewer:
                self._format(cursor, turn.label_end, turn.end, interviewer)
            label.setForeground(QColor("#2F4A7A") if turn.is_interviewer else QColor("#7A2F3A"))
            self._format(cursor, turn.start, turn.label_end, label)
        cursor.endEditBlock()
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self._update_margin()

    def _format(self, cursor: QTextCursor, start: int, end: int, char_format: QTextCharFormat) -> None:
        cursor.setPosition(self.offsets.to_utf16(start))
        cursor.setPosition(self.offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(char_format)

    def set_codings(self, codings: Sequence[CodingInfo], codebook: Codebook, coders: Sequence[CoderInfo],
                    current_coder_id: int | None) -> None:
        """Show ``codings`` as highlights and stripes (all anew)."""
        self.codebook = codebook
        self.coders = {c.id: c for c in coders}
        self.codings = sorted((c for c in codings if c.code_id in codebook.nodes), key=_position)
        self.by_id = {c.id: c for c in self.codings}
        if self.current_coding_id not in self.by_id:
            self.current_coding_id = None
        self.lanes = Lanes(self.codings, current_coder_id)
        self._codings_shown()

    def apply_delta(self, removed: Sequence[int], added: Sequence[CodingInfo]) -> None:
        """Take out the codings ``removed`` (ids) and show ``added``; only those stripes and highlights change."""
        old_lanes = {coding_id: self.lanes.remove(coding_id) for coding_id in removed if coding_id in self.by_id}
        for coding_id in old_lanes:
            del self.by_id[coding_id]
        fresh = [c for c in added if self.codebook is not None and c.code_id in self.codebook.nodes]
        self.by_id.update((c.id, c) for c in fresh)
        self.codings = sorted(self.by_id.values(), key=_position)
        if not all(self.lanes.add(c, old_lanes.get(c.id)) for c in fresh):
            self.lanes.rebuild(self.codings)  # a coder without a free lane: lay them out anew
        if self.current_coding_id not in self.by_id:
            self.current_coding_id = None
        self._codings_shown()

    def _codings_shown(self) -> None:
        self.stripes.lane_count = self.lanes.count
        self._update_margin()
        self._highlight_window = None
        self._refresh_highlights()
        self.stripes.update()

    def visible_range(self) -> tuple[int, int]:
        """The code-point offsets of the first and last character in view."""
        viewport = self.viewport()
        key = (self.verticalScrollBar().value(), viewport.width(), viewport.height(), self.offsets.length,
               self.document().revision())
        if self._visible[0] != key:  # hit-testing the layout is slow: once per scroll position and size
            first = self.cursorForPosition(QPoint(0, 0)).position()
            last = self.cursorForPosition(QPoint(viewport.width(), viewport.height())).position()
            self._visible = (key, (self.offsets.to_code_points(first), self.offsets.to_code_points(last)))
        return self._visible[1]

    def _refresh_highlights(self, *_args: object) -> None:
        """Highlights for the text in view and a screenful around it (built anew only when scrolled past)."""
        first, last = self.visible_range()
        last = min(last, first + 12000)  # no screen shows more; a view not yet sized may claim to
        reach = max(last - first, 1500)
        low, high = max(first - reach, 0), min(last + 2 * reach, self.offsets.length)
        window = self._highlight_window
        if window is not None and window[0] <= first and last <= window[1] \
                and window[1] - window[0] <= 2 * (high - low):  # (a window built before the view had its size)
            return
        self._highlight_window = (low, high)
        self._coding_selections = self._highlights(low, high)
        self._apply_selections()

    def _highlights(self, low: int, high: int) -> list[QTextEdit.ExtraSelection]:
        """One extra selection per run of equally-coded text in ``[low, high)``, colours layered."""
        if self.codebook is None:
            return []
        selections = []
        colours: dict[int, QColor] = {}
        for run in runs_between(self.codings, low, high):
            for coding_id in run.coding_ids:
                if coding_id not in colours:
                    colours[coding_id] = QColor(self.codebook[self.by_id[coding_id].code_id].colour)
            key = tuple(colours[i].rgb() for i in run.coding_ids)
            char_format = self._formats.get(key)
            if char_format is None:
                background = QColor("#FFFFFF")
                for coding_id in run.coding_ids:  # each coding layered over those beneath
                    background = tint(colours[coding_id], HIGHLIGHT_STRENGTH, background)
                char_format = QTextCharFormat()  # built apart and assigned whole (PySide6 refcount safety)
                char_format.setBackground(background)
                char_format.setForeground(text_colour_on(background))
                if len(run.coding_ids) > 1:  # overlaps: underline so they read as layered
                    char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                    char_format.setUnderlineColor(colours[run.coding_ids[-1]].darker(130))
                self._formats[key] = char_format
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.cursor_for(run.start, run.end)
            selection.format = char_format
            selections.append(selection)
        return selections

    def highlights_at(self, offset: int) -> list[QTextEdit.ExtraSelection]:
        """The coding highlights covering code point ``offset`` (scrolled into view, they are built)."""
        position = self.offsets.to_utf16(offset)
        return [s for s in self._coding_selections
                if s.cursor.selectionStart() <= position < s.cursor.selectionEnd()]

    def set_search_hits(self, spans: Sequence[tuple[int, int]]) -> None:
        """Mark search hits (code points) with a yellow box-ish highlight."""
        self._search_selections = []
        char_format = QTextCharFormat()
        char_format.setBackground(QColor("#FFE14D"))
        char_format.setForeground(QColor("#000000"))
        for start, end in spans:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.cursor_for(start, end)
            selection.format = QTextCharFormat(char_format)
            self._search_selections.append(selection)
        self._apply_selections()

    def _apply_selections(self) -> None:
        self.setExtraSelections(self._coding_selections + self._search_selections)

    def _update_margin(self) -> None:
        width = self.stripes.wanted_width()
        self.setViewportMargins(width, 0, 0, 0)
        rect = self.contentsRect()
        self.stripes.setGeometry(rect.left(), rect.top(), width, rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_margin()
        if self.codings:
            self._refresh_highlights()

    def _scrolled(self, _value: int) -> None:
        if self.codings:
            self._refresh_highlights()
        self.stripes.update()

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        self.stripes.update()

    # -- positions ---------------------------------------------------------------------

    def cursor_for(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_utf16(start))
        cursor.setPosition(self.offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def selection_span(self) -> tuple[int, int] | None:
        """The selected text in code points (snapped to whole words if chosen); None if nothing."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.tidy_span(self.offsets.to_code_points(cursor.selectionStart()),
                              self.offsets.to_code_points(cursor.selectionEnd()))

    def tidy_span(self, start: int, end: int) -> tuple[int, int] | None:
        """``[start, end)`` widened to whole words (if chosen) and without white space at its ends."""
        if self.snap_to_words:
            start, end = snap(self.text, start, end)
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def select_span(self, start: int, end: int) -> None:
        """Select ``[start, end)`` and scroll it into view."""
        self.setTextCursor(self.cursor_for(start, end))
        self.ensureCursorVisible()

    def neighbour_coding(self, step: int) -> int | None:
        """The coding after (``step`` 1) or before (-1) the chosen one, or the cursor; None at the end."""
        if not self.codings:
            return None
        if self.current_coding_id in self.by_id:
            ids = [c.id for c in self.codings]
            index = ids.index(self.current_coding_id) + step  # type: ignore[arg-type]
            return ids[index] if 0 <= index < len(ids) else None
        position = self.offsets.to_code_points(self.textCursor().selectionStart())
        if step > 0:
            return next((c.id for c in self.codings if c.start > position), None)
        return next((c.id for c in reversed(self.codings) if c.start < position), None)

    def coding_at_cursor(self) -> int | None:
        """The chosen coding (stripe clicked) if the cursor is in it, else the innermost one under the cursor."""
        position = self.offsets.to_code_points(self.textCursor().selectionStart())
        covering = [c for c in self.codings if c.start <= position < c.end]
        if self.current_coding_id in self.by_id and (not covering or self.current_coding_id in
                                                      {c.id for c in covering}):
            return self.current_coding_id
        return min(covering, key=lambda c: c.end - c.start).id if covering else None

    def visible_coding_extents(self) -> Iterator[tuple[CodingInfo, int, int]]:
        """(coding, top y, bottom y) of each coding in view, in viewport coordinates."""
        first, last = self.visible_range()
        for coding in self.codings:
            if coding.start > last + 1:
                break  # sorted by start
            if coding.end < first:
                continue
            top, bottom = self.extent_of(coding.start, coding.end)
            yield coding, top, bottom

    def extent_of(self, start: int, end: int) -> tuple[int, int]:
        """Top and bottom y (viewport coordinates) of the lines ``[start, end)`` spans."""
        return self.cursorRect(self.cursor_at(start)).top(), self.cursorRect(self.cursor_at(end)).bottom()

    def dragged_span(self, coding: CodingInfo, edge: str, global_point: QPoint) -> tuple[int, int] | None:
        """The extent ``coding`` gets when its ``edge`` ("start"/"end") is dragged to ``global_point``.

        Left of the text (in the stripes margin) the end follows whole lines;
        over the text it follows the character under the mouse.
        """
        point = self.viewport().mapFromGlobal(global_point)
        if point.x() < 0:
            point = QPoint(0 if edge == "start" else self.viewport().width() - 1, point.y())
        offset = self.offsets.to_code_points(self.cursorForPosition(point).position())
        start, end = (offset, coding.end) if edge == "start" else (coding.start, offset)
        if start >= end:
            return None
        return self.tidy_span(start, end)

    def preview_span(self, start: int, end: int, edge: str) -> None:
        """Select ``[start, end)`` with the cursor at the dragged ``edge`` (kept in view)."""
        cursor = self.cursor_for(end, start) if edge == "start" else self.cursor_for(start, end)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def cursor_at(self, offset: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_utf16(offset))
        return cursor

    def describe_coding(self, coding_id: int) -> str:
        coding = self.by_id.get(coding_id)
        if coding is None or self.codebook is None:
            return ""
        coder = self.coders.get(coding.coder_id)
        lines = [self.codebook[coding.code_id].path_string,
                 self.tr("Coder: %1").replace("%1", coder.name if coder else "?")]
        if coding.memo:
            lines.append(self.tr("Memo: %1").replace("%1", coding.memo))
        return "\n".join(lines)

    def select_coding(self, coding_id: int | None) -> None:
        self.current_coding_id = coding_id
        coding = self.by_id.get(coding_id) if coding_id is not None else None
        if coding is not None:
            self.select_span(coding.start, coding.end)
        self.stripes.update()

    def _stripe_clicked(self, coding_id: int) -> None:
        self.select_coding(coding_id)
        self.coding_clicked.emit(coding_id)

    # -- user input ---------------------------------------------------------------------

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self.stripes.drag is not None:  # a stripe's end being dragged
            self.stripes.cancel_drag()
            return
        if event.key() == Qt.Key.Key_Escape and self.current_coding_id is not None:
            self.select_coding(None)
            return
        super().keyPressEvent(event)

    def createMimeDataFromSelection(self) -> QMimeData:
        """The dragged (or copied) selection: its text, and which span of which transcript it is.

        Qt's own text-edit mime data lists a fixed set of formats (a span added
        to it would not be seen), so the formats are copied into plain mime data.
        """
        rich = super().createMimeDataFromSelection()
        data = QMimeData()
        for kind in rich.formats():
            data.setData(kind, rich.data(kind))
        span = self.selection_span()
        if span is not None and self.transcript_id is not None:
            data.setData(SPAN_MIME, f"{self.transcript_id},{span[0]},{span[1]}".encode())
        return data

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.context_menu_wanted.emit(event.globalPos())


def _position(coding: CodingInfo) -> tuple[int, int, int]:
    return coding.start, -coding.end, coding.id


def snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` to whole words (a selection starting or ending inside a word)."""
    while 0 < start < len(text) and _WORD_CHAR.match(text[start - 1]) and _WORD_CHAR.match(text[start]):
        start -= 1
    while 0 < end < len(text) and _WORD_CHAR.match(text[end - 1]) and _WORD_CHAR.match(text[end]):
        end += 1
    return start, end
