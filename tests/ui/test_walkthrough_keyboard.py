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
    keys = {a.text().replace("&", ""): a.shortcut().toString() for a in window.coding_menu.actions()}
    assert keys["Next coding"] == "F8" and keys["Previous coding"] == "Shift+F8"


def test_f8_in_a_transcript_without_codings_says_so(window, qtbot):

    view = window.pv.view
    view.set_codings([], window.ws.codebook, window.ws.coders, window.ws.current_coder_id)
    view.setFocus()
    _press(Qt.Key.Key_F8)
    assert view.current_coding_id is None
    assert window.statusBar().currentMessage() == "No coding after this one"


def test_quit_and_settings_have_keys_on_every_platform(window):
    assert not window.acts["quit"].shortcut().isEmpty()
    assert not window.acts["settings"].shortcut().isEmpty()


def test_delete_key_in_the_codebook_deletes_the_code_after_asking(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    dock = window.pv.codebook
    node = next(n for n in window.ws.codebook.walk() if n.name == "Mandatet")
    dock.select_code(node.id)
    dock.tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dock.tree)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), QMessageBox.StandardButton.No)[1])
    QTest.keyClick(dock.tree, Qt.Key.Key_Delete)
    assert asked and "Mandatet" in asked[0]
    assert node.id in window.ws.codebook.nodes  # answered No: still there
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    QTest.keyClick(dock.tree, Qt.Key.Key_Delete)
    assert node.id not in window.ws.codebook.nodes
    window.ws.undo_stack.undo()
    assert node.id in window.ws.codebook.nodes


def test_the_codebook_count_columns_say_what_they_count(window):
    model = window.pv.codebook.tree.model()
    tips = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) for c in range(3)]
    assert all(tips)
    assert "open transcript" in tips[1] and "whole project" in tips[2]


def test_f3_goes_from_result_to_result_in_the_text(window, qtbot):
    pv = window.pv
    window._search(0)  # Ctrl+F: find in this transcript
    qtbot.keyClicks(pv.search.query, "departement")
    QTest.keyClick(pv.search.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pv.search.model.rowCount() > 2, timeout=5000)
    hits = list(pv.search.model.rows)
    pv.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pv.view)
    _press(Qt.Key.Key_F3)
    assert pv.view.selection_span() is not None
    start = pv.view.offsets.to_code_points(pv.view.textCursor().selectionStart())
    assert start == hits[1].start  # the first result was chosen when found; F3 goes on to the second
    _press(Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert pv.view.offsets.to_code_points(pv.view.textCursor().selectionStart()) == hits[0].start
    _press(Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)  # round to the last
    assert pv.view.offsets.to_code_points(pv.view.textCursor().selectionStart()) == hits[-1].start
    texts = [a.text().replace("&", "") for a in window.edit_menu.actions()]
    assert "Find next" in texts and "Find previous" in texts


def test_f3_with_nothing_searched_yet_opens_the_search_field(window, qtbot):
    pv = window.pv
    pv.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pv.view)
    _press(Qt.Key.Key_F3)
    assert QApplication.focusWidget() is pv.search.query
