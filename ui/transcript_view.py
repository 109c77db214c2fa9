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
from ui.highlights import lanes_of, runs_of
from ui.offsets import OffsetMap
from ui.stripes import CodingStripes

SPAN_MIME = "application/x-kodeverk-span"
_WORD_CHAR = re.compile(r"\w", re.UNICODE)
HIGHLIGHT_STRENGTH = 0.38


class TranscriptView(QTextEdit):
    """Shows one transcript; emits what the user points at, changes nothing itself."""

    coding_clicked = Signal(int)
    context_menu_wanted = Signal(QPoint)

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
        self.lanes: dict[int, int] = {}
        self.codebook: Codebook | None = None
        self.coders: dict[int, CoderInfo] = {}
        self.current_coding_id: int | None = None
        self.snap_to_words = True
        self._coding_selections: list[QTextEdit.ExtraSelection] = []
        self._search_selections: list[QTextEdit.ExtraSelection] = []
        self.stripes = CodingStripes(self)
        self.stripes.coding_clicked.connect(self._stripe_clicked)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.stripes.update())
        self._update_margin()

    # -- showing ------------------------------------------------------------------------

    def show_transcript(self, transcript_id: int | None, text: str, turns: Sequence[TurnInfo]) -> None:
        """Show ``text`` with its speaker turns styled (codings come with :meth:`set_codings`)."""
        self.transcript_id = transcript_id
        self.text = text
        self.offsets = OffsetMap(text)
        self.current_coding_id = None
        self.codings, self.by_id, self.lanes = [], {}, {}
        self._coding_selections, self._search_selections = [], []
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
        """Show ``codings`` as highlights and stripes."""
        self.codebook = codebook
        self.coders = {c.id: c for c in coders}
        self.codings = [c for c in codings if c.code_id in codebook.nodes]
        self.by_id = {c.id: c for c in self.codings}
        if self.current_coding_id not in self.by_id:
            self.current_coding_id = None
        self.lanes = lanes_of(self.codings, current_coder_id)
        self.stripes.lane_count = max(self.lanes.values(), default=-1) + 1
        self._coding_selections = self._highlights()
        self._apply_selections()
        self._update_margin()
        self.stripes.update()

    def _highlights(self) -> list[QTextEdit.ExtraSelection]:
        assert self.codebook is not None
        selections = []
        colours = {c.id: QColor(self.codebook[c.code_id].colour) for c in self.codings}
        for run in runs_of(self.codings):
            background = QColor("#FFFFFF")
            for coding_id in run.coding_ids:  # each coding layered over those beneath
                background = tint(colours[coding_id], HIGHLIGHT_STRENGTH, background)
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.offsets.to_utf16(run.start))
            cursor.setPosition(self.offsets.to_utf16(run.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            char_format = QTextCharFormat()  # built apart and assigned whole (PySide6 refcount safety)
            char_format.setBackground(background)
            char_format.setForeground(text_colour_on(background))
            if len(run.coding_ids) > 1:  # overlaps: underline so they read as layered
                char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                char_format.setUnderlineColor(colours[run.coding_ids[-1]].darker(130))
            selection.format = char_format
            selections.append(selection)
        return selections

    def set_search_hits(self, spans: Sequence[tuple[int, int]]) -> None:
        """Mark search hits (code points) with a yellow box-ish highlight."""
        self._search_selections = []
        for start, end in spans:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.offsets.to_utf16(start))
            cursor.setPosition(self.offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            char_format = QTextCharFormat()
            char_format.setBackground(QColor("#FFE14D"))
            char_format.setForeground(QColor("#000000"))
            selection.format = char_format
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
        start = self.offsets.to_code_points(cursor.selectionStart())
        end = self.offsets.to_code_points(cursor.selectionEnd())
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
        viewport = self.viewport()
        first = self.offsets.to_code_points(self.cursorForPosition(QPoint(0, 0)).position())
        last = self.offsets.to_code_points(
            self.cursorForPosition(QPoint(viewport.width(), viewport.height())).position())
        for coding in self.codings:
            if coding.end < first or coding.start > last + 1:
                continue
            top = self.cursorRect(self.cursor_at(coding.start)).top()
            bottom = self.cursorRect(self.cursor_at(coding.end)).bottom()
            yield coding, top, bottom

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
        if event.key() == Qt.Key.Key_Escape and self.current_coding_id is not None:
            self.select_coding(None)
            return
        super().keyPressEvent(event)

    def createMimeDataFromSelection(self) -> QMimeData:
        data = super().createMimeDataFromSelection()
        span = self.selection_span()
        if span is not None and self.transcript_id is not None:
            data.setData(SPAN_MIME, f"{self.transcript_id},{span[0]},{span[1]}".encode())
        return data

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.context_menu_wanted.emit(event.globalPos())


def snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` to whole words (a selection starting or ending inside a word)."""
    while 0 < start < len(text) and _WORD_CHAR.match(text[start - 1]) and _WORD_CHAR.match(text[start]):
        start -= 1
    while 0 < end < len(text) and _WORD_CHAR.match(text[end - 1]) and _WORD_CHAR.match(text[end]):
        end += 1
    return start, end
