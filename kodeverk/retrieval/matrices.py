"""Matrices over excerpts: code × group, code × phase, and the ladder matrix.

Each cell counts codings and distinct informants and keeps the coding ids
(so a view can list a cell's quotes). A transcript in two groups counts in
both. With ``rollup`` a code's row also counts its sub-codes.

The *ladder matrix* has one row per group and one column per step of the
coordination ladder: the children, in order, of the top-level code named
``Samordningstrappen`` (Trinn 1–5). A step's cell counts the step's codings
(sub-codes included) and names its strongest quote (:mod:`kodeverk.retrieval.quotes`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from kodeverk.codebook.tree import Codebook, CodeNode
from kodeverk.errors import NotFoundError
from kodeverk.retrieval.query import Excerpt
from kodeverk.retrieval.quotes import Quote, merge_coders, strongest
from kodeverk.retrieval.watch import NO_WATCH, Watch

LADDER_NAME = "Samordningstrappen"


@dataclass
class Cell:
    """Codings and distinct informants in one cell; ``coding_ids`` for listing its quotes."""

    codings: int = 0
    informants: int = 0
    coding_ids: list[int] = field(default_factory=list)
    _informant_ids: set[int] = field(default_factory=set, repr=False)

    def add(self, excerpt: Excerpt) -> None:
        self.codings += 1
        self.coding_ids.append(excerpt.coding_id)
        if excerpt.informant_id is not None and excerpt.informant_id not in self._informant_ids:
            self._informant_ids.add(excerpt.informant_id)
            self.informants += 1


@dataclass(frozen=True)
class Matrix:
    """Rows × columns of cells; row keys are code ids, column keys are names."""

    rows: tuple[int, ...]
    row_labels: tuple[str, ...]
    columns: tuple[str, ...]
    cells: dict[tuple[int, str], Cell]

    def cell(self, row: int, column: str) -> Cell:
        return self.cells.get((row, column)) or Cell()


def _cross(book: Codebook, excerpts: Iterable[Excerpt], columns: Sequence[str],
           column_of: Callable[[Excerpt], Iterable[str]], rollup: bool, codes: Sequence[int] | None,
           watch: Watch = NO_WATCH) -> Matrix:
    rows = tuple(codes) if codes is not None else tuple(n.id for n in book.walk())
    wanted = set(rows)
    cells: dict[tuple[int, str], Cell] = {}
    known = set(columns)
    for excerpt in watch.checked(excerpts):
        owners = [excerpt.code_id]
        if rollup:
            node: CodeNode | None = book[excerpt.code_id]
            owners = []
            while node is not None:
                owners.append(node.id)
                node = book[node.parent_id] if node.parent_id is not None else None
        for column in column_of(excerpt):
            if column not in known:
                continue
            for owner in owners:
                if owner in wanted:
                    cells.setdefault((owner, column), Cell()).add(excerpt)
    return Matrix(rows, tuple(book[r].path_string for r in rows), tuple(columns), cells)


def code_by_group(book: Codebook, excerpts: Iterable[Excerpt], groups: Sequence[str], *, rollup: bool = False,
                  codes: Sequence[int] | None = None, watch: Watch = NO_WATCH) -> Matrix:
    """Codings and informants per code (rows) and group (columns, in the order given)."""
    return _cross(book, excerpts, groups, lambda e: e.groups, rollup, codes, watch)


def code_by_phase(book: Codebook, excerpts: Iterable[Excerpt], phases: Sequence[str], *, rollup: bool = False,
                  codes: Sequence[int] | None = None, watch: Watch = NO_WATCH) -> Matrix:
    """Codings and informants per code (rows) and phase (columns, in the order given)."""
    return _cross(book, excerpts, phases, lambda e: (e.phase,) if e.phase else (), rollup, codes, watch)


@dataclass(frozen=True)
class LadderCell:
    """One group's results on one step: counts, the merged quotes and the strongest of them."""

    codings: int
    informants: int
    quotes: tuple[Quote, ...]
    strongest: Quote | None

    @property
    def coding_ids(self) -> list[int]:
        return [e.coding_id for q in self.quotes for e in q.excerpts]


@dataclass(frozen=True)
class LadderMatrix:
    """Groups (rows) × ladder steps (columns, Trinn 1 → 5)."""

    groups: tuple[str, ...]
    steps: tuple[CodeNode, ...]
    cells: dict[tuple[str, int], LadderCell]

    def cell(self, group: str, step_id: int) -> LadderCell:
        return self.cells.get((group, step_id)) or LadderCell(0, 0, (), None)

    def reached(self, group: str) -> list[CodeNode]:
        """The steps with at least one coding for ``group``."""
        return [s for s in self.steps if self.cell(group, s.id).codings]


def ladder_steps(book: Codebook) -> tuple[CodeNode, ...]:
    """The steps of the coordination ladder: the children of the top-level ``Samordningstrappen``."""
    for root in book.roots:
        if book[root].name.casefold() == LADDER_NAME.casefold():
            return tuple(book[c] for c in book[root].children)
    raise NotFoundError("code", LADDER_NAME, book.suggest(LADDER_NAME))


def has_ladder(book: Codebook) -> bool:
    return any(book[root].name.casefold() == LADDER_NAME.casefold() for root in book.roots)


def ladder_matrix(book: Codebook, excerpts: Iterable[Excerpt], groups: Sequence[str], *,
                  watch: Watch = NO_WATCH) -> LadderMatrix:
    """The ladder matrix of ``excerpts`` for ``groups`` (in the order given)."""
    steps = ladder_steps(book)
    step_of: dict[int, int] = {}
    for step in steps:
        for code_id in book.descendants(step.id):
            step_of[code_id] = step.id
    collected: dict[tuple[str, int], list[Excerpt]] = {}
    wanted = set(groups)
    for excerpt in watch.checked(excerpts):
        step_id = step_of.get(excerpt.code_id)
        if step_id is None:
            continue
        for group in excerpt.groups:
            if group in wanted:
                collected.setdefault((group, step_id), []).append(excerpt)
    cells = {}
    for key, items in collected.items():
        watch.check()
        quotes = tuple(merge_coders(items))
        informants = len({e.informant_id for e in items if e.informant_id is not None})
        cells[key] = LadderCell(len(items), informants, quotes, strongest(quotes))
    return LadderMatrix(tuple(groups), steps, cells)
