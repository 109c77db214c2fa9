"""Colour helpers: readable text on a highlight, blending layered highlights, swatch icons."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG) of ``colour``, 0 (black) to 1 (white)."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def text_colour_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    return QColor("#000000") if luminance(background) > 0.179 else QColor("#FFFFFF")


def tint(colour: QColor, strength: float, base: QColor | None = None) -> QColor:
    """``colour`` laid over ``base`` (white) with opacity ``strength``."""
    base = base or QColor("#FFFFFF")
    mix = lambda a, b: round(a * strength + b * (1 - strength))  # noqa: E731
    return QColor(mix(colour.red(), base.red()), mix(colour.green(), base.green()), mix(colour.blue(), base.blue()))


@lru_cache(maxsize=512)
def swatch(colour: str, size: int = 14, text: str = "") -> QIcon:
    """A square icon filled with ``colour`` (with ``text`` on it, e.g. a coder's initials)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(colour)
    painter.setBrush(fill)
    painter.setPen(fill.darker(140))
    painter.drawRoundedRect(0.5, 0.5, size - 1, size - 1, 3, 3)
    if text:
        painter.setPen(text_colour_on(fill))
        font = painter.font()
        font.setPixelSize(int(size * 0.5))
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)
