"""File → Merge coder copies: pick the copies, review what the merge would do, choose, then merge.

"Check" runs :func:`kodeverk.teamwork.merge.preview_merge` on each copy
(nothing is written) and shows its report: transcripts matched, those that
need confirmation (fuzzy name and content; tick to accept), those left out,
codes renamed, new codes (adopt, merge into a similar existing code, or
leave out), coders added and the codings that would be added. "Merge" then
runs :func:`kodeverk.teamwork.merge.merge_project` with those choices, one
copy after another, off the UI thread with progress and Cancel (a cancelled
merge stops before the next copy; each copy is one transaction).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView,
                               QLabel, QListWidget, QPlainTextEdit, QProgressBar, QPushButton, QStackedWidget,
                               QTreeView, QVBoxLayout)

from kodeverk.errors import KodeverkError
from kodeverk.revision.anchor import CHANGED, LOST
from kodeverk.services.coders import list_coders
from kodeverk.teamwork.merge import MergeReport, merge_project, preview_merge
from ui.compare_ops import background
from ui.merge_report_text import MergeReportText
from ui.ops import BackgroundOp

if TYPE_CHECKING:
    from ui.workspace import Workspace

AcceptRole = Qt.ItemDataRole.UserRole + 1  # (copy path, other transcript name) on a confirmation row


class MergeDialog(QDialog):
    """Review and merge coder copies into the open project.

    ``accepted``: per copy, the names of its transcripts whose fuzzy match is confirmed;
    ``code_choices``: per copy, other code path -> existing path to merge into, or None to leave out.
    """

    def __init__(self, ws: Workspace, parent: Any = None):
        super().__init__(parent)
        self.ws = ws
        self.paths: list[Path] = []
        self.previews: dict[Path, MergeReport] = {}
        self.reports: list[MergeReport] = []
        self.accepted: dict[Path, set[str]] = {}
        self.code_choices: dict[Path, dict[str, str | None]] = {}
        self.results: list[MergeReport | str] = []
        self.problems: dict[Path, str] = {}
        self.wanted = 0
        self.op: BackgroundOp | None = None
        self.merged_any = False
        self._filling = False
        self._note: Callable[[], str] = str
        self.texts = MergeReportText(self)
        self.resize(980, 640)
        self.copies = QListWidget(self)
        self.copies.setMaximumHeight(110)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self._ask_paths)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self._remove_selected)
        self.model = QStandardItemModel(self)
        self.model.itemChanged.connect(self._item_changed)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.result_text = QPlainTextEdit(self)
        self.result_text.setReadOnly(True)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.tree)
        self.pages.addWidget(self.result_text)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.check_button = QPushButton(self)
        self.check_button.clicked.connect(self.check)
        self.merge_button = QPushButton(self)
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self.merge)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self._cancel_or_close)
        top = QHBoxLayout()
        top.addWidget(self.copies, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        top.addLayout(buttons)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.check_button)
        bottom.addWidget(self.merge_button)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.note)
        layout.addLayout(bottom)
        self.retranslate_ui()

    # -- language -------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Every text of the dialog in the current language, the report included."""
        self.setWindowTitle(self.tr("Merge coder copies"))
        self.intro.setText(self.tr("Coder copies to merge into this project:"))
        self.add_button.setText(self.tr("Add copies…"))
        self.remove_button.setText(self.tr("Remove"))
        self.check_button.setText(self.tr("Check"))
        self.merge_button.setText(self.tr("Merge"))
        if self.previews:
            self._fill_tree()
        if self.results:
            self._show_results()
        self._refresh()
        self.note.setText(self._note())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _say(self, text: Callable[[], str]) -> None:
        """Show a note, kept as a function so that it can be re-translated."""
        self._note = text
        self.note.setText(text())

    # -- choosing copies -------------------------------------------------------------------

    def _ask_paths(self) -> None:
        folder = str(Path(str(self.ws.project.path)).parent)
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Coder copies"), folder,
                                                      self.tr("Kodeverk projects (*.kodeverk)"))
        self.add_paths([Path(n) for n in names])

    def add_paths(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self.paths:
                self.paths.append(path)
        self.previews.clear()
        self._refresh()

    def _remove_selected(self) -> None:
        row = self.copies.currentRow()
        if 0 <= row < len(self.paths):
            del self.paths[row]
            self.previews.clear()
            self._refresh()

    def _refresh(self) -> None:
        self.copies.clear()
        self.copies.addItems([str(p) for p in self.paths])
        busy = self.op is not None
        self.check_button.setEnabled(bool(self.paths) and not busy)
        self.merge_button.setEnabled(bool(self.paths) and not busy and len(self.previews) == len(self.paths))
        self.add_button.setEnabled(not busy)
        self.remove_button.setEnabled(not busy)
        self.cancel_button.setText(self.tr("Cancel") if busy else self.tr("Close"))
        self.progress.setVisible(busy)
        if not self.paths and not self.results:
            self._say(lambda: self.tr("Add the coder copies (made with File → Make a coder copy)."))
        elif self.paths and len(self.previews) != len(self.paths) and not busy:
            self._say(lambda: self.tr("Press “Check” to see what the merge would add before anything is changed."))

    # -- checking ----------------------------------------------------------------------------

    def _options(self, path: Path) -> dict[str, Any]:
        return {"accept": sorted(self.accepted.get(path, set())), "code_choices": dict(self.code_choices.get(path, {}))}

    def check(self) -> BackgroundOp | None:
        """Preview every copy off the UI thread (nothing is written)."""
        if not self.paths or self.op is not None:
            return None
        project, jobs = self.ws.project, [(p, self._options(p)) for p in self.paths]

        def work(op: BackgroundOp) -> dict[Path, MergeReport | str]:
            found: dict[Path, MergeReport | str] = {}
            for done, (path, options) in enumerate(jobs):
                if op.cancelled:
                    break
                op.report(done, len(jobs), path.name)
                try:
                    found[path] = preview_merge(project, path, **options)
                except KodeverkError as exc:
                    found[path] = str(exc)
            return found

        return self._run(work, self._checked, self.tr("Checking %1…"))

    def _checked(self, found: dict[Path, MergeReport | str]) -> None:
        self.previews = {p: r for p, r in found.items() if isinstance(r, MergeReport)}
        problems = {p: r for p, r in found.items() if isinstance(r, str)}
        for path in problems:
            self.paths.remove(path)
        self.results = []
        self.pages.setCurrentWidget(self.tree)
        self._fill_tree()
        self._refresh()
        checked = bool(self.previews)

        def note() -> str:
            lines = [self.tr("Cannot merge %1: %2").replace("%1", p.name).replace("%2", why)
                     for p, why in problems.items()]
            if checked:
                lines.append(self.tr("Nothing has been changed yet. Tick the transcripts to accept, choose what to "
                                     "do with new codes, then press “Merge”."))
            return "\n".join(lines)

        self._say(note)

    def _fill_tree(self) -> None:
        self._filling = True
        self.model.clear()
        self.spanned: list[QStandardItem] = []
        self.model.setHorizontalHeaderLabels([self.tr("What the merge would do"), self.tr("Choice")])
        combos: list[tuple[QStandardItem, QComboBox]] = []
        for path, report in self.previews.items():
            top = QStandardItem(path.name)
            font = top.font()
            font.setBold(True)
            top.setFont(font)
            self.model.appendRow([top, QStandardItem("")])
            if report.unrelated:
                self._child(top, self.tr("No transcript of this file is in the project (another study?): "
                                         "nothing will be merged."))
            self._child(top, self.tr("Transcripts matched by their text: %1").replace(
                "%1", str(sum(t.how == "hash" for t in report.transcripts_matched))))
            fuzzy = [t for t in report.transcripts_matched if t.how != "hash"] + list(report.needs_confirmation)
            if fuzzy:
                group = self._child(top, self.tr("Matched by similar name and content — confirm each:"))
                for t in fuzzy:
                    item = QStandardItem(self.tr("“%1” → “%2” (name %3, content %4 %)").replace("%1", t.other_name)
                                         .replace("%2", t.name or "").replace("%3", f"{t.name_score:.0f}")
                                         .replace("%4", f"{t.content_score * 100:.0f}"))
                    item.setCheckable(True)
                    accepted = t.other_name in self.accepted.get(path, set())
                    item.setCheckState(Qt.CheckState.Checked if accepted else Qt.CheckState.Unchecked)
                    item.setData((str(path), t.other_name), AcceptRole)
                    group.appendRow([item, QStandardItem(self.tr("accept") if accepted else self.tr("leave out"))])
            for t in report.transcripts_left_out:
                self._child(top, self.tr("Left out: “%1” (%2)").replace("%1", t.other_name)
                            .replace("%2", self.texts.how(t)))
            for code in report.codes:
                if code.renamed:
                    self._child(top, self.tr("Code “%1” is “%2” here (renamed): matched").replace(
                        "%1", code.other_path).replace("%2", code.path))
            new_codes = [c for c in report.codes if c.how in ("adopted", "mapped", "left out")]
            if new_codes:
                group = self._child(top, self.tr("New codes in the copy:"))
                for code in new_codes:
                    item = QStandardItem(code.other_path)
                    choice = QStandardItem("")
                    group.appendRow([item, choice])
                    combos.append((choice, self._code_combo(path, code.other_path, code.suggestions)))
            for name in report.coders_added:
                self._child(top, self.tr("New coder: %1").replace("%1", name))
            self._child(top, self.tr("Codings to add: %1 (%2); already here: %3").replace("%1", str(report.added))
                        .replace("%2", self.texts.by_coder(report)).replace("%3", str(report.codings_duplicate)))
            for reason, count in sorted(report.codings_left_out.items()):
                self._child(top, self.tr("Codings left out: %1 (%2)").replace("%1", str(count))
                            .replace("%2", self.texts.reason(reason)))
            self._reanchored(top, report)
        self._filling = False
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 320)
        for item, combo in combos:
            self.tree.setIndexWidget(item.index(), combo)
        for item in self.spanned:  # long passages: the rows under these take the whole width
            for row in range(item.rowCount()):
                self.tree.setFirstColumnSpanned(row, item.index(), True)

    def _reanchored(self, top: QStandardItem, report: MergeReport) -> None:
        """The codings of accepted transcripts whose text differs: unchanged, moved with changes, left out."""
        if not report.reanchored:
            return
        group = self._child(top, self.tr("Codings on transcripts whose text differs:"))
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

    def _code_combo(self, path: Path, other_path: str, suggestions: tuple[str, ...]) -> QComboBox:
        combo = QComboBox(self.tree)
        combo.addItem(self.tr("Adopt as a new code"), "")
        for suggestion in suggestions:
            combo.addItem(self.tr("Merge into “%1”").replace("%1", suggestion), suggestion)
        combo.addItem(self.tr("Leave out (and its codings)"), None)
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
        self._say(lambda: self.tr("Choices changed: press “Check” again to see the effect, or “Merge”."))

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
            self._say(lambda: self.tr("Choices changed: press “Check” again to see the effect, or “Merge”."))

    # -- merging -----------------------------------------------------------------------------

    def merge(self) -> BackgroundOp | None:
        """Merge every checked copy with the choices made, off the UI thread."""
        if not self.previews or self.op is not None:
            return None
        project, jobs = self.ws.project, [(p, self._options(p)) for p in self.paths]

        def work(op: BackgroundOp) -> list[MergeReport | str]:
            out: list[MergeReport | str] = []
            for done, (path, options) in enumerate(jobs):
                if op.cancelled:
                    break
                op.report(done, len(jobs), path.name)
                try:
                    out.append(merge_project(project, path, **options))
                except KodeverkError as exc:
                    out.append(f"{path}: {exc}")
            return out

        return self._run(work, self._merged, self.tr("Merging %1…"))

    def _merged(self, results: list[MergeReport | str]) -> None:
        self.reports = [r for r in results if isinstance(r, MergeReport)]
        self.merged_any = self.merged_any or any(r.added or r.codes_adopted or r.coders_added for r in self.reports)
        self.results, self.wanted = list(results), len(self.paths)
        self._show_results()
        complete = all(isinstance(r, MergeReport) and r.complete for r in results) and len(results) == len(self.paths)
        self._say(lambda: self.tr("Merged: everything was added.") if complete else
                  self.tr("Merged, with something left out: see the report (LEFT OUT lines)."))
        self.paths, self.previews = [], {}
        self._refresh()
        if self.merged_any:
            self.ws.coders = list_coders(self.ws.project)
            self.ws.coders_changed.emit()
            self.ws.reload()

    def _show_results(self) -> None:
        """The merge reports, formatted in the UI language (not the core's English lines)."""
        lines: list[str] = []
        for result in self.results:
            lines += self.texts.lines(result) if isinstance(result, MergeReport) else [result]
            lines.append("")
        if len(self.results) < self.wanted:
            lines.append(self.tr("Cancelled: %1 of %2 copies were merged.").replace("%1", str(len(self.results)))
                         .replace("%2", str(self.wanted)))
        self.result_text.setPlainText("\n".join(lines))
        self.pages.setCurrentWidget(self.result_text)

    # -- running ------------------------------------------------------------------------------

    def _run(self, work: Any, on_done: Any, label: str) -> BackgroundOp:
        def finished(value: Any) -> None:
            self.op = None
            on_done(value)

        def failed(error: BaseException) -> None:
            self.op = None
            self._refresh()
            self._say(lambda: self.tr("Failed: %1").replace("%1", str(error)))

        def progressed(done: int, total: int, text: str) -> None:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setFormat(label.replace("%1", text))

        self.progress.setRange(0, 0)
        self.op = background(self, work, finished, failed, progressed)
        self._refresh()
        return self.op

    def _cancel_or_close(self) -> None:
        if self.op is not None:
            self.op.cancel()
            self._say(lambda: self.tr("Cancelling after the current copy…"))
        else:
            self.close()
