"""The coding-stripes margin beside the transcript: one bar per coding, in lanes, labelled with the code."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

if TYPE_CHECKING:
    from ui.transcript_view import TranscriptView

LANE_WIDTH = 84
MIN_LANE_WIDTH = 22
MAX_WIDTH = 230
BAR = 5


@dataclass(frozen=True)
class Bar:
    rect: QRect
    coding_id: int


class CodingStripes(QWidget):
    """Painted in the transcript view's left viewport margin; reads codings from the view."""

    coding_clicked = Signal(int)
    context_menu_requested = Signal(int, QPoint)

    def __init__(self, view: TranscriptView):
        super().__init__(view)
        self.view = view
        self.bars: list[Bar] = []
        self.lane_count = 0
        self.setMouseTracking(True)
        self.setToolTip("")  # tooltips come from event()

    def lane_width(self) -> int:
        if not self.lane_count:
            return 0
        return max(MIN_LANE_WIDTH, min(LANE_WIDTH, MAX_WIDTH // self.lane_count))

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
            if label_width > 12 and code is not None:
                label = metrics.elidedText(code.name, Qt.TextElideMode.ElideRight, label_width)
                font = painter.font()
                font.setBold(selected)
                painter.setFont(font)
                painter.setPen(colour.darker(150))
                painter.drawText(QRect(x + BAR + 3, top - 1, label_width, metrics.height()),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)
                self.bars.append(Bar(QRect(x, top, lane_width - 2, max(bottom - top, metrics.height())), coding.id))
            else:
                self.bars.append(Bar(rect.adjusted(-2, 0, 2, 0), coding.id))
        painter.end()

    def bar_at(self, point: QPoint) -> int | None:
        # narrow bars first: a label area may reach over the next lane's empty space
        for bar in sorted(self.bars, key=lambda b: b.rect.height()):
            if bar.rect.contains(point):
                return bar.coding_id
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        coding_id = self.bar_at(event.position().toPoint())
        if coding_id is None:
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self.coding_clicked.emit(coding_id)
        elif event.button() == Qt.MouseButton.RightButton:
            self.coding_clicked.emit(coding_id)
            self.context_menu_requested.emit(coding_id, event.globalPosition().toPoint())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            coding_id = self.bar_at(event.pos())
            if coding_id is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.view.describe_coding(coding_id), self)
            return True
        return super().event(event)
