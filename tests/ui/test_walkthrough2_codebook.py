"""Walk-through, second round: the codebook's "Merge into…" prompt is searchable, fuzzily, as the quick picker is."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kodeverk.services.coding import codings_of_transcript
from kodeverk.services.transcripts import list_transcripts
from tests.ui.conftest import save_shot
from ui.code_choice_dialog import CodeChoiceDialog
from ui.table_model import RowRole


def _when_prompt_shows(act) -> dict:
    """Run ``act(prompt, seen)`` on the merge prompt as soon as it is open."""
    seen: dict = {}

    def look() -> None:
        prompt = QApplication.activeModalWidget()
        if not isinstance(prompt, CodeChoiceDialog):
            QTimer.singleShot(20, look)
            return
        QApplication.processEvents()
        act(prompt, seen)

    QTimer.singleShot(20, look)
    return seen


def _offered(prompt: CodeChoiceDialog) -> list[str]:
    return [prompt.codebook[prompt.model.data(prompt.model.index(r, 0), RowRole)].path_string
            for r in range(prompt.model.rowCount())]


def _codings_per_code(window) -> dict[int, int]:
    counts: dict[int, int] = {}
    for t in list_transcripts(window.project):
        for c in codings_of_transcript(window.project, t.id):
            counts[c.code_id] = counts.get(c.code_id, 0) + 1
    return counts


def test_merge_into_filters_fuzzily_and_merges_with_enter(window, qtbot):
    dock = window.pv.codebook
    book = window.ws.codebook
    source = book.resolve("Organisering/Forankring")
    target = book.resolve("Samordningstrappen/Trinn 3: Unngå å svekke hverandres måloppnåelse")
    before = _codings_per_code(window)
    moved = before.get(source.id, 0)
    dock.select_code(source.id)

    def act(prompt: CodeChoiceDialog, seen: dict) -> None:
        seen["all"] = _offered(prompt)
        seen["focus"] = prompt.edit.hasFocus() or QApplication.focusWidget() is prompt.edit
        qtbot.keyClicks(prompt.edit, "svekke hverandre")  # part of the name, in another order of words
        seen["filtered"] = _offered(prompt)
        save_shot(prompt, "walkthrough2_merge_into")
        qtbot.keyClick(prompt.edit, Qt.Key.Key_Return)

    seen = _when_prompt_shows(act)
    dock.actions["merge"].trigger()
    # every code but the one merged (and its sub-codes) was offered; the filter brought the one wanted first
    assert source.path_string not in seen["all"] and len(seen["all"]) == len(book) - 1
    assert seen["focus"]
    assert seen["filtered"][0] == target.path_string and len(seen["filtered"]) < len(seen["all"])
    assert source.id not in {n.id for n in window.ws.codebook.walk()}
    after = _codings_per_code(window)
    assert after.get(target.id, 0) == before.get(target.id, 0) + moved
    # undoable as before
    window.ws.undo_stack.undo()
    assert source.id in {n.id for n in window.ws.codebook.walk()}


def test_merge_into_with_nothing_matching_says_so_and_changes_nothing(window, qtbot):
    dock = window.pv.codebook
    book = window.ws.codebook
    parent = book.resolve("Samordningstrappen")
    dock.select_code(parent.id)
    count = len(book)

    def act(prompt: CodeChoiceDialog, seen: dict) -> None:
        seen["offered"] = _offered(prompt)
        qtbot.keyClicks(prompt.edit, "qqqxxzz")
        seen["empty"] = prompt.empty.isVisible() and "qqqxxzz" in prompt.empty.text()
        seen["ok"] = prompt.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        qtbot.keyClick(prompt.edit, Qt.Key.Key_Return)  # nothing to choose: the prompt stays open
        seen["still_open"] = prompt.isVisible()
        prompt.reject()

    seen = _when_prompt_shows(act)
    dock.actions["merge"].trigger()
    # a code cannot be merged into its own sub-codes: they are not offered
    assert not any(path.startswith("Samordningstrappen") for path in seen["offered"])
    assert seen["empty"] and not seen["ok"] and seen["still_open"]
    assert len(window.ws.codebook) == count
