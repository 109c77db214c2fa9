"""The Retrieve panel as a user works it: choose filters, retrieve, widen, read matrices, jump, export."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester

from kodeverk.retrieval import RetrievalQuery, retrieve
from kodeverk.retrieval.overview import overview
from tests.ui.conftest import save_shot
from ui.colours import text_colour_on
from ui.retrieve_choice import ChoiceButton
from ui.retrieve_models import (CodingIdsRole, ChoiceModel, ExcerptsModel, GridModel, cooccurrence_grid, group_grid,
                                ladder_grid)
from ui.retrieve_outline_model import OutlineModel
from ui.table_model import RowRole

Mode = QAbstractItemModelTester.FailureReportingMode


def _feature(window):
    return next(f for f in window.features if type(f).__name__ == "RetrieveFeature")


def _open_panel(window, qtbot):
    feature = _feature(window)
    assert feature.retrieve_action in window.analysis_menu.actions()
    feature.retrieve_action.trigger()
    dock = feature.dock
    assert dock is not None and dock.isVisible()
    return dock


def _retrieve(dock, qtbot) -> None:
    qtbot.mouseClick(dock.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dock.op is not None and dock.op.done and dock.go.isEnabled(), timeout=15000)


def _choose(button: ChoiceButton, qtbot, *labels: str) -> None:
    """Open the choice popup and click each label's row, as a user would."""
    button.popup.popup(button.mapToGlobal(QPoint(0, button.height())))
    qtbot.waitExposed(button.popup)
    for label in labels:
        rows = [r for r in range(button.proxy.rowCount())
                if button.proxy.index(r, 0).data().strip() == label]
        assert rows, f"no choice {label!r}"
        index = button.proxy.index(rows[0], 0)
        button.list.scrollTo(index)
        qtbot.mouseClick(button.list.viewport(), Qt.MouseButton.LeftButton,
                         pos=button.list.visualRect(index).center())
    button.popup.hide()


def _double_click(qtbot, view, index: QModelIndex) -> None:
    """Press, release and double-click on ``index`` (Qt emits doubleClicked only for the pressed index)."""
    view.scrollTo(index)
    point = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _excerpt_rows(model) -> list:
    return [model.index(r, 0).data(RowRole) for r in range(model.rowCount())]


def test_models_pass_the_model_tester(sample_path, qtbot) -> None:
    from kodeverk.export import ExportOptions, preview_outline
    from kodeverk.project import Project

    with Project.open(sample_path, read_only=True) as project:
        view = overview(project, RetrievalQuery(), context="turn")
        headings = preview_outline(project, ExportOptions())
    excerpts = ExcerptsModel()
    QAbstractItemModelTester(excerpts, Mode.Fatal)
    excerpts.set_excerpts(view.excerpts, {k: c.text for k, c in view.contexts.items()},
                          {n.id: (n.name, n.colour) for n in view.book.walk()})
    grid = GridModel()
    QAbstractItemModelTester(grid, Mode.Fatal)
    for built in (group_grid(view), group_grid(view, phase=True), cooccurrence_grid(view), ladder_grid(view)):
        grid.set_grid(built)
        assert grid.rowCount() and grid.columnCount()
    choices = ChoiceModel()
    QAbstractItemModelTester(choices, Mode.Fatal)
    choices.set_choices([("KUBU", "KUBU"), ("Klima", "Klima")])
    choices.toggle(1)
    assert choices.checked_values() == ["Klima"]
    outline = OutlineModel()
    QAbstractItemModelTester(outline, Mode.Fatal)
    outline.set_headings(headings)
    assert outline.top_texts()[0].startswith("KUBU (")
    first = outline.index(0, 0)
    assert outline.rowCount(first) == 4  # the four top-level categories under each group
    assert outline.parent(outline.index(0, 0, first)) == first


def test_retrieve_by_code_and_jump(window, qtbot) -> None:
    dock = _open_panel(window, qtbot)
    _choose(dock.form.codes, qtbot, "Samordningstrappen")
    assert dock.form.codes.text() == "Samordningstrappen"
    _retrieve(dock, qtbot)
    rows = _excerpt_rows(dock.results)
    assert rows and all(e.code_path.startswith("Samordningstrappen") for e in rows)
    assert dock.status.text().startswith(f"{len(rows)} ")
    save_shot(window, "retrieve_results")
    # double-click a result in a transcript that is not open: it opens with the coded span selected
    pv = window.pv
    target = next(r for r, e in enumerate(rows) if e.transcript_id != pv.view.transcript_id)
    excerpt = rows[target]
    _double_click(qtbot, dock.results_table, dock.results.index(target, 2))
    assert pv.view.transcript_id == excerpt.transcript_id
    assert pv.view.selection_span() == (excerpt.start, excerpt.end)


