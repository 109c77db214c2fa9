"""Walk-through: what the app remembers from one start to the next (window, panes, projects, import dialog)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _start(qtbot, settings):
    from ui.main_window import MainWindow

    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_window_size_panes_and_last_project_survive_a_restart(qtbot, settings, sample_path):
    win = _start(qtbot, settings)
    win.resize(780, 580)  # within the offscreen screen (800 × 600): restoreGeometry keeps a window on screen
    assert win.open_project(str(sample_path))
    win.resizeDocks([win.pv.codebook], [300], Qt.Orientation.Horizontal)
    QApplication.processEvents()
    chosen = win.pv.codebook.width()
    win.close()  # quitting saves the window and its panes

    again = _start(qtbot, settings)
    assert (again.width(), again.height()) == (780, 580)
    assert again.start.recent.item(0).data(Qt.ItemDataRole.UserRole + 1) == str(sample_path)
    assert again.open_project(str(sample_path))
    QApplication.processEvents()
    assert abs(again.pv.codebook.width() - chosen) <= 2
    again.close()


def test_the_import_dialog_opens_at_the_size_it_was_left(window, qtbot):
    from ui.import_dialog import ImportDialog

    dialog = ImportDialog(window.ws.project, window, window.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(760, 520)
    QApplication.processEvents()
    dialog.reject()
    again = ImportDialog(window.ws.project, window, window.settings)
    qtbot.addWidget(again)
    again.show()
    QApplication.processEvents()
    assert (again.width(), again.height()) == (760, 520)
    again.reject()
