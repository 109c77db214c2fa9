"""The coder toolbar and its status label follow the language and the project."""

from __future__ import annotations

from ui.i18n import set_language


def test_the_coder_label_and_status_follow_a_language_switch(window, qtbot) -> None:
    name = window.coder_box.currentText()
    set_language("nb")
    qtbot.waitUntil(lambda: window.status_label.text() == f"Koder som {name}")
    assert window.toolbar.label.text().strip() == "Koder:"
    assert window.coder_box.toolTip() == "Kodingene dine lagres under denne koderen"
    set_language("en")
    qtbot.waitUntil(lambda: window.status_label.text() == f"Coding as {name}")
    assert window.toolbar.label.text().strip() == "Coder:"


def test_closing_the_project_empties_the_picker_and_the_status(window) -> None:
    assert window.coder_box.count() >= 2 and window.status_label.text()
    window.close_project()
    assert window.coder_box.count() == 0 and window.status_label.text() == ""
    assert not window.toolbar.isVisible()
