"""Spotting near-duplicate transcripts cheaply: sampled word shingles and Jaccard similarity.

Each text is reduced to the hashes of its 5-word shingles (words split on
whitespace and folded to lower case), keeping only the shingles whose first
word's hash falls in one eighth of the hash space (so the same shingles are
kept in every text). Two texts sharing at least :data:`THRESHOLD` of their kept
shingles are near duplicates: a revised copy, the same interview exported
twice with small edits. Known texts are kept in an inverted index, so checking
a new text costs time in its own length, not in the size of the project.

A word's hash is a polynomial over its folded UTF-8 bytes and a shingle's a
mix of its five word hashes; both are computed with numpy over the text's
bytes, all words at once (see :func:`text_prints`): a fraction of a millisecond
for a 10 000-word text. The same pass counts the words. Folding to lower case
covers ASCII and Latin-1 letters (all of Norwegian); letters of other scripts
are compared as written. Prints are compared only within one program run (the
importer fingerprints the project's texts as it starts), never stored.
"""

from __future__ import annotations

import zlib
from collections import Counter

import numpy as np
import numpy.typing as npt

THRESHOLD = 0.8
_SHINGLE = 5
_KEEP_BITS = 3  # one shingle in 2**3 is in the sample
_SAMPLE_FROM = 1024  # shingles: a text with fewer keeps them all

Prints = npt.NDArray[np.int64]  # sorted, distinct shingle hashes
_EMPTY: Prints = np.zeros(0, dtype=np.int64)

# What str.split() splits on, in UTF-8: the ASCII whitespace bytes (tab to carriage return, the
# four separators 0x1C-0x1F, space), and the other Unicode whitespace characters, as (first byte,
# second byte, third byte or 0) of their encoding: U+0085, U+00A0, U+1680, U+2000-U+200A, U+2028,
# U+2029, U+202F, U+205F, U+3000.
_WIDE_SPACE_CODES = (0x85, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x2028, 0x2029, 0x202F, 0x205F, 0x3000)
_WIDE_SPACE_KEYS = np.array(sorted(int.from_bytes(chr(code).encode("utf-8").ljust(3, b"\0"), "big")
                                   for code in _WIDE_SPACE_CODES), dtype=np.int64)

# A word's hash: the polynomial sum(byte * P**k) over its folded UTF-8 bytes, modulo 2**64. Over a
# whole text at once: one cumulative sum of byte * P**position, and per word the difference at its
# ends times P**-start (P is odd, so it has an inverse modulo 2**64). The tables of powers grow as
# longer texts come, in steps of at least 64 k.
_P = 0x100000001B3  # odd
_P_INVERSE = pow(_P, -1, 2**64)
_powers: list[npt.NDArray[np.uint64]] = [np.ones(1, dtype=np.uint64), np.ones(1, dtype=np.uint64)]
# A shingle's hash: the five word hashes combined as digits of base Q, then mixed (splitmix64's
# finaliser) so that every bit depends on every word.
_Q = 0x9E3779B97F4A7C15  # odd
_MIX_1, _MIX_2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)
# A shingle is kept when the top bits of its first word's hash times Q are 0 (the top bits of a short
# word's own hash are always 0; multiplied, they depend on all its bits).
_KEEP_SHIFT = np.uint64(64 - _KEEP_BITS)


def _power_tables(size: int) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    """P**k and P**-k modulo 2**64 for k below at least ``size``."""
    powers, inverses = _powers
    if powers.size < size:
        size = max(size, 2 * powers.size, 1 << 16)
        tables = []
        for base in (_P, _P_INVERSE):
            table = np.empty(size, dtype=np.uint64)
            table[0] = 1
            filled = 1
            with np.errstate(over="ignore"):
                while filled < size:  # doubling: table[filled + i] = table[i] * base**filled
                    step = min(filled, size - filled)
                    np.multiply(table[:step], table[filled - 1] * np.uint64(base), out=table[filled:filled + step])
                    filled += step
            tables.append(table)
        _powers[:] = tables
        powers, inverses = tables
    return powers, inverses


