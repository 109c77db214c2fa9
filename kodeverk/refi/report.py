"""The report of a REFI-QDA import: what was taken, matched, and left out (one line each)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kodeverk.errors import KodeverkError
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

    def lines(self) -> list[str]:
        """The report in words, one fact per line."""
        made = "new project " if self.created_project else ""
        out = [f"import of {self.file} into {made}{self.project}" + (f" (from {self.origin})" if self.origin else "")]
        out.append(f"  transcripts added: {len(self.transcripts_added)}")
        out += [f"    {name}" for name in self.transcripts_added]
        for theirs, ours in self.transcripts_matched:
            out.append(f"  transcript {theirs!r} is already in the project as {ours!r} (same text)")
        for name in self.remapped:
            out.append(f"  positions in {name!r} remapped to the normalised text")
        adopted = self.codes_adopted
        out.append(f"  codes: {len(self.codes) - len(adopted)} matched, {len(adopted)} added")
        for code in self.codes:
            if code.renamed:
                out.append(f"  code {code.other_path!r} matched by GUID to {code.path!r}")
        for label, names in (("coder", self.coders_added), ("informant", self.informants_added),
                             ("phase", self.phases_added), ("group", self.groups_added)):
            out += [f"  {label} added: {name}" for name in names]
        by_coder = ", ".join(f"{k} {v}" for k, v in sorted(self.codings_added.items())) or "none"
        out.append(f"  codings added: {sum(self.codings_added.values())} ({by_coder}); "
                   f"duplicates skipped: {self.codings_duplicate}")
        out.append(f"  memos added: {self.memos_added}; duplicates skipped: {self.memos_duplicate}")
        out += [f"  warning: {w}" for w in self.warnings]
        out += [f"  LEFT OUT: {line}" for line in self.left_out]
        return out
