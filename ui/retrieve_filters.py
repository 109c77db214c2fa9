"""The Retrieve panel's filter form: every criterion of a retrieval query, and how to show the results."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QSpinBox, QWidget)

from kodeverk.codebook.tree import Codebook
from kodeverk.retrieval.overview import FilterChoices
from kodeverk.retrieval.query import RetrievalQuery
from ui.retrieve_choice import ChoiceButton

CONTEXTS = ("coding", "sentence", "turn")
MODES = ("overlap", "near", "turn")


class FilterForm(QWidget):
    """Builds a :class:`RetrievalQuery` from what the user chose; ``submitted`` on Enter in the text box."""

    submitted = Signal()

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.codes = ChoiceButton(self, searchable=True)
        self.subcodes = QCheckBox(self)
        self.subcodes.setChecked(True)
        self.combine = QComboBox(self)
        self.combine.addItems(["", ""])
        self.groups = ChoiceButton(self)
        self.phases = ChoiceButton(self)
        self.ministries = ChoiceButton(self)
        self.roles = ChoiceButton(self)
        self.coders = ChoiceButton(self)
        self.transcripts = ChoiceButton(self, searchable=True)
        self.contains = QLineEdit(self)
        self.contains.setClearButtonEnabled(True)
        self.contains.returnPressed.connect(self.submitted)
        self.fuzzy = QCheckBox(self)
        self.dated = QCheckBox(self)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-1), self)
        self.date_to = QDateEdit(today, self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.dated.toggled.connect(self.date_from.setEnabled)
        self.dated.toggled.connect(self.date_to.setEnabled)
        self.context = QComboBox(self)
        self.context.addItems(["", "", ""])
        self.rollup = QCheckBox(self)
        self.rollup.setChecked(True)
        self.mode = QComboBox(self)
        self.mode.addItems(["", "", ""])
        self.distance = QSpinBox(self)
        self.distance.setRange(0, 100_000)
        self.distance.setValue(200)
        self.distance.setEnabled(False)
        self.mode.currentIndexChanged.connect(lambda i: self.distance.setEnabled(MODES[i] == "near"))

        self.form = QFormLayout(self)
        self.form.setContentsMargins(4, 4, 4, 4)
        code_options = QHBoxLayout()
        code_options.addWidget(self.subcodes)
        code_options.addWidget(self.combine, 1)
        text_row = QHBoxLayout()
        text_row.addWidget(self.contains, 1)
        text_row.addWidget(self.fuzzy)
        dates = QHBoxLayout()
        dates.addWidget(self.dated)
        dates.addWidget(self.date_from, 1)
        self.dash = QLabel("–", self)
        dates.addWidget(self.dash)
        dates.addWidget(self.date_to, 1)
        near = QHBoxLayout()
        near.addWidget(self.mode, 1)
        near.addWidget(self.distance)
        self.labels: dict[str, QLabel] = {}
        for key, field in (("codes", self.codes), ("code_options", code_options), ("groups", self.groups),
                           ("phases", self.phases), ("ministries", self.ministries), ("roles", self.roles),
                           ("coders", self.coders), ("transcripts", self.transcripts), ("contains", text_row),
                           ("dates", dates), ("context", self.context), ("rollup", self.rollup),
                           ("mode", near)):
            label = QLabel(self)
            self.labels[key] = label
            self.form.addRow(label, field)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        texts = {"codes": self.tr("Codes"), "code_options": "", "groups": self.tr("Core groups"),
                 "phases": self.tr("Phases"), "ministries": self.tr("Ministries"), "roles": self.tr("Roles"),
                 "coders": self.tr("Coders"), "transcripts": self.tr("Transcripts"), "contains": self.tr("Text"),
                 "dates": self.tr("Coded"), "context": self.tr("Show"), "rollup": self.tr("Matrices"),
                 "mode": self.tr("Co-occurrence")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.subcodes.setText(self.tr("with sub-codes"))
        self.combine.setItemText(0, self.tr("any of the codes (OR)"))
        self.combine.setItemText(1, self.tr("all of them, overlapping (AND)"))
        self.combine.setToolTip(self.tr("With several codes: codings of any of them, or only codings that overlap "
                                        "a coding of each of the others"))
        self.contains.setPlaceholderText(self.tr("Words the excerpt contains"))
        self.fuzzy.setText(self.tr("Fuzzy"))
        self.fuzzy.setToolTip(self.tr("Also find misspellings and words written without æ, ø, å"))
        self.dated.setText(self.tr("between"))
        self.dated.setToolTip(self.tr("Only codings made between these dates (both included)"))
        self.context.setItemText(0, self.tr("the coded text"))
        self.context.setItemText(1, self.tr("widened to its sentence"))
        self.context.setItemText(2, self.tr("widened to the speaker turn"))
        self.rollup.setText(self.tr("count sub-codes in their parents"))
        self.mode.setItemText(0, self.tr("overlapping codings"))
        self.mode.setItemText(1, self.tr("codings within N characters"))
        self.mode.setItemText(2, self.tr("codings in the same speaker turn"))
        self.distance.setSuffix(self.tr(" characters"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- choices and values ----------------------------------------------------------------

    def set_choices(self, choices: FilterChoices, book: Codebook) -> None:
        """Fill every list (checks on values that still exist are kept)."""
        self.codes.set_choices([("    " * n.depth + n.name, n.id) for n in book.walk()])
        self.groups.set_choices([(g, g) for g in choices.groups])
        self.phases.set_choices([(p, p) for p in choices.phases])
        self.ministries.set_choices([(m, m) for m in choices.ministries])
        self.roles.set_choices([(r, r) for r in choices.roles])
        self.coders.set_choices([(c, c) for c in choices.coders])
        self.transcripts.set_choices([(name, tid) for tid, name in choices.transcripts])

    def query(self) -> RetrievalQuery:
        """The query the form describes."""
        dated = self.dated.isChecked()
        return RetrievalQuery(
            code_ids=self.codes.values(), include_subcodes=self.subcodes.isChecked(),
            combine="and" if self.combine.currentIndex() == 1 else "or",
            groups=self.groups.values(), phases=self.phases.values(), ministries=self.ministries.values(),
            roles=self.roles.values(), coders=self.coders.values(), transcript_ids=self.transcripts.values(),
            contains=self.contains.text(), fuzzy=self.fuzzy.isChecked(),
            coded_from=self.date_from.date().toPython() if dated else None,
            coded_to=self.date_to.date().toPython() if dated else None)

    def context_scope(self) -> str:
        return CONTEXTS[self.context.currentIndex()]

    def cooccurrence_mode(self) -> tuple[str, int]:
        return MODES[self.mode.currentIndex()], self.distance.value()

    def clear(self) -> None:
        for button in (self.codes, self.groups, self.phases, self.ministries, self.roles, self.coders,
                       self.transcripts):
            button.clear()
        self.subcodes.setChecked(True)
        self.combine.setCurrentIndex(0)
        self.contains.clear()
        self.fuzzy.setChecked(False)
        self.dated.setChecked(False)