def _spaces(raw: npt.NDArray[np.uint8]) -> npt.NDArray[np.bool_]:
    """True at every byte of ``raw`` (UTF-8) that belongs to a whitespace character."""
    space = (raw == 0x20) | ((raw >= 0x09) & (raw <= 0x0D)) | ((raw >= 0x1C) & (raw <= 0x1F))
    leads = np.flatnonzero((raw == 0xC2) | ((raw >= 0xE1) & (raw <= 0xE3)))
    if leads.size:
        # Only the bytes at and after the leads are widened (a copy of the whole text as int64
        # would cost a page fault per 512 bytes); past the end counts as 0.
        last = raw.size - 1
        first = raw[leads].astype(np.int64)
        second = np.where(leads + 1 <= last, raw[np.minimum(leads + 1, last)], 0).astype(np.int64)
        third = np.where(leads + 2 <= last, raw[np.minimum(leads + 2, last)], 0).astype(np.int64)
        two_bytes = first == 0xC2
        keys = (first << 16) | (second << 8) | np.where(two_bytes, 0, third)
        wide = leads[np.isin(keys, _WIDE_SPACE_KEYS)]
        if wide.size:
            space[wide] = True
            space[wide + 1] = True
            three = wide[raw[wide] != 0xC2]
            space[three + 2] = True
    return space


