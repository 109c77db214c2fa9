"""Undoable commands on coders: add, rename, recolour, set initials; each calls the core.

They follow :class:`ui.undo_commands.CoreCommand`: ``do()`` makes the change
(through :meth:`ui.workspace.Workspace.execute` the first time, then as redo),
``undo_core()`` puts it back. No coding changes, so each says so with an empty
:class:`~ui.workspace.CodingDelta` (views keep their rows); after every step the
workspace re-reads its coders and emits ``coders_changed``, which every view
showing coder names or colours (stripes, segments, the coder picker, Retrieve)
listens to.

Undoing an added coder removes it only while it has no codings (the core
refuses otherwise); a step the core refuses to undo or redo is dropped from the
history with the reason shown, rather than left to fail again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kodeverk.errors import KodeverkError
from kodeverk.services import coders as service
from kodeverk.services.coders import CoderInfo, CoderSnapshot
from ui.error_text import describe
from ui.undo_commands import CoreCommand
from ui.workspace import CodingDelta
from ui.error_text import describe


class CoderCommand(CoreCommand):
    """Base: no coding changes; the coders are re-read and announced after each step."""

    def changes(self) -> tuple[bool, set[int] | None]:
        return False, set()

    def delta(self) -> CodingDelta | None:
        return CodingDelta()  # no coding was added or removed: views keep what they show

    def _run(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except KodeverkError as exc:
            self.ws.error.emit(describe(exc))  # type: ignore[attr-defined]
            self.setObsolete(True)  # the stack drops this step: trying it again would fail again
        self.ws.notify(self)  # type: ignore[attr-defined]

    def refresh(self, current: int | None = None) -> None:
        """Re-read the coders into the workspace, make ``current`` (or a coder still there) the current one."""
        ws = self.ws
        ws.coders = service.list_coders(self.project)  # type: ignore[attr-defined]
        ids = [c.id for c in ws.coders]  # type: ignore[attr-defined]
        wanted = current if current in ids else ws.current_coder_id  # type: ignore[attr-defined]
        if wanted not in ids:
            wanted = ids[0] if ids else None
        moved = wanted != ws.current_coder_id  # type: ignore[attr-defined]
        ws.current_coder_id = wanted  # type: ignore[attr-defined]
        if wanted is not None:
            ws.settings.set_coder_for(str(self.project.path), ws.coder(wanted).name)  # type: ignore[attr-defined]
        ws.coders_changed.emit()  # type: ignore[attr-defined]
        if moved and wanted is not None:
            ws.current_coder_changed.emit(wanted)  # type: ignore[attr-defined]


class AddCoder(CoderCommand):
    """Add a coder and code as them; undo removes them again (only while they have no codings)."""

    def __init__(self, ws: object, name: str, colour: str | None = None):
        label = QCoreApplication.translate("CoderCommands", "Add coder “%1”")
        super().__init__(ws, label.replace("%1", name.strip()))
        self.name, self.colour = name, colour
        self.info: CoderInfo | None = None
        self.snapshot: CoderSnapshot | None = None
        self.previous: int | None = ws.current_coder_id  # type: ignore[attr-defined]

    def do(self) -> None:
        if self.snapshot is None:
            self.info = service.add_coder(self.project, self.name, self.colour)
        else:
            self.info = service.restore_coder(self.project, self.snapshot)
        self.refresh(current=self.info.id)

    def undo_core(self) -> None:
        assert self.info is not None
        self.snapshot = service.remove_coder(self.project, self.info.id)
        self.refresh(current=self.previous)


class ChangeCoder(CoderCommand):
    """Rename (``what`` "name"), recolour ("colour") or set the initials ("initials") of a coder."""

    functions = {"name": service.rename_coder, "colour": service.recolour_coder,
                 "initials": service.set_coder_initials}

    def __init__(self, ws: object, what: str, coder_id: int, value: str):
        coder = ws.coder(coder_id)  # type: ignore[attr-defined]
        if what not in self.functions:
            raise ValueError(f"no such change of a coder: {what!r}")
        labels = {"name": QCoreApplication.translate("CoderCommands", "Rename coder “%1”"),
                  "colour": QCoreApplication.translate("CoderCommands", "Recolour coder “%1”"),
                  "initials": QCoreApplication.translate("CoderCommands", "Set the initials of “%1”")}
        name = coder.name if coder is not None else f"#{coder_id}"
        super().__init__(ws, labels[what].replace("%1", name))
        self.what, self.coder_id, self.new = what, coder_id, value
        self.old = getattr(coder, what) if coder is not None else None
        self.info: CoderInfo | None = None

    def do(self) -> None:
        self.info = self.functions[self.what](self.project, self.coder_id, self.new)
        self.refresh()

    def undo_core(self) -> None:
        if self.old is None:
            return
        self.info = self.functions[self.what](self.project, self.coder_id, self.old)
        self.refresh()


class RemoveCoder(CoderCommand):
    """Remove a coder who has no codings, lost codings or memos (the core refuses otherwise); undo brings them back."""

    def __init__(self, ws: object, coder_id: int):
        coder = ws.coder(coder_id)  # type: ignore[attr-defined]
        label = QCoreApplication.translate("CoderCommands", "Remove coder “%1”")
        super().__init__(ws, label.replace("%1", coder.name if coder else f"#{coder_id}"))
        self.coder_id = coder_id
        self.snapshot: CoderSnapshot | None = None
        self.was_current = ws.current_coder_id == coder_id  # type: ignore[attr-defined]

    def do(self) -> None:
        self.snapshot = service.remove_coder(self.project, self.coder_id)
        self.refresh()

    def undo_core(self) -> None:
        assert self.snapshot is not None
        service.restore_coder(self.project, self.snapshot)
        self.refresh(current=self.coder_id if self.was_current else None)
