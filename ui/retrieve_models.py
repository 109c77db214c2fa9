"""Qt models of the Retrieve panel: excerpts, count grids (matrices) coloured by count, checkable choices."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kodeverk.retrieval.overview import Overview
from kodeverk.retrieval.query import Excerpt
from ui.colours import swatch, text_colour_on, tint
from ui.table_model import Index, TableModel

CodingIdsRole = Qt.ItemDataRole.UserRole + 20   # a grid cell's coding ids (list[int])
CellKeyRole = Qt.ItemDataRole.UserRole + 21     # a grid cell's (row key, column key)
ValueRole = Qt.ItemDataRole.UserRole + 22       # a choice's value
HEAT = QColor("#2F6DB5")
MAX_TEXT = 300
HEADER_WIDTH = 18  # characters per line of a matrix column header


class ExcerptsModel(TableModel):
    """Rows are :class:`Excerpt`; columns: code, coder, transcript, informant, phase, groups, text.

    ``contexts`` (coding id → widened text) replaces the text column when set.
    """

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.contexts: dict[int, str] = {}
        self.code_colours: dict[int, str] = {}
        self.code_names: dict[int, str] = {}

    def set_excerpts(self, rows: Sequence[Excerpt], contexts: dict[int, str] | None = None,
                     codes: dict[int, tuple[str, str]] | None = None) -> None:
        """``codes``: code id → (name, colour)."""
        self.contexts = dict(contexts or {})
        self.code_names = {k: v[0] for k, v in (codes or {}).items()}
        self.code_colours = {k: v[1] for k, v in (codes or {}).items()}
        self.set_rows(rows)

    def headers(self) -> Sequence[str]:
        return (self.tr("Code"), self.tr("Coder"), self.tr("Transcript"), self.tr("Informant"), self.tr("Phase"),
                self.tr("Groups"), self.tr("Text"))

    def text_of(self, row: Excerpt) -> str:
        return self.contexts.get(row.coding_id, row.text)

    def cell(self, row: Excerpt, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 6:
                text = " ".join(self.text_of(row).split())
                return text if len(text) <= MAX_TEXT else text[:MAX_TEXT] + "…"
            return (self.code_names.get(row.code_id, row.code_path), row.coder, row.transcript, row.pseudonym or "", row.phase or "", ", ".join(row.groups),
                    "")[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{row.code_path}\n{row.coder} · {row.transcript} · [{row.start}, {row.end})"
            if row.memo:
                tip += "\n" + self.tr("Memo: %1").replace("%1", row.memo)
            return tip + "\n\n" + self.text_of(row)[:1000]
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and row.code_id in self.code_colours:
            return swatch(self.code_colours[row.code_id])
        return None


@dataclass(frozen=True)
class Grid:
    """A matrix as the view shows it: labels, counts, the coding ids behind each cell, optional tooltips.

    ``keys`` are what a click reports: (row key, column key) per cell.
    """

    row_labels: tuple[str, ...]
    column_labels: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]
    coding_ids: tuple[tuple[tuple[int, ...], ...], ...]
    row_keys: tuple[object, ...]
    column_keys: tuple[object, ...]
    tips: tuple[tuple[str, ...], ...] | None = None
    second: tuple[tuple[int, ...], ...] | None = None  # informants, shown as "codings (informants)"

    @property
    def peak(self) -> int:
        return max((max(row) for row in self.counts if row), default=0)


EMPTY_GRID = Grid((), (), (), (), (), ())


def group_grid(view: Overview, phase: bool = False) -> Grid:
    """Code (rows) × group or phase (columns): codings, with distinct informants in brackets."""
    matrix = view.by_phase if phase else view.by_group
    rows, columns = matrix.rows, matrix.columns
    cells = [[matrix.cell(r, c) for c in columns] for r in rows]
    return Grid(row_labels=tuple("    " * view.book[r].depth + view.book[r].name for r in rows),
                column_labels=tuple(columns),
                counts=tuple(tuple(c.codings for c in row) for row in cells),
                coding_ids=tuple(tuple(tuple(c.coding_ids) for c in row) for row in cells),
                row_keys=tuple(rows), column_keys=tuple(columns),
                tips=tuple(tuple(view.book[r].path_string for _c in columns) for r in rows),
                second=tuple(tuple(c.informants for c in row) for row in cells))


def cooccurrence_grid(view: Overview) -> Grid:
    """Code × code: co-occurring pairs (symmetric, empty diagonal); a cell lists both codes' excerpts."""
    table, book = view.cooccurring, view.book
    codes = table.codes
    ids = []
    for a in codes:
        ids.append(tuple(tuple(e.coding_id for e in view.pair_excerpts(a, b)) if table.count(a, b) else ()
                         for b in codes))
    return Grid(row_labels=tuple(book[c].name for c in codes), column_labels=tuple(book[c].name for c in codes),
                counts=tuple(tuple(row) for row in table.rows()), coding_ids=tuple(ids),
                row_keys=tuple(codes), column_keys=tuple(codes),
                tips=tuple(tuple(f"{book[a].path_string}\n× {book[b].path_string}" for b in codes) for a in codes))


