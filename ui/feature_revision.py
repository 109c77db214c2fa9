"""Changing transcripts in the app: revised versions, edits in place, structure by guide, erasing an informant.

Project menu: "Replace transcript with revised version…", "Edit transcript text…",
"Lost codings…" (the review list of codings a revision could not place),
"Structure by guide…", "Erase informant…". Revisions, placing and dismissing
lost codings and structural coding are undoable; erasing is not (that is its point).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from kodeverk.errors import KodeverkError
from kodeverk.importing.readers import SUPPORTED_SUFFIXES
from kodeverk.revision.service import NewVersion, edited_text, plan_revision, read_revision
from kodeverk.services.transcripts import transcript_text
from ui.features import PROJECT, Feature
from ui.lost_dialog import LostCodingsDialog
from ui.ops import BackgroundOp
from ui.revision_commands import ReviseTranscript, StructureByGuide
from ui.revision_dialogs import EditTextDialog, RevisionReportDialog
from ui.revision_erase import EraseDialog
from ui.revision_structure import StructureDialog
from ui.error_text import describe


class RevisionFeature(Feature):
    """The five actions; ``dialog`` is the dialog last opened (tests drive it), ``lost`` the review list's
    window while it is open."""

    order = 40

    def __init__(self, window):  # type: ignore[no-untyped-def]
        super().__init__(window)
        self.op: BackgroundOp | None = None
        self.lost: LostCodingsDialog | None = None
        self.replace_action = self.add_action(PROJECT, self.replace_transcript)
        self.edit_action = self.add_action(PROJECT, self.edit_transcript)
        self.lost_action = self.add_action(PROJECT, self.show_lost)
        self.structure_action = self.add_action(PROJECT, self.structure)
        self.erase_action = self.add_action(PROJECT, self.erase)

    def retranslate_ui(self) -> None:
        self.replace_action.setText(self.tr("&Replace transcript with revised version…"))
        self.edit_action.setText(self.tr("&Edit transcript text…"))
        self.lost_action.setText(self.tr("&Lost codings…"))
        self.structure_action.setText(self.tr("&Structure by guide…"))
        self.erase_action.setText(self.tr("Erase &informant…"))

    # -- helpers ---------------------------------------------------------------------------------------

    def _current(self) -> tuple[int, str] | None:
        pv = self.pv
        if pv is None or pv.view.transcript_id is None:
            return None
        info = pv.navigator.model.transcripts.get(pv.view.transcript_id)
        return pv.view.transcript_id, info.name if info else ""

    def _need_transcript(self) -> tuple[int, str] | None:
        current = self._current()
        if current is None and self.pv is not None:
            self.pv.ws.error.emit(self.tr("Open a transcript first."))
        return current

    def text_changed(self, transcript_id: int) -> None:
        """After a revision or its undo: show the new text and let every view reload."""
        pv = self.pv
        if pv is None:
            return
        if pv.view.transcript_id == transcript_id:
            pv.view.transcript_id = None
            pv.open_transcript(transcript_id)
        pv.ws.reload()

    # -- replace with a revised file -----------------------------------------------------------------

    def replace_transcript(self, path: Path | None = None) -> None:
        current = self._need_transcript()
        if current is None:
            return
        if path is None:
            patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
            chosen, _f = QFileDialog.getOpenFileName(self.window, self.tr("Revised version of the transcript"), "",
                                                     self.tr("Transcripts (%1)").replace("%1", patterns))
            if not chosen:
                return
            path = Path(chosen)
        project = self.pv.ws.project  # type: ignore[union-attr]
        transcript_id, name = current

        def plan():  # type: ignore[no-untyped-def]
            new = read_revision(path)
            return new, plan_revision(project, transcript_id, new)

        self.window.statusBar().showMessage(self.tr("Comparing the revised version…"))
        self.op = (BackgroundOp(plan, self).on_success(lambda result: self._review(transcript_id, name, *result))
                   .on_failure(lambda exc: self.pv and self.pv.ws.error.emit(describe(exc))).start())

    def _review(self, transcript_id: int, name: str, new: NewVersion, report) -> None:  # type: ignore[no-untyped-def]
        self.window.statusBar().clearMessage()
        dialog = RevisionReportDialog(report, self.window)
        dialog.accepted.connect(lambda: self._apply(transcript_id, name, new, report.count("lost")))
        self.show_dialog(dialog, modal=True)

    def _apply(self, transcript_id: int, name: str, new: NewVersion, lost: int = 0) -> None:
        if self.pv is None:
            return
        if self.pv.ws.execute(ReviseTranscript(self.pv.ws, transcript_id, new, name, self.text_changed)) and lost:
            self.show_lost(transcript_id)

    # -- the review list of lost codings ------------------------------------------------------------------

    def show_lost(self, transcript_id: int | None = None) -> None:
        """Open the review list (only ``transcript_id``'s entries when given), or bring it to the front."""
        if self.pv is None:
            return
        if self.lost is None:
            self.lost = LostCodingsDialog(self.pv, self.window, transcript_id=transcript_id)
            self.lost.finished.connect(self._lost_closed)
        elif transcript_id is not None:
            self.lost.only_open.setChecked(True)
        self.lost.refresh()
        self.lost.show()
        self.lost.raise_()
        self.lost.activateWindow()
        if self.lost.model.rowCount() and not self.lost.selected():
            self.lost.table.selectRow(0)

    def _lost_closed(self, _code: int = 0) -> None:
        if self.lost is not None:
            self.lost.disconnect_workspace()
            self.lost.deleteLater()
            self.lost = None

    def detach(self) -> None:
        if self.lost is not None:
            self.lost.close()
            self._lost_closed()
        super().detach()

    # -- edit in place ----------------------------------------------------------------------------------

    def edit_transcript(self) -> None:
        current = self._need_transcript()
        if current is None or self.pv is None:
            return
        transcript_id, name = current
        span = self.pv.view.selection_span()
        try:
            text = transcript_text(self.pv.ws.project, transcript_id)
        except KodeverkError as exc:
            self.pv.ws.error.emit(describe(exc))
            return
        start, end = span if span is not None else (0, len(text))
        dialog = EditTextDialog(name, text[start:end], self.window)
        dialog.accepted.connect(lambda: self._check_edit(transcript_id, name, start, end, dialog.replacement()))
        self.show_dialog(dialog, modal=True)

    def _check_edit(self, transcript_id: int, name: str, start: int, end: int, replacement: str) -> None:
        if self.pv is None:
            return
        try:
            new = edited_text(self.pv.ws.project, transcript_id, start, end, replacement)
            report = plan_revision(self.pv.ws.project, transcript_id, new)
        except KodeverkError as exc:
            self.pv.ws.error.emit(describe(exc))
            return
        self._review(transcript_id, name, new, report)

    # -- structure by guide ------------------------------------------------------------------------------

    def structure(self) -> None:
        if self.pv is None:
            return
        dialog = StructureDialog(self.pv.ws, self._current(), self.window)
        dialog.accepted.connect(lambda: self._apply_structure(dialog))
        self.show_dialog(dialog, modal=True)

    def _apply_structure(self, dialog: StructureDialog) -> None:
        if self.pv is None or dialog.report is None:
            return
        command = StructureByGuide(self.pv.ws, dialog.report.guide, dialog.transcripts())
        if self.pv.ws.execute(command):
            self.pv.ws.reload()

    # -- erase ----------------------------------------------------------------------------------------------

    def erase(self) -> None:
        if self.pv is None:
            return
        dialog = EraseDialog(self.pv.ws, self.window)
        dialog.finished.connect(lambda _code: self._after_erase(dialog))
        self.show_dialog(dialog, modal=True)

    def _after_erase(self, dialog: EraseDialog) -> None:
        pv = self.pv
        if pv is None or dialog.result is None:
            return
        remaining = {info.id for info in pv.navigator.model.transcripts.values()} \
            if hasattr(pv.navigator.model, "transcripts") else set()
        if pv.view.transcript_id is not None and pv.view.transcript_id not in remaining:
            pv.view.show_transcript(None, "", [])


FEATURE = RevisionFeature
