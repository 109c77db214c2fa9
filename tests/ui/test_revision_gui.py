"""Project menu: replace a transcript with a revised version (report, accept, undo), edit text in place,
structure by guide (matches for review, apply, undo) and erase an informant (list, erase, delete backups)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from kodeverk.services.coding import codings_of_transcript
from kodeverk.services.transcripts import list_transcripts, transcript_text
from tests.ui.conftest import save_shot
from ui.feature_revision import RevisionFeature
from ui.revision_dialogs import EditTextDialog, RevisionReportDialog
from ui.revision_erase import EraseDialog
from ui.revision_structure import StructureDialog


def _feature(window) -> RevisionFeature:  # type: ignore[no-untyped-def]
    return next(f for f in window.features if isinstance(f, RevisionFeature))


def test_menu_has_the_four_actions(window) -> None:  # type: ignore[no-untyped-def]
    feature = _feature(window)
    for action in (feature.replace_action, feature.edit_action, feature.structure_action, feature.erase_action):
        assert action.isEnabled() and action.text()
    assert feature.replace_action.text() in ("Replace transcript with revised version…",
                                              "Erstatt transkripsjonen med revidert versjon…") or \
        feature.replace_action.text().endswith("…")


def test_replace_with_revised_version_accept_then_undo(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pv, ws = window.pv, window.ws
    feature = _feature(window)
    transcript_id = pv.view.transcript_id
    old_text = transcript_text(ws.project, transcript_id)
    before = codings_of_transcript(ws.project, transcript_id)
    # the revision: a word corrected in one coded passage, a paragraph of the interview removed
    coded = max(before, key=lambda c: c.end - c.start)
    passage = old_text[coded.start:coded.end]
    word = next(w for w in passage.split() if len(w) > 6 and w.isalpha())
    lines = old_text.split("\n")
    uncoded_line = next(i for i, line in enumerate(lines) if len(line) > 40 and not any(
        c.start < sum(len(x) + 1 for x in lines[:i + 1]) and c.end > sum(len(x) + 1 for x in lines[:i])
        for c in before))
    new_lines = lines[:uncoded_line] + lines[uncoded_line + 1:]
    new_text = "\n".join(new_lines).replace(passage, passage.replace(word, word.upper(), 1), 1)
    revised = tmp_path / "revidert.txt"
    revised.write_text(new_text, encoding="utf-8")

    feature.replace_transcript(revised)
    qtbot.waitUntil(lambda: isinstance(feature.dialog, RevisionReportDialog), timeout=10000)
    dialog = feature.dialog
    assert dialog.accept_button.isEnabled()
    statuses = {row.status for row in dialog.model.rows}
    assert "changed" in statuses and "exact" in statuses
    changed = next(row for row in dialog.model.rows if row.status == "changed")
    assert word.upper() in changed.new_text and word in changed.old_text
    assert "moved with changes" in dialog.summary.text() or "endringer" in dialog.summary.text()
    save_shot(dialog, "revision-report")
    dialog.accept_button.click()
    assert transcript_text(ws.project, transcript_id) == new_text
    assert pv.view.text == new_text  # the view shows the new text
    after = codings_of_transcript(ws.project, transcript_id)
    assert len(after) == len(before)
    assert {c.id for c in after} == {c.id for c in before}
    ws.undo_stack.undo()
    assert transcript_text(ws.project, transcript_id) == old_text
    assert pv.view.text == old_text
    assert codings_of_transcript(ws.project, transcript_id) == before
    ws.undo_stack.redo()
    assert transcript_text(ws.project, transcript_id) == new_text


def test_a_different_interview_cannot_be_accepted(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    feature = _feature(window)
    other = tmp_path / "annet.txt"
    other.write_text("I: Hva gjør dere med vann?\nR: Vi rehabiliterer ledningsnettet.\n", encoding="utf-8")
    before = transcript_text(window.ws.project, window.pv.view.transcript_id)
    feature.replace_transcript(other)
    qtbot.waitUntil(lambda: isinstance(feature.dialog, RevisionReportDialog), timeout=10000)
    assert not feature.dialog.accept_button.isEnabled()
    assert "different interview" in feature.dialog.summary.text() or "annet intervju" in feature.dialog.summary.text()
    feature.dialog.rollback_button.click()
    assert transcript_text(window.ws.project, window.pv.view.transcript_id) == before


def test_edit_text_in_place(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    pv, ws = window.pv, window.ws
    feature = _feature(window)
    transcript_id = pv.view.transcript_id
    text = pv.view.text
    line = next(line for line in text.split("\n") if len(line) > 60)
    start = text.index(line)
    pv.view.select_span(start, start + len(line))
    feature.edit_transcript()
    dialog = feature.dialog
    assert isinstance(dialog, EditTextDialog)
    assert dialog.editor.toPlainText() == line and not dialog.ok_button.isEnabled()
    dialog.editor.setPlainText(line + " (rettet 👍)")
    assert dialog.ok_button.isEnabled()
    save_shot(dialog, "edit-text")
    dialog.ok_button.click()
    report = feature.dialog
    assert isinstance(report, RevisionReportDialog) and report.accept_button.isEnabled()
    report.accept_button.click()
    assert "(rettet 👍)" in transcript_text(ws.project, transcript_id)
    assert "(rettet 👍)" in pv.view.text
    ws.undo_stack.undo()
    assert transcript_text(ws.project, transcript_id) == text


def test_structure_by_guide_review_apply_undo(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    ws = window.ws
    feature = _feature(window)
    feature.structure()
    dialog = feature.dialog
    assert isinstance(dialog, StructureDialog)
    names = [dialog.guide.itemText(i) for i in range(dialog.guide.count())]
    assert any("Ledere av kjernegruppene" in n for n in names)
    dialog.guide.setCurrentIndex(next(i for i, n in enumerate(names) if "Ledere av kjernegruppene" in n))
    dialog.only_current.setChecked(False)
    dialog.find_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    QApplication.processEvents()
    save_shot(dialog, "structure-review")
    report = dialog.report
    found = sum(len(t.matches) for t in report.transcripts if t.follows)
    assert dialog.matches.rowCount() == found
    assert dialog.summary.text()
    before = sum(t.codings for t in list_transcripts(ws.project))
    if found:
        assert dialog.apply_button.isEnabled()
        dialog.apply_button.click()
        after = sum(t.codings for t in list_transcripts(ws.project))
        assert after > before
        assert ws.codebook.find("Ledere av kjernegruppene") is not None
        ws.undo_stack.undo()
        assert sum(t.codings for t in list_transcripts(ws.project)) == before
    else:
        assert not dialog.apply_button.isEnabled()


def test_structure_dialog_imports_a_guide_file(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    feature = _feature(window)
    feature.structure()
    dialog = feature.dialog
    bad = tmp_path / "tom.txt"
    bad.write_text("", encoding="utf-8")
    assert not dialog.import_file(bad)
    assert "tom.txt" in dialog.summary.text()
    good = tmp_path / "min.txt"
    good.write_text("# Min guide\n- Hvordan fungerer sekretariatet?\n- Deler dere informasjon?\n", encoding="utf-8")
    assert dialog.import_file(good)
    assert dialog.guide.currentData() == "Min guide"


def test_erase_informant_lists_then_erases(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    ws = window.ws
    feature = _feature(window)
    feature.erase()
    dialog = feature.dialog
    assert isinstance(dialog, EraseDialog)
    dialog.informant.setCurrentText("K3-07")
    listing = dialog.details.toPlainText()
    assert "K3-07" in listing and "Liv Aasheim" in listing and "transcript" in listing
    save_shot(dialog, "erase-plan")
    count = len(list_transcripts(ws.project))
    dialog.confirm = False
    dialog.erase_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    QApplication.processEvents()
    assert dialog.result.clean
    assert len(list_transcripts(ws.project)) == count - 1
    assert "none of the erased text is left" in dialog.details.toPlainText() or dialog.result.clean
    if dialog.result.backups:
        assert dialog.backups_button.isVisible()
        dialog.backups_button.click()
        assert not any(p.exists() for p in dialog.result.backups)
    save_shot(dialog, "erase-done")
    dialog.close_button.click()
    assert ws.undo_stack.count() == 0
