"""What a merge did: the report of :func:`kodeverk.teamwork.merge.merge_project`, as data, JSON and lines.

:class:`MergeReport` lists the transcripts matched (by text, or fuzzily and
confirmed), those that need confirmation and those left out, the codes
matched, adopted, mapped or left out, the coders added, the codings added,
skipped as duplicates and left out (by reason), and where each coding of a
transcript whose text differs went (:class:`Reanchored`). The command line
prints :meth:`MergeReport.lines` or :meth:`MergeReport.as_json`; the app
words the same facts itself (``ui/merge_report_text.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kodeverk.revision.anchor import CHANGED, LOST
from kodeverk.teamwork.code_match import CodeMatch


@dataclass(frozen=True)
class TranscriptMatch:
    """A transcript of the other file and what it was matched to (``how``: hash, fuzzy)."""

    other_name: str
    name: str | None
    how: str
    name_score: float = 100.0
    content_score: float = 1.0

    def as_json(self) -> dict:
        return {"other": self.other_name, "project": self.name, "how": self.how,
                "name_score": round(self.name_score, 1), "content_score": round(self.content_score, 3)}


@dataclass(frozen=True)
class Reanchored:
    """A coding of a transcript whose text differs between the files: where it went (``status`` exact,
    changed or lost; ``new_text`` None when lost)."""

    transcript: str
    code: str
    coder: str
    status: str
    old_start: int
    old_end: int
    old_text: str
    new_start: int | None = None
    new_end: int | None = None
    new_text: str | None = None

    def as_json(self) -> dict:
        return {"transcript": self.transcript, "code": self.code, "coder": self.coder, "status": self.status,
                "old": {"start": self.old_start, "end": self.old_end, "text": self.old_text},
                "new": None if self.new_start is None else
                {"start": self.new_start, "end": self.new_end, "text": self.new_text}}


def _short(text: str | None, limit: int = 80) -> str:
    flat = " ".join((text or "").split())
    return repr(flat if len(flat) <= limit else flat[:limit - 1] + "…")


@dataclass(frozen=True)
class MergeReport:
    """Exactly what one merge added, matched and left out."""

    other: str
    transcripts_matched: tuple[TranscriptMatch, ...]
    needs_confirmation: tuple[TranscriptMatch, ...]
    transcripts_left_out: tuple[TranscriptMatch, ...]
    codes: tuple[CodeMatch, ...]
    coders_added: tuple[str, ...]
    codings_added: dict[str, int] = field(default_factory=dict)
    codings_duplicate: int = 0
    codings_left_out: dict[str, int] = field(default_factory=dict)
    unrelated: bool = False
    """No transcript matched: nothing was changed (codes not adopted, coders not added)."""
    reanchored: tuple[Reanchored, ...] = ()
    """Every coding of an accepted transcript whose text differs, and where it went."""

    @property
    def codes_adopted(self) -> tuple[CodeMatch, ...]:
        return tuple(c for c in self.codes if c.how == "adopted")

    @property
    def added(self) -> int:
        return sum(self.codings_added.values())

    @property
    def left_out(self) -> int:
        return sum(self.codings_left_out.values())

    @property
    def complete(self) -> bool:
        """True when nothing was left out (needs confirmation counts as left out)."""
        return not (self.needs_confirmation or self.transcripts_left_out or self.codings_left_out)

    def as_json(self) -> dict:
        return {
            "other": self.other, "complete": self.complete, "unrelated": self.unrelated,
            "transcripts": {"matched": [t.as_json() for t in self.transcripts_matched],
                            "needs_confirmation": [t.as_json() for t in self.needs_confirmation],
                            "left_out": [t.as_json() for t in self.transcripts_left_out]},
            "codes": {"matched": [c.as_json() for c in self.codes if c.how not in ("adopted", "left out")],
                      "adopted": [c.as_json() for c in self.codes_adopted],
                      "left_out": [c.as_json() for c in self.codes if c.how == "left out"]},
            "coders_added": list(self.coders_added),
            "codings": {"added": self.added, "added_by_coder": dict(self.codings_added),
                        "duplicates_skipped": self.codings_duplicate, "left_out": self.left_out,
                        "left_out_by_reason": dict(self.codings_left_out)},
            "reanchored": [r.as_json() for r in self.reanchored],
        }

    def lines(self) -> list[str]:
        """The report in words, one fact per line."""
        out = [f"merge of {self.other}:"]
        if self.unrelated:
            out.append("  NOTHING MATCHED: no transcript of this file is in the project (another study?); "
                       "nothing was changed")
        out.append(f"  transcripts matched: {len(self.transcripts_matched)}"
                   + "".join(f"\n    {t.other_name} -> {t.name} (by {t.how})"
                             for t in self.transcripts_matched if t.how != "hash" or t.other_name != t.name))
        for t in self.needs_confirmation:
            out.append(f"  NEEDS CONFIRMATION: {t.other_name!r} looks like {t.name!r} (name {t.name_score:.0f}, "
                       f"content {t.content_score:.0%}); its codings were left out (use --accept-fuzzy)")
        for t in self.transcripts_left_out:
            out.append(f"  LEFT OUT transcript {t.other_name!r}: {t.how}")
        for c in self.codes:
            if c.renamed:
                out.append(f"  code {c.other_path!r} matched by UUID to {c.path!r}")
            elif c.how == "adopted":
                hint = f" (similar: {', '.join(c.suggestions)})" if c.suggestions else ""
                out.append(f"  code adopted: {c.path!r}{hint}")
            elif c.how == "mapped":
                out.append(f"  code {c.other_path!r} merged into {c.path!r} (as chosen)")
            elif c.how == "left out":
                out.append(f"  LEFT OUT code {c.other_path!r} (as chosen)")
        for name in self.coders_added:
            out.append(f"  coder added: {name}")
        by_coder = ", ".join(f"{k} {v}" for k, v in sorted(self.codings_added.items())) or "none"
        out.append(f"  codings added: {self.added} ({by_coder}); duplicates skipped: {self.codings_duplicate}")
        for reason, count in sorted(self.codings_left_out.items()):
            out.append(f"  LEFT OUT {count} coding(s): {reason}")
        exact = sum(1 for r in self.reanchored if r.status not in (CHANGED, LOST))
        if exact:
            out.append(f"  {exact} coding(s) of changed transcripts found their passage unchanged")
        for r in self.reanchored:
            if r.status == CHANGED:
                out.append(f"  coding moved with changes in {r.transcript!r}, {r.code} ({r.coder}): "
                           f"{_short(r.old_text)} -> {_short(r.new_text)}")
            elif r.status == LOST:
                out.append(f"  LEFT OUT coding in {r.transcript!r}, {r.code} ({r.coder}): its passage is gone: "
                           f"{_short(r.old_text)}")
        return out
