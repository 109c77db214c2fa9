"""A merge report in the UI language, built from the structured :class:`~kodeverk.teamwork.merge.MergeReport`.

The core's :meth:`MergeReport.lines` are English (the command line prints
them); the app formats the same facts itself through ``tr()``: what was
matched, added and left out (with the reason in words), and every coding of a
changed transcript — passage unchanged, moved with changes (old and new
passage), or left out because its passage is gone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from kodeverk.revision.anchor import CHANGED, LOST
from kodeverk.teamwork.merge import PASSAGE_GONE, MergeReport, Reanchored, TranscriptMatch


def short(text: str | None, limit: int = 80) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


class MergeReportText(QObject):
    """Translated lines for one merge report (for the merge dialog's preview tree and result page)."""

    def reason(self, reason: str) -> str:
        """Why codings were left out, in words (an unknown reason is shown as the core gave it)."""
        known = {
            "transcript not merged": self.tr("its transcript was not merged"),
            "code not adopted": self.tr("its code was left out"),
            PASSAGE_GONE: self.tr("its passage is no longer in the changed text"),
            "span beyond the end of the text": self.tr("it reaches beyond the end of the text"),
        }
        return known.get(reason, reason)

    def how(self, match: TranscriptMatch) -> str:
        """How a transcript was matched, or why it was left out."""
        known = {
            "hash": self.tr("same text"),
            "fuzzy": self.tr("similar name and content"),
            "text differs": self.tr("same name, the text differs"),
            "fuzzy, accepted": self.tr("similar name and content, accepted"),
            "text differs, accepted": self.tr("same name, the text differs, accepted"),
            "not in the project (import it first)": self.tr("not in the project (import it first)"),
        }
        return known.get(match.how, match.how)

    def unchanged(self, report: MergeReport) -> int:
        """Codings of changed transcripts that found their passage unchanged."""
        return sum(1 for r in report.reanchored if r.status not in (CHANGED, LOST))

    def unchanged_line(self, count: int) -> str:
        return self.tr("Codings of changed transcripts whose passage is unchanged: %1").replace("%1", str(count))

    def reanchored_head(self, entry: Reanchored) -> str:
        """Which coding of a changed transcript moved with changes or was left out, without its passage."""
        if entry.status == CHANGED:
            return (self.tr("Moved with changes: “%1”, %2 (%3)").replace("%1", entry.transcript)
                    .replace("%2", entry.code).replace("%3", entry.coder))
        return (self.tr("LEFT OUT, its passage is gone: “%1”, %2 (%3)").replace("%1", entry.transcript)
                .replace("%2", entry.code).replace("%3", entry.coder))

    def before(self, entry: Reanchored, limit: int = 200) -> str:
        return self.tr("Before: “%1”").replace("%1", short(entry.old_text, limit))

    def after(self, entry: Reanchored, limit: int = 200) -> str:
        return self.tr("After: “%1”").replace("%1", short(entry.new_text, limit))

    def reanchored(self, entry: Reanchored) -> str:
        """One coding of a changed transcript that moved with changes or was left out (one line)."""
        if entry.status == CHANGED:
            return (self.tr("Moved with changes in “%1”, %2 (%3): “%4” → “%5”")
                    .replace("%1", entry.transcript).replace("%2", entry.code).replace("%3", entry.coder)
                    .replace("%4", short(entry.old_text)).replace("%5", short(entry.new_text)))
        return (self.tr("LEFT OUT in “%1”, %2 (%3): its passage is gone: “%4”")
                .replace("%1", entry.transcript).replace("%2", entry.code).replace("%3", entry.coder)
                .replace("%4", short(entry.old_text)))

    def by_coder(self, report: MergeReport) -> str:
        return ", ".join(f"{k} {v}" for k, v in sorted(report.codings_added.items())) or self.tr("none")

    def lines(self, report: MergeReport) -> list[str]:
        """The whole report, one fact per line (as :meth:`MergeReport.lines`, in the UI language)."""
        out = [self.tr("Merge of %1:").replace("%1", report.other)]
        if report.unrelated:
            out.append("  " + self.tr("NOTHING MATCHED: no transcript of this file is in the project "
                                      "(another study?); nothing was changed"))
        out.append("  " + self.tr("Transcripts matched: %1").replace("%1", str(len(report.transcripts_matched))))
        for t in report.transcripts_matched:
            if t.how != "hash" or t.other_name != t.name:
                out.append("    " + self.tr("“%1” → “%2” (%3)").replace("%1", t.other_name)
                           .replace("%2", t.name or "").replace("%3", self.how(t)))
        for t in report.needs_confirmation:
            out.append("  " + self.tr("NEEDS CONFIRMATION: “%1” looks like “%2” (name %3, content %4 %); "
                                      "its codings were left out").replace("%1", t.other_name)
                       .replace("%2", t.name or "").replace("%3", f"{t.name_score:.0f}")
                       .replace("%4", f"{t.content_score * 100:.0f}"))
        for t in report.transcripts_left_out:
            out.append("  " + self.tr("LEFT OUT transcript “%1”: %2").replace("%1", t.other_name)
                       .replace("%2", self.how(t)))
        for c in report.codes:
            if c.renamed:
                out.append("  " + self.tr("Code “%1” is “%2” here (renamed): matched").replace("%1", c.other_path)
                           .replace("%2", c.path))
            elif c.how == "adopted":
                line = self.tr("Code adopted: “%1”").replace("%1", c.path)
                if c.suggestions:
                    line += " " + self.tr("(similar: %1)").replace("%1", ", ".join(c.suggestions))
                out.append("  " + line)
            elif c.how == "mapped":
                out.append("  " + self.tr("Code “%1” merged into “%2” (as chosen)").replace("%1", c.other_path)
                           .replace("%2", c.path))
            elif c.how == "left out":
                out.append("  " + self.tr("LEFT OUT code “%1” (as chosen)").replace("%1", c.other_path))
        for name in report.coders_added:
            out.append("  " + self.tr("New coder: %1").replace("%1", name))
        out.append("  " + self.tr("Codings added: %1 (%2); duplicates skipped: %3").replace("%1", str(report.added))
                   .replace("%2", self.by_coder(report)).replace("%3", str(report.codings_duplicate)))
        for reason, count in sorted(report.codings_left_out.items()):
            out.append("  " + self.tr("LEFT OUT %n coding(s): %1", "", count).replace("%1", self.reason(reason)))
        unchanged = self.unchanged(report)
        if unchanged:
            out.append("  " + self.unchanged_line(unchanged))
        out += ["  " + self.reanchored(r) for r in report.reanchored if r.status in (CHANGED, LOST)]
        return out