def _folded(raw: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    """``raw`` (UTF-8) with ASCII A-Z and Latin-1 À-Þ (not ×; 0xC3 then 0x80-0x9E) in lower case."""
    upper = (raw >= 0x41) & (raw <= 0x5A)
    after = np.flatnonzero(raw[:-1] == 0xC3) + 1
    if after.size:
        follow = raw[after]
        upper[after[(follow <= 0x9E) & (follow != 0x97)]] = True  # a continuation byte is >= 0x80
    return raw + (upper.view(np.uint8) << 5)


def _word_hashes(folded: npt.NDArray[np.uint8], starts: npt.NDArray[np.intp],
                 ends: npt.NDArray[np.intp]) -> npt.NDArray[np.uint64]:
    """The polynomial hash of every word ``folded[start:end]`` (see :data:`_P`), all at once."""
    powers, inverses = _power_tables(folded.size + 1)
    sums = np.empty(folded.size + 1, dtype=np.uint64)
    sums[0] = 0
    np.cumsum(np.multiply(folded, powers[:folded.size], dtype=np.uint64), out=sums[1:])
    return (sums[ends] - sums[starts]) * inverses[starts]


def _shingle_hashes(lanes: list[npt.NDArray[np.uint64]], kept: npt.NDArray[np.bool_] | None) -> Prints:
    """The hash of each row across ``lanes`` (the five word hashes of a shingle), as signed 64-bit ints,
    its lowest bit set where ``kept`` (all set if None): whether the shingle is in the sample."""
    combined = lanes[0].copy()
    for lane in lanes[1:]:
        combined *= np.uint64(_Q)
        combined += lane
    combined ^= combined >> np.uint64(30)
    combined *= _MIX_1
    combined ^= combined >> np.uint64(27)
    combined *= _MIX_2
    combined ^= combined >> np.uint64(31)
    combined |= np.uint64(1)
    if kept is not None:
        combined ^= (~kept).astype(np.uint64)  # clears the bit where not kept
    return combined.view(np.int64)


def text_prints(text: str, encoded: bytes | None = None) -> tuple[int, Prints]:
    """The number of words of ``text`` (exactly ``len(text.split())``) and its shingle hashes.

    Words are what ``str.split()`` finds, folded to lower case (ASCII and Latin-1 letters); the
    hashes are sorted and distinct. A text of fewer than :data:`_SAMPLE_FROM` shingles keeps them
    all (a sample of a short text is too small to measure by); a longer one only those in the
    sample, those whose first word's hash is in one eighth of the hash space. A hash's lowest bit
    says whether it is in the sample, so that a short text can be compared with a long one
    (see :func:`similarity`). ``encoded``, if given, is ``text`` in UTF-8 already.
    """
    if encoded is None:
        encoded = text.encode("utf-8", "surrogatepass")
    raw = np.frombuffer(encoded, dtype=np.uint8)
    space = _spaces(raw)
    changes = np.flatnonzero(np.concatenate(([True], space)) != np.concatenate((space, [True])))
    starts, ends = changes[0::2], changes[1::2]
    count = starts.size
    if count == 0:
        return 0, _EMPTY
    if count < _SHINGLE:
        joined = " ".join(text.casefold().split()).encode("utf-8", "surrogatepass")
        return count, np.array([zlib.crc32(joined)], dtype=np.int64)
    with np.errstate(over="ignore"):
        words = _word_hashes(_folded(raw), starts, ends)
        sample = words[:count - _SHINGLE + 1] * np.uint64(_Q) >> _KEEP_SHIFT == 0
        if sample.size < _SAMPLE_FROM:
            first, kept = np.arange(sample.size), sample
        else:
            first, kept = np.flatnonzero(sample), None
        hashes = np.sort(_shingle_hashes([words[first + offset] for offset in range(_SHINGLE)], kept))
        if hashes.size > 1:  # np.unique, three times quicker
            hashes = hashes[np.concatenate(([True], hashes[1:] != hashes[:-1]))]
        return count, hashes


def fingerprint(text: str) -> frozenset[int]:
    """The shingle hashes of ``text`` (see :func:`text_prints`) as a set (stable across runs and processes)."""
    return frozenset(text_prints(text)[1].tolist())


def _sampled(prints: Prints) -> bool:
    return bool(np.all(prints & 1))


def similarity(mine: Prints, theirs: Prints) -> float:
    """Jaccard similarity of two fingerprints given by :func:`text_prints`: of all their shingles if both
    texts kept all, else of their samples (the shingles of a short text that are in the sample)."""
    if _sampled(mine) != _sampled(theirs):
        if _sampled(mine):
            theirs = theirs[(theirs & 1) == 1]
        else:
            mine = mine[(mine & 1) == 1]
    shared = np.intersect1d(mine, theirs, assume_unique=True).size
    union = mine.size + theirs.size - shared
    return shared / union if union else 0.0


_COMMON = 32      # a shingle in more texts than this is boilerplate: it does not nominate candidates
_CANDIDATES = 5  # how many nominated texts are compared exactly
_INDEX_ALL_BELOW = 128  # a text with fewer prints than this is indexed and looked up by all of them ...
_INDEX_ONE_IN = 8       # ... a longer one only by those in one eighth of the hash space


def _keys(prints: Prints) -> list[int]:
    """The prints a text is indexed and looked up by (see :class:`Fingerprints`)."""
    return (prints if prints.size < _INDEX_ALL_BELOW else prints[(prints >> 1) % _INDEX_ONE_IN == 0]).tolist()


class Fingerprints:
    """Fingerprints of the texts seen so far, by name, with an inverted index.

    Shared rare shingles nominate candidates; the best few candidates are then
    compared exactly (Jaccard on the whole fingerprints). To keep the index
    small and the look-up quick, a long text is indexed and looked up by a
    fixed eighth of its prints (the same eighth in every text), a short one by
    all of them. Near duplicates are about as long as each other (a Jaccard of
    0.8 allows at most 20 % more prints), so if one is long, its eighth is
    indexed or looked up on both sides, and they share most of it.
    """

    def __init__(self) -> None:
        self._prints: dict[str, Prints] = {}
        self._postings: dict[int, list[str]] = {}

    def add(self, name: str, text: str | None = None, *, prints: Prints | None = None) -> None:
        prints = text_prints(text or "")[1] if prints is None else prints
        self._prints[name] = prints
        postings = self._postings
        for value in _keys(prints):
            names = postings.get(value)
            if names is None:
                postings[value] = [name]
            else:
                names.append(name)

    def nearest(self, text: str | None = None, *, prints: Prints | None = None) -> tuple[str, float] | None:
        """The most similar known text and its similarity, if at or above the threshold."""
        mine = text_prints(text or "")[1] if prints is None else prints
        if not mine.size:
            return None
        nominated: Counter[str] = Counter()
        get = self._postings.get
        for value in _keys(mine):
            names = get(value)
            if names and len(names) <= _COMMON:
                nominated.update(names)
        best: tuple[str, float] | None = None
        for name, _count in nominated.most_common(_CANDIDATES):
            score = similarity(mine, self._prints[name])
            if score >= THRESHOLD and (best is None or score > best[1]):
                best = (name, score)
        return best
