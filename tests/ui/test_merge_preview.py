"""The merge dialog's review tree (ui/merge_preview.py): choices kept, passed to the merge, in both languages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from kodeverk.codebook.service import add_code, get_codebook
from kodeverk.project import Project
from kodeverk.services.coders import list_coders
from kodeverk.services.coding import add_coding
from kodeverk.services.transcripts import list_transcripts
from tests.ui.conftest import save_shot
from tests.ui.test_teamwork_gui import _feature, _make_copy


def _header(merge) -> list[str]:
    return [merge.model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)]


def _code_combo(merge, group_text: str) -> QComboBox:
    """The choice beside the first new code, as placed in the tree (not a replaced one awaiting deletion)."""
    top = merge.model.item(0)
    group = next(top.child(r) for r in range(top.rowCount()) if top.child(r).text() == group_text)
    combo = merge.tree.indexWidget(group.child(0, 1).index())
    assert isinstance(combo, QComboBox) and combo.objectName() == "code_choice:Organisering/Budsjett"
    return combo


def _lines(merge) -> list[str]:
    top = merge.model.item(0)
    return [top.child(r).text() for r in range(top.rowCount())]


def test_review_choices_reach_the_merge_and_follow_the_language(qtbot, window, tmp_path: Path) -> None:
    from ui.i18n import set_language

    feature = _feature(window)
    copy_path = tmp_path / "nora.kodeverk"
    _make_copy(qtbot, feature, "Nora", copy_path)
    with Project.open(copy_path) as copy:
        new = add_code(copy, get_codebook(copy).resolve("Organisering").id, "Budsjett")
        nora = next(c.id for c in list_coders(copy) if c.name == "Nora")
        add_coding(copy, list_transcripts(copy)[0].id, new.id, nora, 0, 10)
    merge = feature.merge()
    closed = []
    merge.accepted.connect(lambda: closed.append(True))  # the dialog's own signal, not shadowed by a choice dict
    merge.add_paths([copy_path])
    qtbot.mouseClick(merge.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: merge.op is None and bool(merge.previews), timeout=20000)
    assert _header(merge) == ["What the merge would do", "Choice"]
    lines = _lines(merge)
    assert lines[0] == "Transcripts matched by their text: 10"
    assert "New codes in the copy:" in lines and "New coder: Nora" in lines
    assert "Codings to add: 1 (Nora 1); already here: 0" in lines
    combo = _code_combo(merge, "New codes in the copy:")
    assert [combo.itemText(i) for i in range(combo.count())] == ["Adopt as a new code",
                                                                 "Leave out (and its codings)"]
    assert merge.tree.options(copy_path) == {"accept": [], "code_choices": {}}
    combo.setCurrentIndex(1)
    assert merge.tree.options(copy_path) == {"accept": [], "code_choices": {"Organisering/Budsjett": None}}
    assert merge.note.text() == "Choices changed: press “Check” again to see the effect, or “Merge”."

    set_language("nb")
    qtbot.waitUntil(lambda: merge.check_button.text() == "Sjekk", timeout=5000)
    assert _header(merge) == ["Hva sammenslåingen vil gjøre", "Valg"]
    lines = _lines(merge)
    assert lines[0] == "Transkripter koblet etter teksten: 10"
    assert "Nye koder i kopien:" in lines and "Ny koder: Nora" in lines
    combo = _code_combo(merge, "Nye koder i kopien:")
    assert [combo.itemText(i) for i in range(combo.count())] == ["Ta inn som ny kode", "Utelat (med kodingene)"]
    assert combo.currentText() == "Utelat (med kodingene)"  # the choice survives the rebuilt tree
    assert merge.note.text() == "Valgene er endret: trykk «Sjekk» igjen for å se virkningen, eller «Slå sammen»."
    save_shot(merge, "merge_review_nb")
    set_language("en")
    qtbot.waitUntil(lambda: merge.check_button.text() == "Check", timeout=5000)

    qtbot.mouseClick(merge.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: merge.op is None and bool(merge.reports), timeout=20000)
    assert merge.reports[0].codings_left_out == {"code not adopted": 1}
    assert get_codebook(window.project).find("Organisering/Budsjett") is None
    assert closed == []
