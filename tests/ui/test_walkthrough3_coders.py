"""Walk-through, third round: the Coders dialog shows coders' names whole, keeps initials and colour compact,
and opens at the size it was left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView

from tests.ui.conftest import save_shot
from ui.i18n import set_language

LONG_NAME = "Ingrid Marie Johannessen-Bakke"


def _open(window, qtbot):
    from ui.coders_dialog import CodersDialog

    dialog = CodersDialog(window.ws, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    return dialog


def _cell_text_fits(dialog, row: int) -> bool:
    """Is the name in ``row`` shown whole (text, swatch and margins within its column)?"""
    table = dialog.table
    text = dialog.model.index(row, 0).data()
    needed = table.fontMetrics().horizontalAdvance(text) + table.iconSize().width() + 24
    return table.columnWidth(0) >= needed


def test_names_get_the_width_and_initials_and_colour_stay_compact(window, qtbot):
    set_language("nb")
    window.ws.add_coder(LONG_NAME)
    dialog = _open(window, qtbot)
    save_shot(dialog, "walkthrough3_coders_nb")
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Koder"
    header = dialog.table.horizontalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    table = dialog.table
    # every name, the long one too, is shown whole
    for row in range(dialog.model.rowCount()):
        assert _cell_text_fits(dialog, row), dialog.model.index(row, 0).data()
    # the name column is the widest; initials and colour are no wider than their contents need
    assert table.columnWidth(0) > table.columnWidth(1) + table.columnWidth(2)
    for column in (1, 2):
        assert table.columnWidth(column) <= max(table.sizeHintForColumn(column), header.sectionSizeHint(column)) + 2
    # the columns fill the table: no blank strip at the right, no horizontal scrolling
    used = sum(table.columnWidth(c) for c in range(3))
    assert abs(used - table.viewport().width()) <= 2
    assert not table.horizontalScrollBar().isVisible()
    # a wider dialog gives the extra room to the names
    before = table.columnWidth(0), table.columnWidth(1), table.columnWidth(2)
    dialog.resize(dialog.width() + 200, dialog.height())
    QApplication.processEvents()
    assert table.columnWidth(0) >= before[0] + 150
    assert (table.columnWidth(1), table.columnWidth(2)) == before[1:]
    dialog.reject()


def test_the_dialog_opens_at_the_size_it_was_left(window, qtbot):
    dialog = _open(window, qtbot)
    dialog.resize(720, 460)
    QApplication.processEvents()
    dialog.reject()
    again = _open(window, qtbot)
    assert (again.width(), again.height()) == (720, 460)
    again.reject()


def test_a_small_window_still_shows_the_names(window, qtbot):
    window.resize(1024, 700)
    dialog = _open(window, qtbot)
    save_shot(dialog, "walkthrough3_coders_1024")
    for row in range(dialog.model.rowCount()):
        assert _cell_text_fits(dialog, row)
    dialog.reject()
