"""Undoable commands for revising a transcript's text and for structural coding by guide."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from kodeverk.guides.service import StructureUndo, apply_structure, undo_structure
from kodeverk.revision.service import NewVersion, RevisionUndo, apply_revision, undo_revision
from ui.undo_commands import CoreCommand


class ReviseTranscript(CoreCommand):
    """Replace a transcript's text (a revised file or an edit in place), re-anchoring its codings."""

    def __init__(self, ws: object, transcript_id: int, new: NewVersion, name: str,
                 text_changed: Callable[[int], None]):
        super().__init__(ws, QCoreApplication.translate("RevisionCommands", "Revise “%1”").replace("%1", name))
        self.transcript_id, self.new, self.text_changed = transcript_id, new, text_changed
        self.undo_record: RevisionUndo | None = None

    def do(self) -> None:
        _report, self.undo_record = apply_revision(self.project, self.transcript_id, self.new)
        self.text_changed(self.transcript_id)

    def undo_core(self) -> None:
        assert self.undo_record is not None
        undo_revision(self.project, self.undo_record)
        self.text_changed(self.transcript_id)

    def changes(self) -> tuple[bool, set[int] | None]:
        return False, {self.transcript_id}


class StructureByGuide(CoreCommand):
    """Create a guide's codes and code each matched question's answer."""

    def __init__(self, ws: object, guide: str, transcripts: list[str]):
        super().__init__(ws, QCoreApplication.translate("RevisionCommands", "Structure by guide “%1”")
                         .replace("%1", guide))
        self.guide, self.transcripts = guide, transcripts
        self.undo_record: StructureUndo | None = None
        self.added = 0

    def do(self) -> None:
        report, self.undo_record = apply_structure(self.project, self.guide, self.transcripts)
        self.added = report.added

    def undo_core(self) -> None:
        assert self.undo_record is not None
        undo_structure(self.project, self.undo_record)

    def changes(self) -> tuple[bool, set[int] | None]:
        return True, None
