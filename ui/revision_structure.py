"""The "Structure by guide" dialog: choose a guide, see the matches with scores, apply them (undoable)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QPushButton, QTableView, QTabWidget, QVBoxLayout)

from kodeverk.errors import KodeverkError
from kodeverk.guides.service import StructureReport, add_template, import_guide, list_guides, plan_structure
from kodeverk.guides.templates import templates
from ui.ops import BackgroundOp
from ui.revision_models import MatchesModel, UnmatchedModel
from ui.error_text import describe

_TEMPLATE = "template:"


class StructureDialog(QDialog):
    """Guide (project guides and shipped templates), scope (all transcripts or the open one), review, apply."""

    def __init__(self, ws: Any, current: tuple[int, str] | None, parent: Any = None):
        super().__init__(parent)
        self.ws = ws
        self.current = current
        self.report: StructureReport | None = None
        self.op: BackgroundOp | None = None
        self.setWindowTitle(self.tr("Structure by guide"))
        self.resize(1100, 620)
        self.guide = QComboBox(self)
        self.import_button = QPushButton(self.tr("Import guide…"), self)
        self.import_button.clicked.connect(self._ask_guide_file)
        self.only_current = QCheckBox(self.tr("Only the open transcript"), self)
        self.only_current.setEnabled(current is not None)
        self.only_current.setChecked(current is not None)
        self.find_button = QPushButton(self.tr("Find questions"), self)
        self.find_button.clicked.connect(self.find)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.matches = MatchesModel(self)
        self.unmatched = UnmatchedModel(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._table(self.matches), self.tr("Matches"))
        self.tabs.addTab(self._table(self.unmatched), self.tr("Unmatched turns"))
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.accept)
        close = QPushButton(self.tr("Cancel"), self)
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Guide:"), self))
        top.addWidget(self.guide, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.only_current)
        top.addWidget(self.find_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.fill_guides()

    def _table(self, model: Any) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMaximumSectionSize(380)
        header.setStretchLastSection(True)
        return table

    def fill_guides(self, select: str | None = None) -> None:
        self.guide.clear()
        try:
            names = [g.name for g in list_guides(self.ws.project)]
            shipped = [t.name for t in templates() if t.name not in names]
        except KodeverkError as exc:
            self.ws.error.emit(describe(exc))
            return
        for name in names:
            self.guide.addItem(name, name)
        for name in shipped:
            self.guide.addItem(self.tr("%1 (template)").replace("%1", name), _TEMPLATE + name)
        if select is not None:
            self.guide.setCurrentIndex(max(0, self.guide.findData(select)))

    def _ask_guide_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import an interview guide"), "",
                                                    self.tr("Guides (*.docx *.txt *.md)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        try:
            info = import_guide(self.ws.project, path)
        except KodeverkError as exc:
            self.summary.setText(describe(exc))
            return False
        self.fill_guides(info.name)
        return True

    def guide_name(self) -> str | None:
        """The chosen guide's name; a template is added to the project first."""
        data = self.guide.currentData()
        if not data:
            return None
        if data.startswith(_TEMPLATE):
            name = data[len(_TEMPLATE):]
            add_template(self.ws.project, name)
            self.fill_guides(name)
            return name
        return data

    def transcripts(self) -> list[str]:
        return [self.current[1]] if self.current is not None and self.only_current.isChecked() else []

    def find(self) -> None:
        try:
            guide = self.guide_name()
        except KodeverkError as exc:
            self.summary.setText(describe(exc))
            return
        if guide is None:
            return
        scope = self.transcripts()
        self.find_button.setEnabled(False)
        self.summary.setText(self.tr("Matching the interviewer's turns to the questions…"))
        project = self.ws.project
        self.op = (BackgroundOp(lambda: plan_structure(project, guide, scope), self)
                   .on_success(self.show_report).on_failure(self._failed).start())

    def _failed(self, exc: BaseException) -> None:
        self.find_button.setEnabled(True)
        self.summary.setText(describe(exc))

    def show_report(self, report: StructureReport) -> None:
        self.report = report
        self.find_button.setEnabled(True)
        self.matches.set_rows([(t.transcript, m) for t in report.transcripts if t.follows for m in t.matches])
        self.unmatched.set_rows([(t.transcript, u) for t in report.transcripts if t.follows for u in t.unmatched])
        following = [t for t in report.transcripts if t.follows]
        left = [t.transcript for t in report.transcripts if not t.follows]
        text = (self.tr("%n question(s) found", "", self.matches.rowCount()) + " " +
                self.tr("in %n transcript(s);", "", len(following)) + " " +
                self.tr("%n interviewer turn(s) matched no question.", "", self.unmatched.rowCount()))
        if left:
            text += " " + self.tr("Left alone (they do not follow this guide): %1.").replace("%1", ", ".join(left))
        self.summary.setText(text)
        self.tabs.setTabText(1, self.tr("Unmatched turns (%1)").replace("%1", str(self.unmatched.rowCount())))
        self.apply_button.setEnabled(bool(following))
