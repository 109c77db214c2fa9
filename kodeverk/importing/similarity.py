"""Spotting near-duplicate transcripts cheaply: sampled word shingles and Jaccard similarity.

Each text is reduced to the hashes of its 5-word shingles, keeping only the
shingles whose first word's hash falls in one eighth of the hash space (so
the same shingles are kept in every text). Two texts sharing at least
:data:`THRESHOLD` of their kept shingles are near duplicates: a revised copy,
the same interview exported twice with small edits. Known texts are kept in
an inverted index, so checking a new text costs time in its own length, not
in the size of the project.
"""

from __future__ import annotations

import zlib
from collections import Counter

THRESHOLD = 0.8
_SHINGLE = 5
_KEEP_ONE_IN = 8


def _word_hash(word: str) -> int:
    return zlib.crc32(word.encode("utf-8"))


def fingerprint(text: str) -> frozenset[int]:
    """The sampled shingle hashes of ``text`` (stable across runs)."""
    words = text.casefold().split()
    if len(words) < _SHINGLE:
        return frozenset({zlib.crc32(" ".join(words).encode())}) if words else frozenset()
    hashes = [_word_hash(w) for w in words]
    kept = set()
    for i in range(len(hashes) - _SHINGLE + 1):
        if hashes[i] % _KEEP_ONE_IN == 0:
            kept.add(hash(tuple(hashes[i:i + _SHINGLE])))
    return frozenset(kept)


_COMMON = 32      # a shingle in more texts than this is boilerplate: it does not nominate candidates
_CANDIDATES = 5  # how many nominated texts are compared exactly


class Fingerprints:
    """Fingerprints of the texts seen so far, by name, with an inverted index.

    Rare shingles nominate candidates; the best few candidates are then
    compared exactly (Jaccard on the whole fingerprints).
    """

    def __init__(self) -> None:
        self._prints: dict[str, frozenset[int]] = {}
        self._postings: dict[int, list[str]] = {}

    def add(self, name: str, text: str | None = None, *, prints: frozenset[int] | None = None) -> None:
        prints = fingerprint(text or "") if prints is None else prints
        self._prints[name] = prints
        for value in prints:
            self._postings.setdefault(value, []).append(name)

    def nearest(self, text: str | None = None, *, prints: frozenset[int] | None = None) -> tuple[str, float] | None:
        """The most similar known text and its similarity, if at or above the threshold."""
        mine = fingerprint(text or "") if prints is None else prints
        if not mine:
            return None
        nominated: Counter[str] = Counter()
        for value in mine:
            names = self._postings.get(value)
            if names and len(names) <= _COMMON:
                nominated.update(names)
        best: tuple[str, float] | None = None
        for name, _count in nominated.most_common(_CANDIDATES):
            theirs = self._prints[name]
            similarity = len(mine & theirs) / len(mine | theirs)
            if similarity >= THRESHOLD and (best is None or similarity > best[1]):
                best = (name, similarity)
        return best
