"""The core's messages reach the bokmål app in bokmål: message boxes, the import report, the status bar."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kodeverk.errors import KodeverkError, NotFoundError, ReadError
from kodeverk.messages import QT_TRANSLATE_NOOP, Message, joined
from kodeverk.project import Project
from tests.ui.conftest import save_shot
from ui.error_text import describe
from ui.i18n import set_language


@pytest.fixture()
def bokmal(qapp):
    set_language("nb")
    yield
    set_language("en")


def _newer_project(folder: Path) -> Path:
    path = folder / "fra framtida.kodeverk"
    Project.create(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = 'ffff_newer'")
    return path


def test_describe_translates_template_and_nested_parts(bokmal) -> None:
    error = NotFoundError("code", "Samordnigstrappen", ["Samordningstrappen"])
    assert describe(error) == "ingen kode med navnet 'Samordnigstrappen'; mente du 'Samordningstrappen'?"
    empty = ReadError(Path("/tmp/tom 😀.txt"), Message(QT_TRANSLATE_NOOP("CoreMessages", "the file is empty (0 bytes)")))
    assert describe(empty) == "tom 😀.txt: filen er tom (0 byte)"
    listed = joined("; ", [Message(QT_TRANSLATE_NOOP("CoreMessages", "a group needs a name")), "fritt tekst"])
    assert describe(listed) == "en gruppe må ha et navn; fritt tekst"


def test_describe_falls_back_to_english_text(bokmal) -> None:
    assert describe(KodeverkError("something the core said without a template")) == \
        "something the core said without a template"
    assert describe(ValueError("not ours")) == "not ours"
    # a template without fields that lost its Message on the way is still found in the catalogue
    assert describe("the file is empty (0 bytes)") == "filen er tom (0 byte)"


def test_describe_in_english_is_the_core_text(qapp) -> None:
    set_language("en")
    try:
        error = NotFoundError("coder", "Ingird", ["Ingrid"])
        assert describe(error) == str(error)
    finally:
        set_language("en")


def test_broken_translation_falls_back_to_the_english_template(bokmal, monkeypatch) -> None:
    """A translator who misspells a field must not crash the error display."""
    from ui import error_text

    monkeypatch.setattr(error_text.QCoreApplication, "translate", staticmethod(lambda _c, _t: "ingen {navn}"))
    assert describe(NotFoundError("code", "X")) == "no code named 'X'"


def _answer_next_message_box(seen: list[tuple[str, str]], shot: str) -> None:
    """Read the next modal message box as the user would, photograph it, close it."""
    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.windowTitle(), box.text()))
            save_shot(box, shot)
            box.done(0)
        else:
            QTimer.singleShot(20, look)
    QTimer.singleShot(0, look)


def test_opening_a_newer_project_says_so_in_bokmal(qtbot, settings, tmp_path, bokmal) -> None:
    from ui.main_window import MainWindow

    path = _newer_project(tmp_path)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    seen: list[tuple[str, str]] = []
    _answer_next_message_box(seen, "error_text_newer_project_nb")
    assert not window.open_project(str(path))
    assert len(seen) == 1
    title, text = seen[0]
    assert title == "Kan ikke åpne prosjektet"
    assert text.startswith("fra framtida.kodeverk: prosjektet er lagret av en nyere versjon av Kodeverk "
                           "(skjema ffff_newer); dette er versjon ")
    assert text.endswith(": oppdater Kodeverk")


def test_import_report_in_bokmal_names_the_file(window, qtbot, tmp_path, bokmal) -> None:
    from ui.import_dialog import ImportDialog

    empty = tmp_path / "tomt intervju.txt"
    empty.write_bytes(b"")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("I: Hvordan gikk møtet?\nR: Bra, særlig på Østlandet.\n".encode("windows-1252"))
    dialog = ImportDialog(window.ws.project, window)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 420)
    dialog.show()
    dialog.set_paths([empty, latin])
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    model = dialog.report_model
    rows = {model.data(model.index(r, 0, QModelIndex())): r for r in range(model.rowCount())}
    assert set(rows) == {"tomt intervju.txt", "latin1.txt"}
    failed, warned = rows["tomt intervju.txt"], rows["latin1.txt"]
    assert model.data(model.index(failed, 1, QModelIndex())) == "feilet"
    assert model.data(model.index(failed, 3, QModelIndex())) == "filen er tom (0 byte)"
    assert model.data(model.index(warned, 3, QModelIndex())) == \
        "lest som Windows-1252 (ikke UTF-8); sjekk bokstaver som æ, ø og å"
    tooltip = model.data(model.index(failed, 3, QModelIndex()), Qt.ItemDataRole.ToolTipRole)
    assert "tomt intervju.txt" in tooltip and "filen er tom (0 byte)" in tooltip
    save_shot(dialog, "error_text_import_report_nb")
    dialog.accept()


def test_code_name_clash_shows_bokmal_in_the_status_bar(window, qtbot, bokmal) -> None:
    """Renaming a code to a sibling's name: the core's refusal reaches the status bar in bokmål."""
    from ui.undo_commands import RenameCode  # what the codebook dock's Rename… runs

    book = window.ws.codebook
    ladder = next(n for n in book.nodes.values() if n.name == "Samordningstrappen")
    first, second = (book[i] for i in ladder.children[:2])
    assert not window.ws.execute(RenameCode(window.ws, second.id, first.name.upper()))
    shown = window.statusBar().currentMessage()
    assert shown == f"⚠ det finnes allerede en kode som heter {first.name!r} under Samordningstrappen"
    save_shot(window, "error_text_status_bar_nb")


def test_bad_manifest_is_explained_in_bokmal(window, qtbot, tmp_path, bokmal) -> None:
    """The import dialog's note names the manifest and says what is wrong with it, in bokmål."""
    from ui.import_dialog import ImportDialog

    transcript = tmp_path / "intervju.txt"
    transcript.write_text("I: Hva gjør gruppa?\nR: Vi deler informasjon.\n", encoding="utf-8")
    manifest = tmp_path / "metadata.csv"
    manifest.write_text("tittel;fase\nIntervju;Fase 1\n", encoding="utf-8")
    dialog = ImportDialog(window.ws.project, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_paths([transcript])
    dialog.set_manifest(manifest)
    assert "⚠ metadata.csv: mangler kolonnen 'fil'/'file'; fant: tittel, fase" in dialog.note.text()
    save_shot(dialog, "error_text_manifest_nb")
    dialog.reject()
