"""Project → Lost codings…: the review list opens after a revision that lost codings; place one on the selected
passage (undoable), dismiss with confirmation (undoable), and the refusals when nothing or the wrong transcript
is selected."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox

from kodeverk.revision.review import list_lost
from kodeverk.services.coding import codings_of_transcript
from kodeverk.services.transcripts import transcript_text
from tests.ui.conftest import save_shot
from ui.feature_revision import RevisionFeature
from ui.lost_dialog import LostCodingsDialog
from ui.revision_dialogs import RevisionReportDialog


def _feature(window) -> RevisionFeature:  # type: ignore[no-untyped-def]
    return next(f for f in window.features if isinstance(f, RevisionFeature))


def _lose_a_line(qtbot, window, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Revise the open transcript without one coded line (and with an emoji added), through the menu's dialog."""
    pv, ws = window.pv, window.ws
    feature = _feature(window)
    transcript_id = pv.view.transcript_id
    text = transcript_text(ws.project, transcript_id)
    codings = codings_of_transcript(ws.project, transcript_id)
    lines, position, cut = text.split("\n"), 0, None
    for number, line in enumerate(lines):
        inside = [c for c in codings if position <= c.start and c.end <= position + len(line)]
        crossing = [c for c in codings if c.start < position + len(line) and c.end > position
                    and c not in inside]
        if inside and not crossing and len(line) > 40:
            cut = (number, inside)
            break
        position += len(line) + 1
    assert cut is not None
    number, lost = cut
    new_text = "\n".join(["I: Velkommen 👩‍👩‍👧!"] + lines[:number] + lines[number + 1:])
    revised = tmp_path / "revidert.txt"
    revised.write_text(new_text, encoding="utf-8")
    feature.replace_transcript(revised)
    qtbot.waitUntil(lambda: isinstance(feature.dialog, RevisionReportDialog), timeout=10000)
    report = feature.dialog
    assert "Lost codings…" in report.summary.text() or "Tapte kodinger" in report.summary.text()
    report.accept_button.click()
    return transcript_id, new_text, lost


def test_revision_opens_the_list_then_place_and_undo(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pv, ws = window.pv, window.ws
    feature = _feature(window)
    transcript_id, new_text, lost = _lose_a_line(qtbot, window, tmp_path)
    dialog = feature.lost
    assert isinstance(dialog, LostCodingsDialog) and dialog.isVisible()
    tester = QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert dialog.model.rowCount() == len(lost) == len(list_lost(ws.project))
    first = dialog.model.rows[0]
    # the row shows transcript, code, coder and the old text
    shown = [dialog.model.index(0, column).data() for column in range(5)]
    assert shown[0] == first.transcript and shown[1] == first.code_path and shown[2] == first.coder
    assert " ".join(first.passage.split()) == shown[3]
    dialog.table.selectRow(0)
    assert first.passage in dialog.passage.toPlainText()
    save_shot(dialog, "lost-codings")
    # nothing selected in the transcript: placing is refused with a message
    pv.view.moveCursor(pv.view.textCursor().MoveOperation.Start)
    assert not dialog.place_button.isEnabled()
    assert not dialog.place() and "Select the new passage" in dialog.note.text()
    # the user selects a passage after the emoji and places the coding there
    start = new_text.index("\n", 10) + 1
    end = new_text.index(" ", start + 25)
    pv.view.select_span(start, end)
    start, end = pv.view.selection_span()  # as the user sees it: whole words
    assert new_text[start:end].strip() == new_text[start:end]
    assert dialog.place_button.isEnabled()
    before = len(codings_of_transcript(ws.project, transcript_id))
    dialog.place_button.click()
    placed = [c for c in codings_of_transcript(ws.project, transcript_id)
              if (c.code_id, c.coder_id) == (first.code_id, first.coder_id) and (c.start, c.end) == (start, end)]
    assert len(placed) == 1
    assert len(codings_of_transcript(ws.project, transcript_id)) == before + 1
    assert placed[0].id in pv.view.by_id or not ws.show_other_coders  # the view shows it
    assert first.id not in {row.id for row in dialog.model.rows}
    assert ws.undo_stack.undoText()
    ws.undo_stack.undo()
    assert first.id in {row.id for row in dialog.model.rows}
    assert len(codings_of_transcript(ws.project, transcript_id)) == before
    ws.undo_stack.redo()
    assert first.id not in {row.id for row in list_lost(ws.project)}
    assert len(codings_of_transcript(ws.project, transcript_id)) == before + 1
    del tester


def test_dismiss_asks_and_can_be_undone(qtbot, window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws = window.ws
    feature = _feature(window)
    _lose_a_line(qtbot, window, tmp_path)
    dialog = feature.lost
    count = dialog.model.rowCount()
    dialog.table.selectRow(0)
    entry = dialog.selected()[0]
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: asked.append(args[2]) or QMessageBox.StandardButton.No)
    dialog.dismiss_button.click()
    assert asked and "1" in asked[0]
    assert dialog.model.rowCount() == count  # said No: nothing changed
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    dialog.dismiss_button.click()
    assert entry.id not in {row.id for row in dialog.model.rows}
    assert entry.id not in {row.id for row in list_lost(ws.project)}
    ws.undo_stack.undo()
    assert entry.id in {row.id for row in dialog.model.rows}
    assert entry in list_lost(ws.project)  # back exactly as it was


def test_wrong_transcript_open_and_menu_entry(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pv, ws = window.pv, window.ws
    feature = _feature(window)
    assert feature.lost_action.isEnabled() and feature.lost_action.text().endswith("…")
    feature.lost_action.trigger()
    empty = feature.lost
    assert empty.model.rowCount() == 0 and empty.note.text()
    empty.close_button.click()
    assert feature.lost is None
    transcript_id, _new_text, _lost = _lose_a_line(qtbot, window, tmp_path)
    dialog = feature.lost
    dialog.only_open.setChecked(False)
    dialog.table.selectRow(0)
    other = next(i for i in pv.navigator.model.transcripts if i != transcript_id)
    pv.open_transcript(other)
    pv.view.select_span(0, 10)
    assert not dialog.place_button.isEnabled()
    assert not dialog.place() and "first" in dialog.note.text()
    dialog.only_open.setChecked(True)
    assert dialog.model.rowCount() == 0  # the open transcript lost nothing
    dialog.only_open.setChecked(False)
    dialog.table.selectRow(0)
    dialog.show_button.click()
    assert pv.view.transcript_id == transcript_id
    assert dialog.note.text()
    window.close_project()
    assert feature.lost is None and ws is not None
