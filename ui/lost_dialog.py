"""The review list of lost codings: codings whose passage vanished in a revision, to place again or dismiss.

A window that stays open beside the transcript: choose an entry, "Show in
transcript" opens its transcript and selects the most similar passage found
there (if any), the user adjusts the selection, and "Place on the current
selection" codes it with the entry's code, coder and memo. "Dismiss…" takes
entries off the list after a confirmation. Both are undoable.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPlainTextEdit, QPushButton, QSplitter, QTableView, QVBoxLayout)

from kodeverk.errors import KodeverkError
from kodeverk.revision.review import LostInfo, list_lost, suggest_span
from ui.dialog_sizes import remember_geometry, remember_splitter
from ui.lost_commands import DismissLostCodings, PlaceLostCoding
from ui.revision_texts import lost_reason
from ui.table_model import TableModel
from ui.error_text import describe


def _flat(text: str) -> str:
    return " ".join(text.split())


class LostModel(TableModel):
    """One row per entry of the review list (:class:`kodeverk.revision.review.LostInfo`)."""

    def headers(self) -> list[str]:
        return [self.tr("Transcript"), self.tr("Code"), self.tr("Coder"), self.tr("Old passage"), self.tr("Why")]

    def cell(self, row: LostInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return [row.transcript, row.code_path, row.coder, _flat(row.passage), lost_reason(row.reason)][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return [row.transcript, row.code_path, row.coder, row.passage, lost_reason(row.reason)][column]
        return None


class LostCodingsDialog(QDialog):
    """The review list beside the project's transcript view (``pv``); ``note`` says what just happened."""

    def __init__(self, pv: Any, parent: Any = None, *, transcript_id: int | None = None):
        super().__init__(parent)
        self.pv, self.ws = pv, pv.ws
        self.setModal(False)
        self.resize(1100, 520)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.only_open = QCheckBox(self)
        self.only_open.setChecked(transcript_id is not None)
        self.only_open.toggled.connect(self.refresh)
        self.model = LostModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _index: self.show_in_transcript())
        header = self.table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setMaximumSectionSize(260)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, 200)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.passage = QPlainTextEdit(self)
        self.passage.setReadOnly(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.show_button = QPushButton(self)
        self.show_button.clicked.connect(self.show_in_transcript)
        self.place_button = QPushButton(self)
        self.place_button.clicked.connect(self.place)
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.passage)
        split.setSizes([340, 120])
        remember_geometry(self, self.ws.settings, "lost")  # opens as it was left, the passage pane too
        remember_splitter(self, split, self.ws.settings, "lost")
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.only_open)
        buttons = QHBoxLayout()
        for button in (self.show_button, self.place_button, self.dismiss_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self.ws.data_changed.connect(self._data_changed)
        self.ws.transcripts_changed.connect(self.refresh)
        pv.view.selectionChanged.connect(self._update_buttons)
        pv.view.textChanged.connect(self._transcript_shown)
        self._connected = True
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Lost codings"))
        self.intro.setText(self.tr("Codings whose passage is gone from a revised transcript. Choose one, select "
                                   "its new passage in the transcript and place it there, or dismiss it."))
        self.only_open.setText(self.tr("Only the open transcript"))
        self.show_button.setText(self.tr("Show in transcript"))
        self.place_button.setText(self.tr("Place on the current selection"))
        self.dismiss_button.setText(self.tr("Dismiss…"))
        self.close_button.setText(self.tr("Close"))
        self.passage.setPlaceholderText(self.tr("The old passage of the chosen coding"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- the list ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the review list again, keeping the chosen entries chosen where they still exist."""
        chosen = {entry.id for entry in self.selected()}
        open_id = self.pv.view.transcript_id
        try:
            if self.only_open.isChecked():
                entries = list_lost(self.ws.project, transcript_id=open_id) if open_id is not None else []
            else:
                entries = list_lost(self.ws.project)
        except KodeverkError as exc:
            self.note.setText(describe(exc))
            return
        self.model.set_rows(entries)
        selection = self.table.selectionModel()
        for row, entry in enumerate(entries):
            if entry.id in chosen:
                selection.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
        if not entries:
            self.note.setText(self.tr("No lost codings: every coding has its passage."))
        self._selection_changed()

    def _data_changed(self, _codebook: bool, _transcripts: object) -> None:
        self.refresh()

    def _transcript_shown(self) -> None:
        """Another transcript is open (or its text changed): the list may be about it only."""
        if self.only_open.isChecked():
            self.refresh()
        else:
            self._update_buttons()

    def selected(self) -> list[LostInfo]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.rows[row] for row in rows if row < len(self.model.rows)]

    def select_entry(self, lost_id: int) -> bool:
        """Choose the entry ``lost_id`` in the list (False if it is not shown)."""
        for row, entry in enumerate(self.model.rows):
            if entry.id == lost_id:
                self.table.selectRow(row)
                return True
        return False

    def _selection_changed(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            entry = chosen[0]
            text = entry.passage + (("\n\n" + self.tr("Memo: %1").replace("%1", entry.memo)) if entry.memo else "")
            self.passage.setPlainText(text)
        else:
            self.passage.setPlainText("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected()
        one = len(chosen) == 1
        self.show_button.setEnabled(one)
        self.place_button.setEnabled(one and self.pv.view.transcript_id == chosen[0].transcript_id
                                     and self.pv.view.selection_span() is not None)
        self.dismiss_button.setEnabled(bool(chosen))

    # -- acting ----------------------------------------------------------------------------------------

    def show_in_transcript(self) -> None:
        """Open the chosen entry's transcript and select the passage most like the lost one, if any."""
        chosen = self.selected()
        if len(chosen) != 1:
            return
        entry = chosen[0]
        self.pv.open_transcript(entry.transcript_id)
        if self.pv.view.transcript_id != entry.transcript_id:
            return  # the error is shown by the project view
        try:
            found = suggest_span(self.ws.project, entry.id)
        except KodeverkError as exc:
            self.note.setText(describe(exc))
            return
        if found is None:
            self.note.setText(self.tr("Nothing like the old passage is left in “%1”. Select where the coding "
                                      "belongs now, or dismiss it.").replace("%1", entry.transcript))
        else:
            start, end, score = found
            self.pv.view.select_span(start, end)
            self.note.setText(self.tr("The most similar passage is selected (%1 % alike). Adjust the selection "
                                      "if needed, then place the coding.").replace("%1", f"{score:.0f}"))
        self._update_buttons()

    def place(self) -> bool:
        """Code the transcript view's selection with the chosen entry (undoable)."""
        chosen = self.selected()
        if len(chosen) != 1:
            return False
        entry = chosen[0]
        if self.pv.view.transcript_id != entry.transcript_id:
            self.note.setText(self.tr("Open “%1” and select the new passage first (Show in transcript).")
                              .replace("%1", entry.transcript))
            return False
        span = self.pv.view.selection_span()
        if span is None:
            self.note.setText(self.tr("Select the new passage in the transcript first."))
            return False
        if not self.ws.execute(PlaceLostCoding(self.ws, entry, *span)):
            self.note.setText(self.tr("The coding could not be placed there; see the message in the window."))
            return False
        self.note.setText(self.tr("Placed “%1” on the selected passage. Undo takes it back to this list.")
                          .replace("%1", entry.code_path))
        return True

    def dismiss(self) -> bool:
        """Take the chosen entries off the list after asking (undoable)."""
        chosen = self.selected()
        if not chosen:
            return False
        question = self.tr("Dismiss %n lost coding(s)? They are taken off the list and not placed anywhere. "
                           "You can undo this.", "", len(chosen))
        if QMessageBox.question(self, self.tr("Dismiss lost codings"), question) != QMessageBox.StandardButton.Yes:
            return False
        if not self.ws.execute(DismissLostCodings(self.ws, chosen)):
            return False
        self.note.setText(self.tr("%n lost coding(s) dismissed. Undo puts them back.", "", len(chosen)))
        return True

    def closeEvent(self, event: Any) -> None:
        self.disconnect_workspace()
        super().closeEvent(event)

    def disconnect_workspace(self) -> None:
        """Stop following the workspace and the transcript view (the window is closing)."""
        if not self._connected:
            return
        self._connected = False
        for signal, slot in ((self.ws.data_changed, self._data_changed), (self.ws.transcripts_changed, self.refresh),
                             (self.pv.view.selectionChanged, self._update_buttons),
                             (self.pv.view.textChanged, self._transcript_shown)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass

