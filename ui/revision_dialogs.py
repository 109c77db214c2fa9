"""Dialogs for revising a transcript: the report to accept or roll back, and editing a passage in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
                               QPushButton, QTableView, QVBoxLayout)

from kodeverk.revision.service import REFUSED_EMPTY, RevisionReport
from ui.revision_models import MovesModel


class RevisionReportDialog(QDialog):
    """Where each coding goes: moved exactly, moved with changes (old and new text), lost.

    Accept applies the revision (one undoable step); Roll back leaves everything as it was.
    A refused revision (a different interview) can only be closed.
    """

    def __init__(self, report: RevisionReport, parent: Any = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Revised version of “%1”").replace("%1", report.transcript))
        self.resize(1100, 560)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = MovesModel(self)
        self.model.set_rows(sorted(report.moves, key=lambda m: ({"lost": 0, "changed": 1}.get(m.status, 2),
                                                                 m.old_start)))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setMaximumSectionSize(320)
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.rollback_button = QPushButton(self.tr("Roll back"), self)
        self.accept_button.clicked.connect(self.accept)
        self.rollback_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.rollback_button)
        buttons.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._describe()

    def _describe(self) -> None:
        r = self.report
        text = (self.tr("%1 codings: %2 moved exactly, %3 moved with changes, %4 lost. "
                        "%5 % of the old text is unchanged.")
                .replace("%1", str(len(r.moves))).replace("%2", str(r.count("exact")))
                .replace("%3", str(r.count("changed"))).replace("%4", str(r.count("lost")))
                .replace("%5", f"{r.shared * 100:.0f}"))
        if r.count("lost"):
            text += " " + self.tr("Lost codings are kept on a review list, never dropped: after you accept, it "
                                  "opens (later: Project → Lost codings…), where you can place each one on its "
                                  "new passage or dismiss it.")
        if r.refused:
            if r.new_characters == 0 or r.refused == REFUSED_EMPTY:
                text = self.tr("The new version is empty: there is nothing to replace the transcript with.")
            else:
                text = self.tr("This is not a revision of the transcript: only %1 % of its text is found in the "
                               "new version. It looks like a different interview; import it as a transcript of "
                               "its own.").replace("%1", f"{r.shared * 100:.0f}")
            self.accept_button.setEnabled(False)
            self.rollback_button.setText(self.tr("Close"))
        self.summary.setText(text)


class EditTextDialog(QDialog):
    """The passage to correct, in an editor; OK goes on to the report (same re-anchoring as a revision)."""

    def __init__(self, transcript: str, passage: str, parent: Any = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the text of “%1”").replace("%1", transcript))
        self.resize(700, 360)
        note = QLabel(self.tr("Correct the passage below. Codings on it and around it are re-anchored; you "
                              "see where each goes before anything is changed."), self)
        note.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText(passage)
        self.original = passage
        self.ok_button = QPushButton(self.tr("Check the change…"), self)
        cancel = QPushButton(self.tr("Cancel"), self)
        self.ok_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        self.editor.textChanged.connect(
            lambda: self.ok_button.setEnabled(self.editor.toPlainText() != self.original))
        self.ok_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)

    def replacement(self) -> str:
        return self.editor.toPlainText()
