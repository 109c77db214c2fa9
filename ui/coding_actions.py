"""The Coding menu: code the selection (picker, shortcuts 1–9, in-vivo, drop), remove, recode, re-span, memo."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from kodeverk.errors import KodeverkError
from kodeverk.services.coding import codings_of_transcript
from kodeverk.services.search import SearchHit
from ui import undo_commands as cmd
from ui.quick_picker import QuickPicker
from ui.transcript_view import TranscriptView
from ui.workspace import Workspace
from ui.error_text import describe

MAX_IN_VIVO = 80


class CodingActions(QObject):
    """Owns the coding actions and carries them out through undoable commands."""

    def __init__(self, workspace: Workspace, view: TranscriptView, window: QWidget,
                 current_code: Callable[[], int | None]):
        super().__init__(view)  # goes with the project's view: its actions leave the window with it
        self.ws, self.view, self.window = workspace, view, window
        self.current_code = current_code
        self.picker = QuickPicker(window)
        self.picker.picked.connect(self._picked)
        self.picker.create_requested.connect(self._create_requested)
        self._on_pick: Callable[[int], None] | None = None
        self._on_create: Callable[[str], None] | None = None
        self.actions: dict[str, QAction] = {}
        for key, slot, keys in (
                ("pick", self.open_picker, "Ctrl+K"),
                ("code_current", self.code_with_current, "Ctrl+Return"),
                ("in_vivo", self.code_in_vivo, "Ctrl+I"),
                ("remove", self.remove_coding, "Ctrl+Backspace"),
                ("recode", self.change_code, "Ctrl+Shift+K"),
                ("respan", self.set_span, "Ctrl+Shift+S"),
                ("memo", self.edit_memo, "Ctrl+M"),
                ("next", lambda: self.go_to_coding(1), "F8"),
                ("previous", lambda: self.go_to_coding(-1), "Shift+F8")):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.actions[key] = action
        for number in range(1, 10):
            action = QAction(self)
            action.setShortcut(QKeySequence(str(number)))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, n=number: self.code_with_shortcut(n))
            view.addAction(action)  # only while the text has focus: digits still type elsewhere
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        texts = {
            "pick": (QCoreApplication.translate("CodingActions", "Code selection &with…"), QCoreApplication.translate("CodingActions", "Find a code by typing (Ctrl+K); Enter codes the selection")),
            "code_current": (QCoreApplication.translate("CodingActions", "Code selection with &selected code"), QCoreApplication.translate("CodingActions", "Code the selection with the code "
                                                                       "selected in the codebook")),
            "in_vivo": (QCoreApplication.translate("CodingActions", "Code in &vivo"), QCoreApplication.translate("CodingActions", "Make the selected words a new code and code them with it")),
            "remove": (QCoreApplication.translate("CodingActions", "&Remove coding"), QCoreApplication.translate("CodingActions", "Remove the selected coding")),
            "recode": (QCoreApplication.translate("CodingActions", "C&hange code of coding…"), QCoreApplication.translate("CodingActions", "Give the selected coding another code")),
            "respan": (QCoreApplication.translate("CodingActions", "Se&t coding to selection"), QCoreApplication.translate("CodingActions", "Widen or narrow the selected coding to the text "
                                                        "selected now")),
            "memo": (QCoreApplication.translate("CodingActions", "&Memo…"), QCoreApplication.translate("CodingActions", "Write a memo on the selected coding")),
            "next": (QCoreApplication.translate("CodingActions", "&Next coding"),
                     QCoreApplication.translate("CodingActions", "Go to the next coding in the transcript (F8)")),
            "previous": (QCoreApplication.translate("CodingActions", "&Previous coding"),
                         QCoreApplication.translate("CodingActions",
                                                    "Go to the previous coding in the transcript (Shift+F8)")),
        }
        for key, (text, tip) in texts.items():
            self.actions[key].setText(text)
            self.actions[key].setToolTip(tip)
            self.actions[key].setStatusTip(tip)

    def fill_menu(self, menu: QMenu) -> None:
        for key in ("pick", "code_current", "in_vivo", None, "remove", "recode", "respan", "memo", None,
                    "next", "previous"):
            if key is None:
                menu.addSeparator()
            else:
                menu.addAction(self.actions[key])

    # -- helpers ------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.ws.message.emit(text)

    def _span(self) -> tuple[int, int] | None:
        span = self.view.selection_span()
        if self.view.transcript_id is None:
            self._say(QCoreApplication.translate("CodingActions", "Open a transcript first"))
            return None
        if span is None:
            self._say(QCoreApplication.translate("CodingActions", "Select a passage of the transcript first"))
        return span

    def _coder(self) -> int | None:
        if self.ws.current_coder_id is None:
            self.ws.error.emit(QCoreApplication.translate("CodingActions",
                                                          "Add a coder in the toolbar first: every coding has one"))
        return self.ws.current_coder_id

    def _coding(self) -> int | None:
        coding_id = self.view.coding_at_cursor()
        if coding_id is None:
            self._say(QCoreApplication.translate("CodingActions", "Click a coding's stripe (or put the cursor "
                                                                  "in a coded passage) first"))
        return coding_id

    # -- coding -----------------------------------------------------------------------------

    def code_span(self, code_id: int, span: tuple[int, int] | None = None) -> bool:
        span = span or self._span()
        coder = self._coder()
        if span is None or coder is None or self.view.transcript_id is None:
            return False
        node = self.ws.codebook[code_id]
        return self.ws.execute(cmd.AddCoding(self.ws, self.view.transcript_id, node, coder, *span))

    def code_with_current(self) -> None:
        code_id = self.current_code()
        if code_id is None:
            self._say(QCoreApplication.translate("CodingActions", "Select a code in the codebook first"))
            return
        self.code_span(code_id)

    def code_with_shortcut(self, number: int) -> None:
        node = next((n for n in self.ws.codebook.walk() if n.shortcut == number), None)
        if node is None:
            self._say(QCoreApplication.translate("CodingActions", "No code has the shortcut %1").replace(
                "%1", str(number)))
            return
        self.code_span(node.id)

    def open_picker(self) -> None:
        span = self._span()
        if span is None or self._coder() is None:
            return
        self._on_pick = lambda code_id: self.code_span(code_id, span)
        self._on_create = lambda name: self._code_with_new(name, span)
        self.picker.open_with(self.ws.codebook)

    def _picked(self, code_id: int) -> None:
        if self._on_pick is not None:
            self._on_pick(code_id)

    def _create_requested(self, name: str) -> None:
        if self._on_create is not None:
            self._on_create(name)

    def _code_with_new(self, name: str, span: tuple[int, int]) -> None:
        coder = self._coder()
        if coder is None or self.view.transcript_id is None:
            return
        self.ws.execute(cmd.CodeWithNewCode(self.ws, self.current_code(), name, self.view.transcript_id, coder,
                                            *span))

    def code_in_vivo(self) -> None:
        span = self._span()
        if span is None:
            return
        words = " ".join(self.view.text[span[0]:span[1]].split())
        if len(words) > MAX_IN_VIVO:
            words = words[:MAX_IN_VIVO].rsplit(" ", 1)[0] + "…"
        self._code_with_new(words, span)

    def code_hits(self, hits: list[SearchHit]) -> None:
        """Ask for one code, then code every hit with it as one undo step."""
        if not hits or self._coder() is None:
            return
        title = QCoreApplication.translate("CodingActions", "Code %n result(s) with…", "", len(hits))
        self._on_pick = lambda code_id: self._code_hits_with(hits, code_id)
        self._on_create = None
        self.picker.open_with(self.ws.codebook, title, allow_create=False)

    def _code_hits_with(self, hits: list[SearchHit], code_id: int) -> None:
        coder = self.ws.current_coder_id
        node = self.ws.codebook[code_id]
        existing: set[tuple[int, int, int]] = set()
        try:
            for transcript_id in {h.transcript_id for h in hits}:
                existing |= {(c.transcript_id, c.start, c.end) for c in
                             codings_of_transcript(self.ws.project, transcript_id)
                             if c.code_id == code_id and c.coder_id == coder}
        except KodeverkError as exc:
            self.ws.error.emit(describe(exc))
            return
        commands = [cmd.AddCoding(self.ws, h.transcript_id, node, coder, h.start, h.end)  # type: ignore[arg-type]
                    for h in hits if (h.transcript_id, h.start, h.end) not in existing]
        if not commands:
            self._say(QCoreApplication.translate("CodingActions", "Every result is coded with this code already"))
            return
        text = QCoreApplication.translate("CodingActions", "Code %n search result(s) with “%1”", "",
                                          len(commands)).replace("%1", node.name)
        self.ws.execute(cmd.Macro(self.ws, text, commands))

    # -- changing a coding -----------------------------------------------------------------

    def remove_coding(self) -> None:
        coding_id = self._coding()
        if coding_id is not None and self.view.transcript_id is not None:
            self.ws.execute(cmd.RemoveCoding(self.ws, coding_id, self.view.transcript_id))

    def change_code(self) -> None:
        coding_id = self._coding()
        if coding_id is None:
            return
        transcript_id = self.view.transcript_id
        self._on_pick = lambda code_id: self.ws.execute(cmd.UpdateCoding(
            self.ws, coding_id, transcript_id,  # type: ignore[arg-type]
            QCoreApplication.translate("UndoCommands", "Change code of coding"), code_id=code_id))
        self._on_create = None
        self.picker.open_with(self.ws.codebook, QCoreApplication.translate("CodingActions", "Change the code to…"),
                              allow_create=False)

    def set_span(self) -> None:
        coding_id = self.view.current_coding_id
        span = self.view.selection_span()
        if coding_id is None or span is None:
            self._say(QCoreApplication.translate("CodingActions", "Click a coding's stripe, then select the new "
                                                                  "extent of the passage (the stripe stays chosen), "
                                                                  "then choose this"))
            return
        self.set_extent(coding_id, *span)

    def set_extent(self, coding_id: int, start: int, end: int) -> bool:
        """Widen or narrow a coding to ``[start, end)`` (a stripe's end dragged, or re-selected)."""
        if self.view.transcript_id is None:
            return False
        return self.ws.execute(cmd.UpdateCoding(self.ws, coding_id, self.view.transcript_id,
                                                QCoreApplication.translate("UndoCommands", "Change extent of coding"),
                                                start=start, end=end))

    def go_to_coding(self, step: int) -> None:
        """Choose and show the next (``step`` 1) or previous (-1) coding of the open transcript."""
        if self.view.transcript_id is None:
            self._say(QCoreApplication.translate("CodingActions", "Open a transcript first"))
            return
        coding_id = self.view.neighbour_coding(step)
        if coding_id is None:
            self._say(QCoreApplication.translate("CodingActions", "No coding after this one") if step > 0 else
                      QCoreApplication.translate("CodingActions", "No coding before this one"))
            return
        self.view.select_coding(coding_id)
        self._say(" — ".join(self.view.describe_coding(coding_id).splitlines()))

    def edit_memo(self) -> None:
        coding_id = self._coding()
        if coding_id is None:
            return
        coding = self.view.by_id[coding_id]
        text, ok = QInputDialog.getMultiLineText(self.window, QCoreApplication.translate("CodingActions", "Memo"),
                                                 QCoreApplication.translate("CodingActions", "Memo on this coding:"),
                                                 coding.memo)
        if ok and text != coding.memo:
            self.ws.execute(cmd.UpdateCoding(self.ws, coding_id, coding.transcript_id,
                                             QCoreApplication.translate("UndoCommands", "Edit memo"), memo=text))
