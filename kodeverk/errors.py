"""Typed errors of the core.

Every error a user can cause carries a message that names the thing (file,
transcript, code) and the problem, in one line. The command line prints
``str(error)``; the desktop app shows it. Nothing in the core swallows them.
"""

from __future__ import annotations

from pathlib import Path


class KodeverkError(Exception):
    """Base of every error the core raises on purpose."""


class UsageError(KodeverkError):
    """The request itself is wrong (unknown option value, bad range, ...)."""


class NotFoundError(KodeverkError):
    """A named thing (transcript, code, coder, informant, ...) does not exist.

    ``suggestions`` holds the nearest existing names, best first.
    """

    def __init__(self, kind: str, name: str, suggestions: list[str] | None = None):
        self.kind = kind
        self.name = name
        self.suggestions = list(suggestions or [])
        message = f"no {kind} named {name!r}"
        if self.suggestions:
            message += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        super().__init__(message)


class AmbiguousError(KodeverkError):
    """A name or passage matches more than one thing."""


class ConflictError(KodeverkError):
    """The change would break a rule of the data (duplicate, cycle, in use, ...)."""


class FileProblem(KodeverkError):
    """A file could not be used. The message starts with the file's name."""

    def __init__(self, path: str | Path, problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")


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
