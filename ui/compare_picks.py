"""The comparison view's choices: which coders, codes and transcripts, the segment overlap and the units for α.

:class:`ComparePicks` is the left pane of :class:`ui.compare_view.CompareDialog`:
three check lists (coders, codes indented by depth, transcripts), the
overlap threshold, the unit of Krippendorff's α and the button that starts
the computation. It holds no data of its own beyond what the lists show; the
dialog fills it and reads the choices.

Its texts are the comparison dialog's: they keep the ``CompareDialog``
translation context (``QCoreApplication.translate``), so translators see them together.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from kodeverk.codebook.tree import Codebook
from kodeverk.teamwork.consensus import CONSENSUS

IdRole = Qt.ItemDataRole.UserRole + 1


def _checked(widget: QListWidget) -> list[Any]:
    return [widget.item(i).data(IdRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def _check_list(parent: QWidget) -> QListWidget:
    """A check list whose long names are shortened in the middle (the full name is the item's tooltip)."""
    widget = QListWidget(parent)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    widget.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setUniformItemSizes(True)
    return widget


class ComparePicks(QWidget):
    """Check lists of coders, codes and transcripts, the overlap and unit, and "Compute agreement"."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.book: Codebook | None = None
        self.coders = _check_list(self)
        self.codes = _check_list(self)
        self.transcripts = _check_list(self)
        self.overlap = QSpinBox(self)
        self.overlap.setRange(1, 100)
        self.overlap.setValue(90)
        self.overlap.setSuffix(" %")
        self.unit = QComboBox(self)
        self.unit.addItem("", "turn")
        self.unit.addItem("", "paragraph")
        self.compute_button = QPushButton(self)
        self.compute_button.setDefault(True)
        self.all_codes = QPushButton(self)
        self.all_codes.clicked.connect(self.check_top_codes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QGroupBox] = []
        for widget, stretch in ((self.coders, 1), (self.codes, 3), (self.transcripts, 2)):
            box = QGroupBox(self)
            self.boxes.append(box)
            inner = QVBoxLayout(box)
            inner.addWidget(widget)
            if widget is self.codes:
                inner.addWidget(self.all_codes)
            layout.addWidget(box, stretch)
        form = QFormLayout()
        self.overlap_label, self.unit_label = QLabel(self), QLabel(self)
        form.addRow(self.overlap_label, self.overlap)
        form.addRow(self.unit_label, self.unit)
        layout.addLayout(form)
        layout.addWidget(self.compute_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.unit.setItemText(0, QCoreApplication.translate("CompareDialog", "speaker turns"))
        self.unit.setItemText(1, QCoreApplication.translate("CompareDialog", "paragraphs"))
        self.compute_button.setText(QCoreApplication.translate("CompareDialog", "Compute agreement"))
        self.all_codes.setText(QCoreApplication.translate("CompareDialog", "Each top-level code"))
        titles = (QCoreApplication.translate("CompareDialog", "Coders"),
                  QCoreApplication.translate("CompareDialog", "Codes"),
                  QCoreApplication.translate("CompareDialog", "Transcripts"))
        for box, title in zip(self.boxes, titles):
            box.setTitle(title)
        self.overlap_label.setText(QCoreApplication.translate("CompareDialog", "Segment overlap"))
        self.unit_label.setText(QCoreApplication.translate("CompareDialog", "Units for α"))

    def fill(self, coders: list[str], book: Codebook, transcripts: list[str]) -> None:
        """List the choices: the first two coders other than the consensus, each top-level code, every transcript."""
        self.book = book
        ordinary = [name for name in coders if name != CONSENSUS]
        for name in coders:
            item = QListWidgetItem(name, self.coders)
            item.setData(IdRole, name)
            item.setToolTip(name)
            item.setCheckState(Qt.CheckState.Checked if name in ordinary[:2] else Qt.CheckState.Unchecked)
        for node in book.walk():
            item = QListWidgetItem("    " * node.depth + node.name, self.codes)
            item.setData(IdRole, node.path_string)
            item.setToolTip(node.path_string)
        self.check_top_codes()
        for name in transcripts:
            item = QListWidgetItem(name, self.transcripts)
            item.setData(IdRole, name)
            item.setToolTip(name)
            item.setCheckState(Qt.CheckState.Checked)

    def check_top_codes(self) -> None:
        """Check each top-level code, and only those."""
        if self.book is None:
            return
        top = {self.book[i].path_string for i in self.book.roots}
        for i in range(self.codes.count()):
            item = self.codes.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(IdRole) in top else Qt.CheckState.Unchecked)

    def chosen_coders(self) -> list[str]:
        return _checked(self.coders)

    def chosen_codes(self) -> list[str]:
        return _checked(self.codes)

    def chosen_transcripts(self) -> list[str]:
        """The transcripts checked; [] when all are (no restriction)."""
        names = _checked(self.transcripts)
        return [] if len(names) == self.transcripts.count() else names

    def any_transcript(self) -> bool:
        return bool(_checked(self.transcripts))

    def set_checked(self, which: str, values: list[str]) -> None:
        """Check exactly ``values`` in the list ``which`` (coders, codes, transcripts)."""
        widget = {"coders": self.coders, "codes": self.codes, "transcripts": self.transcripts}[which]
        for i in range(widget.count()):
            item = widget.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(IdRole) in values else Qt.CheckState.Unchecked)
