"""The comparison's Qt models under Qt's model tester, and the drill-down's handling of edits and bad input."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from sqlalchemy import select

from kodeverk.agreement.compute import project_agreement
from kodeverk.project import Project
from kodeverk.services.coders import list_coders
from kodeverk.services.coding import codings_of_transcript
from kodeverk.services.transcripts import list_transcripts
from kodeverk.storage import teamwork as store
from kodeverk.storage.models import Transcript
from kodeverk.teamwork.copy import make_coder_copy
from kodeverk.teamwork.disagreements import list_disagreements
from ui.compare_model import ALL_MEASURES, AgreementDetailModel, AgreementTableModel, detail_rows
from ui.drilldown_model import DisagreementModel, kind_text
from ui.feature_teamwork import TeamworkFeature

Mode = QAbstractItemModelTester.FailureReportingMode


def _feature(window) -> TeamworkFeature:
    return next(f for f in window.features if isinstance(f, TeamworkFeature))


def test_models_pass_the_model_tester(qtbot, sample_path: Path) -> None:
    with Project.open(sample_path, read_only=True) as project:
        data = project_agreement(project, ["Ingrid", "Jonas"]).to_dict()
        name = list_transcripts(project)[0].name
        items = list_disagreements(project, name, "Ingrid", "Jonas")
    table = AgreementTableModel()
    QAbstractItemModelTester(table, Mode.Fatal)
    table.set_result(data)
    assert table.rowCount() == len(data["codes"]) and table.columnCount() == 1 + len(ALL_MEASURES)
    details = AgreementDetailModel()
    QAbstractItemModelTester(details, Mode.Fatal)
    rows = detail_rows(data["codes"][0], ALL_MEASURES[4])  # alpha: pooled, then per transcript
    details.set_rows(rows)
    assert rows[0].summary and not rows[1].summary and details.rowCount() == 1 + len(data["transcripts"])
    listing = DisagreementModel()
    QAbstractItemModelTester(listing, Mode.Fatal)
    listing.set_items(items, [False] * len(items), "Ingrid", "Jonas")
    listing.set_flags([True] * len(items))
    assert listing.headerData(3, Qt.Orientation.Horizontal) == "Ingrid"
    assert listing.data(listing.index(0, 5)) == "✓"
    table.set_result(None)
    assert table.rowCount() == 0
    assert kind_text("only_b", "Ingrid", "Jonas") == "only Jonas"


def test_edit_resolution_uses_the_selected_text(qtbot, window) -> None:
    feature = _feature(window)
    compare = feature.compare()
    qtbot.mouseClick(compare.compute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: compare.result is not None, timeout=30000)
    qtbot.mouseClick(compare.drill_button, Qt.MouseButton.LeftButton)
    drill = feature.drilldown
    assert drill.model.rowCount() > 0
    drill.select(0)
    d = drill.current()
    drill.view.setTextCursor(drill.view.cursor_for(0, 0))  # nothing selected: refused, with a hint
    assert not drill.resolve_with_selection() and "Select the passage" in drill.passage.text()
    drill.view.select_span(d.start, d.start + 12)
    span = drill.view.selection_span()
    assert drill.resolve_with_selection()
    consensus = next(c for c in list_coders(window.project) if c.name == "Konsensus")
    mine = [(c.start, c.end) for c in codings_of_transcript(window.project, d.transcript_id)
            if c.coder_id == consensus.id]
    assert mine == [span]
    assert drill.model.rows[0].resolved
    # the consensus coder joined the app's coder list, and its stripes are shown
    assert "Konsensus" in [c.name for c in window.ws.coders] and "Konsensus" in drill.key.text()
    window.ws.undo_stack.undo()
    assert not drill.model.rows[0].resolved


def test_merge_dialog_confirms_a_fuzzy_transcript(qtbot, window, tmp_path: Path) -> None:
    copy_path = tmp_path / "i.kodeverk"
    make_coder_copy(window.project, copy_path, "Ingrid")
    with Project.open(copy_path) as copy:
        with copy.transaction() as session:
            row = store.transcript_keys(session)[0]
            transcript = session.scalar(select(Transcript).where(Transcript.id == row.id))
            text = "INNLEDNING.\n" + transcript.text
            transcript.text, transcript.char_count = text, len(text)
            transcript.sha256 = hashlib.sha256(text.encode()).hexdigest()
            for coding in store.codings_of_coder(session, next(c.id for c in store.coder_rows(session))):
                if coding.transcript_id == row.id:
                    coding.start, coding.end = coding.start + 12, coding.end + 12
    merge = _feature(window).merge()
    merge.add_paths([copy_path])
    qtbot.mouseClick(merge.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: merge.op is None and bool(merge.previews), timeout=20000)
    assert merge.previews[copy_path].needs_confirmation
    top = merge.model.item(0)
    group = next(top.child(i) for i in range(top.rowCount()) if top.child(i).hasChildren())
    item = group.child(0)
    assert item.isCheckable() and item.checkState() == Qt.CheckState.Unchecked
    item.setCheckState(Qt.CheckState.Checked)  # as a click on the box does
    assert merge.tree.accepted == {copy_path: {row.name}}
    qtbot.mouseClick(merge.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: merge.op is None and bool(merge.previews), timeout=20000)
    assert not merge.previews[copy_path].needs_confirmation
    qtbot.mouseClick(merge.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: merge.op is None and bool(merge.reports), timeout=20000)
    assert merge.reports[0].complete and "accepted" in merge.result_text.toPlainText()
