"""The outline of a Word export as plain data: headings with counts, quotes, notes, ladder tables.

The Word writer renders it; the desktop app's export dialog shows its
headings as a live preview (:func:`preview_outline`). Every text in it is
already masked (listed real names replaced).

Layout by ``options.by``:

- ``group``: Heading 1 per group (groups-list order), its ladder table, then
  the codebook: Heading 2 per top-level category, Heading 3 per code, deeper
  codes one level further (at most 9);
- ``phase`` / ``informant``: the same with Heading 1 per phase / informant,
  without the ladder table;
- ``code``: the codebook alone, Heading 1 per top-level category.

A heading's count is the number of quotes in its subtree. Under each code its
own quotes, sorted by phase, transcript and position, each followed by its
attribution; a code with neither quotes nor sub-codes says so in one line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from kodeverk.export.collect import ExportData, SectionKey, collect
from kodeverk.export.labels import label, phase_label
from kodeverk.export.options import ExportOptions
from kodeverk.project import Project
from kodeverk.retrieval.matrices import has_ladder, ladder_matrix
from kodeverk.retrieval.quotes import Quote


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    count: int

    @property
    def title(self) -> str:
        """The heading as written: ``name (count)``."""
        return f"{self.text} ({self.count})"


@dataclass(frozen=True)
class Paragraph:
    """A plain paragraph (a group's full name, "no quotes")."""

    text: str


@dataclass(frozen=True)
class QuoteBlock:
    text: str
    attribution: str
    memos: tuple[str, ...] = ()


@dataclass(frozen=True)
class LadderRow:
    step: str
    codings: int
    informants: int
    quote: str
    attribution: str


@dataclass(frozen=True)
class LadderTable:
    caption: str
    rows: tuple[LadderRow, ...]


Block = Heading | Paragraph | QuoteBlock | LadderTable


@dataclass(frozen=True)
class Outline:
    """The blocks of the body, plus the counts the title page shows."""

    blocks: tuple[Block, ...]
    quotes: int
    codings: int
    transcripts: int
    informants: int
    sections: int
    coders: tuple[str, ...] = field(default=())

    @property
    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]


def attribution_text(quote: Quote, fields: Sequence[str], lang: str) -> str:
    """``(K3-07, fase 3, departementsråd)``: the chosen fields in the order given, empty ones left out."""
    first = quote.first
    parts = []
    for name in fields:
        if name == "pseudonym":
            parts.append(first.pseudonym or label(lang, "no_informant"))
        elif name == "phase":
            parts.append(phase_label(lang, first.phase))
        elif name == "role":
            parts.append(first.role or "")
        elif name == "ministry":
            parts.append(first.ministry or "")
        elif name == "coder":
            coders = quote.coders
            parts.append(f"{label(lang, 'coder.one' if len(coders) == 1 else 'coder.many')}: {', '.join(coders)}")
    shown = [p for p in parts if p]
    return f"({', '.join(shown)})" if shown else ""


def _in_section(options: ExportOptions, section: SectionKey) -> Callable[[Quote], bool]:
    if options.by == "group":
        return lambda q: section.key in q.first.groups
    if options.by == "phase":
        return lambda q: q.first.phase == section.key
    if options.by == "informant":
        return lambda q: q.first.pseudonym == section.key
    return lambda q: True


class _Builder:
    def __init__(self, data: ExportData, options: ExportOptions):
        self.data, self.options, self.lang = data, options, options.lang
        self.mask = data.masker.mask
        self.blocks: list[Block] = []

    def quote_block(self, quote: Quote) -> QuoteBlock:
        memos = tuple(self.mask(m) for m in quote.memos) if self.options.memos else ()
        return QuoteBlock(self.mask(quote.text), self.mask(attribution_text(quote, self.options.attribution,
                                                                            self.lang)), memos)

    def tree(self, quotes: Sequence[Quote], base_level: int) -> None:
        book = self.data.book
        by_code: dict[int, list[Quote]] = {}
        for quote in quotes:
            by_code.setdefault(quote.first.code_id, []).append(quote)
        totals: dict[int, int] = {}

        def total(code_id: int) -> int:
            if code_id not in totals:
                totals[code_id] = len(by_code.get(code_id, ())) + sum(total(c) for c in book[code_id].children
                                                                      if c in self.data.visible)
            return totals[code_id]

        def emit(code_id: int, level: int) -> None:
            if code_id not in self.data.visible:
                return
            node = book[code_id]
            self.blocks.append(Heading(min(level, 9), self.mask(node.name), total(code_id)))
            if code_id in self.data.selected:
                own = by_code.get(code_id, [])
                self.blocks.extend(self.quote_block(q) for q in own)
                if not own and not any(c in self.data.visible for c in node.children):
                    self.blocks.append(Paragraph(label(self.lang, "no_quotes")))
            for child in node.children:
                emit(child, level + 1)

        for root in book.roots:
            emit(root, base_level)

    def ladder(self, group: str, quotes: Sequence[Quote]) -> None:
        book = self.data.book
        if not has_ladder(book):
            return
        matrix = ladder_matrix(book, [e for q in quotes for e in q.excerpts], [group])
        if not any(s.id in self.data.visible for s in matrix.steps):
            return
        rows = []
        for step in matrix.steps:
            cell = matrix.cell(group, step.id)
            best = cell.strongest
            rows.append(LadderRow(self.mask(step.name), cell.codings, cell.informants,
                                  self.mask(best.text) if best else label(self.lang, "ladder.none"),
                                  self.mask(attribution_text(best, self.options.attribution, self.lang))
                                  if best else ""))
        self.blocks.append(LadderTable(self.mask(label(self.lang, "ladder.caption", group=group)), tuple(rows)))

    def build(self) -> Outline:
        data, options = self.data, self.options
        if options.by == "code":
            self.tree(data.quotes, 1)
        for section in data.sections:
            members = [q for q in data.quotes if _in_section(options, section)(q)]
            self.blocks.append(Heading(1, self.mask(section.title), len(members)))
            if section.subtitle:
                subtitle = (phase_label(self.lang, section.subtitle) if options.by == "informant"
                            else section.subtitle)
                self.blocks.append(Paragraph(self.mask(subtitle)))
            if options.by == "group":
                self.ladder(section.key, members)
            self.tree(members, 2)
        excerpts = data.excerpts
        return Outline(blocks=tuple(self.blocks), quotes=len(data.quotes), codings=len(excerpts),
                       transcripts=len({e.transcript_id for e in excerpts}),
                       informants=len({e.informant_id for e in excerpts if e.informant_id is not None}),
                       sections=len(data.sections), coders=data.coders)


def build_outline(data: ExportData, options: ExportOptions) -> Outline:
    """The outline of an export of ``data`` (see the module docstring)."""
    return _Builder(data, options.checked()).build()


def preview_outline(project: Project, options: ExportOptions) -> list[Heading]:
    """The headings (with counts) an export with ``options`` would have: the dialog's live preview."""
    return build_outline(collect(project, options), options).headings
