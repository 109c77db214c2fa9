"""Undoable resolutions of disagreements: each writes to the consensus coder through the core."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kodeverk.teamwork.consensus import CONSENSUS, Resolution, resolve_disagreement, undo_resolution
from kodeverk.teamwork.disagreements import Disagreement
from ui.undo_commands import CoreCommand


def resolution_name(how: str) -> str:
    """The user's word for a resolution (accept A, accept B, union, intersection, edit)."""
    names = {
        "a": QCoreApplication.translate("TeamworkCommands", "accept A"),
        "b": QCoreApplication.translate("TeamworkCommands", "accept B"),
        "union": QCoreApplication.translate("TeamworkCommands", "union"),
        "intersection": QCoreApplication.translate("TeamworkCommands", "intersection"),
        "span": QCoreApplication.translate("TeamworkCommands", "edited passage"),
    }
    return names.get(how, how)


class ResolveDisagreement(CoreCommand):
    """Settle one disagreement for the consensus coder (``how``: a, b, union, intersection or span).

    ``resolution`` holds what the last ``do`` changed, so that ``undo`` can put it back.
    """

    def __init__(self, ws: object, disagreement: Disagreement, how: str, *, span: tuple[int, int] | None = None,
                 code_id: int | None = None, consensus: str = CONSENSUS):
        text = QCoreApplication.translate("TeamworkCommands", "Resolve disagreement (%1)").replace(
            "%1", resolution_name(how))
        super().__init__(ws, text)
        self.disagreement, self.how, self.span, self.code_id = disagreement, how, span, code_id
        self.consensus = consensus
        self.resolution: Resolution | None = None

    def do(self) -> None:
        self.resolution = resolve_disagreement(self.project, self.disagreement, self.how, span=self.span,
                                               code_id=self.code_id, consensus=self.consensus)

    def undo_core(self) -> None:
        if self.resolution is not None:
            undo_resolution(self.project, self.resolution)
            self.resolution = None

    def changes(self) -> tuple[bool, set[int] | None]:
        return False, {self.disagreement.transcript_id}
