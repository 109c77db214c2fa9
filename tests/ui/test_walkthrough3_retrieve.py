"""Walk-through, third round: the Retrieve panel's filters fit a short dock without scrolling, at 1280×800 and
1024×700, in bokmål; ministries, roles and the date coded sit in a "More filters" section that remembers whether it
was open and says how many of its filters are in use; every filter is reachable with Tab; Retrieve stays in view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import save_shot
from ui.feature_retrieve import RetrieveFeature
from ui.i18n import set_language


def _feature(window) -> RetrieveFeature:
    return next(f for f in window.features if isinstance(f, RetrieveFeature))


def _open(window, qtbot, size: tuple[int, int]):
    set_language("nb")
    window.resize(*size)
    QApplication.processEvents()
    _feature(window).retrieve_action.trigger()  # Analysis → Hent fram …
    dock = _feature(window).dock
    assert dock is not None
    qtbot.waitUntil(dock.isVisible)
    for _ in range(5):
        QApplication.processEvents()
    return dock


def _filters(dock) -> list[QWidget]:
    form = dock.form
    return [form.codes, form.subcodes, form.combine, form.groups, form.phases, form.coders, form.transcripts,
            form.contains, form.fuzzy, form.context, form.rollup, form.mode, form.distance, form.more]


def _extras(dock) -> list[QWidget]:
    form = dock.form
    return [form.ministries, form.roles, form.dated, form.date_from, form.date_to]


def _in_view(widget: QWidget, area: QWidget) -> bool:
    """Is ``widget`` wholly inside ``area`` (both on screen)?"""
    top_left = widget.mapTo(area.window(), QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    area_rect = QRect(area.mapTo(area.window(), QPoint(0, 0)), area.size())
    return widget.isVisible() and area_rect.contains(rect)


def _no_scrolling(dock) -> None:
    scroll = dock.filter_scroll
    assert not scroll.verticalScrollBar().isVisible(), "the filters need scrolling"
    for widget in _filters(dock):
        assert _in_view(widget, scroll.viewport()), f"{type(widget).__name__} is out of view"
    for button in (dock.go, dock.clear_button):
        assert _in_view(button, dock), f"{button.text()} is out of view"


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_every_filter_and_retrieve_show_without_scrolling(window, qtbot, size):
    dock = _open(window, qtbot, size)
    save_shot(window, f"walkthrough3_retrieve_{size[0]}")
    assert dock.windowTitle() == "Hent fram" and dock.go.text() == "Hent fram"
    _no_scrolling(dock)
    # the rarely used filters wait behind "More filters", closed at first
    assert dock.form.more.text() == "Flere filtre" and not dock.form.more.isChecked()
    assert not any(w.isVisible() for w in _extras(dock))
    # the transcript keeps most of the window
    assert window.pv.view.height() >= 0.3 * size[1]
    # opened, the section shows every filter (the dock grows, within half the window) and Retrieve stays in view
    qtbot.mouseClick(dock.form.more, Qt.MouseButton.LeftButton)
    for _ in range(5):
        QApplication.processEvents()
    save_shot(window, f"walkthrough3_retrieve_{size[0]}_more")
    assert all(w.isVisible() for w in _extras(dock))
    _no_scrolling(dock)
    for widget in _extras(dock):
        assert _in_view(widget, dock.filter_scroll.viewport()), f"{type(widget).__name__} is out of view"
    assert dock.height() <= size[1] // 2 + 2


def test_more_filters_remembers_whether_it_was_open(window, qtbot, sample_path):
    dock = _open(window, qtbot, (1280, 800))
    qtbot.mouseClick(dock.form.more, Qt.MouseButton.LeftButton)
    assert dock.form.ministries.isVisible()
    window.close_project()
    assert window.open_project(str(sample_path))
    dock = _open(window, qtbot, (1280, 800))
    assert dock.form.more.isChecked() and dock.form.ministries.isVisible()
    qtbot.mouseClick(dock.form.more, Qt.MouseButton.LeftButton)
    window.close_project()
    assert window.open_project(str(sample_path))
    dock = _open(window, qtbot, (1280, 800))
    assert not dock.form.more.isChecked() and not dock.form.ministries.isVisible()


def test_a_closed_section_says_how_many_of_its_filters_are_in_use(window, qtbot):
    dock = _open(window, qtbot, (1280, 800))
    form = dock.form
    form.roles.set_values([form.roles.model.index(0, 0).data()])
    assert form.more.text() == "Flere filtre (1 i bruk)"
    qtbot.mouseClick(form.more, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.dated, Qt.MouseButton.LeftButton)
    assert form.more.text() == "Flere filtre (2 i bruk)"
    assert form.query().roles and form.query().coded_from is not None
    qtbot.mouseClick(dock.clear_button, Qt.MouseButton.LeftButton)
    assert form.more.text() == "Flere filtre"


def test_tab_reaches_every_filter_and_space_opens_more(window, qtbot):
    dock = _open(window, qtbot, (1024, 700))
    form = dock.form
    form.codes.setFocus()
    qtbot.waitUntil(form.codes.hasFocus)
    form.mode.setCurrentIndex(1)  # "within N characters": the distance box takes part
    reached = [QApplication.focusWidget()]
    for _ in range(len(_filters(dock)) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == _filters(dock), [type(w).__name__ for w in reached]
    assert QApplication.focusWidget() is form.more
    qtbot.keyClick(form.more, Qt.Key.Key_Space)
    assert form.more.isChecked() and form.ministries.isVisible()
    form.dated.setChecked(True)  # the dates take part once "between" is ticked
    for expected in _extras(dock):
        before = QApplication.focusWidget()
        for _ in range(4):  # Tab first steps through a date's year, month and day, then on
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            if QApplication.focusWidget() is not before:
                break
        assert QApplication.focusWidget() is expected, (type(expected).__name__, type(QApplication.focusWidget()))
