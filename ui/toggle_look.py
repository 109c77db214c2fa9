"""Toolbar toggles that look like toggles: a check box beside the text, ticked while the action is on.

A checkable :class:`QAction` in a toolbar is drawn as a flat button that is
merely a shade darker while checked, easily taken for a plain button. Here
each toggle gets an icon with two states drawn by the current style's own
check-box indicator (Qt shows the ``On`` state while the action is checked),
and the toolbar shows icons beside their text.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QStyle, QStyleOptionButton, QToolBar, QWidget


def _indicator(widget: QWidget, checked: bool) -> QPixmap:
    """The style's check-box indicator, ticked or not, at the widget's pixel ratio."""
    style = widget.style()
    width = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, widget)
    height = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, widget)
    ratio = widget.devicePixelRatioF()
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    option = QStyleOptionButton()
    option.initFrom(widget)
    option.rect = QRect(0, 0, width, height)
    option.state = QStyle.StateFlag.State_Enabled | (QStyle.StateFlag.State_On if checked else
                                                      QStyle.StateFlag.State_Off)
    painter = QPainter(pixmap)
    style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, option, painter, widget)
    painter.end()
    return pixmap


def toggle_icon(widget: QWidget) -> QIcon:
    """An icon that is an empty check box while off and a ticked one while on."""
    icon = QIcon()
    icon.addPixmap(_indicator(widget, False), QIcon.Mode.Normal, QIcon.State.Off)
    icon.addPixmap(_indicator(widget, True), QIcon.Mode.Normal, QIcon.State.On)
    return icon


def show_checked_state(toolbar: QToolBar, actions: list[QAction]) -> None:
    """Give each checkable action of ``toolbar`` a check box, and show the text beside it."""
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    side = toolbar.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, toolbar)
    toolbar.setIconSize(QSize(side, side))  # the box's size, not a big toolbar icon's: no gap beside it
    icon = toggle_icon(toolbar)
    for action in actions:
        action.setIcon(icon)
        action.setIconVisibleInMenu(False)  # a menu shows its own check mark
