"""The coder toolbar and its status label follow the language and the project."""

from __future__ import annotations

from ui.i18n import set_language


def test_the_coder_label_and_status_follow_a_language_switch(window, qtbot) -> None:
    name = window.coder_box.currentText()
    set_language("nb")
    qtbot.waitUntil(lambda: window.status_label.text() == f"Koder som {name}")
    assert window.toolbar.label.text().strip() == "Koder:"
    assert window.coder_box.toolTip() == "Kodingene dine lagres under denne koderen"
    set_language("en")
    qtbot.waitUntil(lambda: window.status_label.text() == f"Coding as {name}")
    assert window.toolbar.label.text().strip() == "Coder:"


def test_closing_the_project_empties_the_picker_and_the_status(window) -> None:
    assert window.coder_box.count() >= 2 and window.status_label.text()
    window.close_project()
    assert window.coder_box.count() == 0 and window.status_label.text() == ""
    assert not window.toolbar.isVisible()


def test_closing_and_reopening_a_project_leaves_no_actions_behind(window, sample_path, qtbot) -> None:
    """The coding, pane and undo actions go with the project: none pile up on the window."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QAction

    def settle() -> tuple[int, int]:
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            QCoreApplication.processEvents()
        return len(window.findChildren(QAction)), len(window.actions())

    window.close_project()
    closed = settle()
    assert closed[1] == 0  # no shortcut of a closed project is left on the window
    for _ in range(2):
        assert window.open_project(str(sample_path))
        opened = settle()
        assert window.acts["close"].isEnabled() and opened[1] > 0
        window.close_project()
        assert settle() == closed
    assert window.open_project(str(sample_path))  # the fixture closes it again
