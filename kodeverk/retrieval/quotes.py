"""Quotes: excerpts merged across coders, and the "strongest" quote of a set.

Several coders who code the same span of the same transcript with the same
code give one :class:`Quote` listing every coder. The strongest quote of a set
(the ladder matrix cell's evidence) is chosen by, in order:

1. the number of coders who coded that span with that code (agreement first);
2. whether its length is "quotable": 60–300 characters (a sentence or a few);
3. whether it is whole sentences: it starts with a capital letter (or digit)
   and ends with ``.``, ``!``, ``?`` or ``…``;
4. within the quotable range the longest, outside it the shortest;
5. the earliest by phase, transcript and position (a stable tie-break).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kodeverk.retrieval.query import Excerpt

QUOTABLE_MIN, QUOTABLE_MAX = 60, 300


@dataclass(frozen=True)
class Quote:
    """One span of one transcript coded with one code, by one or more coders."""

    excerpts: tuple[Excerpt, ...]

    @property
    def first(self) -> Excerpt:
        return self.excerpts[0]

    @property
    def text(self) -> str:
        return self.first.text

    @property
    def coders(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.coder for e in self.excerpts))

    @property
    def memos(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.memo.strip() for e in self.excerpts if e.memo.strip()))

    @property
    def sort_key(self) -> tuple:
        return self.first.sort_key

    @property
    def length(self) -> int:
        return self.first.end - self.first.start


def merge_coders(excerpts: Iterable[Excerpt]) -> list[Quote]:
    """One quote per (transcript, code, start, end), coders in the order met; sorted for reading."""
    merged: dict[tuple[int, int, int, int], list[Excerpt]] = {}
    for excerpt in excerpts:
        merged.setdefault((excerpt.transcript_id, excerpt.code_id, excerpt.start, excerpt.end), []).append(excerpt)
    quotes = [Quote(tuple(sorted(group, key=lambda e: (e.coder, e.coding_id)))) for group in merged.values()]
    return sorted(quotes, key=lambda q: q.sort_key)


def strength(quote: Quote) -> tuple:
    """A key whose maximum is the strongest quote (see the module docstring)."""
    quotable = QUOTABLE_MIN <= quote.length <= QUOTABLE_MAX
    text = quote.text.strip()
    whole = bool(text) and (text[0].isupper() or text[0].isdigit()) and text[-1] in ".!?…"
    return (len(quote.coders), quotable, whole, quote.length if quotable else -quote.length)


def strongest(quotes: Sequence[Quote]) -> Quote | None:
    """The strongest of ``quotes`` (None if there are none)."""
    best: Quote | None = None
    for quote in sorted(quotes, key=lambda q: q.sort_key):
        if best is None or strength(quote) > strength(best):
            best = quote
    return best
