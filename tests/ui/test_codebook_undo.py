"""Codebook changes through commands, each undone and redone; language switching; start page."""

from __future__ import annotations


from kodeverk.codebook.service import get_codebook
from kodeverk.retrieval import RetrievalQuery, retrieve
from ui import undo_commands as cmd
from ui.settings import LANGUAGE


def test_codebook_commands_undo_and_redo(qtbot, window):
    ws = window.ws
    book = ws.codebook
    mandate = book.resolve("Mandatet").id
    setup = book.resolve("Oppsett").id
    n_codings = len(retrieve(ws.project, RetrievalQuery(code_ids=[mandate])))
    steps = [cmd.AddCode(ws, None, "Ny kode"), cmd.RenameCode(ws, mandate, "Mandat"),
             cmd.RecolourCode(ws, mandate, "#123456"), cmd.DescribeCode(ws, mandate, "om mandatet"),
             cmd.SetShortcut(ws, mandate, 3), cmd.MoveCode(ws, mandate, None, 0),
             cmd.MergeCodes(ws, setup, mandate), cmd.DeleteCode(ws, mandate)]
    snapshots = [get_codebook(ws.project)]
    for step in steps:
        assert ws.execute(step), step.text()
        snapshots.append(get_codebook(ws.project))
    assert "Mandat" not in {n.name for n in ws.codebook.walk()}
    for expected in reversed(snapshots[:-1]):
        ws.undo_stack.undo()
        now = get_codebook(ws.project)
        assert [(n.id, n.name, n.colour, n.parent_id, n.shortcut, n.description) for n in now.walk()] == \
               [(n.id, n.name, n.colour, n.parent_id, n.shortcut, n.description) for n in expected.walk()]
    assert len(retrieve(ws.project, RetrievalQuery(code_ids=[mandate]))) == n_codings
    for _ in steps:
        ws.undo_stack.redo()
    assert "Mandat" not in {n.name for n in get_codebook(ws.project).walk()}


def test_core_errors_are_shown_not_raised(qtbot, window):
    ws = window.ws
    book = ws.codebook
    messages = []
    ws.error.connect(messages.append)
    first, second = book.roots[:2]
    assert not ws.execute(cmd.RenameCode(ws, first, book[second].name))
    assert messages and "exists already" in messages[0]
    assert ws.undo_stack.count() == 0


def test_remove_recode_respan_and_memo(qtbot, window, monkeypatch):
    pv, ws = window.pv, window.ws
    view = pv.view
    coding = next(c for c in view.codings if c.coder_id == ws.current_coder_id)
    view.select_coding(coding.id)
    view.select_span(coding.start, coding.end + 20)
    pv.coding.actions["respan"].trigger()
    assert view.by_id[coding.id].end > coding.end + 10  # trailing white space is left out
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("et notat", True))
    view.select_coding(coding.id)
    pv.coding.actions["memo"].trigger()
    assert view.by_id[coding.id].memo == "et notat"
    assert "et notat" in view.describe_coding(coding.id)
    view.select_coding(coding.id)
    pv.coding.actions["remove"].trigger()
    assert coding.id not in view.by_id
    for _ in range(3):
        ws.undo_stack.undo()
    assert view.by_id[coding.id] == coding


def test_in_vivo_coding_creates_the_code(qtbot, window):
    pv, ws = window.pv, window.ws
    view = pv.view
    start = view.text.index("strategien")
    view.select_span(start, start + len("strategien"))
    pv.coding.actions["in_vivo"].trigger()
    node = ws.codebook.find("strategien")
    assert node is not None and any(c.code_id == node.id for c in view.codings)
    ws.undo_stack.undo()
    assert get_codebook(ws.project).find("strategien") is None


def test_language_switch_retranslates_live(qtbot, window):
    window.apply_settings("en", True)
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    assert window.pv.codebook.windowTitle() == "Codebook"
    window.apply_settings("nb", True)
    assert window.settings.get(LANGUAGE) == "nb"
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Fil")
    assert window.pv.codebook.windowTitle() == "Kodebok"
    assert window.pv.search.go.text() == "Søk"
    assert window.pv.coding.actions["pick"].text() == "Kod utvalget &med …"


def test_start_page_after_close_lists_recent(qtbot, window, sample_path):
    window.close_project()
    assert window.stack.currentWidget() is window.start
    assert window.start.recent.count() >= 1
    window.start.recent.itemActivated.emit(window.start.recent.item(0))
    assert window.project is not None and str(window.project.path) == str(sample_path)
