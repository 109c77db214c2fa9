"""Every model under QAbstractItemModelTester; UTF-16 ↔ code-point offsets with emoji."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QAbstractItemModelTester

from kodeverk.codebook.service import get_codebook
from kodeverk.importing.report import FileOutcome, Status
from kodeverk.project import Project
from kodeverk.retrieval import RetrievalQuery, retrieve
from kodeverk.services.search import search_project
from kodeverk.services.import_plan import PlannedFile
from ui.codebook_model import CodebookModel
from ui.import_models import ImportPreviewModel, ImportReportModel
from ui.navigator_model import NavigatorFilter, NavigatorModel
from ui.offsets import OffsetMap
from ui.quick_picker import PickerModel
from ui.search_model import SearchResultsModel
from ui.segments_model import SegmentsModel

Mode = QAbstractItemModelTester.FailureReportingMode


@pytest.fixture()
def project(sample_path):
    with Project.open(sample_path) as p:
        yield p


def _walk(model, parent=None):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            for role in range(0, 14):
                model.data(index, role)
        _walk(model, model.index(row, 0, parent))


def test_tree_models_pass_the_tester(qtbot, project):
    navigator = NavigatorModel(project)
    QAbstractItemModelTester(navigator, Mode.Fatal)
    proxy = NavigatorFilter()
    proxy.setSourceModel(navigator)
    QAbstractItemModelTester(proxy, Mode.Fatal)
    proxy.setFilterFixedString("K3")
    _walk(proxy)
    navigator.reload()
    codebook = CodebookModel(project)
    QAbstractItemModelTester(codebook, Mode.Fatal)
    codebook.set_transcript(navigator.root.children[0].children[0].children[0].id)
    _walk(codebook)
    assert codebook.mimeData([codebook.index(0, 0)]).data("application/x-kodeverk-code")


def test_table_models_pass_the_tester(qtbot, project, tmp_path):
    segments = SegmentsModel()
    QAbstractItemModelTester(segments, Mode.Fatal)
    segments.set_rows(retrieve(project, RetrievalQuery(codes=["Organisering"])))
    _walk(segments)
    results = SearchResultsModel()
    QAbstractItemModelTester(results, Mode.Fatal)
    results.set_rows(search_project(project, "mandat"))
    _walk(results)
    picker = PickerModel()
    QAbstractItemModelTester(picker, Mode.Fatal)
    picker.update_matches(get_codebook(project), "sekretariat")
    picker.update_matches(get_codebook(project), "helt ny kode")
    _walk(picker)
    preview = ImportPreviewModel()
    QAbstractItemModelTester(preview, Mode.Fatal)
    preview.set_rows([PlannedFile(path=tmp_path / "a.txt"), PlannedFile(path=tmp_path / "b.docx", phase="Fase 1")])
    assert preview.setData(preview.index(0, 3), "KUBU; Klima")
    assert preview.rows[0].groups == ["KUBU", "Klima"]
    _walk(preview)
    report = ImportReportModel()
    QAbstractItemModelTester(report, Mode.Fatal)
    report.set_rows([FileOutcome("/x/a.docx", Status.FAILED, message="broken"),
                     FileOutcome("/x/b.txt", Status.WARNING, transcript="b", warnings=["w"])])
    _walk(report)


@pytest.mark.parametrize("text", ["æøå ÆØÅ", "a👩‍👩‍👧b", "🇳🇴 Norge", "e\u0301 combining", "x😀\ny🇳🇴z", ""])
def test_offsets_round_trip(text):
    mapping = OffsetMap(text)
    for offset in range(len(text) + 1):
        position = mapping.to_utf16(offset)
        assert position == len(text[:offset].encode("utf-16-le")) // 2
        assert mapping.to_code_points(position) == offset
    assert mapping.utf16_length == len(text.encode("utf-16-le")) // 2


def test_offsets_inside_a_surrogate_pair_go_to_the_character_start():
    mapping = OffsetMap("a😀b")
    assert mapping.to_code_points(2) == 1  # between the two halves of 😀


def test_view_selection_with_emoji_gives_code_points(qtbot):
    from ui.transcript_view import TranscriptView

    view = TranscriptView()
    qtbot.addWidget(view)
    text = "R: 👩‍👩‍👧 og 🇳🇴 på tur, æøå."
    view.show_transcript(1, text, [])
    start = text.index("på")
    view.snap_to_words = False
    view.select_span(start, start + 6)
    assert view.textCursor().selectedText() == "på tur"
    assert view.selection_span() == (start, start + 6)
    view.snap_to_words = True
    view.select_span(start + 1, start + 4)
    assert view.selection_span() == (start, start + 6)
