"""Changes to coders are undoable: through the Coders dialog, Ctrl+Z / Ctrl+Shift+Z in the main window (and in
the dialog), with every view that shows coder names and colours following each step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QColorDialog, QInputDialog

from kodeverk.services.coders import list_coders
from kodeverk.services.coding import add_coding, codings_of_transcript
from tests.ui.conftest import save_shot


@pytest.fixture()
def dialog(qtbot, window):
    from ui.coders_dialog import CodersDialog

    opened = CodersDialog(window.ws, window)
    qtbot.addWidget(opened)
    opened.show()
    yield opened
    opened.close()


def answer(monkeypatch, *answers) -> None:
    """The next QInputDialog.getText calls return ``answers`` in turn (as if typed and OK pressed)."""
    queue = iter(answers)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(queue), True))


def press(window, key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    """A key press where the user works: the transcript in the main window."""
    window.activateWindow()
    for _ in range(100):  # activation lands through the event loop
        if QApplication.activeWindow() is window:
            break
        QTest.qWait(10)
    assert QApplication.activeWindow() is window
    window.pv.view.setFocus()
    QTest.keyClick(window.pv.view, key, modifiers)
    QApplication.processEvents()


def undo(window) -> None:
    press(window, Qt.Key.Key_Z)


def redo(window) -> None:
    press(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def seen(window, coder_id):
    """What the user sees of a coder: the picker's entry, the stripes' coder, the segments dock's rows."""
    box = window.coder_box
    picker = box.itemText(box.findData(coder_id)) if box.findData(coder_id) >= 0 else None
    stripe = window.pv.view.coders.get(coder_id)
    rows = {r.coder for r in window.pv.segments.model.rows if r.coder_id == coder_id}
    return picker, (stripe.name, stripe.colour, stripe.initials) if stripe else None, rows


