"""Typed errors of the core.

Every error a user can cause carries a message that names the thing (file,
transcript, code) and the problem, in one line. The command line prints
``str(error)``, always English; the desktop app translates the message
(``ui/error_text.py``): an error raised with a :class:`~kodeverk.messages.Message`
keeps its ``template`` and ``fields``. Nothing in the core swallows them.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kodeverk.messages import QT_TRANSLATE_NOOP, Message, quoted_list


class KodeverkError(Exception):
    """Base of every error the core raises on purpose.

    Raise it with one message, ideally a :class:`~kodeverk.messages.Message`; ``str(error)`` is
    its English text, ``template`` and ``fields`` what the app needs to translate it.
    """

    @property
    def message(self) -> str:
        """The message as raised (a Message, when the raise site made one)."""
        return self.args[0] if len(self.args) == 1 and isinstance(self.args[0], str) else str(self)

    @property
    def template(self) -> str | None:
        """The English template of the message, or None for a plain-text message."""
        return getattr(self.message, "template", None)

    @property
    def fields(self) -> Mapping[str, Any]:
        """The fields the template was filled with (empty for a plain-text message)."""
        return dict(getattr(self.message, "fields", {}))


class UsageError(KodeverkError):
    """The request itself is wrong (unknown option value, bad range, ...)."""


# One whole sentence per kind of thing, so that each language can inflect it.
_NOT_FOUND = {
    "code": QT_TRANSLATE_NOOP("CoreMessages", "no code named {name!r}"),
    "coder": QT_TRANSLATE_NOOP("CoreMessages", "no coder named {name!r}"),
    "coding": QT_TRANSLATE_NOOP("CoreMessages", "no coding named {name!r}"),
    "transcript": QT_TRANSLATE_NOOP("CoreMessages", "no transcript named {name!r}"),
    "phase": QT_TRANSLATE_NOOP("CoreMessages", "no phase named {name!r}"),
    "group": QT_TRANSLATE_NOOP("CoreMessages", "no group named {name!r}"),
    "informant": QT_TRANSLATE_NOOP("CoreMessages", "no informant named {name!r}"),
    "ministry": QT_TRANSLATE_NOOP("CoreMessages", "no ministry named {name!r}"),
    "role": QT_TRANSLATE_NOOP("CoreMessages", "no role named {name!r}"),
    "guide": QT_TRANSLATE_NOOP("CoreMessages", "no guide named {name!r}"),
    "guide template": QT_TRANSLATE_NOOP("CoreMessages", "no guide template named {name!r}"),
    "codebook template": QT_TRANSLATE_NOOP("CoreMessages", "no codebook template named {name!r}"),
    "listed name": QT_TRANSLATE_NOOP("CoreMessages", "no listed name named {name!r}"),
    "lost coding": QT_TRANSLATE_NOOP("CoreMessages", "no lost coding named {name!r}"),
}


class NotFoundError(KodeverkError):
    """A named thing (transcript, code, coder, informant, ...) does not exist.

    ``suggestions`` holds the nearest existing names, best first.
    """

    def __init__(self, kind: str, name: str, suggestions: list[str] | None = None):
        self.kind = kind
        self.name = name
        self.suggestions = list(suggestions or [])
        if kind in _NOT_FOUND:
            message = Message(_NOT_FOUND[kind], name=name)
        else:
            message = Message(QT_TRANSLATE_NOOP("CoreMessages", "no {kind} named {name!r}"), kind=kind, name=name)
        if self.suggestions:
            message = Message(QT_TRANSLATE_NOOP("CoreMessages", "{problem}; did you mean {suggestions}?"),
                              problem=message, suggestions=quoted_list(self.suggestions))
        super().__init__(message)


class AmbiguousError(KodeverkError):
    """A name or passage matches more than one thing."""


class ConflictError(KodeverkError):
    """The change would break a rule of the data (duplicate, cycle, in use, ...)."""


class FileProblem(KodeverkError):
    """A file could not be used. The message starts with the file's name; ``problem`` is the rest."""

    def __init__(self, path: str | Path, problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(Message(QT_TRANSLATE_NOOP("CoreMessages", "{file}: {problem}"),
                                 file=self.path.name, problem=problem))


class ReadError(FileProblem):
    """A transcript file could not be read (corrupt, empty, wrong encoding, ...)."""


class ManifestError(FileProblem):
    """A metadata manifest could not be used."""


class ProjectFileError(FileProblem):
    """A project file cannot be opened or written (newer version, locked, corrupt, disk full)."""


class ProjectLockedError(ProjectFileError):
    """Another running process has the project open for writing."""


class NewerProjectError(ProjectFileError):
    """The project was written by a newer Kodeverk; this version will not touch it."""


class Cancelled(KodeverkError):
    """The user cancelled a long operation (agreement, ...); nothing was changed or written, no result."""
