"""The merge dialog's review tree: what merging each checked copy would do, and the choices made on it.

:class:`MergePreview` shows the :class:`~kodeverk.teamwork.merge.MergeReport`
of a dry run (:func:`kodeverk.teamwork.merge.preview_merge`) per copy:
transcripts matched, those that need confirmation (tick to accept), those
left out, codes renamed, new codes (adopt, merge into a similar code, or
leave out), coders added, the codings that would be added and, for accepted
transcripts whose text differs, each coding moved with changes or lost. It
keeps the choices (:attr:`accepted`, :attr:`code_choices`) and gives them as
the merge's options (:meth:`options`).

Its texts are the merge dialog's: they keep the ``MergeDialog`` translation
context (``QCoreApplication.translate``), so translators see them together.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTreeView

from kodeverk.revision.anchor import CHANGED, LOST
from kodeverk.teamwork.merge import MergeReport
from ui.merge_report_text import MergeReportText

AcceptRole = Qt.ItemDataRole.UserRole + 1  # (copy path, other transcript name) on a confirmation row


class MergePreview(QTreeView):
    """The review of each copy's dry run, two columns (what would happen, the choice).

    ``items``: the tree's model; ``accepted``: per copy, the names of its transcripts whose fuzzy match
    is confirmed; ``code_choices``: per copy, other code path -> existing path to merge into, or None to
    leave out. ``choices_changed`` is emitted when the user ticks a transcript or chooses for a code.
    """

    choices_changed = Signal()

    def __init__(self, texts: MergeReportText, parent: Any = None):
        super().__init__(parent)
        self.texts = texts
        self.accepted: dict[Path, set[str]] = {}
        self.code_choices: dict[Path, dict[str, str | None]] = {}
        self.spanned: list[QStandardItem] = []
        self._filling = False
        self.items = QStandardItemModel(self)
        self.items.itemChanged.connect(self._item_changed)
        self.setModel(self.items)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def options(self, path: Path) -> dict[str, Any]:
        """The keyword arguments of ``preview_merge`` / ``merge_project`` for the copy at ``path``."""
        return {"accept": sorted(self.accepted.get(path, set())), "code_choices": dict(self.code_choices.get(path, {}))}

    # -- the tree ------------------------------------------------------------------------------

    def fill(self, previews: dict[Path, MergeReport]) -> None:
        """Show ``previews`` (one dry run per copy), in the current language."""
        self._filling = True
        self.items.clear()
        self.spanned = []
        self.items.setHorizontalHeaderLabels([QCoreApplication.translate("MergeDialog", "What the merge would do"),
                                              QCoreApplication.translate("MergeDialog", "Choice")])
        combos: list[tuple[QStandardItem, QComboBox]] = []
        for path, report in previews.items():
            top = QStandardItem(path.name)
            font = top.font()
            font.setBold(True)
            top.setFont(font)
            self.items.appendRow([top, QStandardItem("")])
            self._transcripts(top, path, report)
            combos += self._codes(top, path, report)
            for name in report.coders_added:
                self._child(top, QCoreApplication.translate("MergeDialog", "New coder: %1").replace("%1", name))
            self._child(top, QCoreApplication.translate("MergeDialog", "Codings to add: %1 (%2); already here: %3")
                        .replace("%1", str(report.added)).replace("%2", self.texts.by_coder(report))
                        .replace("%3", str(report.codings_duplicate)))
            for reason, count in sorted(report.codings_left_out.items()):
                self._child(top, QCoreApplication.translate("MergeDialog", "Codings left out: %1 (%2)")
                            .replace("%1", str(count)).replace("%2", self.texts.reason(reason)))
            self._reanchored(top, report)
        self._filling = False
        self.expandAll()
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 320)
        for item, combo in combos:
            self.setIndexWidget(item.index(), combo)
        for item in self.spanned:  # long passages: the rows under these take the whole width
            for row in range(item.rowCount()):
                self.setFirstColumnSpanned(row, item.index(), True)

    def _transcripts(self, top: QStandardItem, path: Path, report: MergeReport) -> None:
        """Transcripts matched by text, those to confirm (checkable), those left out."""
        if report.unrelated:
            self._child(top, QCoreApplication.translate(
                "MergeDialog", "No transcript of this file is in the project (another study?): "
                               "nothing will be merged."))
        self._child(top, QCoreApplication.translate("MergeDialog", "Transcripts matched by their text: %1").replace(
            "%1", str(sum(t.how == "hash" for t in report.transcripts_matched))))
        fuzzy = [t for t in report.transcripts_matched if t.how != "hash"] + list(report.needs_confirmation)
        if fuzzy:
            group = self._child(top, QCoreApplication.translate(
                "MergeDialog", "Matched by similar name and content — confirm each:"))
            for t in fuzzy:
                item = QStandardItem(QCoreApplication.translate(
                    "MergeDialog", "“%1” → “%2” (name %3, content %4 %)").replace("%1", t.other_name)
                    .replace("%2", t.name or "").replace("%3", f"{t.name_score:.0f}")
                    .replace("%4", f"{t.content_score * 100:.0f}"))
                item.setCheckable(True)
                accepted = t.other_name in self.accepted.get(path, set())
                item.setCheckState(Qt.CheckState.Checked if accepted else Qt.CheckState.Unchecked)
                item.setData((str(path), t.other_name), AcceptRole)
                choice = QCoreApplication.translate("MergeDialog", "accept") if accepted else \
                    QCoreApplication.translate("MergeDialog", "leave out")
                group.appendRow([item, QStandardItem(choice)])
        for t in report.transcripts_left_out:
            self._child(top, QCoreApplication.translate("MergeDialog", "Left out: “%1” (%2)")
                        .replace("%1", t.other_name).replace("%2", self.texts.how(t)))

    def _codes(self, top: QStandardItem, path: Path, report: MergeReport) -> list[tuple[QStandardItem, QComboBox]]:
        """Codes renamed, and new codes with a choice each (the combos are placed once the tree is built)."""
        for code in report.codes:
            if code.renamed:
                self._child(top, QCoreApplication.translate(
                    "MergeDialog", "Code “%1” is “%2” here (renamed): matched").replace(
                    "%1", code.other_path).replace("%2", code.path))
        new_codes = [c for c in report.codes if c.how in ("adopted", "mapped", "left out")]
        combos = []
        if new_codes:
            group = self._child(top, QCoreApplication.translate("MergeDialog", "New codes in the copy:"))
            for code in new_codes:
                choice = QStandardItem("")
                group.appendRow([QStandardItem(code.other_path), choice])
                combos.append((choice, self._code_combo(path, code.other_path, code.suggestions)))
        return combos

    def _reanchored(self, top: QStandardItem, report: MergeReport) -> None:
        """The codings of accepted transcripts whose text differs: unchanged, moved with changes, left out."""
        if not report.reanchored:
            return
        group = self._child(top, QCoreApplication.translate("MergeDialog",
                                                            "Codings on transcripts whose text differs:"))
        unchanged = self.texts.unchanged(report)
        if unchanged:
            self._child(group, self.texts.unchanged_line(unchanged))
        for entry in report.reanchored:
            if entry.status in (CHANGED, LOST):
                item = self._child(group, self.texts.reanchored_head(entry))
                tip = [self.texts.before(entry, 1000)]
                self._child(item, self.texts.before(entry))
                if entry.new_text is not None:
                    self._child(item, self.texts.after(entry))
                    tip.append(self.texts.after(entry, 1000))
                for row in range(item.rowCount()):
                    item.child(row).setToolTip("\n".join(tip))
                self.spanned.append(item)
        self.spanned.append(group)

    def _child(self, parent: QStandardItem, text: str) -> QStandardItem:
        item = QStandardItem(text)
        parent.appendRow([item, QStandardItem("")])
        return item

    # -- the choices ---------------------------------------------------------------------------

    def _code_combo(self, path: Path, other_path: str, suggestions: tuple[str, ...]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(QCoreApplication.translate("MergeDialog", "Adopt as a new code"), "")
        for suggestion in suggestions:
            combo.addItem(QCoreApplication.translate("MergeDialog", "Merge into “%1”").replace("%1", suggestion),
                          suggestion)
        combo.addItem(QCoreApplication.translate("MergeDialog", "Leave out (and its codings)"), None)
        current = self.code_choices.get(path, {}).get(other_path, "")
        for i in range(combo.count()):
            if combo.itemData(i) == current:
                combo.setCurrentIndex(i)
        combo.setObjectName(f"code_choice:{other_path}")
        combo.currentIndexChanged.connect(lambda i, c=combo: self.choose_code(path, other_path, c.itemData(i)))
        return combo

    def choose_code(self, path: Path, other_path: str, into: str | None) -> None:
        """What to do with a new code of ``path``: "" adopt, a path to merge into, None leave out."""
        chosen = self.code_choices.setdefault(path, {})
        if into == "":
            chosen.pop(other_path, None)
        else:
            chosen[other_path] = into
        self.choices_changed.emit()

    def accept_transcript(self, path: Path, other_name: str, accept: bool) -> None:
        names = self.accepted.setdefault(path, set())
        if accept:
            names.add(other_name)
        else:
            names.discard(other_name)

    def _item_changed(self, item: QStandardItem) -> None:
        key = item.data(AcceptRole)
        if key and not self._filling:
            self.accept_transcript(Path(key[0]), key[1], item.checkState() == Qt.CheckState.Checked)
            self.choices_changed.emit()
