"""The report of a REFI-QDA import: what was taken, matched, and left out (one line each)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kodeverk.errors import KodeverkError
from kodeverk.messages import QT_TRANSLATE_NOOP, Message
from kodeverk.teamwork.code_match import CodeMatch


class RefiCancelled(KodeverkError):
    """The user cancelled an import or export; nothing was changed or written."""


@dataclass
class RefiImportReport:
    """Exactly what one .qdpx import did. ``left_out`` lists what could not be taken, one line each."""

    file: str
    project: str
    origin: str = ""
    created_project: bool = False
    transcripts_added: list[str] = field(default_factory=list)
    transcripts_matched: list[tuple[str, str]] = field(default_factory=list)  # (name in the file, ours)
    codes: list[CodeMatch] = field(default_factory=list)
    coders_added: list[str] = field(default_factory=list)
    informants_added: list[str] = field(default_factory=list)
    phases_added: list[str] = field(default_factory=list)
    groups_added: list[str] = field(default_factory=list)
    codings_added: Counter[str] = field(default_factory=Counter)
    codings_duplicate: int = 0
    memos_added: int = 0
    memos_duplicate: int = 0
    remapped: list[str] = field(default_factory=list)  # transcripts whose positions were remapped
    left_out: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """True when nothing was left out (warnings do not count)."""
        return not self.left_out

    @property
    def codes_adopted(self) -> list[CodeMatch]:
        return [c for c in self.codes if c.how == "adopted"]

    def as_json(self) -> dict:
        return {
            "file": self.file, "project": self.project, "origin": self.origin,
            "created_project": self.created_project, "complete": self.complete,
            "transcripts": {"added": list(self.transcripts_added),
                            "matched": [{"file": a, "project": b} for a, b in self.transcripts_matched],
                            "positions_remapped": list(self.remapped)},
            "codes": {"matched": [c.as_json() for c in self.codes if c.how != "adopted"],
                      "added": [c.as_json() for c in self.codes_adopted]},
            "coders_added": list(self.coders_added),
            "informants_added": list(self.informants_added),
            "phases_added": list(self.phases_added),
            "groups_added": list(self.groups_added),
            "codings": {"added": sum(self.codings_added.values()), "added_by_coder": dict(self.codings_added),
                        "duplicates_skipped": self.codings_duplicate},
            "memos": {"added": self.memos_added, "duplicates_skipped": self.memos_duplicate},
            "left_out": list(self.left_out),
            "warnings": list(self.warnings),
        }

    def entries(self) -> list[ReportLine]:
        """The report in words, one fact per line, each a translatable message (see :class:`ReportLine`)."""
        out = [ReportLine(TITLE, self._title())]
        out.append(ReportLine(FACT, Message(QT_TRANSLATE_NOOP("CoreMessages", "transcripts added: {count}"),
                                            count=len(self.transcripts_added))))
        out += [ReportLine(NAME, name) for name in self.transcripts_added]
        for theirs, ours in self.transcripts_matched:
            out.append(ReportLine(FACT, Message(QT_TRANSLATE_NOOP("CoreMessages", "transcript {theirs!r} is already in the project as {ours!r} (same text)"),
                                                theirs=theirs, ours=ours)))
        for name in self.remapped:
            out.append(ReportLine(FACT, Message(QT_TRANSLATE_NOOP("CoreMessages", "positions in {name!r} remapped to the normalised text"),
                                                name=name)))
        adopted = len(self.codes_adopted)
        out.append(ReportLine(FACT, Message(QT_TRANSLATE_NOOP("CoreMessages", "codes: {matched} matched, {added} added"),
                                            matched=len(self.codes) - adopted, added=adopted)))
        for code in self.codes:
            if code.renamed:
                out.append(ReportLine(FACT, Message(QT_TRANSLATE_NOOP("CoreMessages", "code {theirs!r} matched by GUID to {ours!r}"),
                                                    theirs=code.other_path, ours=code.path)))
        for template, names in (
                (QT_TRANSLATE_NOOP("CoreMessages", "coder added: {name}"), self.coders_added),
                (QT_TRANSLATE_NOOP("CoreMessages", "informant added: {name}"), self.informants_added),
                (QT_TRANSLATE_NOOP("CoreMessages", "phase added: {name}"), self.phases_added),
                (QT_TRANSLATE_NOOP("CoreMessages", "group added: {name}"), self.groups_added)):
            out += [ReportLine(FACT, Message(template, name=name)) for name in names]
        by_coder = (", ".join(f"{k} {v}" for k, v in sorted(self.codings_added.items()))
                    or Message(QT_TRANSLATE_NOOP("CoreMessages", "none")))
        out.append(ReportLine(FACT, Message(QT_TRANSLATE_NOOP("CoreMessages", "codings added: {count} ({by_coder}); duplicates skipped: {duplicates}"),
                                            count=sum(self.codings_added.values()), by_coder=by_coder,
                                            duplicates=self.codings_duplicate)))
        out.append(ReportLine(FACT, Message(QT_TRANSLATE_NOOP("CoreMessages", "memos added: {count}; duplicates skipped: {duplicates}"),
                                            count=self.memos_added, duplicates=self.memos_duplicate)))
        out += [ReportLine(WARNING, line) for line in self.warnings]
        out += [ReportLine(LEFT_OUT, line) for line in self.left_out]
        return out

    def _title(self) -> Message:
        if self.created_project and self.origin:
            return Message(QT_TRANSLATE_NOOP("CoreMessages", "import of {file} into new project {project} (from {origin})"),
                           file=self.file, project=self.project, origin=self.origin)
        if self.created_project:
            return Message(QT_TRANSLATE_NOOP("CoreMessages", "import of {file} into new project {project}"),
                           file=self.file, project=self.project)
        if self.origin:
            return Message(QT_TRANSLATE_NOOP("CoreMessages", "import of {file} into {project} (from {origin})"),
                           file=self.file, project=self.project, origin=self.origin)
        return Message(QT_TRANSLATE_NOOP("CoreMessages", "import of {file} into {project}"),
                       file=self.file, project=self.project)

    def lines(self) -> list[str]:
        """The report in English words, one fact per line, as the command line prints it."""
        return [_PREFIX[entry.kind] + entry.message for entry in self.entries()]


# What a line of the report is: the title, a fact (a count, a match, something added), the name of an
# added transcript (under its count), a warning, or something left out.
TITLE, FACT, NAME, WARNING, LEFT_OUT = "title", "fact", "name", "warning", "left out"
_PREFIX = {TITLE: "", FACT: "  ", NAME: "    ", WARNING: "  warning: ", LEFT_OUT: "  LEFT OUT: "}


@dataclass(frozen=True)
class ReportLine:
    """One line of an import report: its ``kind`` (TITLE, FACT, NAME, WARNING, LEFT_OUT) and its ``message``.

    A NAME is a transcript's name, shown as it is; every other line is a :class:`~kodeverk.messages.Message`
    (or, from an older caller, plain English).
    """

    kind: str
    message: str
