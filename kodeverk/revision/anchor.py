"""Re-anchoring spans of an old text onto a revised text.

Pure functions, no database. :class:`TextMap` diffs the two texts once
(``difflib.SequenceMatcher`` over word tokens, so a 15 000-word transcript
diffs in well under a second) and keeps the blocks that are unchanged.
:func:`reanchor` then places one span ``[start, end)`` of the old text:

1. **exact** — the span lies in one unchanged block: it moves by that block's
   shift;
2. its two ends are carried over through the diff (an end inside a changed
   stretch goes to the edge of that stretch's replacement); if the new
   passage is still like the old one (:data:`CHANGED_SCORE`), it is
   **changed** (or exact, when the text came out identical);
3. otherwise the old passage is searched for in the new text verbatim (a
   moved paragraph), choosing among several occurrences the one whose
   surroundings are most like the old ones — **exact**;
4. otherwise the passage is aligned fuzzily (``rapidfuzz``
   ``partial_ratio_alignment``) with its context against the changed stretches
   of the new text, and placed when the score is at least
   :data:`FUZZY_SCORE` — **changed**;
5. otherwise it is **lost**: its passage is gone.

Offsets are code points; both texts must be normalised already.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from difflib import SequenceMatcher

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

EXACT, CHANGED, LOST = "exact", "changed", "lost"
CHANGED_SCORE = 0.6      # Indel similarity of old and new passage for a diff-carried span
FUZZY_SCORE = 80.0       # partial_ratio (0–100) for a span found by fuzzy alignment
CONTEXT = 60             # characters of context either side used to choose and align
SAME_INTERVIEW = 0.35    # share of the old text that must survive in long unchanged runs
_LONG_RUN = 6            # tokens: shorter common runs are coincidence, not shared text

_TOKEN = re.compile(r"\w+\s*|[^\w\s]\s*|\s+")


@dataclass(frozen=True)
class Placement:
    """Where a span went: ``status`` is exact, changed or lost (then ``start``/``end`` are None)."""

    status: str
    start: int | None
    end: int | None
    score: float = 100.0  # similarity of old and new passage, 0–100


def _tokens(text: str) -> tuple[list[str], list[int]]:
    tokens, starts = [], []
    for match in _TOKEN.finditer(text):
        tokens.append(match.group())
        starts.append(match.start())
    return tokens, starts


class TextMap:
    """The unchanged blocks between ``old`` and ``new``, as character ranges."""

    def __init__(self, old: str, new: str):
        self.old, self.new = old, new
        old_tokens, old_starts = _tokens(old)
        new_tokens, new_starts = _tokens(new)
        old_starts.append(len(old))
        new_starts.append(len(new))
        matcher = SequenceMatcher(None, old_tokens, new_tokens, autojunk=len(old_tokens) > 2000)
        self.equal: list[tuple[int, int, int, int]] = []   # old start, old end, new start, new end
        self.changed: list[tuple[int, int, int, int]] = []  # old [i1, i2) became new [j1, j2)
        long_run = 0
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            a1, a2, b1, b2 = old_starts[i1], old_starts[i2], new_starts[j1], new_starts[j2]
            if tag == "equal":
                self.equal.append((a1, a2, b1, b2))
                if i2 - i1 >= _LONG_RUN:
                    long_run += a2 - a1
            else:
                self.changed.append((a1, a2, b1, b2))
        self.shared = long_run / len(old) if old else 1.0
        self._equal_starts = [block[0] for block in self.equal]
        self._changed_starts = [block[0] for block in self.changed]

    @property
    def unchanged(self) -> bool:
        return self.old == self.new

    def same_interview(self) -> bool:
        """False when the new text shares too little with the old to be a revision of it."""
        return self.shared >= SAME_INTERVIEW or self.unchanged

    def _block_at(self, position: int, *, as_end: bool) -> tuple[int, int, int, int] | None:
        """The equal block holding the character at ``position`` (``position - 1`` for an end)."""
        char = position - 1 if as_end else position
        index = bisect_right(self._equal_starts, char) - 1
        if index >= 0:
            block = self.equal[index]
            if block[0] <= char < block[1]:
                return block
        return None

    def map_start(self, position: int) -> int:
        """Where a span starting at ``position`` should start in the new text."""
        block = self._block_at(position, as_end=False)
        if block is not None:
            return block[2] + position - block[0]
        for a1, a2, b1, _b2 in self._changed_around(position):
            if a1 <= position < a2 or (a1 == a2 == position):
                return b1
        return len(self.new) if position >= len(self.old) else 0

    def map_end(self, position: int) -> int:
        """Where a span ending at ``position`` should end in the new text."""
        block = self._block_at(position, as_end=True)
        if block is not None:
            return block[2] + position - block[0]
        for a1, a2, _b1, b2 in self._changed_around(position - 1):
            if a1 <= position - 1 < a2:
                return b2
        return 0 if position <= 0 else len(self.new)

    def _changed_around(self, position: int) -> list[tuple[int, int, int, int]]:
        index = bisect_right(self._changed_starts, position) - 1
        return self.changed[max(index, 0):index + 2] if self.changed else []

    def inside_one_block(self, start: int, end: int) -> tuple[int, int] | None:
        block = self._block_at(start, as_end=False)
        if block is not None and end <= block[1]:
            shift = block[2] - block[0]
            return start + shift, end + shift
        return None


def _similarity(a: str, b: str) -> float:
    return Indel.normalized_similarity(a, b) * 100


def _context_score(old: str, new: str, start: int, end: int, new_start: int, new_end: int) -> float:
    before = _similarity(old[max(0, start - CONTEXT):start], new[max(0, new_start - CONTEXT):new_start])
    after = _similarity(old[end:end + CONTEXT], new[new_end:new_end + CONTEXT])
    return before + after


def _verbatim(text_map: TextMap, start: int, end: int) -> tuple[int, int] | None:
    old, new = text_map.old, text_map.new
    passage = old[start:end]
    if not passage.strip():
        return None
    best, best_score = None, -1.0
    position = new.find(passage)
    while position != -1:
        score = _context_score(old, new, start, end, position, position + len(passage))
        if score > best_score:
            best, best_score = position, score
        position = new.find(passage, position + 1)
    return None if best is None else (best, best + len(passage))


def _windows(text_map: TextMap, start: int, end: int) -> list[tuple[int, int]]:
    """Stretches of the new text where a changed passage may now be: around the diff-carried place
    and around every changed stretch of the new text long enough to hold it."""
    length = end - start
    pad = length + CONTEXT
    windows = []
    guess = text_map.map_start(start)
    windows.append((guess - pad, guess + length + pad))
    for _a1, _a2, b1, b2 in text_map.changed:
        if b2 - b1 >= length // 3:
            windows.append((b1 - pad, b2 + pad))
    size = len(text_map.new)
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted((max(0, lo), min(size, hi)) for lo, hi in windows):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        elif lo < hi:
            merged.append((lo, hi))
    return merged


def _fuzzy(text_map: TextMap, start: int, end: int) -> Placement | None:
    old, new = text_map.old, text_map.new
    passage = old[start:end]
    if len(passage.strip()) < 3:
        return None
    best: tuple[float, int, int] | None = None
    for lo, hi in _windows(text_map, start, end):
        window = new[lo:hi]
        if not window:
            continue
        found = fuzz.partial_ratio_alignment(passage, window, score_cutoff=FUZZY_SCORE)
        if found is None:
            continue
        new_start, new_end = lo + found.dest_start, lo + found.dest_end
        # a tie on the passage is broken by the context
        key = found.score * 1000 + _context_score(old, new, start, end, new_start, new_end)
        if best is None or key > best[0]:
            best = (key, new_start, new_end)
    if best is None:
        return None
    _key, new_start, new_end = best
    new_start, new_end = _trim(new, new_start, new_end)
    if new_start >= new_end:
        return None
    return Placement(CHANGED, new_start, new_end, _similarity(passage, new[new_start:new_end]))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def reanchor(text_map: TextMap, start: int, end: int) -> Placement:
    """Place the old span ``[start, end)`` on the new text (steps in the module docstring)."""
    old, new = text_map.old, text_map.new
    inside = text_map.inside_one_block(start, end)
    if inside is not None:
        return Placement(EXACT, *inside)
    passage = old[start:end]
    new_start, new_end = text_map.map_start(start), text_map.map_end(end)
    if new_start < new_end:
        candidate = new[new_start:new_end]
        if candidate == passage:
            return Placement(EXACT, new_start, new_end)
        score = _similarity(passage, candidate)
        if score >= CHANGED_SCORE * 100:
            return Placement(CHANGED, new_start, new_end, score)
    verbatim = _verbatim(text_map, start, end)
    if verbatim is not None:
        return Placement(EXACT, *verbatim)
    fuzzy = _fuzzy(text_map, start, end)
    if fuzzy is not None:
        return fuzzy
    return Placement(LOST, None, None, 0.0)
