"""Undoable commands for every change to codings and the codebook; each calls the core.

A command's ``do()`` makes the change (the first time through
:meth:`ui.workspace.Workspace.execute`, later as ``redo()``), ``undo_core()``
puts things back. ``changes()`` says what to reload: (codebook changed?, set
of transcript ids whose codings changed, or None for all). Commands on codings
also say exactly which codings the last step removed and added (``delta()``,
a :class:`ui.workspace.CodingDelta`; None when unknown or when it failed), so
that views update only those.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from kodeverk.codebook import service as codebook
from kodeverk.codebook.service import CodeSnapshot
from kodeverk.codebook.tree import CodeNode
from kodeverk.errors import KodeverkError
from kodeverk.services import coding
from kodeverk.services.coding import CodingInfo
from ui.workspace import CodingDelta
from ui.error_text import describe


class CoreCommand(QUndoCommand):
    """Base: runs ``do``/``undo_core`` and reports errors and changes through the workspace."""

    def __init__(self, workspace: object, text: str):
        super().__init__(text)
        self.ws = workspace
        self.project = workspace.project  # type: ignore[attr-defined]
        self.done_once = False
        self._delta: CodingDelta | None = None

    def do(self) -> None:
        raise NotImplementedError

    def undo_core(self) -> None:
        raise NotImplementedError

    def changes(self) -> tuple[bool, set[int] | None]:
        return True, None

    def delta(self) -> CodingDelta | None:
        """The codings the last do / undo removed and added (None: unknown, reload instead)."""
        return self._delta

    def redo(self) -> None:
        if self.done_once:
            self.done_once = False
            return
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.undo_core)

    def _run(self, action: object) -> None:
        self._delta = None
        try:
            action()  # type: ignore[operator]
        except KodeverkError as exc:
            self.ws.error.emit(describe(exc))  # type: ignore[attr-defined]
        self.ws.notify(self)  # type: ignore[attr-defined]


class AddCoding(CoreCommand):
    def __init__(self, ws: object, transcript_id: int, code: CodeNode, coder_id: int, start: int, end: int,
                 memo: str = ""):
        super().__init__(ws, QCoreApplication.translate("UndoCommands", "Code passage with “%1”").replace("%1", code.name))
        self.args = (transcript_id, code.id, coder_id, start, end, memo)
        self.info: CodingInfo | None = None

    def do(self) -> None:
        self._delta = None
        if self.info is None:
            self.info = coding.add_coding(self.project, *self.args)
        else:
            coding.restore_coding(self.project, self.info)
        self._delta = CodingDelta(added=(self.info,))

    def undo_core(self) -> None:
        assert self.info is not None
        self._delta = None
        coding.remove_coding(self.project, self.info.id)
        self._delta = CodingDelta(removed=(self.info,))

    def changes(self) -> tuple[bool, set[int] | None]:
        return False, {self.args[0]}


class RemoveCoding(CoreCommand):
    def __init__(self, ws: object, coding_id: int, transcript_id: int):
        super().__init__(ws, QCoreApplication.translate("UndoCommands", "Remove coding"))
        self.coding_id, self.transcript_id = coding_id, transcript_id
        self.info: CodingInfo | None = None

    def do(self) -> None:
        self._delta = None
        self.info = coding.remove_coding(self.project, self.coding_id)
        self._delta = CodingDelta(removed=(self.info,))

    def undo_core(self) -> None:
        assert self.info is not None
        self._delta = None
        coding.restore_coding(self.project, self.info)
        self._delta = CodingDelta(added=(self.info,))

    def changes(self) -> tuple[bool, set[int] | None]:
        return False, {self.transcript_id}


class UpdateCoding(CoreCommand):
    """Change a coding's span, code or memo."""

    def __init__(self, ws: object, coding_id: int, transcript_id: int, text: str, **changes: object):
        super().__init__(ws, text)
        self.coding_id, self.transcript_id, self.changes_wanted = coding_id, transcript_id, changes
        self.before: CodingInfo | None = None

    def do(self) -> None:
        self._delta = None
        self.before, after = coding.update_coding(self.project, self.coding_id, **self.changes_wanted)
        self._delta = CodingDelta(removed=(self.before,), added=(after,))

    def undo_core(self) -> None:
        b = self.before
        assert b is not None
        self._delta = None
        now, back = coding.update_coding(self.project, self.coding_id, start=b.start, end=b.end, code_id=b.code_id,
                                         memo=b.memo)
        self._delta = CodingDelta(removed=(now,), added=(back,))

    def changes(self) -> tuple[bool, set[int] | None]:
        return False, {self.transcript_id}


class AddCode(CoreCommand):
    def __init__(self, ws: object, parent_id: int | None, name: str, colour: str | None = None,
                 description: str = ""):
        super().__init__(ws, QCoreApplication.translate("UndoCommands", "Add code “%1”").replace("%1", name))
        self.args = (parent_id, name)
        self.colour, self.description = colour, description
        self.node: CodeNode | None = None
        self.snapshot: CodeSnapshot | None = None

    def do(self) -> None:
        if self.snapshot is None:
            self.node = codebook.add_code(self.project, *self.args, colour=self.colour,
                                          description=self.description)
        else:
            codebook.restore_codes(self.project, self.snapshot)

    def undo_core(self) -> None:
        assert self.node is not None
        self.snapshot = codebook.delete_code(self.project, self.node.id, force=True)


