"""The coding-stripes margin beside the transcript: one bar per coding, in lanes, labelled with the code.

A bar's ends can be dragged to widen or narrow the coding: within the margin
the end follows whole lines, over the text it follows the mouse (to whole
words when the view snaps to words). The view announces the new extent
(``span_dragged``); the coding itself is changed by an undoable command.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

if TYPE_CHECKING:
    from ui.transcript_view import TranscriptView

LANE_WIDTH = 84
MIN_LANE_WIDTH = 22
MAX_WIDTH = 230
MAX_SHARE = 0.22  # of the view's width: on a small screen the text keeps most of the room
BAR = 5
GRIP = 4  # pixels around a bar's end where it can be dragged


@dataclass(frozen=True)
class Bar:
    rect: QRect       # where a click picks the coding (the stripe and its label)
    coding_id: int
    stripe: QRect = QRect()  # the coloured stripe itself


@dataclass
class Drag:
    """A stripe end being dragged: which coding, which end, and the extent it would get."""

    coding_id: int
    edge: str                 # "start" or "end"
    start: int
    end: int
    pressed_at: QPoint
    moved: bool = False


class CodingStripes(QWidget):
    """Painted in the transcript view's left viewport margin; reads codings from the view."""

    coding_clicked = Signal(int)
    context_menu_requested = Signal(int, QPoint)
    span_dragged = Signal(int, int, int)  # coding id, new start, new end

    def __init__(self, view: TranscriptView):
        super().__init__(view)
        self.view = view
        self.bars: list[Bar] = []
        self.lane_count = 0
        self.drag: Drag | None = None
        self.setMouseTracking(True)
        self.setToolTip("")  # tooltips come from event()

    def max_width(self) -> int:
        """The widest the margin may be: MAX_WIDTH, or less beside a narrow view."""
        return max(MIN_LANE_WIDTH + 6, min(MAX_WIDTH, int(self.view.width() * MAX_SHARE)))

    def lane_width(self) -> int:
        if not self.lane_count:
            return 0
        return max(MIN_LANE_WIDTH, min(LANE_WIDTH, (self.max_width() - 6) // self.lane_count))

    def wanted_width(self) -> int:
        return self.lane_width() * self.lane_count + 6 if self.lane_count else 10

    def sizeHint(self) -> QSize:
        return QSize(self.wanted_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        painter.setPen(self.palette().mid().color())
        painter.drawLine(self.width() - 1, event.rect().top(), self.width() - 1, event.rect().bottom())
        self.bars = []
        lane_width = self.lane_width()
        metrics = QFontMetrics(self.font())
        min_label = metrics.horizontalAdvance("Mmm…")  # a label that would show only "…" is left out
        for coding, top, bottom in self.view.visible_coding_extents():
            lane = self.view.lanes.get(coding.id, 0)
            x = 3 + lane * lane_width
            rect = QRect(x, top, BAR, max(bottom - top, 6))
            code = self.view.codebook.nodes.get(coding.code_id) if self.view.codebook else None
            colour = QColor(code.colour if code else "#888888")
            coder = self.view.coders.get(coding.coder_id)
            selected = coding.id == self.view.current_coding_id
            painter.fillRect(rect, colour)
            if coder is not None:  # the coder's colour as a cap at both ends
                painter.fillRect(QRect(x, top, BAR, 3), QColor(coder.colour))
                painter.fillRect(QRect(x, rect.bottom() - 2, BAR, 3), QColor(coder.colour))
            if selected:
                painter.setPen(QColor("#000000"))
                painter.drawRect(rect.adjusted(-1, -1, 1, 1))
            label_width = lane_width - BAR - 6
            if label_width >= min_label and code is not None:
                label = metrics.elidedText(code.name, Qt.TextElideMode.ElideRight, label_width)
                font = painter.font()
                font.setBold(selected)
                painter.setFont(font)
                painter.setPen(colour.darker(150))
                painter.drawText(QRect(x + BAR + 3, top - 1, label_width, metrics.height()),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)
                self.bars.append(Bar(QRect(x, top, lane_width - 2, max(bottom - top, metrics.height())),
                                     coding.id, rect))
            else:
                self.bars.append(Bar(rect.adjusted(-2, 0, 2, 0), coding.id, rect))
        if self.drag is not None and self.drag.moved:
            self._paint_drag(painter, lane_width)
        painter.end()

    def _paint_drag(self, painter: QPainter, lane_width: int) -> None:
        """The extent the dragged coding would get, as a dashed outline beside its stripe."""
        assert self.drag is not None
        top, bottom = self.view.extent_of(self.drag.start, self.drag.end)
        x = 3 + self.view.lanes.get(self.drag.coding_id, 0) * lane_width
        pen = QPen(QColor("#000000"))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRect(QRect(x - 2, top, BAR + 3, max(bottom - top, 6)))

    def bar_at(self, point: QPoint) -> int | None:
        # narrow bars first: a label area may reach over the next lane's empty space
        for bar in sorted(self.bars, key=lambda b: b.rect.height()):
            if bar.rect.contains(point):
                return bar.coding_id
        return None

    def end_at(self, point: QPoint) -> tuple[int, str] | None:
        """(coding id, "start" or "end") if ``point`` is on the draggable end of a stripe."""
        for bar in sorted(self.bars, key=lambda b: b.stripe.height()):
            stripe = bar.stripe
            if not stripe.left() - GRIP <= point.x() <= stripe.right() + GRIP:
                continue
            if abs(point.y() - stripe.top()) <= GRIP:
                return bar.coding_id, "start"
            if abs(point.y() - stripe.bottom()) <= GRIP:
                return bar.coding_id, "end"
        return None

    # -- mouse ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton:
            end = self.end_at(point)
            if end is not None and end[0] in self.view.by_id:
                coding = self.view.by_id[end[0]]
                self.drag = Drag(coding.id, end[1], coding.start, coding.end, point)
                self.coding_clicked.emit(coding.id)
                return
        coding_id = self.bar_at(point)
        if coding_id is None:
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self.coding_clicked.emit(coding_id)
        elif event.button() == Qt.MouseButton.RightButton:
            self.coding_clicked.emit(coding_id)
            self.context_menu_requested.emit(coding_id, event.globalPosition().toPoint())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        drag = self.drag
        if drag is None:
            if self.end_at(point) is not None:
                self.setCursor(Qt.CursorShape.SizeVerCursor)
            else:
                self.unsetCursor()
            return
        if not drag.moved and (point - drag.pressed_at).manhattanLength() < QApplication.startDragDistance():
            return
        drag.moved = True
        coding = self.view.by_id.get(drag.coding_id)
        if coding is None:  # gone meanwhile (undone elsewhere)
            self.drag = None
            return
        span = self.view.dragged_span(coding, drag.edge, event.globalPosition().toPoint())
        if span is not None:
            drag.start, drag.end = span
            self.view.preview_span(drag.start, drag.end, drag.edge)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self.drag = self.drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        coding = self.view.by_id.get(drag.coding_id)
        self.update()
        if drag.moved and coding is not None and (drag.start, drag.end) != (coding.start, coding.end):
            self.span_dragged.emit(drag.coding_id, drag.start, drag.end)

    def cancel_drag(self) -> None:
        """Escape while dragging: the coding keeps its extent."""
        drag, self.drag = self.drag, None
        if drag is not None and drag.coding_id in self.view.by_id:
            coding = self.view.by_id[drag.coding_id]
            self.view.select_span(coding.start, coding.end)
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            coding_id = self.bar_at(event.pos())
            if coding_id is None:
                QToolTip.hideText()
            else:
                tip = self.view.describe_coding(coding_id)
                if self.end_at(event.pos()) is not None:
                    tip += "\n" + self.tr("Drag this end to widen or narrow the coding")
                QToolTip.showText(event.globalPos(), tip, self)
            return True
        return super().event(event)
