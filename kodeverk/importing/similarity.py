"""Spotting near-duplicate transcripts cheaply: sampled word shingles and Jaccard similarity.

Each text is reduced to the hashes of its 5-word shingles (words split on
whitespace and folded to lower case), keeping only the shingles whose first
word's hash falls in one eighth of the hash space (so the same shingles are
kept in every text). Two texts sharing at least :data:`THRESHOLD` of their kept
shingles are near duplicates: a revised copy, the same interview exported
twice with small edits. Known texts are kept in an inverted index, so checking
a new text costs time in its own length, not in the size of the project.

A word's hash is ``zlib.crc32`` of its folded UTF-8 bytes and a shingle's is
``hash()`` of the tuple of its five word hashes, but both are computed with
numpy over the text's bytes, all words at once (see :func:`text_prints`): about
a millisecond for a 10 000-word text, a quarter of doing it word by word. The
same pass counts the words. Folding to lower case covers ASCII and Latin-1
letters (all of Norwegian); letters of other scripts are compared as written.
"""

from __future__ import annotations

import zlib
from collections import Counter

import numpy as np
import numpy.typing as npt

THRESHOLD = 0.8
_SHINGLE = 5
_KEEP_ONE_IN = 8

Prints = npt.NDArray[np.int64]  # sorted, distinct shingle hashes
_EMPTY: Prints = np.zeros(0, dtype=np.int64)

# What str.split() splits on, in UTF-8: the ASCII whitespace bytes (tab to carriage return, the
# four separators 0x1C-0x1F, space), and the other Unicode whitespace characters, as (first byte,
# second byte, third byte or 0) of their encoding: U+0085, U+00A0, U+1680, U+2000-U+200A, U+2028,
# U+2029, U+202F, U+205F, U+3000.
_WIDE_SPACE_CODES = (0x85, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x2028, 0x2029, 0x202F, 0x205F, 0x3000)
_WIDE_SPACE_KEYS = np.array(sorted(int.from_bytes(chr(code).encode("utf-8").ljust(3, b"\0"), "big")
                                   for code in _WIDE_SPACE_CODES), dtype=np.int64)

# CRC-32 (zlib's polynomial) one byte at a time, and CPython's tuple hash (xxHash-based, 3.8+, 64 bits).
_CRC_TABLE = np.zeros(256, dtype=np.uint32)
for _byte in range(256):
    _value = _byte
    for _bit in range(8):
        _value = (_value >> 1) ^ 0xEDB88320 if _value & 1 else _value >> 1
    _CRC_TABLE[_byte] = _value
_XXPRIME_1, _XXPRIME_2 = np.uint64(11400714785074694791), np.uint64(14029467366897019727)
_XXPRIME_5 = 2870177450012600261
_TUPLE_START = np.uint64(_XXPRIME_5)
_TUPLE_END = np.uint64(_SHINGLE ^ (_XXPRIME_5 ^ 3527539))


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


def _word_crcs(folded: npt.NDArray[np.uint8], starts: npt.NDArray[np.intp],
               ends: npt.NDArray[np.intp]) -> npt.NDArray[np.uint64]:
    """zlib.crc32 of every word ``folded[start:end]``: longest words first, one byte position at a time."""
    lengths = ends - starts
    # Sorting small ints with kind="stable" is a radix sort in numpy: linear, several times quicker.
    keys = -lengths.astype(np.int16) if lengths.max() < 2**15 else -lengths
    order = np.argsort(keys, kind="stable")
    descending, first_bytes = -lengths[order], starts[order]  # first_bytes advances a byte per round
    crc = np.full(starts.size, 0xFFFFFFFF, dtype=np.uint32)
    position = 0
    while (active := int(np.searchsorted(descending, -position, side="left"))) > 0:
        current = crc[:active]
        index = first_bytes[:active]
        current ^= folded[index]  # only the low byte changes: the table look-up takes it as is
        crc[:active] = _CRC_TABLE[current & 0xFF] ^ (current >> 8)
        index += 1
        position += 1
    result = np.empty(starts.size, dtype=np.uint64)
    result[order] = crc ^ np.uint32(0xFFFFFFFF)
    return result


def _tuple_hashes(lanes: list[npt.NDArray[np.uint64]]) -> Prints:
    """hash(tuple) of each row across ``lanes`` (ints below 2**61, which hash to themselves), as CPython does."""
    accumulator = np.full(lanes[0].size, _TUPLE_START, dtype=np.uint64)
    for lane in lanes:
        accumulator += lane * _XXPRIME_2
        accumulator = (accumulator << np.uint64(31)) | (accumulator >> np.uint64(33))
        accumulator *= _XXPRIME_1
    accumulator += _TUPLE_END
    accumulator[accumulator == np.uint64(2**64 - 1)] = np.uint64(1546275796)  # -1 is never a hash
    return accumulator.view(np.int64)


def text_prints(text: str, encoded: bytes | None = None) -> tuple[int, Prints]:
    """The number of words of ``text`` (exactly ``len(text.split())``) and its sampled shingle hashes.

    Words are what ``str.split()`` finds, folded to lower case (ASCII and Latin-1 letters); the
    hashes are sorted and distinct. ``encoded``, if given, is ``text`` in UTF-8 already.
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
        words = _word_crcs(_folded(raw), starts, ends)
        first = np.flatnonzero(words[:count - _SHINGLE + 1] % np.uint64(_KEEP_ONE_IN) == 0)
        hashes = np.sort(_tuple_hashes([words[first + offset] for offset in range(_SHINGLE)]))
        if hashes.size > 1:  # np.unique, three times quicker
            hashes = hashes[np.concatenate(([True], hashes[1:] != hashes[:-1]))]
        return count, hashes


def fingerprint(text: str) -> frozenset[int]:
    """The sampled shingle hashes of ``text`` as a set (stable across runs and processes)."""
    return frozenset(text_prints(text)[1].tolist())


def similarity(mine: Prints, theirs: Prints) -> float:
    """Jaccard similarity of two fingerprints given by :func:`text_prints`."""
    shared = np.intersect1d(mine, theirs, assume_unique=True).size
    union = mine.size + theirs.size - shared
    return shared / union if union else 0.0


_COMMON = 32      # a shingle in more texts than this is boilerplate: it does not nominate candidates
_CANDIDATES = 5  # how many nominated texts are compared exactly
_INDEX_ALL_BELOW = 128  # a text with fewer prints than this is indexed and looked up by all of them ...
_INDEX_ONE_IN = 8       # ... a longer one only by those in one eighth of the hash space


def _keys(prints: Prints) -> list[int]:
    """The prints a text is indexed and looked up by (see :class:`Fingerprints`)."""
    return (prints if prints.size < _INDEX_ALL_BELOW else prints[prints % _INDEX_ONE_IN == 0]).tolist()


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