def test_and_without_subcodes_and_filters(window, qtbot) -> None:
    dock = _open_panel(window, qtbot)
    _choose(dock.form.codes, qtbot, "Organisering", "Samordningstrappen")
    dock.form.combine.setCurrentIndex(1)
    _choose(dock.form.roles, qtbot, "departementsråd")
    _retrieve(dock, qtbot)
    expected = retrieve(window.project, RetrievalQuery(codes=["Organisering", "Samordningstrappen"], combine="and",
                                                       roles=["departementsråd"]))
    assert [e.coding_id for e in _excerpt_rows(dock.results)] == [e.coding_id for e in expected]
    assert expected and all(e.role == "departementsråd" for e in expected)
    # only the parent code itself, not its sub-codes: the sample codes the steps, not the ladder itself
    dock.form.clear()
    _choose(dock.form.codes, qtbot, "Samordningstrappen")
    qtbot.mouseClick(dock.form.subcodes, Qt.MouseButton.LeftButton)
    assert not dock.form.subcodes.isChecked()
    _retrieve(dock, qtbot)
    assert all(e.code_path == "Samordningstrappen" for e in _excerpt_rows(dock.results))


def test_text_fuzzy_and_widen(window, qtbot) -> None:
    dock = _open_panel(window, qtbot)
    qtbot.keyClicks(dock.form.contains, "informasjonsdeling")
    _retrieve(dock, qtbot)
    exact = _excerpt_rows(dock.results)
    assert exact and all("informasjonsdeling" in e.text.casefold() for e in exact)
    dock.form.contains.clear()
    qtbot.keyClicks(dock.form.contains, "informasjonsdelling")  # misspelt
    qtbot.keyClick(dock.form.contains, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dock.op.done and dock.go.isEnabled(), timeout=15000)
    assert dock.results.rowCount() == 0
    qtbot.mouseClick(dock.form.fuzzy, Qt.MouseButton.LeftButton)
    dock.form.context.setCurrentIndex(2)  # widened to the speaker turn
    _retrieve(dock, qtbot)
    fuzzy = _excerpt_rows(dock.results)
    assert {e.coding_id for e in exact} <= {e.coding_id for e in fuzzy}
    first = fuzzy[0]
    shown = dock.results.index(0, 6).data()
    assert " ".join(first.text.split())[:40] in shown
    assert len(dock.results.contexts[first.coding_id]) >= len(first.text)


def test_bad_date_range_is_reported(window, qtbot) -> None:
    dock = _open_panel(window, qtbot)
    qtbot.mouseClick(dock.form.more, Qt.MouseButton.LeftButton)  # the date coded is among "More filters"
    qtbot.mouseClick(dock.form.dated, Qt.MouseButton.LeftButton)
    dock.form.date_from.setDate(dock.form.date_to.date().addDays(3))
    _retrieve(dock, qtbot)
    assert "⚠" in dock.status.text() and "empty" in dock.status.text()
    assert dock.go.isEnabled()


