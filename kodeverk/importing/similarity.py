"""Spotting near-duplicate transcripts cheaply: sampled word shingles and Jaccard similarity.

Each text is reduced to the hashes of its 5-word shingles, keeping about one
in eight (chosen by hash value, so the same shingles are kept in every text).
Two texts sharing at least :data:`THRESHOLD` of their kept shingles are near
duplicates: a revised copy, the same interview exported twice with small edits.
"""

from __future__ import annotations

import zlib

THRESHOLD = 0.8
_SHINGLE = 5
_KEEP_ONE_IN = 8


def fingerprint(text: str) -> frozenset[int]:
    """The sampled shingle hashes of ``text``."""
    words = text.casefold().split()
    if len(words) < _SHINGLE:
        return frozenset({zlib.crc32(" ".join(words).encode())}) if words else frozenset()
    kept = set()
    for i in range(len(words) - _SHINGLE + 1):
        value = zlib.crc32(" ".join(words[i:i + _SHINGLE]).encode())
        if value % _KEEP_ONE_IN == 0:
            kept.add(value)
    return frozenset(kept)


class Fingerprints:
    """Fingerprints of the texts seen so far, by name."""

    def __init__(self) -> None:
        self._prints: dict[str, frozenset[int]] = {}

    def add(self, name: str, text: str) -> None:
        self._prints[name] = fingerprint(text)

    def nearest(self, text: str) -> tuple[str, float] | None:
        """The most similar known text and its similarity, if at or above the threshold."""
        mine = fingerprint(text)
        if not mine:
            return None
        best: tuple[str, float] | None = None
        for name, theirs in self._prints.items():
            if not theirs:
                continue
            shared = len(mine & theirs)
            if shared == 0:
                continue
            similarity = shared / len(mine | theirs)
            if similarity >= THRESHOLD and (best is None or similarity > best[1]):
                best = (name, similarity)
        return best