class _CodeAttribute(CoreCommand):
    """Rename, recolour or describe: the core function called with the new value, then the old."""

    function = staticmethod(codebook.rename_code)
    attribute = "name"

    @staticmethod
    def label() -> str:
        return QCoreApplication.translate("UndoCommands", "Rename code “%1”")

    def __init__(self, ws: object, code_id: int, value: str):
        node = ws.codebook[code_id]  # type: ignore[attr-defined]
        super().__init__(ws, self.label().replace("%1", node.name))
        self.code_id, self.new, self.old = code_id, value, getattr(node, self.attribute)

    def do(self) -> None:
        self.function(self.project, self.code_id, self.new)

    def undo_core(self) -> None:
        self.function(self.project, self.code_id, self.old)


class RenameCode(_CodeAttribute):
    pass


class RecolourCode(_CodeAttribute):
    function = staticmethod(codebook.recolour_code)
    attribute = "colour"

    @staticmethod
    def label() -> str:
        return QCoreApplication.translate("UndoCommands", "Recolour code “%1”")


class DescribeCode(_CodeAttribute):
    function = staticmethod(codebook.describe_code)
    attribute = "description"

    @staticmethod
    def label() -> str:
        return QCoreApplication.translate("UndoCommands", "Describe code “%1”")


class SetShortcut(CoreCommand):
    def __init__(self, ws: object, code_id: int, shortcut: int | None):
        book = ws.codebook  # type: ignore[attr-defined]
        super().__init__(ws, QCoreApplication.translate("UndoCommands", "Set shortcut of “%1”").replace("%1", book[code_id].name))
        self.code_id, self.shortcut, self.old = code_id, shortcut, book[code_id].shortcut
        self.previous_owner = next((n.id for n in book.walk() if shortcut and n.shortcut == shortcut
                                    and n.id != code_id), None)

    def do(self) -> None:
        codebook.set_shortcut(self.project, self.code_id, self.shortcut)

    def undo_core(self) -> None:
        codebook.set_shortcut(self.project, self.code_id, self.old)
        if self.previous_owner is not None:
            codebook.set_shortcut(self.project, self.previous_owner, self.shortcut)


class MoveCode(CoreCommand):
    def __init__(self, ws: object, code_id: int, parent_id: int | None, position: int | None):
        node = ws.codebook[code_id]  # type: ignore[attr-defined]
        super().__init__(ws, QCoreApplication.translate("UndoCommands", "Move code “%1”").replace("%1", node.name))
        self.code_id, self.parent_id, self.position = code_id, parent_id, position
        self.old = (node.parent_id, node.position)

    def do(self) -> None:
        codebook.move_code(self.project, self.code_id, self.parent_id, self.position)

    def undo_core(self) -> None:
        codebook.move_code(self.project, self.code_id, *self.old)


class DeleteCode(CoreCommand):
    def __init__(self, ws: object, code_id: int):
        super().__init__(ws, QCoreApplication.translate("UndoCommands", "Delete code “%1”").replace("%1", ws.codebook[code_id].name))  # type: ignore
        self.code_id = code_id
        self.snapshot: CodeSnapshot | None = None

    def do(self) -> None:
        self.snapshot = codebook.delete_code(self.project, self.code_id, force=True)

    def undo_core(self) -> None:
        assert self.snapshot is not None
        codebook.restore_codes(self.project, self.snapshot)


class MergeCodes(CoreCommand):
    def __init__(self, ws: object, source_id: int, target_id: int):
        book = ws.codebook  # type: ignore[attr-defined]
        super().__init__(ws, QCoreApplication.translate("UndoCommands", "Merge “%1” into “%2”").replace("%1", book[source_id].name)
                         .replace("%2", book[target_id].name))
        self.source_id, self.target_id = source_id, target_id
        self.snapshot: CodeSnapshot | None = None

    def do(self) -> None:
        self.snapshot = codebook.merge_codes(self.project, self.source_id, self.target_id)

    def undo_core(self) -> None:
        assert self.snapshot is not None
        codebook.restore_codes(self.project, self.snapshot)


class Macro(CoreCommand):
    """Several commands as one undo step (e.g. code all search results, in-vivo coding)."""

    def __init__(self, ws: object, text: str, commands: Sequence[CoreCommand]):
        super().__init__(ws, text)
        self.commands = list(commands)

    def do(self) -> None:
        done: list[CoreCommand] = []
        try:
            for command in self.commands:
                command.do()
                done.append(command)
        except KodeverkError:
            for command in reversed(done):
                command.undo_core()
            raise

    def undo_core(self) -> None:
        for command in reversed(self.commands):
            command.undo_core()

    def delta(self) -> CodingDelta | None:
        total = CodingDelta()
        for command in self.commands:
            part = command.delta()
            if part is None:
                return None
            total = total + part
        return total

    def changes(self) -> tuple[bool, set[int] | None]:
        codebook_changed, transcripts = False, set()
        for command in self.commands:
            c, t = command.changes()
            codebook_changed |= c
            if t is None or transcripts is None:
                transcripts = None
            else:
                transcripts |= t
        return codebook_changed, transcripts


class CodeWithNewCode(Macro):
    """Create a code and code a passage with it in one step (in-vivo coding, quick picker's "create")."""

    def __init__(self, ws: object, parent_id: int | None, name: str, transcript_id: int, coder_id: int,
                 start: int, end: int):
        self.add = AddCode(ws, parent_id, name)
        super().__init__(ws, QCoreApplication.translate("UndoCommands", "Code passage with new code “%1”").replace("%1", name), [self.add])
        self.coding_args = (transcript_id, coder_id, start, end)

    def do(self) -> None:
        if len(self.commands) == 1:
            self.add.do()
            transcript_id, coder_id, start, end = self.coding_args
            assert self.add.node is not None
            add = AddCoding(self.ws, transcript_id, self.add.node, coder_id, start, end)
            try:
                add.do()
            except KodeverkError:
                self.add.undo_core()
                raise
            self.commands.append(add)
        else:
            super().do()