def test_rename_recolour_initials_undo_and_redo_from_the_main_window(qtbot, window, dialog, monkeypatch):
    ws = window.ws
    me = ws.coder(ws.current_coder_id)
    transcript = window.pv.view.transcript_id
    window.pv.segments.show_transcript(transcript)
    assert me.id in {c.coder_id for c in codings_of_transcript(ws.project, transcript)}
    original = seen(window, me.id)
    assert original[0] == me.name and original[1] == (me.name, me.colour, me.initials) and original[2] == {me.name}
    depth = ws.undo_stack.count()

    answer(monkeypatch, "Ingrid Haugen", "ih2")
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#336699"))
    qtbot.mouseClick(dialog.buttons["rename"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.buttons["colour"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.buttons["initials"], Qt.MouseButton.LeftButton)
    assert ws.undo_stack.count() == depth + 3
    changed = seen(window, me.id)
    assert changed == ("Ingrid Haugen", ("Ingrid Haugen", "#336699", "IH2"), {"Ingrid Haugen"})
    assert dialog.model.rows[[r.id for r in dialog.model.rows].index(me.id)].initials == "IH2"
    assert window.statusBar().currentMessage().startswith("Set the initials of")
    assert dialog.undo_button.isEnabled() and "Set the initials of" in dialog.undo_button.toolTip()
    save_shot(dialog, "coders-undo-dialog")
    dialog.close()

    undo(window)  # the initials
    assert seen(window, me.id)[1] == ("Ingrid Haugen", "#336699", "IH")  # made from the name again
    undo(window)  # the colour
    assert seen(window, me.id)[1] == ("Ingrid Haugen", me.colour, "IH")
    undo(window)  # the name: the initials followed the name, so they follow it back
    assert seen(window, me.id) == original
    assert "Ingrid" in window.status_label.text() and "Haugen" not in window.status_label.text()
    stored = next(c for c in list_coders(ws.project) if c.id == me.id)
    assert stored == me
    assert ws.settings.coder_for(str(ws.project.path)) == me.name  # the app reopens as the same coder

    for _ in range(3):
        redo(window)
    assert seen(window, me.id) == changed
    assert ws.settings.coder_for(str(ws.project.path)) == "Ingrid Haugen"
    save_shot(window, "coders-undo-redone")


def test_undo_and_redo_an_added_coder_and_their_coding(qtbot, window, dialog, monkeypatch):
    ws = window.ws
    before_id = ws.current_coder_id
    names = [c.name for c in ws.coders]
    answer(monkeypatch, "Kari")
    qtbot.mouseClick(dialog.buttons["add"], Qt.MouseButton.LeftButton)
    kari = ws.coder(ws.current_coder_id)
    assert kari.name == "Kari" and window.coder_box.currentText() == "Kari" and dialog.selected() == kari
    assert "Kari" in window.status_label.text()

    # code a passage as Kari, as a user does (one more step on the stack)
    view = window.pv.view
    code = next(n for n in ws.codebook.walk() if n.parent_id is not None)
    view.select_span(0, 12)
    window.pv.coding.code_span(code.id)
    mine = [c for c in codings_of_transcript(ws.project, view.transcript_id) if c.coder_id == kari.id]
    assert len(mine) == 1
    span = (mine[0].start, mine[0].end)
    dialog.close()

    undo(window)  # the coding
    undo(window)  # the coder: gone everywhere, the previous coder is current again
    assert [c.name for c in list_coders(ws.project)] == names
    assert window.coder_box.findText("Kari") < 0 and ws.current_coder_id == before_id
    assert window.coder_box.currentData() == before_id
    assert not any(c.coder_id == kari.id for c in view.codings)

    redo(window)  # Kari again, the same coder (id, colour, initials), current again
    assert ws.coder(ws.current_coder_id) == kari and window.coder_box.currentText() == "Kari"
    redo(window)  # and their coding
    mine = [c for c in codings_of_transcript(ws.project, view.transcript_id) if c.coder_id == kari.id]
    assert len(mine) == 1 and (mine[0].start, mine[0].end) == span
    assert any(c.coder_id == kari.id for c in view.codings)


def test_undo_of_an_added_coder_who_has_codings_is_refused(qtbot, window, monkeypatch):
    ws = window.ws
    answer(monkeypatch, "Kari")
    window.ask_add_coder()  # the toolbar's "Add coder…"
    kari = ws.coder(ws.current_coder_id)
    assert kari.name == "Kari"
    depth = ws.undo_stack.count()
    # a coding that is not on the stack (as a merge or the command line makes them)
    code = next(n for n in ws.codebook.walk() if n.parent_id is not None)
    add_coding(ws.project, window.pv.view.transcript_id, code.id, kari.id, 0, 8)

    undo(window)
    assert "Kari" in [c.name for c in list_coders(ws.project)] and window.coder_box.findText("Kari") >= 0
    assert "1 coding" in window.statusBar().currentMessage()
    # the refused step left the history: nothing to redo, the steps before it still there
    assert ws.undo_stack.count() == depth - 1 and not ws.undo_stack.canRedo()


def test_ctrl_z_in_the_dialog_undoes_there(qtbot, window, dialog, monkeypatch):
    ws = window.ws
    me = ws.coder(ws.current_coder_id)
    other = next(c for c in ws.coders if c.id != me.id)
    answer(monkeypatch, "Ingrid Haugen")
    qtbot.mouseClick(dialog.buttons["rename"], Qt.MouseButton.LeftButton)
    assert [r.name for r in dialog.model.rows if r.id == me.id] == ["Ingrid Haugen"]
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.table.setFocus()
    QTest.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r.name for r in dialog.model.rows if r.id == me.id] == [me.name]
    assert not dialog.undo_button.isEnabled() or "Rename coder" not in dialog.undo_button.toolTip()
    assert dialog.redo_button.isEnabled() and "Rename coder" in dialog.redo_button.toolTip()
    qtbot.mouseClick(dialog.redo_button, Qt.MouseButton.LeftButton)
    assert [r.name for r in dialog.model.rows if r.id == me.id] == ["Ingrid Haugen"]
    # a refused change is not a step: nothing to undo for it
    depth = ws.undo_stack.count()
    answer(monkeypatch, other.name.upper())
    qtbot.mouseClick(dialog.buttons["rename"], Qt.MouseButton.LeftButton)
    assert "exists already" in dialog.problem.text() and ws.undo_stack.count() == depth


def test_remove_a_coder_who_coded_nothing_and_undo(qtbot, window, dialog, monkeypatch):
    ws = window.ws
    me = ws.coder(ws.current_coder_id)
    answer(monkeypatch, "Kari")
    qtbot.mouseClick(dialog.buttons["add"], Qt.MouseButton.LeftButton)
    kari = ws.coder(ws.current_coder_id)
    assert dialog.selected() == kari and dialog.buttons["remove"].isEnabled()
    qtbot.mouseClick(dialog.buttons["remove"], Qt.MouseButton.LeftButton)
    assert "Kari" not in [r.name for r in dialog.model.rows] and window.coder_box.findText("Kari") < 0
    assert ws.current_coder_id == me.id and window.coder_box.currentText() == me.name
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)  # Kari back, coding as Kari again
    assert ws.coder(ws.current_coder_id) == kari and window.coder_box.currentText() == "Kari"
    assert [r for r in dialog.model.rows if r.id == kari.id] == [kari]

    # a coder with codings stays: said in the dialog, no step on the stack
    dialog.select(me.id)
    depth = ws.undo_stack.count()
    qtbot.mouseClick(dialog.buttons["remove"], Qt.MouseButton.LeftButton)
    assert "coding(s)" in dialog.problem.text() and me.name in dialog.problem.text()
    assert ws.undo_stack.count() == depth and ws.coder(me.id) == me
    save_shot(dialog, "coders-remove-refused")
