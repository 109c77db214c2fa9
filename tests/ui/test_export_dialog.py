"""The export dialog and the names dialog as a user works them."""

from __future__ import annotations

import csv
from pathlib import Path

import docx
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QAbstractItemModelTester

from kodeverk.services.names import list_names
from tests.ui.conftest import save_shot
from ui.names_dialog import NamesModel
from ui.retrieve_choice import ChoiceButton
from ui.table_model import RowRole

Mode = QAbstractItemModelTester.FailureReportingMode


def _feature(window):
    return next(f for f in window.features if type(f).__name__ == "RetrieveFeature")


def _choose(button: ChoiceButton, qtbot, *labels: str) -> None:
    button.popup.popup(button.mapToGlobal(QPoint(0, button.height())))
    qtbot.waitExposed(button.popup)
    for label in labels:
        row = next(r for r in range(button.proxy.rowCount()) if button.proxy.index(r, 0).data().strip() == label)
        index = button.proxy.index(row, 0)
        button.list.scrollTo(index)
        qtbot.mouseClick(button.list.viewport(), Qt.MouseButton.LeftButton, pos=button.list.visualRect(index).center())
    button.popup.hide()


def _open(window, qtbot, kind: str = "word"):
    feature = _feature(window)
    action = feature.word_action if kind == "word" else feature.table_action
    assert action in window.export_menu.actions() and action.isEnabled()
    action.trigger()
    dialog = feature.dialog
    qtbot.waitExposed(dialog)
    _wait_preview(dialog, qtbot)
    return dialog


def _wait_preview(dialog, qtbot) -> None:
    qtbot.waitUntil(lambda: not dialog._timer.isActive() and dialog.preview_op is not None
                    and dialog.preview_op.done and not dialog._preview_again, timeout=15000)


def _export(dialog, qtbot, path: Path) -> None:
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(path))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.op is not None and dialog.op.done and dialog.export_button.isEnabled(),
                    timeout=30000)


def _tops(dialog) -> list[str]:
    return [t.split(" (")[0] for t in dialog.outline.top_texts()]


def test_preview_follows_the_options(window, qtbot) -> None:
    dialog = _open(window, qtbot)
    tops = dialog.outline.top_texts()
    assert tops[0].startswith("KUBU (") and len(tops) == 5
    # the preview follows each change after a short pause and a background query: wait for what the user sees
    _choose(dialog.groups, qtbot, "Klima")
    qtbot.waitUntil(lambda: _tops(dialog) == ["Klima"], timeout=15000)
    dialog.by.setCurrentIndex(2)  # the codebook only
    qtbot.waitUntil(lambda: _tops(dialog)[:1] == ["Kjennetegn ved problemet"], timeout=15000)
    assert dialog.outline.top_texts()[0].startswith("Kjennetegn ved problemet (")
    _choose(dialog.codes, qtbot, "Samordningstrappen")
    qtbot.waitUntil(lambda: _tops(dialog) == ["Samordningstrappen"], timeout=15000)
    _wait_preview(dialog, qtbot)
    steps = dialog.outline.index(0, 0)
    assert dialog.outline.rowCount(steps) == 5
    save_shot(dialog, "export_dialog")


def test_ministry_and_role_warns(window, qtbot) -> None:
    dialog = _open(window, qtbot)
    assert dialog.warning.text() == ""
    qtbot.mouseClick(dialog.fields["ministry"], Qt.MouseButton.LeftButton)
    assert dialog.fields["role"].isChecked() and "identify" in dialog.warning.text()
    qtbot.mouseClick(dialog.fields["role"], Qt.MouseButton.LeftButton)
    assert dialog.warning.text() == ""
    for name in ("pseudonym", "phase", "ministry"):
        qtbot.mouseClick(dialog.fields[name], Qt.MouseButton.LeftButton)
    assert "No attribution" in dialog.warning.text()


