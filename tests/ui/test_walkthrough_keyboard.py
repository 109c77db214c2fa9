"""Walk-through: the frequent actions have keys — next and previous coding (F8 / Shift+F8), quit, settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import save_shot


def _press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifiers)


def test_f8_walks_through_the_codings_in_reading_order(window, qtbot):
    pv = window.pv
    view = pv.view
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    view.moveCursor(view.textCursor().MoveOperation.Start)
    ordered = [c.id for c in view.codings]
    assert len(ordered) > 3
    seen = []
    for _ in range(3):
        _press(Qt.Key.Key_F8)
        seen.append(view.current_coding_id)
    assert seen == ordered[:3]
    # the chosen coding is selected in the text and named in the status bar
    first = view.by_id[ordered[2]]
    assert view.selection_span() is not None
    assert view.textCursor().selectedText()
    assert window.ws.codebook[first.code_id].name in window.statusBar().currentMessage()
    save_shot(window, "walkthrough_f8")
    _press(Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert view.current_coding_id == ordered[1]


def test_f8_from_the_cursor_and_at_the_ends(window, qtbot):
    view = window.pv.view
    view.setFocus()
    middle = view.codings[len(view.codings) // 2]
    view.select_span(middle.start + 1, middle.start + 2)  # the cursor inside a coding, none chosen
    view.current_coding_id = None
    _press(Qt.Key.Key_F8)
    assert view.by_id[view.current_coding_id].start > middle.start
    last = view.codings[-1]
    view.select_coding(last.id)
    _press(Qt.Key.Key_F8)
    assert view.current_coding_id == last.id  # stays, and says so
    assert window.statusBar().currentMessage() == "No coding after this one"
    view.select_coding(view.codings[0].id)
    _press(Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.statusBar().currentMessage() == "No coding before this one"


def test_next_and_previous_coding_are_in_the_coding_menu(window):
    keys = {a.text(): a.shortcut().toString() for a in window.coding_menu.actions()}
    assert keys["Next coding"] == "F8" and keys["Previous coding"] == "Shift+F8"


def test_f8_in_a_transcript_without_codings_says_so(window, qtbot):

    view = window.pv.view
    view.set_codings([], window.ws.codebook, window.ws.coders, window.ws.current_coder_id)
    view.setFocus()
    _press(Qt.Key.Key_F8)
    assert view.current_coding_id is None
    assert window.statusBar().currentMessage() == "No coding after this one"
