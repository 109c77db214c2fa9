"""The Retrieve panel's filter form: every criterion of a retrieval query, and how to show the results."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QSpinBox, QToolButton, QWidget)

from kodeverk.codebook.tree import Codebook
from kodeverk.retrieval.overview import FilterChoices
from kodeverk.retrieval.query import RetrievalQuery
from ui.retrieve_choice import ChoiceButton
from ui.settings import Setting, Settings

CONTEXTS = ("coding", "sentence", "turn")
MODES = ("overlap", "near", "turn")
MORE_FILTERS = Setting("retrieve/more_filters", bool, False)  # is the "More filters" section open


class FilterForm(QWidget):
    """Builds a :class:`RetrievalQuery` from what the user chose; ``submitted`` on Enter in the text box."""

    submitted = Signal()

    def __init__(self, parent: Any = None, settings: Settings | None = None):
        super().__init__(parent)
        self.settings = settings
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

        # Two columns of filters, so that the form fits a short dock; the rarely used ones (ministries, roles,
        # the date coded) in a "More filters" section that opens with a click and stays as it was left.
        self.more = QToolButton(self)
        self.more.setCheckable(True)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more.setAutoRaise(True)
        self.more.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.extra = QWidget(self)
        self.form = QGridLayout(self)
        self.form.setContentsMargins(4, 4, 4, 4)
        self.form.setHorizontalSpacing(6)
        self.form.setVerticalSpacing(2)
        self.form.setColumnStretch(1, 1)
        self.form.setColumnStretch(3, 1)
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

        def place(grid: QGridLayout, row: int, column: int, key: str, field: QWidget | QHBoxLayout,
                  wide: bool = False) -> None:
            label = QLabel(self)
            self.labels[key] = label
            grid.addWidget(label, row, column)
            span = 3 if wide else 1
            if isinstance(field, QWidget):
                grid.addWidget(field, row, column + 1, 1, span)
            else:
                grid.addLayout(field, row, column + 1, 1, span)
            if isinstance(field, QWidget):
                label.setBuddy(field)

        place(self.form, 0, 0, "codes", self.codes, wide=True)
        place(self.form, 1, 0, "code_options", code_options, wide=True)
        place(self.form, 2, 0, "groups", self.groups)
        place(self.form, 2, 2, "phases", self.phases)
        place(self.form, 3, 0, "coders", self.coders)
        place(self.form, 3, 2, "transcripts", self.transcripts)
        place(self.form, 4, 0, "contains", text_row, wide=True)
        place(self.form, 5, 0, "context", self.context, wide=True)
        place(self.form, 6, 0, "rollup", self.rollup, wide=True)
        place(self.form, 7, 0, "mode", near, wide=True)
        self.form.addWidget(self.more, 8, 0, 1, 4)
        extra = QGridLayout(self.extra)
        extra.setContentsMargins(0, 0, 0, 0)
        extra.setHorizontalSpacing(6)
        extra.setVerticalSpacing(2)
        extra.setColumnStretch(1, 1)
        extra.setColumnStretch(3, 1)
        place(extra, 0, 0, "ministries", self.ministries)
        place(extra, 0, 2, "roles", self.roles)
        place(extra, 1, 0, "dates", dates, wide=True)
        self.form.addWidget(self.extra, 9, 0, 1, 4)
        self.form.setRowStretch(10, 1)
        # the labels of both grids line up: the extra section's first column as wide as the form's
        self._align_labels()
        order = [self.codes, self.subcodes, self.combine, self.groups, self.phases, self.coders, self.transcripts,
                 self.contains, self.fuzzy, self.context, self.rollup, self.mode, self.distance, self.more,
                 self.ministries, self.roles, self.dated, self.date_from, self.date_to]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        self.more.toggled.connect(self._show_more)
        for button in (self.ministries, self.roles):
            button.changed.connect(self._more_caption)
        self.dated.toggled.connect(lambda _on: self._more_caption())
        self.more.setChecked(settings.get(MORE_FILTERS) if settings is not None else False)
        self._show_more(self.more.isChecked())
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
        self.more.setToolTip(self.tr("Ministries, roles and the date coded"))
        self._more_caption()
        self._align_labels()

    def _more_caption(self) -> None:
        """"More filters", with how many of them are in use (so that a closed section hides nothing unawares)."""
        used = sum((bool(self.ministries.values()), bool(self.roles.values()), self.dated.isChecked()))
        text = self.tr("More filters")
        if used:
            text += " " + self.tr("(%1 in use)").replace("%1", str(used))  # the same in singular and plural
        self.more.setText(text)

    def _show_more(self, shown: bool) -> None:
        self.more.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.extra.setVisible(shown)
        if self.settings is not None:
            self.settings.set(MORE_FILTERS, shown)

    def _align_labels(self) -> None:
        width = max(label.sizeHint().width() for key, label in self.labels.items()
                    if key in ("codes", "code_options", "groups", "coders", "contains", "context", "rollup",
                               "mode", "ministries", "dates"))
        self.form.setColumnMinimumWidth(0, width)
        extra = self.extra.layout()
        if isinstance(extra, QGridLayout):
            extra.setColumnMinimumWidth(0, width)
            second = max(self.labels[k].sizeHint().width() for k in ("phases", "transcripts", "roles"))
            extra.setColumnMinimumWidth(2, second)
            self.form.setColumnMinimumWidth(2, second)

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