def test_matrices_list_cell_quotes(window, qtbot) -> None:
    dock = _open_panel(window, qtbot)
    _retrieve(dock, qtbot)
    dock.tabs.setCurrentIndex(1)  # code × group
    table, model = dock.grid_tables[0], dock.grids[0]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "KUBU"
    row = next(r for r in range(model.rowCount()) if model.grid.row_labels[r].strip() == "Hvor gjenstridig er problemet?")
    index = model.index(row, 0)
    count = model.count(row, 0)
    assert count and index.data().startswith(f"{count} (")
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    assert dock.cell_box.isVisible()
    listed = _excerpt_rows(dock.cell_quotes)
    assert len(listed) == count and all("KUBU" in e.groups for e in listed)
    assert "KUBU" in dock.cell_caption.text()
    # colour deepens with the count: the fullest cell is darker than a smaller one
    peak = max(((r, c) for r in range(model.rowCount()) for c in range(model.columnCount())),
               key=lambda rc: model.count(*rc))
    small = min(((r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
                 if model.count(r, c)), key=lambda rc: model.count(*rc))
    dark = model.index(*peak).data(Qt.ItemDataRole.BackgroundRole).color()
    light = model.index(*small).data(Qt.ItemDataRole.BackgroundRole).color()
    assert dark.lightness() < light.lightness()
    assert model.index(*peak).data(Qt.ItemDataRole.ForegroundRole).color() == text_colour_on(dark)
    empty = next(((r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
                  if not model.count(r, c)), None)
    if empty is not None:
        assert model.index(*empty).data() == "" and model.index(*empty).data(CodingIdsRole) == []
    # the ladder: group × step, a cell lists that step's codings for the group
    dock.tabs.setCurrentIndex(4)
    ladder_table, ladder = dock.grid_tables[3], dock.grids[3]
    assert "Trinn 1" in ladder.headerData(0, Qt.Orientation.Horizontal)
    cell = ladder.index(0, 0)
    qtbot.mouseClick(ladder_table.viewport(), Qt.MouseButton.LeftButton, pos=ladder_table.visualRect(cell).center())
    listed = _excerpt_rows(dock.cell_quotes)
    assert len(listed) == ladder.count(0, 0) and all(e.code_path.startswith("Samordningstrappen/Trinn 1") for e in listed)
    assert "Trinn 1" in cell.data(Qt.ItemDataRole.ToolTipRole)
    save_shot(dock, "retrieve_ladder")
    # double-clicking a listed quote opens it
    _double_click(qtbot, dock.cell_table, dock.cell_quotes.index(0, 0))
    assert window.pv.view.selection_span() == (listed[0].start, listed[0].end)
    # co-occurrence: a non-empty cell lists codings of both codes
    dock.tabs.setCurrentIndex(3)
    co_table, co = dock.grid_tables[2], dock.grids[2]
    r, c = next((r, c) for r in range(co.rowCount()) for c in range(co.columnCount()) if co.count(r, c))
    assert co.count(r, c) == co.count(c, r) and co.count(r, r) == 0
    qtbot.mouseClick(co_table.viewport(), Qt.MouseButton.LeftButton, pos=co_table.visualRect(co.index(r, c)).center())
    codes = {e.code_id for e in _excerpt_rows(dock.cell_quotes)}
    assert codes == set(co.index(r, c).data(Qt.ItemDataRole.UserRole + 21))


def test_export_views(window, qtbot, tmp_path: Path) -> None:
    dock = _open_panel(window, qtbot)
    assert not dock.export_button.isEnabled()
    _choose(dock.form.groups, qtbot, "KUBU")
    _retrieve(dock, qtbot)
    assert dock.export_button.isEnabled()
    dock.tabs.setCurrentIndex(2)  # code × phase
    dock.export_to(tmp_path / "phase.csv")
    qtbot.waitUntil(lambda: dock.export_op.done, timeout=15000)
    with open(tmp_path / "phase.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "code" and any(h.startswith("Fase 1") for h in rows[0])
    assert "Saved" in dock.status.text() or "Lagret" in dock.status.text()
    dock.export_to(tmp_path / "all.xlsx")
    qtbot.waitUntil(lambda: dock.export_op.done, timeout=15000)
    book = load_workbook(tmp_path / "all.xlsx")
    assert book.sheetnames[0] == "Kode x fase" and "Kodinger" in book.sheetnames
    assert len(list(book["Kodinger"].values)) - 1 == dock.results.rowCount()
    dock.export_to(tmp_path / "missing" / "x.csv")
    qtbot.waitUntil(lambda: dock.export_op.done, timeout=15000)
    assert "⚠" in dock.status.text() and "does not exist" in dock.status.text()
    assert not (tmp_path / "missing").exists()


def test_panel_follows_new_codings(window, qtbot) -> None:
    dock = _open_panel(window, qtbot)
    _choose(dock.form.coders, qtbot, "Ingrid")
    _retrieve(dock, qtbot)
    before = dock.results.rowCount()
    from kodeverk.services.coding import add_coding
    ws = window.ws
    transcript = window.pv.view.transcript_id
    code = ws.codebook.resolve("Resultater, tiltak og aktiviteter").id
    ingrid = next(c.id for c in ws.coders if c.name == "Ingrid")
    add_coding(ws.project, transcript, code, ingrid, 0, 5)
    ws.data_changed.emit(False, {transcript})
    qtbot.waitUntil(lambda: dock.results.rowCount() == before + 1, timeout=15000)


@pytest.mark.parametrize("language", ["en"])
def test_panel_retranslates(window, qtbot, language) -> None:
    from ui.i18n import set_language

    dock = _open_panel(window, qtbot)
    set_language("nb")
    qtbot.wait(10)
    nb = dock.tabs.tabText(0)
    set_language(language)
    qtbot.wait(10)
    assert dock.tabs.tabText(0) == "Results" and dock.go.text() == "Retrieve"
    assert nb  # whatever the Norwegian catalogue holds, the tab has a title