def ladder_grid(view: Overview) -> Grid:
    """Group (rows) × ladder step (columns): codings (informants); the tooltip shows the strongest quote."""
    ladder = view.ladder
    if ladder is None:
        return EMPTY_GRID
    steps = ladder.steps
    cells = [[ladder.cell(g, s.id) for s in steps] for g in ladder.groups]
    tips = tuple(tuple((f"{s.name}\n\n{c.strongest.text}\n({c.strongest.first.pseudonym or '–'})"
                        if c.strongest else s.name) for s, c in zip(steps, row)) for row in cells)
    return Grid(row_labels=tuple(ladder.groups), column_labels=tuple(s.name for s in steps),
                counts=tuple(tuple(c.codings for c in row) for row in cells),
                coding_ids=tuple(tuple(tuple(c.coding_ids) for c in row) for row in cells),
                row_keys=tuple(ladder.groups), column_keys=tuple(s.id for s in steps), tips=tips,
                second=tuple(tuple(c.informants for c in row) for row in cells))


class GridModel(QAbstractTableModel):
    """A read-only count matrix; each cell's background deepens with its count (relative to the largest)."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.grid = EMPTY_GRID

    def set_grid(self, grid: Grid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.grid.row_labels)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.grid.column_labels)

    def count(self, row: int, column: int) -> int:
        return self.grid.counts[row][column]

    def background(self, count: int) -> QColor:
        peak = self.grid.peak
        if not count or not peak:
            return QColor("#FFFFFF")
        return tint(HEAT, 0.12 + 0.78 * count / peak)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < self.rowCount() and 0 <= c < self.columnCount()):
            return None
        count = self.count(r, c)
        if role == Qt.ItemDataRole.DisplayRole:
            if not count:
                return ""
            second = self.grid.second
            return f"{count} ({second[r][c]})" if second is not None else str(count)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(self.background(count))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(text_colour_on(self.background(count)))
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.grid.tips[r][c] if self.grid.tips is not None else ""
            counted = self.tr("%n coding(s)", "", count)
            if self.grid.second is not None:
                counted += ", " + self.tr("%n informant(s)", "", self.grid.second[r][c])
            return f"{tip}\n{counted}".strip()
        if role == CodingIdsRole:
            return list(self.grid.coding_ids[r][c])
        if role == CellKeyRole:
            return (self.grid.row_keys[r], self.grid.column_keys[c])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        labels = self.grid.column_labels if orientation == Qt.Orientation.Horizontal else self.grid.row_labels
        if not 0 <= section < len(labels):
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return labels[section].strip()
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:  # long names wrap onto at most three lines
                return "\n".join(textwrap.wrap(labels[section], HEADER_WIDTH, max_lines=3, placeholder="…"))
            return labels[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Vertical:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None


class ChoiceModel(QAbstractListModel):
    """A list of (label, value) choices, any of them checked; an empty choice means "all"."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.choices: list[tuple[str, object]] = []
        self.checked: set[object] = set()

    def set_choices(self, choices: Sequence[tuple[str, object]]) -> None:
        """Replace the choices, keeping the checks of those still present."""
        self.beginResetModel()
        self.choices = list(choices)
        values = {v for _l, v in self.choices}
        self.checked = {v for v in self.checked if v in values}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.choices)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.choices):
            return None
        text, value = self.choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return text.strip()
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if value in self.checked else Qt.CheckState.Unchecked
        if role == ValueRole:
            return value
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # not ItemIsUserCheckable: the list toggles a choice on a click anywhere in its row (ChoiceButton)
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        choice = self.choices[index.row()][1]
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        if on:
            self.checked.add(choice)
        else:
            self.checked.discard(choice)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def toggle(self, row: int) -> None:
        index = self.index(row, 0)
        on = self.choices[row][1] in self.checked
        self.setData(index, Qt.CheckState.Unchecked if on else Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)

    def set_checked(self, values: Sequence[object]) -> None:
        self.checked = set(values) & {v for _l, v in self.choices}
        if self.choices:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.choices) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])

    def checked_values(self) -> list[object]:
        """The checked values in list order."""
        return [v for _l, v in self.choices if v in self.checked]

    def checked_labels(self) -> list[str]:
        return [label.strip() for label, v in self.choices if v in self.checked]
