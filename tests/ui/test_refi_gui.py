"""REFI-QDA in the app: File → Export → REFI-QDA project / Codebook, File → Import REFI-QDA project."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from docx import Document
from lxml import etree
from PySide6.QtCore import Qt

from kodeverk.refi.schema import project_problems
from tests.ui.conftest import save_shot
from ui.feature_refi import RefiFeature

SHARED = Path(os.environ.get("KODEVERK_REFI_SHARED", "/work/shared/refi-qda"))
EXAMPLES = SHARED / "examples"  # real vendor exports (not vendored here: see shared/refi-qda/README for licences)
needs_examples = pytest.mark.skipif(not EXAMPLES.is_dir(), reason=f"REFI-QDA example files not found in {EXAMPLES}")


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


@needs_examples
def test_import_into_a_new_project_shows_the_report_and_opens_it(qtbot, window, tmp_path: Path) -> None:
    feature = _feature(window)
    feature.import_action.trigger()
    dialog = feature.dialog
    dialog.set_source(str(EXAMPLES / "qc132_demo.qdpx"))
    target = tmp_path / "fra-qc.kodeverk"
    dialog.into_new.setChecked(True)
    dialog.target.setText(str(target))
    _click(qtbot, dialog.go)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    text = dialog.result_text.toPlainText()
    assert "transcripts added: 2" in text and "codings added: 205" in text
    assert dialog.open_new.isVisible() and "everything" in dialog.note.text()
    save_shot(dialog, "refi-import-report")
    _click(qtbot, dialog.open_new)
    assert Path(str(window.project.path)) == target
    assert len(window.pv.navigator.model.transcripts) == 2
    assert window.ws.codebook.resolve("rq1_definition") is not None


@needs_examples
def test_import_into_the_open_project_merges_and_refreshes(qtbot, window, tmp_path: Path) -> None:
    feature = _feature(window)
    before = len(window.ws.codebook)
    feature.import_action.trigger()
    dialog = feature.dialog
    assert dialog.into_open.isEnabled() and dialog.into_open.isChecked()
    dialog.set_source(str(EXAMPLES / "atlasti23_target-atlas-project.qdpx"))
    _click(qtbot, dialog.go)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    assert "codes: 0 matched, 3 added" in dialog.result_text.toPlainText()
    assert len(window.ws.codebook) == before + 3
    assert window.coder_box.findText("Enric Llagostera") >= 0
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


@needs_examples
def test_cancel_leaves_no_new_project(qtbot, window, tmp_path: Path) -> None:
    feature = _feature(window)
    feature.import_action.trigger()
    dialog = feature.dialog
    dialog.set_source(str(EXAMPLES / "nvivo15mac_qc-project.qdpx"))
    dialog.into_new.setChecked(True)
    dialog.target.setText(str(tmp_path / "avbrutt.kodeverk"))
    op = dialog.start_import()
    _click(qtbot, dialog.cancel)  # while it runs: cancels, does not close
    qtbot.waitUntil(lambda: op.done, timeout=30000)
    assert dialog.isVisible()
    assert "Cancelled" in dialog.note.text() and dialog.report is None
    assert not (tmp_path / "avbrutt.kodeverk").exists()


@needs_examples
def test_import_works_with_no_project_open(qtbot, window, tmp_path: Path) -> None:
    window.close_project()
    feature = _feature(window)
    assert feature.import_action.isEnabled() and not feature.export_action.isEnabled()
    feature.import_action.trigger()
    dialog = feature.dialog
    assert not dialog.into_open.isEnabled() and dialog.into_new.isChecked()
    dialog.set_source(str(EXAMPLES / "atlasti23_target-atlas-project.qdpx"))
    assert dialog.target.text().endswith("atlasti23_target-atlas-project.kodeverk")
    dialog.target.setText(str(tmp_path / "atlas.kodeverk"))
    _click(qtbot, dialog.go)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    _click(qtbot, dialog.open_new)
    assert window.project is not None and len(window.ws.codebook) == 3
    document = etree.fromstring(zipfile.ZipFile(EXAMPLES / "atlasti23_target-atlas-project.qdpx").read("project.qde"))
    assert document.get("name") == "target-atlas-project"
