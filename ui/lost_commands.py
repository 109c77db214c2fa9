"""Undoable changes to the review list of lost codings: place one on a passage, dismiss some."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from kodeverk.revision.review import LostInfo, dismiss_lost, place_lost_coding, restore_lost, unplace_lost
from kodeverk.services.coding import CodingInfo
from ui.undo_commands import CoreCommand
from ui.workspace import CodingDelta


class PlaceLostCoding(CoreCommand):
    """Code ``[start, end)`` of the current text with a lost coding's code, coder and memo; undo puts the
    entry back on the review list. ``coding`` is the coding the last ``do`` made."""

    def __init__(self, ws: object, entry: LostInfo, start: int, end: int):
        super().__init__(ws, QCoreApplication.translate("LostCommands", "Place lost coding “%1”")
                         .replace("%1", entry.code_path.rsplit("/", 1)[-1]))
        self.entry, self.start, self.end = entry, start, end
        self.coding: CodingInfo | None = None

    def do(self) -> None:
        self._delta = None
        self.coding = place_lost_coding(self.project, self.entry.id, self.start, self.end)
        self._delta = CodingDelta(added=(self.coding,))

    def undo_core(self) -> None:
        assert self.coding is not None
        self._delta = None
        unplace_lost(self.project, self.coding, self.entry)
        self._delta = CodingDelta(removed=(self.coding,))

    def changes(self) -> tuple[bool, set[int] | None]:
        return False, {self.entry.transcript_id}


class DismissLostCodings(CoreCommand):
    """Take entries off the review list; undo puts them back as they were."""

    def __init__(self, ws: object, entries: Sequence[LostInfo]):
        super().__init__(ws, QCoreApplication.translate("LostCommands", "Dismiss %n lost coding(s)", "",
                                                        len(entries)))
        self.entries = list(entries)

    def do(self) -> None:
        dismiss_lost(self.project, [entry.id for entry in self.entries])

    def undo_core(self) -> None:
        restore_lost(self.project, self.entries)

    def changes(self) -> tuple[bool, set[int] | None]:
        return False, set()
