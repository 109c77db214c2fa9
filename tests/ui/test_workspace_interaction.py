"""Acting as a user: drag codes and selections onto the codebook, drag a stripe's ends, the Coders dialog,
the sample project on first use, the tab order and F6 between panes.

The offscreen platform has no drag manager (``QDrag.exec`` returns at once), so
drops are delivered the way a platform's drag manager delivers them: drag-enter,
drag-move and drop events, carrying the data the dragged widget itself makes,
at the point of the target item.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QColorDialog, QInputDialog, QMessageBox

from kodeverk.codebook.service import get_codebook
from kodeverk.services.coders import list_coders
from kodeverk.services.coding import codings_of_transcript
from tests.ui.conftest import save_shot


def drop(widget, point: QPoint, data: QMimeData, action=Qt.DropAction.MoveAction) -> bool:
    """Deliver a drag of ``data`` entering ``widget``, moving to ``point`` and dropping there; accepted?"""
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, actions, data, buttons, modifiers)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(point, actions, data, buttons, modifiers)
    QApplication.sendEvent(widget, move)
    if not move.isAccepted():
        return False
    dropped = QDropEvent(QPointF(point), actions, data, buttons, modifiers)
    QApplication.sendEvent(widget, dropped)
    return dropped.isAccepted()


def _code_rect(dock, code_id):
    return dock.tree.visualRect(dock.model.find("code", code_id))


# -- drag and drop -----------------------------------------------------------------------------


def test_drag_a_code_onto_another_and_between_two(qtbot, window):
    ws, dock = window.ws, window.pv.codebook
    book = ws.codebook
    mandate, ladder = book.resolve("Mandatet"), book.resolve("Samordningstrappen")
    # the user presses on the code and drags it: the tree makes the drag's data from its selection
    QTest.mouseClick(dock.tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     _code_rect(dock, mandate.id).center())
    assert dock.current_code_id() == mandate.id
    data = dock.model.mimeData(dock.tree.selectionModel().selectedIndexes())
    assert drop(dock.tree.viewport(), _code_rect(dock, ladder.id).center(), data)
    moved = get_codebook(ws.project)[mandate.id]
    assert moved.parent_id == ladder.id
    assert dock.model.find("code", mandate.id).parent().data(Qt.ItemDataRole.UserRole + 1) == ladder.id
    assert "Mandatet" in ws.undo_stack.undoText()
    ws.undo_stack.undo()
    assert get_codebook(ws.project)[mandate.id].parent_id == book[mandate.id].parent_id

    # dropped on the upper edge of a sibling: placed just before it
    setup = ws.codebook.resolve("Oppsett")
    rect = _code_rect(dock, setup.id)
    data = dock.model.mimeData([dock.model.find("code", mandate.id)])
    assert drop(dock.tree.viewport(), QPoint(rect.center().x(), rect.top() + 1), data)
    siblings = get_codebook(ws.project)[setup.parent_id].children
    assert siblings.index(mandate.id) == siblings.index(setup.id) - 1
    ws.undo_stack.undo()
    assert get_codebook(ws.project)[setup.parent_id].children == book[setup.parent_id].children

    # a code dropped on its own sub-code is refused by the core and shown, nothing changes
    errors = []
    ws.error.connect(errors.append)
    organisation = ws.codebook.resolve("Organisering")
    data = dock.model.mimeData([dock.model.find("code", organisation.id)])
    drop(dock.tree.viewport(), _code_rect(dock, setup.id).center(), data)
    assert errors and get_codebook(ws.project)[organisation.id].parent_id is None


def test_drag_the_selected_text_onto_a_code(qtbot, window):
    ws, pv = window.ws, window.pv
    view, dock = pv.view, pv.codebook
    passage = "Vi begynner med strategien"
    start = view.text.index(passage)
    view.select_span(start, start + len(passage))
    data = view.createMimeDataFromSelection()  # what the text view puts in the drag
    target = ws.codebook.resolve("Forankring")
    before = len(codings_of_transcript(ws.project, view.transcript_id))
    assert drop(dock.tree.viewport(), _code_rect(dock, target.id).center(), data, Qt.DropAction.CopyAction)
    codings = codings_of_transcript(ws.project, view.transcript_id)
    assert len(codings) == before + 1
    assert any((c.start, c.end, c.code_id) == (start, start + len(passage), target.id) for c in codings)
    assert view.highlights_at(start + 3)
    ws.undo_stack.undo()
    assert len(codings_of_transcript(ws.project, view.transcript_id)) == before
    # plain text from elsewhere is not a selection of a transcript: refused
    other = QMimeData()
    other.setText("noe tekst")
    assert not drop(dock.tree.viewport(), _code_rect(dock, target.id).center(), other)


# -- stripes ---------------------------------------------------------------------------------------


def _show_bar(view, coding):
    view.select_span(coding.start, coding.start)
    view.select_coding(coding.id)
    QApplication.processEvents()
    view.stripes.repaint()
    return next(b for b in view.stripes.bars if b.coding_id == coding.id)


def test_drag_a_stripe_end_to_widen_and_narrow_with_undo(qtbot, window):
    ws, pv = window.ws, window.pv
    view, stripes = pv.view, pv.view.stripes
    coding = next(c for c in sorted(view.codings, key=lambda c: c.start)
                  if c.coder_id == ws.current_coder_id and c.end - c.start > 60
                  and view.text.find("\n", c.end) - c.end > 0)
    bar = _show_bar(view, coding)
    line = view.fontMetrics().lineSpacing()
    # the end, dragged down two lines within the margin: whole lines
    grip = QPoint(bar.stripe.center().x(), bar.stripe.bottom())
    assert stripes.end_at(grip) == (coding.id, "end")
    QTest.mousePress(stripes, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, grip)
    QTest.mouseMove(stripes, grip + QPoint(0, line))
    QTest.mouseMove(stripes, grip + QPoint(0, 2 * line))
    assert stripes.drag is not None and stripes.drag.end > coding.end
    save_shot(window, "05-stripe-drag")
    QTest.mouseRelease(stripes, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, grip + QPoint(0, 2 * line))
    wider = view.by_id[coding.id]
    assert wider.start == coding.start and wider.end > coding.end
    assert wider.end == len(view.text) or view.text[wider.end] in " \n" or not view.text[wider.end].isalnum()
    stored = {c.id: c for c in codings_of_transcript(ws.project, view.transcript_id)}[coding.id]
    assert (stored.start, stored.end) == (wider.start, wider.end)
    assert ws.undo_stack.undoText()  # "Change extent of coding", in the UI's language
    ws.undo_stack.undo()
    assert (view.by_id[coding.id].start, view.by_id[coding.id].end) == (coding.start, coding.end)
    ws.undo_stack.redo()
    assert view.by_id[coding.id].end == wider.end
    ws.undo_stack.undo()

    # the start, dragged over the text into the passage: it follows the mouse, to a whole word
    bar = _show_bar(view, coding)
    grip = QPoint(bar.stripe.center().x(), bar.stripe.top())
    assert stripes.end_at(grip) == (coding.id, "start")
    middle = coding.start + (coding.end - coding.start) // 2
    rect = view.cursorRect(view.cursor_at(middle))
    target = stripes.mapFromGlobal(view.viewport().mapToGlobal(rect.center()))
    QTest.mousePress(stripes, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, grip)
    QTest.mouseMove(stripes, grip + QPoint(0, 6))
    QTest.mouseMove(stripes, target)
    QTest.mouseRelease(stripes, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    narrower = view.by_id[coding.id]
    assert coding.start < narrower.start <= middle + 1 and narrower.end == coding.end
    assert not view.text[narrower.start - 1].isalnum()  # snapped to the word's start
    ws.undo_stack.undo()
    assert view.by_id[coding.id] == coding


def test_a_click_on_a_stripe_end_changes_nothing(qtbot, window):
    ws, view = window.ws, window.pv.view
    coding = next(c for c in view.codings if c.coder_id == ws.current_coder_id)
    bar = _show_bar(view, coding)
    grip = QPoint(bar.stripe.center().x(), bar.stripe.bottom())
    count = ws.undo_stack.count()
    QTest.mouseClick(view.stripes, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, grip)
    assert ws.undo_stack.count() == count and view.current_coding_id == coding.id
    # dragging the end above the start is refused quietly: the extent stays
    QTest.mousePress(view.stripes, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, grip)
    QTest.mouseMove(view.stripes, QPoint(grip.x(), -400))
    QTest.mouseRelease(view.stripes, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       QPoint(grip.x(), -400))
    assert view.by_id[coding.id].start == coding.start
    assert view.by_id[coding.id].end > view.by_id[coding.id].start
    # Escape while dragging: nothing changes
    bar = _show_bar(view, coding)
    grip = QPoint(bar.stripe.center().x(), bar.stripe.bottom())
    line = view.fontMetrics().lineSpacing()
    QTest.mousePress(view.stripes, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, grip)
    QTest.mouseMove(view.stripes, grip + QPoint(0, 3 * line))
    assert view.stripes.drag is not None and view.stripes.drag.moved
    QTest.keyClick(view, Qt.Key.Key_Escape)
    QTest.mouseRelease(view.stripes, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       grip + QPoint(0, 3 * line))
    assert view.by_id[coding.id] == coding and ws.undo_stack.count() == count


# -- coders ----------------------------------------------------------------------------------------


def test_coders_dialog_renames_recolours_and_sets_initials(qtbot, window, monkeypatch):
    ws = window.ws
    from ui.coders_dialog import CodersDialog

    assert window.acts["coders"] in window.toolbar.actions()
    assert window.acts["coders"] in window.project_menu.actions()
    dialog = CodersDialog(ws, window)
    qtbot.addWidget(dialog)
    dialog.show()
    me = ws.coder(ws.current_coder_id)
    assert dialog.selected() == me
    answers = iter([("Ingrid Haugen", True), ("ih", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: __import__("PySide6.QtGui").QtGui.QColor("#336699"))
    qtbot.mouseClick(dialog.buttons["rename"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.buttons["initials"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.buttons["colour"], Qt.MouseButton.LeftButton)
    stored = next(c for c in list_coders(ws.project) if c.id == me.id)
    assert (stored.name, stored.initials, stored.colour) == ("Ingrid Haugen", "IH", "#336699")
    assert [r.name for r in dialog.model.rows] == [c.name for c in list_coders(ws.project)]
    assert window.coder_box.currentText() == "Ingrid Haugen"
    assert "Ingrid Haugen" in window.status_label.text()
    # the stripes use the new colour; the segments list shows the new name
    view = window.pv.view
    assert view.coders[me.id].colour == "#336699"
    assert all(r.coder != me.name for r in window.pv.segments.model.rows)
    save_shot(dialog, "06-coders-dialog")

    # a name taken by another coder: refused, said in the dialog, nothing changed
    other = next(c for c in ws.coders if c.id != me.id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (other.name.upper(), True))
    qtbot.mouseClick(dialog.buttons["rename"], Qt.MouseButton.LeftButton)
    assert "exists already" in dialog.problem.text()
    assert next(c for c in list_coders(ws.project) if c.id == me.id).name == "Ingrid Haugen"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("ABCD", True))
    qtbot.mouseClick(dialog.buttons["initials"], Qt.MouseButton.LeftButton)
    assert "initials" in dialog.problem.text()
    # adding one from the dialog makes it the current coder
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Kari", True))
    qtbot.mouseClick(dialog.buttons["add"], Qt.MouseButton.LeftButton)
    assert ws.coder(ws.current_coder_id).name == "Kari" and dialog.selected().name == "Kari"
    dialog.close()


# -- start, keyboard -----------------------------------------------------------------------------


def test_open_the_sample_project_on_first_use(qtbot, settings, tmp_path, monkeypatch):
    from ui.main_window import MainWindow

    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    target = tmp_path / "appdata" / "eksempel.kodeverk"
    monkeypatch.setattr(win, "sample_path", lambda: target)
    assert win.stack.currentWidget() is win.start
    qtbot.mouseClick(win.start.sample_button, Qt.MouseButton.LeftButton)
    # built off the UI thread: the window answers meanwhile, and says what it does
    assert not win.start.sample_button.isEnabled() and not win.acts["sample"].isEnabled()
    assert win.statusBar().currentMessage()
    qtbot.mouseClick(win.start.sample_button, Qt.MouseButton.LeftButton)  # a second click starts nothing
    qtbot.waitUntil(lambda: win.project is not None, timeout=120_000)
    assert target.exists() and str(win.project.path) == str(target)
    assert len(win.pv.navigator.model.transcripts) == 10
    assert win.pv.view.text and win.pv.view.codings
    assert win.start.sample_button.isEnabled()
    save_shot(win, "00-sample-opened")
    # the second time it is there already: opened at once
    win.close_project()
    win.acts["sample"].trigger()
    assert win.project is not None and str(win.project.path) == str(target)
    win.close_project()


def test_sample_build_failure_is_reported(qtbot, settings, tmp_path, monkeypatch):
    from ui import main_window

    win = main_window.MainWindow(settings)
    qtbot.addWidget(win)
    monkeypatch.setattr(win, "sample_path", lambda: tmp_path / "s.kodeverk")

    def broken(path):
        raise OSError("disk full")

    monkeypatch.setattr(main_window, "build_sample", broken)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    win.open_sample()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert "disk full" in shown[0] and win.project is None and win.start.sample_button.isEnabled()


def test_tab_order_and_f6_move_between_the_panes(qtbot, window):
    pv = window.pv
    window.activateWindow()
    pv.navigator.filter.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pv.navigator.filter)
    expected = [pv.navigator.tree, pv.view, *[b for b in pv.codebook.buttons if b.isEnabled()], pv.codebook.tree,
                pv.segments.table]
    seen = []
    for _ in range(len(expected) + 1):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen[:len(expected)] == expected
    assert seen[-1] is not pv.segments.table  # Tab leaves the table (arrows move within it)
    # Shift+Tab goes back the same way
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is pv.segments.table or seen[-1] is not pv.segments.table
    QTest.keyClick(pv.segments.table, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is pv.codebook.tree
    # F6 goes pane to pane, and brings a tabbed dock to the front; Shift+F6 goes back
    pv.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pv.view)
    visited = []
    for _ in range(5):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        visited.append(QApplication.focusWidget())
    assert visited == [pv.codebook.tree, pv.segments.table, pv.search.query, pv.navigator.tree, pv.view]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is pv.navigator.tree
    assert any(a.shortcut().toString() == "F6" for a in window.view_menu.actions())


def test_every_menu_item_has_a_text_and_does_something(qtbot, window):
    """No placeholders: every action in the menus has a text and is connected (or opens a submenu)."""
    for menu in (window.file_menu, window.edit_menu, window.coding_menu, window.project_menu, window.view_menu,
                 window.help_menu):
        for action in menu.actions():
            if action.isSeparator():
                continue
            assert action.text().strip(), f"an action without text in {menu.title()}"
            assert action.menu() is not None or action.receivers("2triggered(bool)") > 0 or \
                action.receivers("2toggled(bool)") > 0, f"{action.text()} in {menu.title()} does nothing"
