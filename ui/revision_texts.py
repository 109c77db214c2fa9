"""The user's words for the core's revision and erasure results: every line built here, translatable.

The core returns structured data (:class:`kodeverk.services.erase.ErasePlan`,
:class:`kodeverk.revision.service.RevisionReport`) and keeps its English
``lines()`` for the command line; the app formats the same data through
:class:`RevisionTexts` (``tr()``, so that lupdate sees plurals as such).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from kodeverk.revision.service import LOST_CLASH, LOST_GONE
from kodeverk.services.erase import ErasePlan, EraseResult


class RevisionTexts(QObject):
    """Builds the lines; a QObject so that ``tr`` has the context "RevisionTexts"."""

    def lost_reason(self, reason: str) -> str:
        """Why a coding was lost, in the user's language (an unknown reason is shown as the core gave it)."""
        if reason == LOST_GONE:
            return self.tr("its passage is no longer in the text")
        if reason == LOST_CLASH:
            return self.tr("it would land on the same span as another coding of this code and coder")
        return reason

    def erase_plan_lines(self, plan: ErasePlan) -> list[str]:
        """Exactly what erasing the informant removes, one thing a line."""
        head = self.tr("Informant %1").replace("%1", plan.pseudonym)
        if plan.real_name:
            head += f" ({plan.real_name})"
        head += "".join(f", {part}" for part in (plan.ministry, plan.role) if part)
        out = [head]
        for key, value in plan.attributes:
            out.append("  " + self.tr("attribute %1: %2").replace("%1", key).replace("%2", value))
        for name, characters, codings in plan.transcripts:
            out.append("  " + self.tr("transcript “%1”: %2 characters, %n coding(s)", "", codings)
                       .replace("%1", name).replace("%2", str(characters)))
        if plan.lost_codings:
            out.append("  " + self.tr("%n lost coding(s) on the review list", "", plan.lost_codings))
        for memo_id, title in plan.memos:
            out.append("  " + self.tr("memo #%1: %2").replace("%1", str(memo_id)).replace("%2", title))
        for name in plan.names:
            out.append("  " + self.tr("name on the name list: %1").replace("%1", name))
        for name, where in plan.names_kept:
            out.append("  " + self.tr("note: “%1” still occurs in “%2”; it stays on the name list so that "
                                      "exports keep masking it").replace("%1", name).replace("%2", where))
        return out

    def erase_result_lines(self, result: EraseResult) -> list[str]:
        """What was erased, the compaction, the scan of the file, and the backups that still hold the data."""
        out = [self.tr("Erased:")] + self.erase_plan_lines(result.plan)
        compacted = self.tr("The project file was compacted (VACUUM).")
        if result.compact_problem:
            compacted += " " + self.tr("Problem: %1").replace("%1", result.compact_problem)
        out.append(compacted)
        files = ", ".join(Path(name).name for name in result.scanned)
        if result.clean:
            out.append(self.tr("Scan of %1: none of the erased text is left.").replace("%1", files))
        else:
            hits = len(result.hits)
            out.append(self.tr("Scan of %1: %n piece(s) of erased text are still there:", "", hits)
                       .replace("%1", files))
            out += [f"  {Path(hit.file).name}: {hit.probe!r}" for hit in result.hits[:10]]
        if result.backups:
            out.append(self.tr("These backups still hold the informant's data:"))
            out += [f"  {path.name}" for path in result.backups]
        return out


def lost_reason(reason: str) -> str:
    """Why a coding was lost, in the user's language (an unknown reason is shown as the core gave it)."""
    return RevisionTexts().lost_reason(reason)


def erase_plan_lines(plan: ErasePlan) -> list[str]:
    """Exactly what erasing the informant removes, one thing a line."""
    return RevisionTexts().erase_plan_lines(plan)


def erase_result_lines(result: EraseResult) -> list[str]:
    """What was erased, the compaction, the scan of the file, and the backups that still hold the data."""
    return RevisionTexts().erase_result_lines(result)