def test_word_export_runs_and_opens(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    dialog = _open(window, qtbot)
    _choose(dialog.groups, qtbot, "KUBU")
    qtbot.mouseClick(dialog.fields["coder"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.memos, Qt.MouseButton.LeftButton)
    _wait_preview(dialog, qtbot)
    out = tmp_path / "kubu"  # no suffix: the dialog adds .docx
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.isVisible() and not dialog.export_button.isEnabled()
    assert dialog.close_button.text() in ("Cancel", "Avbryt")
    qtbot.waitUntil(lambda: dialog.op.done and dialog.export_button.isEnabled(), timeout=30000)
    written = tmp_path / "kubu.docx"
    assert written.exists() and dialog.result is not None and dialog.result.path == written
    assert str(written) in dialog.report.text() and "no listed name" in dialog.report.text()
    assert not dialog.progress.isVisible()
    document = docx.Document(str(written))
    heading_1 = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert len(heading_1) == 1 and heading_1[0].startswith("KUBU (")
    attributions = [p.text for p in document.paragraphs if p.style.name == "Quote Attribution"]
    assert attributions and all("koder" in a for a in attributions)
    assert any(p.style.name == "Coding Memo" for p in document.paragraphs)
    assert dialog.open_button.isVisible()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(written))]
    save_shot(dialog, "export_done")


def test_cancel_leaves_no_file(window, qtbot, tmp_path: Path) -> None:
    dialog = _open(window, qtbot)
    out = tmp_path / "cancelled.docx"
    dialog.path.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)  # "Cancel" while it runs
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.op.done and dialog.close_button.isEnabled(), timeout=30000)
    assert "Cancelled" in dialog.report.text() or "Avbrutt" in dialog.report.text()
    assert not out.exists() and not list(tmp_path.glob(".*partial"))
    assert not dialog.open_button.isVisible()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)  # now it closes
    assert not dialog.isVisible()


def test_bad_path_is_reported(window, qtbot, tmp_path: Path) -> None:
    dialog = _open(window, qtbot)
    _export(dialog, qtbot, tmp_path / "no such folder" / "x.docx")
    assert "⚠" in dialog.report.text() and "x.docx" in dialog.report.text() and "does not exist" in dialog.report.text()
    assert dialog.options_box.isEnabled() and not dialog.open_button.isVisible()
    dialog.path.clear()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "Choose where" in dialog.report.text()


def test_table_export(window, qtbot, tmp_path: Path) -> None:
    dialog = _open(window, qtbot, "table")
    assert not dialog.by.isVisible() and not dialog.memos.isVisible()
    _choose(dialog.phases, qtbot, "Fase 1")
    _wait_preview(dialog, qtbot)
    _export(dialog, qtbot, tmp_path / "fase1.csv")
    with open(tmp_path / "fase1.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["transcript", "pseudonym", "phase"] and len(rows) > 1
    assert all(r[2] == "Fase 1" for r in rows[1:])
    assert dialog.open_button.isVisible()


def test_names_dialog(window, qtbot) -> None:
    feature = _feature(window)
    assert feature.names_action in window.project_menu.actions()
    feature.names_action.trigger()
    dialog = next(w for w in window.findChildren(type(feature.show_names())) if w.isVisible())
    QAbstractItemModelTester(dialog.model, Mode.Fatal)
    before = dialog.model.rowCount()
    assert not dialog.add_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Siri  Fjellheim")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.model.rowCount() == before + 1
    assert "Siri Fjellheim" in [n.name for n in list_names(window.project)]
    qtbot.keyClicks(dialog.name_edit, "siri fjellheim")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == before + 1 and "already" in dialog.note.text()
    qtbot.keyClicks(dialog.name_edit, "1234")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "not a name" in dialog.note.text()
    dialog.name_edit.clear()
    informant = next(r for r in range(dialog.model.rowCount())
                     if dialog.model.index(r, 0).data(RowRole).informant_id is not None)
    dialog.table.selectRow(informant)
    assert not dialog.remove_button.isEnabled()  # an informant's real name stays
    added = next(r for r in range(dialog.model.rowCount()) if dialog.model.index(r, 0).data() == "Siri Fjellheim")
    dialog.table.selectRow(added)
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert "Siri Fjellheim" not in [n.name for n in list_names(window.project)]
    assert dialog.model.rowCount() == before
    dialog.close()


def test_names_model_passes_the_tester(sample_path) -> None:
    from kodeverk.project import Project

    model = NamesModel()
    QAbstractItemModelTester(model, Mode.Fatal)
    with Project.open(sample_path, read_only=True) as project:
        model.set_rows(list_names(project))
    assert model.rowCount() > 10
