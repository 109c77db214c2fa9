"""REFI-QDA in the app: File → Export → REFI-QDA project / Codebook, File → Import REFI-QDA project."""

from __future__ import annotations

import zipfile
from pathlib import Path

from docx import Document
from lxml import etree
from PySide6.QtCore import Qt

from kodeverk.refi.schema import project_problems
from tests.ui.conftest import save_shot
from ui.feature_refi import RefiFeature

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "refi"  # our files in the vendors' shapes


def _feature(window) -> RefiFeature:
    return next(f for f in window.features if isinstance(f, RefiFeature))


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _menu_texts(menu) -> list[str]:
    return [a.text() for a in menu.actions()]


def test_actions_sit_in_the_file_and_export_menus(window) -> None:
    feature = _feature(window)
    assert feature.import_action in window.file_menu.actions()
    assert feature.export_action in window.export_menu.actions()
    assert feature.codebook_action in window.export_menu.actions()
    assert feature.import_action.isEnabled()


def test_export_the_open_project_as_qdpx(qtbot, window, tmp_path: Path) -> None:
    feature = _feature(window)
    feature.export_action.trigger()
    dialog = feature.dialog
    assert dialog is not None and dialog.isVisible() and dialog.path.text().endswith("sample.qdpx")
    save_shot(dialog, "refi-export")
    out = tmp_path / "ut"
    dialog.path.setText(str(out))
    _click(qtbot, dialog.go)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    assert dialog.written == tmp_path / "ut.qdpx"
    with zipfile.ZipFile(dialog.written) as archive:
        assert project_problems(archive.read("project.qde")) == []
        assert sum(1 for n in archive.namelist() if n.startswith("sources/")) == 10
    assert "ut.qdpx" in window.statusBar().currentMessage()


def test_export_the_codebook_as_word(qtbot, window, tmp_path: Path) -> None:
    feature = _feature(window)
    feature.codebook_action.trigger()
    dialog = feature.dialog
    assert not dialog.language.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData(".docx"))
    assert dialog.language.isEnabled() and dialog.path.text().endswith(".docx")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.path.setText(str(tmp_path / "kodebok.docx"))
    save_shot(dialog, "refi-codebook")
    _click(qtbot, dialog.go)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    paragraphs = [p.text for p in Document(str(tmp_path / "kodebok.docx")).paragraphs]
    assert paragraphs[0].startswith("Codebook:") and any("Samordningstrappen" in p for p in paragraphs)


def test_import_into_a_new_project_shows_the_report_and_opens_it(qtbot, window, tmp_path: Path) -> None:
    feature = _feature(window)
    feature.import_action.trigger()
    dialog = feature.dialog
    dialog.set_source(str(FIXTURES / "qc132.qdpx"))
    target = tmp_path / "fra-qc.kodeverk"
    dialog.into_new.setChecked(True)
    dialog.target.setText(str(target))
    _click(qtbot, dialog.go)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    text = "\n".join(dialog.report_model.texts())
    assert "transcripts added: 2" in text and "codings added: 8 (ola 8)" in text
    assert dialog.open_new.isVisible() and "everything" in dialog.note.text()
    save_shot(dialog, "refi-import-report")
    _click(qtbot, dialog.open_new)
    assert Path(str(window.project.path)) == target
    assert len(window.pv.navigator.model.transcripts) == 2
    assert window.ws.codebook.resolve("samordning/plan") is not None


def test_import_into_the_open_project_merges_and_refreshes(qtbot, window, tmp_path: Path) -> None:
    feature = _feature(window)
    before = len(window.ws.codebook)
    feature.import_action.trigger()
    dialog = feature.dialog
    assert dialog.into_open.isEnabled() and dialog.into_open.isChecked()
    dialog.set_source(str(FIXTURES / "atlasti23_target.qdpx"))
    _click(qtbot, dialog.go)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    assert "codes: 0 matched, 3 added" in "\n".join(dialog.report_model.texts())
    assert len(window.ws.codebook) == before + 3
    assert window.coder_box.findText("Kari Nordmann") >= 0
    assert not dialog.open_new.isVisible()


def test_a_bad_file_is_reported_and_nothing_is_created(qtbot, window, tmp_path: Path) -> None:
    bad = tmp_path / "ikke.qdpx"
    bad.write_text("ikke en zip", encoding="utf-8")
    feature = _feature(window)
    feature.import_action.trigger()
    dialog = feature.dialog
    dialog.set_source(str(bad))
    dialog.into_new.setChecked(True)
    op = dialog.start_import()
    qtbot.waitUntil(lambda: op.done, timeout=20000)
    assert "ikke.qdpx: not a REFI-QDA project: not a zip archive" in dialog.note.text()
    assert not Path(dialog.target.text()).exists() and dialog.go.isEnabled()
    dialog.source.clear()
    assert dialog.start_import() is None and "Choose the .qdpx" in dialog.note.text()


def test_cancel_leaves_no_new_project(qtbot, window, tmp_path: Path) -> None:
    feature = _feature(window)
    feature.import_action.trigger()
    dialog = feature.dialog
    dialog.set_source(str(FIXTURES / "nvivo15mac.qdpx"))
    dialog.into_new.setChecked(True)
    dialog.target.setText(str(tmp_path / "avbrutt.kodeverk"))
    op = dialog.start_import()
    _click(qtbot, dialog.cancel)  # while it runs: cancels, does not close
    qtbot.waitUntil(lambda: op.done, timeout=30000)
    assert dialog.isVisible()
    assert "Cancelled" in dialog.note.text() and dialog.report is None
    assert not (tmp_path / "avbrutt.kodeverk").exists()


def test_import_works_with_no_project_open(qtbot, window, tmp_path: Path) -> None:
    window.close_project()
    feature = _feature(window)
    assert feature.import_action.isEnabled() and not feature.export_action.isEnabled()
    feature.import_action.trigger()
    dialog = feature.dialog
    assert not dialog.into_open.isEnabled() and dialog.into_new.isChecked()
    dialog.set_source(str(FIXTURES / "atlasti23_target.qdpx"))
    assert dialog.target.text().endswith("atlasti23_target.kodeverk")
    dialog.target.setText(str(tmp_path / "atlas.kodeverk"))
    _click(qtbot, dialog.go)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    _click(qtbot, dialog.open_new)
    assert window.project is not None and len(window.ws.codebook) == 3
    document = etree.fromstring(zipfile.ZipFile(FIXTURES / "atlasti23_target.qdpx").read("project.qde"))
    assert document.get("name") == "target-project"


def test_what_was_left_out_is_listed_line_by_line_in_the_dialog(qtbot, window, tmp_path: Path) -> None:
    feature = _feature(window)
    feature.import_action.trigger()
    dialog = feature.dialog
    dialog.set_source(str(FIXTURES / "nvivo15mac.qdpx"))
    dialog.into_new.setChecked(True)
    dialog.target.setText(str(tmp_path / "fra-nvivo.kodeverk"))
    _click(qtbot, dialog.go)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    lines = "\n".join(dialog.report_model.texts()).splitlines()
    left_out = [line for line in lines if line.strip().startswith("LEFT OUT:")]
    assert len(left_out) == 2 and all("has no text" in line for line in left_out)
    assert "  codes: 0 matched, 48 added" in lines
    assert "2 thing(s) left out" in dialog.note.text() and dialog.open_new.isVisible()
    save_shot(dialog, "refi-import-left-out")
