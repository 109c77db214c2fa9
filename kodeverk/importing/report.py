"""The report of an import batch: one line per file, what happened and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from kodeverk.messages import QT_TRANSLATE_NOOP

# The report lines the importer writes (kodeverk/importing/service.py, prepare.py), as templates for
# kodeverk.messages.Message: e.g. ``Message(IDENTICAL, name=same)``.
NO_TEXT = QT_TRANSLATE_NOOP("CoreMessages", "the file has no text")
CANNOT_BE_READ = QT_TRANSLATE_NOOP("CoreMessages", "cannot be read ({reason})")
NOT_IN_MANIFEST = QT_TRANSLATE_NOOP("CoreMessages", "not in the manifest {manifest}; no metadata from it")
NAME_TAKEN = QT_TRANSLATE_NOOP("CoreMessages", "a transcript with that name exists already; named {name!r}")
IDENTICAL = QT_TRANSLATE_NOOP("CoreMessages", "identical text is already in the project as {name!r}")
NEAR_DUPLICATE = QT_TRANSLATE_NOOP("CoreMessages",
                                   "nearly the same text as {name!r} ({share:.0%} shared); check it is not a duplicate")


class Status(str, Enum):
    """What happened to one file."""

    IMPORTED = "imported"
    WARNING = "imported with warnings"
    SKIPPED = "skipped"
    FAILED = "failed"
    CANCELLED = "not imported (cancelled)"


@dataclass
class FileOutcome:
    """One file's line in the report."""

    path: str
    status: Status
    transcript: str | None = None
    message: str = ""
    warnings: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"file": self.path, "status": self.status.name.lower(), "transcript": self.transcript,
                "message": self.message, "warnings": list(self.warnings)}

    def describe(self) -> str:
        """One or more lines for a terminal."""
        name = self.path.rsplit("/", 1)[-1]
        head = f"{self.status.value:<24} {name}"
        if self.transcript and self.transcript != name.rsplit(".", 1)[0]:
            head += f"  → {self.transcript}"
        if self.message:
            head += f": {self.message}"
        return "\n".join([head, *(f"{'':<24}   warning: {w}" for w in self.warnings)])


@dataclass
class ImportReport:
    """Every file of a batch, in the order they were taken."""

    outcomes: list[FileOutcome] = field(default_factory=list)
    cancelled: bool = False
    manifest_warnings: list[str] = field(default_factory=list)

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status is status)

    @property
    def failed(self) -> bool:
        return any(o.status is Status.FAILED for o in self.outcomes)

    def summary(self) -> str:
        parts = [f"{self.count(Status.IMPORTED) + self.count(Status.WARNING)} imported"]
        if self.count(Status.WARNING):
            parts[0] += f" ({self.count(Status.WARNING)} with warnings)"
        parts += [f"{self.count(Status.SKIPPED)} skipped", f"{self.count(Status.FAILED)} failed"]
        if self.cancelled:
            parts.append(f"{self.count(Status.CANCELLED)} not imported (cancelled)")
        return ", ".join(parts)

    def as_json(self) -> dict:
        return {"files": [o.as_json() for o in self.outcomes], "manifest_warnings": list(self.manifest_warnings),
                "cancelled": self.cancelled,
                "counts": {s.name.lower(): self.count(s) for s in Status}}
