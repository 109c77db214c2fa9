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
from PySide6.QtWidgets import (QDialog, QFileDialog, QHBoxLayout, QLabel, QListWidget, QPlainTextEdit, QProgressBar,
                               QPushButton, QStackedWidget, QVBoxLayout)

from kodeverk.errors import KodeverkError
from kodeverk.services.coders import list_coders
from kodeverk.teamwork.merge import MergeReport, merge_project, preview_merge
from ui.compare_ops import background
from ui.dialog_sizes import remember_geometry
from ui.error_text import describe
from ui.merge_preview import MergePreview
from ui.merge_report_text import MergeReportText
from ui.ops import BackgroundOp

if TYPE_CHECKING:
    from ui.workspace import Workspace


class MergeDialog(QDialog):
    """Review and merge coder copies into the open project.

    ``tree`` (:class:`~ui.merge_preview.MergePreview`) shows each copy's dry run and keeps the choices
    made on it; ``previews``: the dry runs shown; ``results``: what the merge did, per copy.
    """

    def __init__(self, ws: Workspace, parent: Any = None):
        super().__init__(parent)
        self.ws = ws
        self.paths: list[Path] = []
        self.previews: dict[Path, MergeReport] = {}
        self.reports: list[MergeReport] = []
        self.results: list[MergeReport | str] = []
        self.problems: dict[Path, str] = {}
        self.wanted = 0
        self.op: BackgroundOp | None = None
        self.merged_any = False
        self._note: Callable[[], str] = str
        self.texts = MergeReportText(self)
        self.resize(980, 640)
        self.copies = QListWidget(self)
        self.copies.setMaximumHeight(110)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self._ask_paths)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self._remove_selected)
        self.tree = MergePreview(self.texts, self)
        self.tree.choices_changed.connect(self._choices_changed)
        self.model = self.tree.items
        self.result_text = QPlainTextEdit(self)
        self.result_text.setReadOnly(True)
        self.hint = QLabel(self)  # what to do first, where the review will show
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setMargin(24)
        self.hint.setEnabled(False)  # greyed: a hint, not content
        self.hint.setFrameShape(QLabel.Shape.StyledPanel)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.hint)
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
        bottom.addStretch(1)  # the buttons keep their size, at the right
        bottom.addWidget(self.check_button)
        bottom.addWidget(self.merge_button)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.progress)  # the whole width while checking or merging
        layout.addLayout(bottom)
        self.retranslate_ui()
        remember_geometry(self, ws.settings, "merge")

    # -- language -------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Every text of the dialog in the current language, the report included."""
        self.setWindowTitle(self.tr("Merge coder copies"))
        self.intro.setText(self.tr("Coder copies to merge into this project:"))
        self.add_button.setText(self.tr("Add copies…"))
        self.remove_button.setText(self.tr("Remove"))
        self.check_button.setText(self.tr("Check"))
        self.merge_button.setText(self.tr("Merge"))
        self.hint.setText(self.tr("1. Press “Add copies…” and choose the coder copies (made with File → Make a "
                                  "coder copy).\n2. Press “Check”: what the merge would add shows here, and "
                                  "nothing is changed yet.\n3. Make your choices, then press “Merge”."))
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
        if not self.previews and not self.results:
            self.pages.setCurrentWidget(self.hint)
        if not self.paths and not self.results:
            self._say(lambda: self.tr("Add the coder copies (made with File → Make a coder copy)."))
        elif self.paths and len(self.previews) != len(self.paths) and not busy:
            self._say(lambda: self.tr("Press “Check” to see what the merge would add before anything is changed."))

    # -- checking ----------------------------------------------------------------------------

    def check(self) -> BackgroundOp | None:
        """Preview every copy off the UI thread (nothing is written)."""
        if not self.paths or self.op is not None:
            return None
        project, jobs = self.ws.project, [(p, self.tree.options(p)) for p in self.paths]

        def work(op: BackgroundOp) -> dict[Path, MergeReport | str]:
            found: dict[Path, MergeReport | str] = {}
            for done, (path, options) in enumerate(jobs):
                if op.cancelled:
                    break
                op.report(done, len(jobs), path.name)
                try:
                    found[path] = preview_merge(project, path, **options)
                except KodeverkError as exc:
                    found[path] = describe(exc)
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
        self.tree.fill(self.previews)

    def _choices_changed(self) -> None:
        self._say(lambda: self.tr("Choices changed: press “Check” again to see the effect, or “Merge”."))

    # -- merging -----------------------------------------------------------------------------

    def merge(self) -> BackgroundOp | None:
        """Merge every checked copy with the choices made, off the UI thread."""
        if not self.previews or self.op is not None:
            return None
        project, jobs = self.ws.project, [(p, self.tree.options(p)) for p in self.paths]

        def work(op: BackgroundOp) -> list[MergeReport | str]:
            out: list[MergeReport | str] = []
            for done, (path, options) in enumerate(jobs):
                if op.cancelled:
                    break
                op.report(done, len(jobs), path.name)
                try:
                    out.append(merge_project(project, path, **options))
                except KodeverkError as exc:
                    out.append(f"{path}: {describe(exc)}")
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
            self._say(lambda: self.tr("Failed: %1").replace("%1", describe(error)))

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
