"""Export options, results, warnings, and safe writing of the output file.

Both exports (Word and table) take an :class:`ExportOptions`, a progress
callback ``progress(done, total)`` and a cancel check ``cancelled() -> bool``;
the desktop app runs them in a worker. The file is written beside the
target under a temporary name and moved into place only when complete, so a
failed or cancelled export leaves no half-written file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from kodeverk import files
from kodeverk.errors import FileProblem, KodeverkError, UsageError
from kodeverk.services.names import Leak
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

By = Literal["group", "phase", "code", "informant"]
BY_CHOICES: tuple[str, ...] = ("group", "phase", "code", "informant")
ATTRIBUTION_FIELDS: tuple[str, ...] = ("pseudonym", "phase", "role", "ministry", "coder")
DEFAULT_ATTRIBUTION: tuple[str, ...] = ("pseudonym", "phase", "role")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportCancelled(KodeverkError):
    """The user cancelled the export; nothing was written."""


class ExportFileError(FileProblem):
    """The export's output file cannot be written."""


@dataclass(frozen=True)
class ExportOptions:
    """What to export and how. Names are resolved like the retrieval query's."""

    by: By = "group"
    groups: Sequence[str] = ()
    phases: Sequence[str] = ()
    codes: Sequence[str] = ()
    coders: Sequence[str] = ()
    attribution: Sequence[str] = DEFAULT_ATTRIBUTION
    memos: bool = False
    lang: str = "nb"
    replacement: Literal["placeholder", "pseudonym"] = "placeholder"

    def checked(self) -> ExportOptions:
        """These options, or a :class:`UsageError` naming what is wrong."""
        if self.by not in BY_CHOICES:
            raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "--by must be one of {choices}, not {value!r}"),
                                     choices=', '.join(BY_CHOICES), value=self.by))
        if self.lang not in ("nb", "en"):
            raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "the language must be 'nb' or 'en', not {value!r}"),
                                     value=self.lang))
        unknown = [f for f in self.attribution if f not in ATTRIBUTION_FIELDS]
        if unknown:
            raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "unknown attribution field {field!r}; choose from {choices}"),
                                     field=unknown[0], choices=', '.join(ATTRIBUTION_FIELDS)))
        return self


def parse_attribution(text: str) -> tuple[str, ...]:
    """``"pseudonym,phase,role"`` → the checked field names, in the order given, without repeats."""
    fields = tuple(dict.fromkeys(f.strip().lower() for f in text.split(",") if f.strip()))
    unknown = [f for f in fields if f not in ATTRIBUTION_FIELDS]
    if unknown:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "unknown attribution field {field!r}; choose from {choices}"),
                                 field=unknown[0], choices=', '.join(ATTRIBUTION_FIELDS)))
    return fields


@dataclass(frozen=True)
class ExportWarning:
    """Something the user should know about a finished export; ``code`` is stable for the GUI."""

    code: str
    message: str

    def as_json(self) -> dict:
        return {"code": self.code, "message": self.message}


def attribution_warnings(options: ExportOptions) -> list[ExportWarning]:
    """Warnings about the chosen attribution (ministry and role together can identify a person)."""
    if "ministry" in options.attribution and "role" in options.attribution:
        return [ExportWarning("ministry_and_role",
                              Message(QT_TRANSLATE_NOOP("CoreMessages", "attribution with both ministry and role can identify a person (a ministry has one departementsråd)")))]
    return []


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: counts, warnings, and listed names found in the written file."""

    path: Path
    quotes: int
    codings: int
    sections: int = 0
    warnings: tuple[ExportWarning, ...] = ()
    leaks: tuple[Leak, ...] = field(default=())

    def as_json(self) -> dict:
        return {"path": str(self.path), "quotes": self.quotes, "codings": self.codings, "sections": self.sections,
                "warnings": [w.as_json() for w in self.warnings], "leaks": [leak.as_json() for leak in self.leaks]}


def check_output(path: Path, suffixes: Sequence[str]) -> Path:
    """``path`` if an export can be written there, else a one-line error."""
    path = Path(path)
    if path.suffix.lower() not in suffixes:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "{file}: the output must end in {suffixes}"),
                                 file=path.name, suffixes=' or '.join(suffixes)))
    if path.is_dir():
        raise ExportFileError(path, Message(QT_TRANSLATE_NOOP("CoreMessages", "is a folder; give a file name")))
    folder = path.parent if str(path.parent) else Path(".")
    if folder.exists() and not folder.is_dir():
        raise ExportFileError(path,
                              Message(QT_TRANSLATE_NOOP("CoreMessages", "{folder} is a file, not a folder"),
                                      folder=folder))
    if not folder.is_dir():
        raise ExportFileError(path,
                              Message(QT_TRANSLATE_NOOP("CoreMessages", "the folder {folder} does not exist"),
                                      folder=folder))
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise ExportFileError(path,
                              Message(QT_TRANSLATE_NOOP("CoreMessages", "cannot be written here (permission denied)")))
    return path


def atomic_target(path: Path) -> AbstractContextManager[Path]:
    """A temporary path beside ``path``; moved onto ``path`` if the block succeeds, else deleted."""
    return files.atomic_target(path, ExportFileError)


class Ticker:
    """Calls ``progress`` now and then, and raises :class:`ExportCancelled` when ``cancelled()``."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None, every: int = 25):
        self.total, self.done = max(total, 1), 0
        self._progress, self._cancelled, self._every = progress, cancelled, every

    def step(self, count: int = 1) -> None:
        self.done += count
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled(Message(QT_TRANSLATE_NOOP("CoreMessages", "the export was cancelled; no file was written")))
        if self._progress is not None and (self.done % self._every == 0 or self.done >= self.total):
            self._progress(min(self.done, self.total), self.total)

    def finish(self) -> None:
        if self._progress is not None:
            self._progress(self.total, self.total)
