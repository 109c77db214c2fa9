"""Walk-through: the start page says what to do when there is nothing yet, and Enter opens the last project."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import save_shot


def test_first_start_explains_instead_of_an_empty_list(qtbot, settings):
    from ui.main_window import MainWindow

    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    save_shot(win, "walkthrough_start_first")
    start = win.start
    assert not start.recent.isVisible()
    assert start.no_recent.isVisible() and "sample project" in start.no_recent.text()
    assert win.focusWidget() is start.sample_button  # Space opens the sample at once (once the window is active)


def test_enter_on_the_start_page_reopens_the_last_project(qtbot, settings, sample_path):
    from ui.main_window import MainWindow

    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    assert win.open_project(str(sample_path))
    win.close_project()
    start = win.start
    assert start.recent.isVisible() and not start.no_recent.isVisible()
    assert start.recent.currentRow() == 0
    start.recent.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start.recent)
    QTest.keyClick(start.recent, Qt.Key.Key_Return)
    assert win.project is not None and str(win.project.path) == str(sample_path)
    win.close_project()
