"""Walk-through: the prompts and the import dialog open at a usable size and remember where the files were."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QPlainTextEdit, QPushButton

from tests.ui.conftest import save_shot
from ui.dialog_sizes import MIN_WIDTH, MULTI_LINE_SIZE


def _answer_prompt(qtbot, seen: dict, text: str | None = None) -> None:
    """When the next modal prompt shows, note its size (and wrap mode), then answer or cancel it."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, look)
            return
        QApplication.processEvents()
        seen["size"] = (dialog.width(), dialog.height())
        editor = dialog.findChild(QPlainTextEdit)
        seen["wraps"] = editor is not None and editor.isVisible() and \
            editor.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth
        save_shot(dialog, f"walkthrough_prompt_{len(seen)}")
        if text is None:
            dialog.reject()
        else:
            dialog.setTextValue(text)
            dialog.accept()

    QTimer.singleShot(20, look)


def test_new_code_prompt_is_wide_enough_and_names_the_code(window, qtbot):
    dock = window.pv.codebook
    seen: dict = {}
    _answer_prompt(qtbot, seen, "Tillit mellom departementene og etatene – et langt navn")
    dock.actions["add"].trigger()
    assert seen["size"][0] >= MIN_WIDTH
    assert any(n.name == "Tillit mellom departementene og etatene – et langt navn" for n in window.ws.codebook.walk())


def test_describe_prompt_is_large_and_wraps_its_lines(window, qtbot):
    dock = window.pv.codebook
    dock.select_code(next(iter(window.ws.codebook.walk())).id)
    seen: dict = {}
    _answer_prompt(qtbot, seen)
    dock.actions["describe"].trigger()
    assert seen["size"][0] >= MULTI_LINE_SIZE[0] and seen["size"][1] >= MULTI_LINE_SIZE[1]
    assert seen["wraps"], "a long description runs off to the right instead of wrapping"


def test_add_coder_prompt_is_wide_enough(window, qtbot):
    seen: dict = {}
    _answer_prompt(qtbot, seen)
    window.acts["add_coder"].trigger()
    assert seen["size"][0] >= MIN_WIDTH


def test_import_dialog_buttons_sit_at_the_right_not_stretched(window, qtbot):
    from ui.import_dialog import ImportDialog

    dialog = ImportDialog(window.ws.project, window, window.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    save_shot(dialog, "walkthrough_import_empty")
    for button in (dialog.start_button, dialog.cancel_button):
        assert button.width() < dialog.width() / 3, f"{button.text()} stretches across the dialog"
    assert dialog.cancel_button.geometry().right() > dialog.width() * 0.9
    dialog.progress.setVisible(True)  # as while an import runs: the bar spans the dialog
    QApplication.processEvents()
    assert dialog.progress.width() > dialog.width() * 0.9
    dialog.close()


def test_import_file_dialogs_open_where_the_last_import_was(window, qtbot, tmp_path, monkeypatch):
    from ui.import_dialog import ImportDialog

    folder = tmp_path / "intervjuer"
    folder.mkdir()
    (folder / "a.txt").write_text("I: Hei.\nR: Hei på deg.\n", encoding="utf-8")
    asked: list[str] = []

    def folder_dialog(parent, title, start=""):
        asked.append(start)
        return str(folder)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder_dialog)
    def file_dialog(parent, title, start="", *_filters):
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", file_dialog)
    dialog = ImportDialog(window.ws.project, window, window.settings)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.add_folder, Qt.MouseButton.LeftButton)
    assert dialog.paths == [folder]
    dialog.close()
    # the next import, even after a restart (a new dialog, the same settings), starts in that folder
    again = ImportDialog(window.ws.project, window, window.settings)
    qtbot.addWidget(again)
    qtbot.mouseClick(again.choose_manifest, Qt.MouseButton.LeftButton)
    assert asked == ["", str(folder)]
    again.close()


def test_a_remembered_folder_that_is_gone_is_not_offered(window, qtbot, tmp_path):
    from ui.import_dialog import ImportDialog
    from ui.settings import LAST_IMPORT_FOLDER

    window.settings.set(LAST_IMPORT_FOLDER, str(tmp_path / "deleted"))
    dialog = ImportDialog(window.ws.project, window, window.settings)
    qtbot.addWidget(dialog)
    assert dialog.start_folder() == ""
    dialog.close()
