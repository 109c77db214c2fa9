"""The comparison view's choices pane (ui/compare_picks.py): defaults, checking, and both languages."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_teamwork_gui import _feature


def _titles(picks) -> list[str]:
    return [box.title() for box in picks.boxes] + [picks.overlap_label.text(), picks.unit_label.text(),
                                                   picks.unit.itemText(0), picks.unit.itemText(1),
                                                   picks.all_codes.text(), picks.compute_button.text()]


def test_choices_default_check_and_reach_the_computation(qtbot, window, monkeypatch) -> None:
    import ui.compare_view as compare_view

    compare = _feature(window).compare()
    picks = compare.picks
    assert picks.chosen_coders() == ["Ingrid", "Jonas"]
    top = [window.ws.codebook[i].path_string for i in window.ws.codebook.roots]
    assert picks.chosen_codes() == top
    assert picks.chosen_transcripts() == [] and picks.any_transcript()  # all checked: no restriction
    assert picks.codes.item(1).text().startswith("    ")  # sub-codes indented under their parent
    compare.set_checked("codes", ["Organisering/Mandatet"])
    assert compare.chosen_codes() == ["Organisering/Mandatet"]
    qtbot.mouseClick(picks.all_codes, Qt.MouseButton.LeftButton)
    assert compare.chosen_codes() == top
    first = picks.transcripts.item(0).text()
    picks.transcripts.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert first not in picks.chosen_transcripts() and len(picks.chosen_transcripts()) == picks.transcripts.count() - 1
    picks.overlap.setValue(75)
    picks.unit.setCurrentIndex(1)
    asked = {}

    def fake(project, coders, codes, transcripts, methods, **options):
        asked.update(coders=coders, codes=codes, transcripts=transcripts, **options)
        raise compare_view.Cancelled()

    monkeypatch.setattr(compare_view, "project_agreement", fake)
    qtbot.mouseClick(compare.compute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: compare.op is None, timeout=10000)
    assert asked["coders"] == ["Ingrid", "Jonas"] and asked["codes"] == top
    assert asked["transcripts"] == picks.chosen_transcripts() and asked["overlap"] == 0.75
    assert asked["unit"] == "paragraph"
    compare.set_checked("transcripts", [])
    assert not picks.any_transcript()
    qtbot.mouseClick(compare.compute_button, Qt.MouseButton.LeftButton)
    assert compare.op is None and compare.summary.text() == "Choose at least one transcript."


def test_choices_follow_a_live_language_change(qtbot, window) -> None:
    from ui.i18n import set_language

    compare = _feature(window).compare()
    english = _titles(compare.picks)
    assert english == ["Coders", "Codes", "Transcripts", "Segment overlap", "Units for α", "speaker turns",
                       "paragraphs", "Each top-level code", "Compute agreement"]
    set_language("nb")
    qtbot.waitUntil(lambda: compare.compute_button.text() == "Beregn samsvar", timeout=5000)
    assert _titles(compare.picks) == ["Kodere", "Koder", "Transkripter", "Overlapp for segmenter", "Enheter for α",
                                      "replikker", "avsnitt", "Hver kode på øverste nivå", "Beregn samsvar"]
    set_language("en")
    qtbot.waitUntil(lambda: compare.compute_button.text() == "Compute agreement", timeout=5000)
    assert _titles(compare.picks) == english
