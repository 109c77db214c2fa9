"""Team work through the app: coder copies, merge, comparison, drill-down and consensus, the reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from kodeverk.codebook.service import get_codebook
from kodeverk.export.options import ExportOptions
from kodeverk.export.word import export_word
from kodeverk.project import Project
from kodeverk.services.coders import list_coders
from kodeverk.services.coding import add_coding, codings_of_transcript
from kodeverk.services.transcripts import list_transcripts, transcript_text
from tests.ui.conftest import save_shot
from ui.compare_model import COLOURS, ReadingRole
from ui.feature_teamwork import TeamworkFeature
from ui.table_model import RowRole

TRINN = "Samordningstrappen/Trinn 2: Utvikle felles problemforståelse"


def _feature(window) -> TeamworkFeature:
    return next(f for f in window.features if isinstance(f, TeamworkFeature))


def _wait(qtbot, op) -> None:
    assert op is not None
    qtbot.waitUntil(lambda: op.done, timeout=20000)


def _make_copy(qtbot, feature: TeamworkFeature, coder: str, path: Path):
    dialog = feature.make_copy()
    qtbot.keyClicks(dialog.coder.lineEdit(), coder)
    assert dialog.path.text().endswith(f"-{coder}.kodeverk")  # a name is suggested beside the project
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    _wait(qtbot, dialog.op)
    assert dialog.result is not None and path.exists()
    return dialog.result


def _code_in_copy(path: Path, coder: str, transcript: str, spans: list[tuple[str, int, int]]) -> None:
    with Project.open(path) as copy:
        tid = next(t.id for t in list_transcripts(copy) if t.name == transcript)
        coder_id = next(c.id for c in list_coders(copy) if c.name == coder)
        book = get_codebook(copy)
        for code, start, end in spans:
            add_coding(copy, tid, book.resolve(code).id, coder_id, start, end)


def test_two_coders_copy_merge_compare_resolve_and_export(qtbot, window, tmp_path: Path) -> None:
    feature = _feature(window)
    project = window.project
    transcript = list_transcripts(project)[0]
    text = transcript_text(project, transcript.id)
    # a passage nobody has coded yet, found in the text
    start = text.index("\n", len(text) // 2) + 1
    ingrid_path, jonas_path = tmp_path / "ingrid.kodeverk", tmp_path / "jonas.kodeverk"

    # 1. each coder gets a copy, made through the dialog
    assert _make_copy(qtbot, feature, "Ingrid", ingrid_path).transcripts == len(list_transcripts(project))
    _make_copy(qtbot, feature, "Jonas", jonas_path)

    # 2. they code in their copies (same code, different boundaries; and one only Jonas has)
    _code_in_copy(ingrid_path, "Ingrid", transcript.name, [(TRINN, start, start + 60)])
    _code_in_copy(jonas_path, "Jonas", transcript.name, [(TRINN, start + 10, start + 80),
                                                         (TRINN, start + 200, start + 240)])

    # 3. merge both copies through the dialog: check first (nothing written), then merge
    merge = feature.merge()
    merge.add_paths([ingrid_path, jonas_path])
    before = len(codings_of_transcript(project, transcript.id))
    assert not merge.merge_button.isEnabled()  # check before merging
    qtbot.mouseClick(merge.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: merge.op is None and len(merge.previews) == 2, timeout=20000)
    assert [r.added for r in merge.previews.values()] == [1, 2]
    assert len(codings_of_transcript(project, transcript.id)) == before  # the check changed nothing
    tree_text = [merge.model.item(0).child(i).text() for i in range(merge.model.item(0).rowCount())]
    assert any("1" in line and "Ingrid" in line for line in tree_text)
    save_shot(merge, "merge_check")
    qtbot.mouseClick(merge.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: merge.op is None and bool(merge.reports), timeout=20000)
    assert [r.added for r in merge.reports] == [1, 2]
    assert "Codings added: 2 (Jonas 2)" in merge.result_text.toPlainText()
    assert len(codings_of_transcript(project, transcript.id)) == before + 3

    # 4. compare: Ingrid and Jonas are chosen; compute; the table is coloured by the thresholds
    compare = feature.compare()
    assert compare.chosen_coders() == ["Ingrid", "Jonas"]
    compare.set_checked("codes", ["Samordningstrappen", "Organisering"])
    qtbot.mouseClick(compare.compute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: compare.result is not None, timeout=30000)
    model = compare.table_model
    assert model.rowCount() == 2 and model.columnCount() == 7
    assert [model.data(model.index(r, 0)) for r in range(2)] == ["Organisering", "Samordningstrappen"]
    kappa = model.index(1, 2)
    word = model.data(kappa, ReadingRole)
    assert word in ("good", "tentative", "poor")
    assert model.data(kappa, Qt.ItemDataRole.BackgroundRole).name().upper() == COLOURS[word].upper()
    # the counts behind a number: one click
    rect = compare.table.visualRect(kappa)
    qtbot.mouseClick(compare.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    details = compare.detail_model
    assert details.rowCount() == 2 + len(compare.result.transcripts)  # mean, pooled, each transcript
    assert details.data(details.index(0, 1)) == model.data(kappa)  # the number in the table: the mean
    assert "both coded" in details.data(details.index(1, 2))
    assert "Samordningstrappen" in compare.detail_title.text()
    save_shot(compare, "compare")

    # 5. drill down to the transcript and settle disagreements
    row = next(r for r in range(details.rowCount()) if details.data(details.index(r, 0)) == transcript.name)
    compare.details.setCurrentIndex(details.index(row, 0))
    qtbot.mouseClick(compare.drill_button, Qt.MouseButton.LeftButton)
    drill = feature.drilldown
    assert drill is not None and drill.transcript_box.currentText() == transcript.name
    total = drill.model.rowCount()
    assert total >= 2
    assert drill.progress.text().startswith(f"0 of {total} disagreements resolved")
    kinds = {r.item.kind for r in drill.model.rows}
    assert "boundaries" in kinds and "only_b" in kinds
    ours = next(i for i, r in enumerate(drill.model.rows)
                if r.item.kind == "boundaries" and r.item.start == start)
    drill.select(ours)
    assert drill.view.selection_span() is not None  # the passage is shown in the text
    save_shot(drill, "drilldown")
    qtbot.mouseClick(drill.union, Qt.MouseButton.LeftButton)
    assert drill.progress.text().startswith(f"1 of {total} disagreements resolved")
    assert drill.model.rows[ours].resolved
    only_jonas = next(i for i, r in enumerate(drill.model.rows) if r.item.kind == "only_b"
                      and r.item.start == start + 200)
    drill.select(only_jonas)
    qtbot.mouseClick(drill.accept_a, Qt.MouseButton.LeftButton)  # Ingrid's view: not coded
    assert drill.progress.text().startswith(f"2 of {total} disagreements resolved")
    # the overall count over all compared transcripts comes from the worker
    qtbot.waitUntil(lambda: "in all" in drill.progress.text(), timeout=20000)

    consensus = next(c for c in list_coders(project) if c.name == "Konsensus")
    book = get_codebook(project)
    settled = [(c.start, c.end) for c in codings_of_transcript(project, transcript.id)
               if c.coder_id == consensus.id and c.code_id == book.resolve(TRINN).id]
    assert settled == [(start, start + 80)]  # the union of Ingrid's and Jonas's boundaries

    # undo the last resolution, then redo it: the progress follows
    qtbot.mouseClick(drill.undo_button, Qt.MouseButton.LeftButton)
    assert drill.progress.text().startswith(f"1 of {total} disagreements resolved")
    window.ws.undo_stack.redo()
    assert drill.progress.text().startswith(f"2 of {total} disagreements resolved")
    qtbot.mouseClick(drill.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(drill.previous_button, Qt.MouseButton.LeftButton)

    # 6. the agreement report and the consensus quotes
    report = tmp_path / "samsvar.xlsx"
    _wait(qtbot, compare.export_report(str(report)))
    assert report.exists() and "samsvar.xlsx" in compare.summary.text()
    quotes = export_word(project, tmp_path / "konsensus.docx", ExportOptions(by="code", coders=["Konsensus"]))
    assert quotes.path.exists() and quotes.codings == 1  # the one consensus coding (accepting A wrote none)


def test_copy_dialog_refuses_bad_input(qtbot, window, tmp_path: Path) -> None:
    feature = _feature(window)
    dialog = feature.make_copy()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.op is None and "name" in dialog.note.text()
    qtbot.keyClicks(dialog.coder.lineEdit(), "Nora")
    dialog.path.setText(str(window.project.path))  # the project itself: exists already
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.op is None, timeout=20000)
    assert dialog.result is None and dialog.note.text().startswith("Could not make the copy")


def test_merge_dialog_reports_an_unrelated_file_and_changes_nothing(qtbot, window, tmp_path: Path) -> None:
    other = tmp_path / "other.kodeverk"
    Project.create(other, template="empty").close()
    merge = _feature(window).merge()
    merge.add_paths([other, tmp_path / "missing.kodeverk"])
    qtbot.mouseClick(merge.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: merge.op is None and bool(merge.previews), timeout=20000)
    assert "missing.kodeverk" in merge.note.text()  # cannot be opened: named, and taken off the list
    assert merge.paths == [other]
    report = merge.previews[other]
    assert report.added == 0


def test_merge_dialog_choices_for_new_codes(qtbot, window, tmp_path: Path) -> None:
    from kodeverk.codebook.service import add_code

    feature = _feature(window)
    copy_path = tmp_path / "nora.kodeverk"
    _make_copy(qtbot, feature, "Nora", copy_path)
    with Project.open(copy_path) as copy:
        book = get_codebook(copy)
        new = add_code(copy, book.resolve("Organisering").id, "Budsjett")
        tid = list_transcripts(copy)[0].id
        nora = next(c.id for c in list_coders(copy) if c.name == "Nora")
        add_coding(copy, tid, new.id, nora, 0, 10)
    merge = feature.merge()
    merge.add_paths([copy_path])
    qtbot.mouseClick(merge.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: merge.op is None and bool(merge.previews), timeout=20000)
    combo = merge.tree.findChild(QComboBox, "code_choice:Organisering/Budsjett")
    assert combo is not None and combo.currentText() == "Adopt as a new code"
    combo.setCurrentIndex(combo.count() - 1)  # leave it out
    qtbot.mouseClick(merge.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: merge.op is None and bool(merge.reports), timeout=20000)
    assert merge.reports[0].codings_left_out == {"code not adopted": 1}
    assert get_codebook(window.project).find("Organisering/Budsjett") is None
    assert "Nora" in [c.name for c in window.ws.coders]


@pytest.mark.parametrize("coders", [["Ingrid"], []])
def test_compare_needs_two_coders(qtbot, window, coders: list[str]) -> None:
    compare = _feature(window).compare()
    compare.set_checked("coders", coders)
    qtbot.mouseClick(compare.compute_button, Qt.MouseButton.LeftButton)
    assert compare.op is None and compare.result is None
    assert "two coders" in compare.summary.text()
    assert not compare.export_button.isEnabled() and not compare.drill_button.isEnabled()
    assert compare.table_model.data(compare.table_model.index(0, 0), RowRole) is None


def test_menu_entries_open_the_team_work_windows(qtbot, window) -> None:
    feature = _feature(window)
    file_texts = [a.text().replace("&", "") for a in window.file_menu.actions()]
    assert "Make a coder copy…" in file_texts and "Merge coder copies…" in file_texts
    assert "Agreement report…" in [a.text().replace("&", "") for a in window.export_menu.actions()]
    assert "Compare coders…" in [a.text().replace("&", "") for a in window.analysis_menu.actions()]
    feature.report_action.trigger()  # nothing computed yet: the comparison opens and says what to do
    assert feature.compare_dialog is not None and feature.compare_dialog.isVisible()
    assert "Export report" in feature.compare_dialog.summary.text()
    feature.merge_action.trigger()
    assert feature.dialog is not None and feature.dialog.isVisible()
    window.close_project()
    assert not feature.compare_action.isEnabled() and feature.compare_dialog is None


EXTRA = "\nI: En siste ting 👩‍👩‍👧 – noe å legge til?\nR: Nei, egentlig ikke. Takk for praten."


def _copy_with_changed_text(project: Project, path: Path) -> dict:
    """Ingrid's copy in which one word of a passage is changed (two letters swapped) and a closing exchange with
    an emoji is added; she codes the changed passage and the closing answer."""
    import hashlib

    from sqlalchemy import select

    from kodeverk.storage.models import Transcript
    from kodeverk.teamwork.copy import make_coder_copy

    make_coder_copy(project, path, "Ingrid")
    with Project.open(path) as copy:
        first = list_transcripts(copy)[0]
        original = transcript_text(copy, first.id)
        line = next(x for x in original.split("\n")[3:] if len(x) > 80)
        word = next(w for w in line.split()[3:] if len(w) >= 6 and w.isalpha())
        fixed = line.replace(word, word[:-2] + word[-1] + word[-2], 1)
        text = original.replace(line, fixed, 1) + EXTRA
        with copy.transaction() as session:
            row = session.scalar(select(Transcript).where(Transcript.id == first.id))
            row.text, row.char_count, row.sha256 = text, len(text), hashlib.sha256(text.encode()).hexdigest()
        ingrid = next(c.id for c in list_coders(copy) if c.name == "Ingrid")
        code = get_codebook(copy).resolve("Trinn 1: Dele informasjon").id
        start = text.index(fixed)
        add_coding(copy, first.id, code, ingrid, start, start + len(fixed))
        gone = text.rindex("Nei, egentlig ikke.")
        add_coding(copy, first.id, code, ingrid, gone, len(text))
    return {"name": first.name, "line": line, "fixed": fixed}


def _tree_lines(merge) -> list[str]:
    lines = []

    def walk(item) -> None:
        for row in range(item.rowCount()):
            child = item.child(row)
            lines.append(child.text())
            walk(child)

    walk(merge.model.invisibleRootItem())
    return lines


def test_merge_dialog_shows_codings_placed_on_a_changed_passage(qtbot, window, tmp_path: Path) -> None:
    copy_path = tmp_path / "ingrid.kodeverk"
    setup = _copy_with_changed_text(window.project, copy_path)
    merge = _feature(window).merge()
    merge.add_paths([copy_path])
    qtbot.mouseClick(merge.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: merge.op is None and bool(merge.previews), timeout=20000)
    # the changed transcript needs confirmation: tick it, check again
    confirm = next(merge.model.item(0).child(r).child(0) for r in range(merge.model.item(0).rowCount())
                   if merge.model.item(0).child(r).hasChildren()
                   and merge.model.item(0).child(r).child(0).isCheckable())
    assert setup["name"] in confirm.text()
    confirm.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(merge.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: merge.op is None and bool(merge.previews), timeout=20000)
    lines = _tree_lines(merge)
    assert "Codings on transcripts whose text differs:" in lines
    moved = lines.index(f"Moved with changes: “{setup['name']}”, Samordningstrappen/Trinn 1: Dele informasjon (Ingrid)")
    assert lines[moved + 1] == f"Before: “{setup['fixed']}”" and lines[moved + 2] == f"After: “{setup['line']}”"
    lost = next(i for i, x in enumerate(lines) if x.startswith("LEFT OUT, its passage is gone: "))
    assert lines[lost + 1] == "Before: “Nei, egentlig ikke. Takk for praten.”"
    assert any(x.startswith("Codings of changed transcripts whose passage is unchanged: ") for x in lines)
    assert "Codings left out: 1 (its passage is no longer in the changed text)" in lines
    save_shot(merge, "merge_reanchored")
    qtbot.mouseClick(merge.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: merge.op is None and bool(merge.reports), timeout=20000)
    shown = merge.result_text.toPlainText()
    assert "Moved with changes in" in shown and "LEFT OUT in" in shown
    assert "LEFT OUT 1 coding(s): its passage is no longer in the changed text" in shown
    assert "Merged, with something left out" in merge.note.text()
    assert merge.reports[0].added == 1

    # the report follows a live language change: formatted by the dialog, not the core's English lines
    from ui.i18n import set_language

    set_language("nb")
    qtbot.waitUntil(lambda: merge.check_button.text() == "Sjekk", timeout=5000)  # LanguageChange is posted
    shown = merge.result_text.toPlainText()
    assert "Flyttet med endringer i «" in shown and "UTELATT i «" in shown
    assert "UTELATT 1 koding: passasjen finnes ikke lenger i den endrede teksten" in shown
    assert "Kodinger lagt til: 1 (Ingrid 1)" in shown and "Moved with changes" not in shown
    assert merge.note.text() == "Slått sammen, men noe ble utelatt: se rapporten (linjene UTELATT)."
    assert merge.check_button.text() == "Sjekk" and merge.windowTitle() == "Slå sammen koderkopier"
    set_language("en")
    qtbot.waitUntil(lambda: merge.check_button.text() == "Check", timeout=5000)
    assert "LEFT OUT 1 coding(s)" in merge.result_text.toPlainText() and merge.check_button.text() == "Check"


def test_compute_shows_progress_and_cancel_stops_the_computation(qtbot, window, monkeypatch) -> None:
    import threading

    import ui.compare_view as compare_view
    from kodeverk.errors import Cancelled

    compare = _feature(window).compare()
    compare.set_checked("codes", ["Samordningstrappen", "Organisering"])
    # a full run: the bar counts the real steps (reading, then each code of each method)
    qtbot.mouseClick(compare.compute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: compare.result is not None, timeout=30000)
    assert (compare.progress.value(), compare.progress.maximum()) == (1 + 2 * 4, 1 + 2 * 4)
    assert not compare.progress.isVisible() and not compare.cancel_button.isVisible()

    # a second run, held at its start until Cancel has been pressed; the core then stops at its first check
    real, gate, outcome = compare_view.project_agreement, threading.Event(), []

    def held(*args, **kwargs):
        gate.wait(10)
        try:
            return real(*args, **kwargs)
        except Cancelled as exc:
            outcome.append(exc)
            raise

    monkeypatch.setattr(compare_view, "project_agreement", held)
    compare.result = None
    qtbot.mouseClick(compare.compute_button, Qt.MouseButton.LeftButton)
    assert compare.cancel_button.isVisible() and compare.summary.text() == "Computing agreement…"
    op = compare.op
    qtbot.mouseClick(compare.cancel_button, Qt.MouseButton.LeftButton)
    assert compare.summary.text() == "Cancelling…" and not compare.cancel_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: op.done, timeout=20000)
    assert len(outcome) == 1  # the computation itself stopped, with the typed error
    assert compare.summary.text() == "Cancelled."
    assert compare.result is None and compare.op is None
    assert not compare.export_button.isEnabled() and not compare.drill_button.isEnabled()
    assert not compare.cancel_button.isVisible() and compare.compute_button.isEnabled()


def test_team_work_windows_follow_a_live_language_change(qtbot, window) -> None:
    from ui.i18n import set_language

    feature = _feature(window)
    compare = feature.compare()
    compare.set_checked("codes", ["Samordningstrappen", "Organisering"])
    qtbot.mouseClick(compare.compute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: compare.result is not None, timeout=30000)
    compare.table.setCurrentIndex(compare.table_model.index(1, 2))
    model, details = compare.table_model, compare.detail_model
    header = lambda m, c: m.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)  # noqa: E731
    assert compare.compute_button.text() == "Compute agreement" and header(model, 2) == "Characters κ"
    english_summary = compare.summary.text()
    compare.open_disagreements()
    drill = feature.drilldown
    copy = feature.make_copy()

    set_language("nb")
    qtbot.waitUntil(lambda: copy.ok.text() == "Lag kopi", timeout=5000)  # LanguageChange is posted
    assert compare.windowTitle() == "Sammenlign kodere" and compare.compute_button.text() == "Beregn samsvar"
    assert header(model, 2) == "Tegn κ" and header(details, 2) == "Tellinger"
    assert details.data(details.index(1, 0)) == "Alle (samlet)" and "begge kodet" in details.data(details.index(1, 2))
    assert "10 transkripter, beregnet" in compare.summary.text() and compare.summary.text() != english_summary
    assert "κ og α, tolket etter Krippendorff" in compare.legend.text()
    assert drill.accept_a.text() == "Godta Ingrid" and " av " in drill.progress.text()
    assert header(drill.model, 5) == "Løst"
    assert copy.ok.text() == "Lag kopi" and copy.windowTitle() == "Lag en koderkopi"
    qtbot.wait(50)  # the layouts settle
    save_shot(compare, "compare_nb")
    save_shot(drill, "drilldown_nb")

    set_language("en")
    qtbot.waitUntil(lambda: copy.ok.text() == "Make copy", timeout=5000)
    assert compare.compute_button.text() == "Compute agreement" and header(model, 2) == "Characters κ"
    assert compare.summary.text() == english_summary and drill.accept_a.text() == "Accept Ingrid"
    assert copy.ok.text() == "Make copy"
