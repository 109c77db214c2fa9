"""Walk-through: what a researcher sees at small and large window sizes (stripes margin, transcript names)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import save_shot


def _settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(10)


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800), (1920, 1080)])
def test_the_text_keeps_most_of_the_transcript_pane(window, qtbot, size):
    """The stripes margin takes at most about a fifth of the pane: at 1024 × 700 the text stays readable."""
    window.resize(*size)
    view = window.pv.view
    view.select_coding(view.codings[5].id)  # scrolled to codings, so the margin has stripes in lanes
    _settle(qtbot)
    save_shot(window, f"walkthrough_text_{size[0]}")
    margin = view.viewportMargins().left()
    assert view.stripes.lane_count >= 2
    assert 10 < margin <= view.width() * 0.23
    assert view.viewport().width() >= view.width() * 0.7
    assert view.stripes.geometry().width() == margin


def test_stripes_leave_out_labels_that_would_be_only_an_ellipsis(window, qtbot):
    window.resize(1024, 700)
    view = window.pv.view
    view.select_coding(view.codings[5].id)
    _settle(qtbot)
    view.stripes.repaint()
    labelled = [b for b in view.stripes.bars if b.rect.width() > b.stripe.width() + 4]
    width = view.stripes.lane_width() - 11
    if width < view.stripes.fontMetrics().horizontalAdvance("Mmm…"):
        assert not labelled  # bars without a label are clicked on the stripe itself
    else:
        assert labelled


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
def test_transcript_names_and_counts_both_show_in_the_navigator(window, qtbot, size):
    window.resize(*size)
    _settle(qtbot)
    tree = window.pv.navigator.tree
    viewport = tree.viewport().width()
    counts_right = tree.columnViewportPosition(1) + tree.columnWidth(1)
    assert counts_right <= viewport + 1, "the coding counts are cut off"
    assert tree.columnWidth(0) >= min(200, viewport - tree.columnWidth(1) - 2)
    title = tree.header().fontMetrics().horizontalAdvance(tree.model().headerData(1, tree.header().orientation()))
    assert tree.columnWidth(1) >= title + 8, "the count column's title is clipped"


def test_a_column_width_the_user_chose_stays(window, qtbot):
    tree = window.pv.navigator.tree
    tree.header().resizeSection(0, 150)
    window.resize(1500, 900)
    _settle(qtbot)
    assert tree.columnWidth(0) == 150


def test_on_a_small_screen_the_text_gets_half_the_width_at_first(qtbot, settings, sample_path):
    from ui.main_window import MainWindow

    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_project(str(sample_path))
    _settle(qtbot)
    save_shot(win, "walkthrough_first_open_1024")
    assert win.pv.view.width() >= 1024 * 0.45
    assert win.pv.view.height() >= 700 * 0.5
    assert win.pv.codebook.width() >= 250  # the code names stay readable
    win.close_project()


def test_new_project_browse_button_says_what_it_does(qtbot):
    from ui.start_page import NewProjectDialog

    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    assert dialog.browse.text() == "…" and dialog.browse.toolTip()
