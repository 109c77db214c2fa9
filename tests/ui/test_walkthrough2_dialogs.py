"""Walk-through, second round: the merge and compare dialogs say what to do first, keep their buttons at the
right and their names readable; export, merge, compare and lost-codings dialogs open as they were left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSplitter

from tests.ui.conftest import save_shot
from ui.feature_retrieve import RetrieveFeature
from ui.feature_revision import RevisionFeature
from ui.feature_teamwork import TeamworkFeature


def _feature(window, kind):
    return next(f for f in window.features if isinstance(f, kind))


def test_merge_dialog_buttons_sit_at_the_right_and_the_empty_area_says_what_to_do(window, qtbot, tmp_path):
    dialog = _feature(window, TeamworkFeature).merge()
    qtbot.waitExposed(dialog)
    save_shot(dialog, "walkthrough2_merge_empty")
    # the buttons keep their natural width, together at the right edge
    for button in (dialog.check_button, dialog.merge_button, dialog.cancel_button):
        assert button.width() <= button.sizeHint().width() + 20, f"{button.text()} is stretched"
    right = dialog.cancel_button.geometry().right()
    assert right >= dialog.width() - 30
    assert dialog.check_button.geometry().left() > dialog.width() // 2
    # where the review will show, a hint of the steps instead of a blank area
    assert dialog.pages.currentWidget() is dialog.hint and dialog.hint.isVisible()
    assert "Add copies…" in dialog.hint.text() and "Check" in dialog.hint.text()
    # a copy that is not a project: after Check, the reason is given and the hint is back (nothing to review)
    bad = tmp_path / "not-a-project.kodeverk"
    bad.write_text("no", encoding="utf-8")
    dialog.add_paths([bad])
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.op is None and not dialog.paths, timeout=20000)
    assert "not-a-project.kodeverk" in dialog.note.text()
    assert dialog.pages.currentWidget() is dialog.hint
    assert not dialog.progress.isVisible()


def test_merge_dialog_review_replaces_the_hint(window, qtbot, tmp_path):
    feature = _feature(window, TeamworkFeature)
    copy = tmp_path / "copy.kodeverk"
    from kodeverk.teamwork.copy import make_coder_copy  # noqa: PLC0415  (the core makes the copy)

    make_coder_copy(window.project, copy, "Ingrid")
    dialog = feature.merge()
    dialog.add_paths([copy])
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.op is None and len(dialog.previews) == 1, timeout=20000)
    assert dialog.pages.currentWidget() is dialog.tree and dialog.tree.isVisible()
    assert not dialog.hint.isVisible()
    save_shot(dialog, "walkthrough2_merge_checked")


def test_compare_dialog_shows_a_hint_until_computed_and_full_names_as_tooltips(window, qtbot):
    dialog = _feature(window, TeamworkFeature).compare()
    qtbot.waitExposed(dialog)
    dialog.resize(900, 600)
    save_shot(dialog, "walkthrough2_compare_empty")
    # no lone "Code" header: a hint says what to do
    assert dialog.table_pages.currentWidget() is dialog.hint and dialog.hint.isVisible()
    assert not dialog.table.isVisible()
    assert "Compute agreement" in dialog.hint.text()
    # long names are shortened in the middle, not clipped at the end, and the tooltip gives them whole
    picks = dialog.picks
    for widget in (picks.codes, picks.transcripts, picks.coders):
        assert widget.textElideMode() == Qt.TextElideMode.ElideMiddle
        assert widget.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        for i in range(widget.count()):
            item = widget.item(i)
            assert item.toolTip().endswith(item.text().strip()) or item.toolTip() == item.text()
    QApplication.processEvents()  # the lists lay out again at the new width
    listing = picks.transcripts
    longest = max((listing.item(i) for i in range(listing.count())), key=lambda it: len(it.text()))
    # at 900 pixels the transcripts' names fit whole
    assert listing.fontMetrics().horizontalAdvance(longest.text()) < listing.viewport().width()
    # narrowed by the user, they are shortened in view, not scrolled out of it
    dialog.splitter.setSizes([240, sum(dialog.splitter.sizes()) - 240])
    QApplication.processEvents()
    assert listing.fontMetrics().horizontalAdvance(longest.text()) > listing.viewport().width()
    assert not listing.horizontalScrollBar().isVisible()
    save_shot(dialog, "walkthrough2_compare_narrow")
    # computed: the table replaces the hint
    qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.op is None and dialog.result is not None, timeout=30000)
    assert dialog.table_pages.currentWidget() is dialog.table and dialog.table.isVisible()
    assert not dialog.hint.isVisible()
    save_shot(dialog, "walkthrough2_compare_computed")


def _splitter(dialog) -> QSplitter:
    return dialog.findChild(QSplitter)


def _resize_and_close(dialog, size, first_pane):
    dialog.resize(*size)
    split = _splitter(dialog)
    total = sum(split.sizes())
    split.setSizes([first_pane, total - first_pane])
    sizes = split.sizes()
    dialog.close_button.click()
    return sizes


def test_compare_dialog_opens_as_it_was_left(window, qtbot):
    feature = _feature(window, TeamworkFeature)
    dialog = feature.compare()
    qtbot.waitExposed(dialog)
    sizes = _resize_and_close(dialog, (770, 530), 300)
    again = type(dialog)(window.ws, window)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == (770, 530)
    assert _splitter(again).sizes() == sizes


def test_merge_dialog_opens_at_the_size_it_was_left(window, qtbot):
    feature = _feature(window, TeamworkFeature)
    dialog = feature.merge()
    qtbot.waitExposed(dialog)
    dialog.resize(760, 520)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # "Close"
    again = feature.merge()
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == (760, 520)


def test_export_dialog_opens_as_it_was_left(window, qtbot):
    feature = _feature(window, RetrieveFeature)
    dialog = feature.show_export("word")
    qtbot.waitExposed(dialog)
    dialog.resize(780, 540)
    split = _splitter(dialog)
    total = sum(split.sizes())
    split.setSizes([300, total - 300])
    sizes = split.sizes()
    dialog.close()
    again = feature.show_export("word")
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == (780, 540)
    assert _splitter(again).sizes() == sizes
    again.close()


def test_lost_codings_dialog_opens_as_it_was_left(window, qtbot):
    feature = _feature(window, RevisionFeature)
    feature.show_lost()
    dialog = feature.lost
    qtbot.waitExposed(dialog)
    dialog.resize(750, 500)
    split = _splitter(dialog)
    total = sum(split.sizes())
    split.setSizes([200, total - 200])
    sizes = split.sizes()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert feature.lost is None
    feature.show_lost()
    again = feature.lost
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == (750, 500)
    assert _splitter(again).sizes() == sizes
    again.close()


def test_dialog_memory_ignores_a_damaged_setting(window, qtbot):
    """A garbled saved state (another version, a hand-edited file) opens the dialog at its default size."""
    from PySide6.QtCore import QByteArray

    window.settings.store.setValue("dialogs/compare/geometry", QByteArray(b"garbage"))
    window.settings.store.setValue("dialogs/compare/splitter", QByteArray(b"garbage"))
    dialog = _feature(window, TeamworkFeature).compare()
    qtbot.waitExposed(dialog)
    assert dialog.width() >= 900 and all(size > 100 for size in _splitter(dialog).sizes())
