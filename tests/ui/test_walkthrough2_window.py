"""Walk-through, second round, the main window: the toolbar's toggles show whether they are on; switching the
language leaves no stale Undo/Redo actions behind."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QToolButton

from tests.ui.conftest import save_shot


def _button(window, key: str) -> QToolButton:
    button = window.toolbar.widgetForAction(window.acts[key])
    assert isinstance(button, QToolButton)
    return button


def test_toolbar_toggles_show_a_ticked_box_while_on(window, qtbot):
    for key in ("show_others", "snap"):
        action, button = window.acts[key], _button(window, key)
        assert action.isCheckable() and button.isCheckable()
        assert not action.icon().isNull(), f"{key}: no check box beside the text"
        assert button.text() == action.text() and button.text()  # the text is still there, beside the box
        action.setChecked(True)
        QApplication.processEvents()
        on = button.grab().toImage()
        save_shot(window.toolbar, f"walkthrough2_toolbar_{key}_on")
        action.setChecked(False)
        QApplication.processEvents()
        off = button.grab().toImage()
        save_shot(window.toolbar, f"walkthrough2_toolbar_{key}_off")
        assert on != off, f"{key}: on and off look the same"
        # the ticked box is in the icon itself, not only a shade of the button: the two states differ
        size = button.iconSize()
        assert action.icon().pixmap(size, mode=action.icon().Mode.Normal, state=action.icon().State.On).toImage() \
            != action.icon().pixmap(size, mode=action.icon().Mode.Normal, state=action.icon().State.Off).toImage()
    # clicking the button turns it on and off, as before
    button = _button(window, "snap")
    was = window.acts["snap"].isChecked()
    button.click()
    assert window.acts["snap"].isChecked() is not was
    assert window.pv.view.snap_to_words is not was


def test_toggle_icons_stay_out_of_menus(window):
    for key in ("show_others", "snap"):
        assert not window.acts[key].isIconVisibleInMenu()


def test_language_switch_leaves_one_undo_and_one_redo(window, qtbot):
    def count() -> int:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return len(window.findChildren(QAction))

    before = count()
    old = window.undo_redo
    for language in ("en", "nb", "en"):
        window.apply_settings(language, True)
        QApplication.processEvents()
        assert count() == before, "a language switch left actions behind"
    assert all(action not in window.findChildren(QAction) for action in old)
    # the Edit menu's Undo still undoes, in the new language
    undo, redo = window.undo_redo
    assert undo in window.edit_menu.actions() and redo in window.edit_menu.actions()
    assert undo.text().startswith("&Undo")
    assert window.edit_menu.actions().count(undo) == 1


def test_closing_and_reopening_a_project_does_not_pile_up_undo_actions(window, qtbot, sample_path):
    def undo_redo() -> int:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        prefixes = (QCoreApplication.translate("MainWindow", "&Undo"), QCoreApplication.translate("MainWindow", "&Redo"))
        return len([a for a in window.findChildren(QAction) if a.parent() is window and a.text().startswith(prefixes)])

    assert undo_redo() == 2
    for _ in range(2):
        window.close_project()
        assert undo_redo() == 0  # no project, no undo
        assert window.open_project(str(sample_path))
        assert undo_redo() == 2
