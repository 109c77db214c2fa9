"""Team work in the app: coder copies, merging them back, comparing coders, the agreement report.

Menus: File → "Make a coder copy…" and "Merge coder copies…"; File → Export
→ "Agreement report…"; Analysis → "Compare coders…". The comparison opens
the drill-down of a transcript's disagreements (:mod:`ui.drilldown_view`).
"""

from __future__ import annotations

from typing import Any


from kodeverk.errors import KodeverkError
from ui.compare_view import CompareDialog
from ui.copy_dialog import CoderCopyDialog
from ui.drilldown_view import DrilldownDialog
from ui.features import ANALYSIS, FILE_EXPORT, FILE_TEAM, Feature
from ui.merge_dialog import MergeDialog
from ui.error_text import describe


class TeamworkFeature(Feature):
    """Coder copies, merge, comparison and drill-down, agreement report."""

    order = 50

    def __init__(self, window: Any):
        super().__init__(window)
        self.copy_action = self.add_action(FILE_TEAM, self.make_copy)
        self.merge_action = self.add_action(FILE_TEAM, self.merge)
        self.report_action = self.add_action(FILE_EXPORT, self.export_report)
        self.compare_action = self.add_action(ANALYSIS, self.compare)
        self.compare_dialog: CompareDialog | None = None
        self.drilldown: DrilldownDialog | None = None

    def retranslate_ui(self) -> None:
        self.copy_action.setText(self.tr("&Make a coder copy…"))
        self.merge_action.setText(self.tr("Mer&ge coder copies…"))
        self.report_action.setText(self.tr("&Agreement report…"))
        self.compare_action.setText(self.tr("&Compare coders…"))

    def detach(self) -> None:
        for dialog in (self.dialog, self.compare_dialog, self.drilldown):
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
        self.dialog = self.compare_dialog = self.drilldown = None
        super().detach()

    def make_copy(self) -> CoderCopyDialog | None:
        if self.pv is None:
            return None
        return self.show_dialog(CoderCopyDialog(self.pv.ws, self.window))

    def merge(self) -> MergeDialog | None:
        if self.pv is None:
            return None
        return self.show_dialog(MergeDialog(self.pv.ws, self.window))

    def compare(self) -> CompareDialog | None:
        if self.pv is None:
            return None
        if self.compare_dialog is None:
            self.compare_dialog = CompareDialog(self.pv.ws, self.window)
            self.compare_dialog.drill_down.connect(self.open_drilldown)
        self.compare_dialog.show()
        self.compare_dialog.raise_()
        return self.compare_dialog

    def export_report(self) -> CompareDialog | None:
        """The report is written from a comparison: open it, and ask for the file once computed."""
        dialog = self.compare()
        if dialog is not None and dialog.result is not None:
            dialog.export_report()
        elif dialog is not None:
            dialog.ask_to_compute_first()
        return dialog

    def open_drilldown(self, transcript: str, coder_a: str, coder_b: str, codes: list[str]) -> DrilldownDialog | None:
        if self.pv is None or self.compare_dialog is None or self.compare_dialog.result is None:
            return None
        names = [name for _tid, name, _length in self.compare_dialog.result.transcripts]
        if self.drilldown is not None:
            self.drilldown.close()
            self.drilldown.deleteLater()
        try:
            self.drilldown = DrilldownDialog(self.pv.ws, names, coder_a, coder_b, codes, self.window)
        except KodeverkError as exc:
            self.pv.ws.error.emit(describe(exc))
            return None
        self.drilldown.show_transcript(transcript)
        self.drilldown.show()
        return self.drilldown


FEATURE = TeamworkFeature
