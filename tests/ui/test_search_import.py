"""Searching the project and coding all results; importing a folder with a corrupt file."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kodeverk.importing.report import Status
from kodeverk.retrieval import RetrievalQuery, retrieve
from tests.ui.conftest import save_shot
from ui.search_panel import WHOLE_PROJECT


def test_search_project_and_code_all_results_as_one_undo_step(qtbot, window):
    pv, ws = window.pv, window.ws
    window.acts["find_all"].trigger()
    assert pv.search.scope.currentIndex() == WHOLE_PROJECT
    pv.search.query.setText("departementsråd")
    with qtbot.waitSignal(pv.search.hits_found, timeout=10000):
        pv.search.run_search()
    hits = pv.search.model.rows
    assert len(hits) > 3 and len({h.transcript_id for h in hits}) > 1
    # jump to one
    pv.search.table.doubleClicked.emit(pv.search.model.index(1, 0))
    assert pv.view.transcript_id == hits[1].transcript_id
    assert pv.view.textCursor().selectedText() == hits[1].match
    save_shot(window, "05-search")
    before = len(retrieve(ws.project, RetrievalQuery(codes=["Mandatet"], include_subcodes=False)))
    pv.search.code_all.click()
    qtbot.keyClicks(pv.coding.picker.edit, "mandatet")
    qtbot.keyClick(pv.coding.picker.edit, Qt.Key.Key_Return)
    after = len(retrieve(ws.project, RetrievalQuery(codes=["Mandatet"], include_subcodes=False)))
    assert after == before + len(hits)
    ws.undo_stack.undo()
    assert len(retrieve(ws.project, RetrievalQuery(codes=["Mandatet"], include_subcodes=False))) == before
    ws.undo_stack.redo()
    assert len(retrieve(ws.project, RetrievalQuery(codes=["Mandatet"], include_subcodes=False))) == after


def test_fuzzy_find_in_transcript(qtbot, window):
    pv = window.pv
    window.acts["find"].trigger()
    pv.search.fuzzy.setChecked(True)
    pv.search.query.setText("departementsrad")  # no å
    with qtbot.waitSignal(pv.search.hits_found, timeout=10000):
        pv.search.run_search()
    assert pv.search.model.rows
    assert {h.transcript_id for h in pv.search.model.rows} == {pv.view.transcript_id}


def test_import_folder_with_a_corrupt_docx_reports_it(qtbot, window, tmp_path):
    from ui.import_dialog import ImportDialog

    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "x.docx").write_bytes(b"this is not a word file \x00\x01\x02" * 20)
    (folder / "ok.txt").write_text("I: Hvordan gikk det?\nR: Det gikk bra, vi fikk til mye sammen i gruppen.",
                                   encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text("fil;fase;kjernegruppe;informant\nok.txt;fase 3;Klima og omstiling;K9-01\n", encoding="utf-8")
    dialog = ImportDialog(window.ws.project, window)
    qtbot.addWidget(dialog)
    dialog.set_paths([folder])
    dialog.set_manifest(manifest)
    rows = {r.path.name: r for r in dialog.preview.rows}
    assert rows["ok.txt"].phase == "Fase 3" and rows["ok.txt"].groups == ["Klima"]
    assert rows["ok.txt"].matches["groups"][0].how in {"fuzzy", "alias"}
    # the user corrects the phase of ok.txt
    phase_index = dialog.preview.index(list(rows).index("ok.txt"), 2)
    assert dialog.preview.setData(phase_index, "Fase 2")
    dialog.show()
    save_shot(dialog, "06-import-preview")
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    save_shot(dialog, "07-import-report")
    outcomes = {o.path.rsplit("/", 1)[-1]: o for o in dialog.report_model.rows}
    assert outcomes["x.docx"].status is Status.FAILED and outcomes["x.docx"].message
    failed_row = list(outcomes).index("x.docx")
    assert dialog.report_model.index(failed_row, 1).data() == dialog.report_model.status_text(Status.FAILED)
    assert outcomes["x.docx"].message in dialog.report_model.index(failed_row, 3).data()
    assert outcomes["ok.txt"].status in (Status.IMPORTED, Status.WARNING)
    dialog.accept()
    window.ws.reload()
    infos = window.pv.navigator.model.transcripts.values()
    assert any(i.original_filename == "ok.txt" and i.phase == "Fase 2" for i in infos)
