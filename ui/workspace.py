"""The open project as the windows see it: undo stack, current coder and transcript, change notices.

Every change to codings or the codebook is a command (:mod:`ui.undo_commands`)
run through :meth:`Workspace.execute`; afterwards the workspace emits
``data_changed`` so that each view decides what to reload. A command that knows
exactly which codings it added and removed (:class:`CodingDelta`) has it sent
first as ``codings_changed``, so that views can update just those rows and
highlights; while ``data_changed`` for the same change is being delivered,
:attr:`Workspace.delta` holds that delta (views that applied it skip the
reload). Core errors become ``error`` messages, never exceptions in a slot.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from kodeverk.codebook.service import get_codebook
from kodeverk.codebook.tree import Codebook
from kodeverk.errors import KodeverkError
from kodeverk.project import Project
from kodeverk.services.coders import CoderInfo, list_coders
from kodeverk.services.coding import CodingInfo
from ui.settings import SHOW_OTHER_CODERS, Settings
from ui.error_text import describe


@dataclass(frozen=True)
class CodingDelta:
    """Exactly which codings a change removed and added (a changed coding: its old self removed, new added).

    Apply ``removed`` first, then ``added``.
    """

    removed: tuple[CodingInfo, ...] = ()
    added: tuple[CodingInfo, ...] = ()

    @property
    def transcript_ids(self) -> set[int]:
        return {c.transcript_id for c in self.removed + self.added}

    def __add__(self, other: CodingDelta) -> CodingDelta:
        return CodingDelta(self.removed + other.removed, self.added + other.added)


class Workspace(QObject):
    """One open project with its undo history."""

    data_changed = Signal(bool, object)  # codebook changed?, transcript ids whose codings changed (None: all)
    codings_changed = Signal(object)     # CodingDelta, sent just before data_changed when known
    coders_changed = Signal()
    current_coder_changed = Signal(int)
    transcripts_changed = Signal()
    show_others_changed = Signal(bool)
    error = Signal(str)
    message = Signal(str)

    def __init__(self, project: Project, settings: Settings, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self._codebook: Codebook | None = None
        self.coders: list[CoderInfo] = list_coders(project)
        self.current_coder_id: int | None = None
        self.delta: CodingDelta | None = None  # set while a change with a known delta is being announced
        self.show_other_coders = settings.get(SHOW_OTHER_CODERS)
        wanted = settings.coder_for(str(project.path))
        chosen = next((c for c in self.coders if c.name == wanted), self.coders[0] if self.coders else None)
        if chosen is not None:
            self.current_coder_id = chosen.id

    # -- reading ----------------------------------------------------------------

    @property
    def codebook(self) -> Codebook:
        if self._codebook is None:
            self._codebook = get_codebook(self.project)
        return self._codebook

    def coder(self, coder_id: int) -> CoderInfo | None:
        return next((c for c in self.coders if c.id == coder_id), None)

    # -- changing -----------------------------------------------------------------

    def execute(self, command: QUndoCommand) -> bool:
        """Do ``command`` now and put it on the undo stack; False (and an error shown) if the core refused."""
        try:
            command.do()  # type: ignore[attr-defined]
        except KodeverkError as exc:
            self.error.emit(describe(exc))
            return False
        command.done_once = True  # type: ignore[attr-defined]
        self.undo_stack.push(command)  # redo() skips the first call: already done above
        self.notify(command)
        self.message.emit(command.text())
        return True

    def notify(self, command: QUndoCommand) -> None:
        codebook, transcripts = command.changes()  # type: ignore[attr-defined]
        delta_of = getattr(command, "delta", None)
        delta = delta_of() if delta_of is not None and not codebook else None
        if codebook:
            self._codebook = None
        self.delta = delta
        try:
            if delta is not None:
                self.codings_changed.emit(delta)
            self.data_changed.emit(codebook, transcripts)
        finally:
            self.delta = None

    def reload(self) -> None:
        """Forget cached data and tell every view to reload (after an import)."""
        self._codebook = None
        self.transcripts_changed.emit()
        self.data_changed.emit(True, None)

    def set_current_coder(self, coder_id: int) -> None:
        coder = self.coder(coder_id)
        if coder is None or coder_id == self.current_coder_id:
            return
        self.current_coder_id = coder_id
        self.settings.set_coder_for(str(self.project.path), coder.name)
        self.current_coder_changed.emit(coder_id)

    def add_coder(self, name: str) -> CoderInfo | None:
        """Add a coder and make them the current one, undoably (None, and an error shown, if refused)."""
        from ui.coder_commands import AddCoder  # it builds on this module

        command = AddCoder(self, name)
        return command.info if self.execute(command) else None

    def change_coder(self, what: str, coder_id: int, value: str) -> CoderInfo | None:
        """Rename (``what`` "name"), recolour ("colour") or set the initials ("initials") of a coder, undoably."""
        from ui.coder_commands import ChangeCoder

        command = ChangeCoder(self, what, coder_id, value)
        return command.info if self.execute(command) else None

    def set_show_other_coders(self, show: bool) -> None:
        if show != self.show_other_coders:
            self.show_other_coders = show
            self.settings.set(SHOW_OTHER_CODERS, show)
            self.show_others_changed.emit(show)
