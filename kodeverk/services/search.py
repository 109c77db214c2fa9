"""Searching transcript texts, exactly or fuzzily (Qt-free).

Offsets are code points into the normalised transcript text, like codings.
Exact search ignores case. Fuzzy search compares the query with every window
of as many words as the query has (one more and one fewer too), folded like
:func:`kodeverk.services.code_finder.fold`, with rapidfuzz; overlapping hits
keep only the best.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from kodeverk.project import Project
from kodeverk.services.code_finder import fold
from kodeverk.services.transcripts import list_transcripts, transcript_text

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
CONTEXT = 60


@dataclass(frozen=True)
class SearchHit:
    """One place a query was found, with the text around it."""

    transcript_id: int
    transcript: str
    start: int
    end: int
    score: float
    before: str
    match: str
    after: str


def _hit(transcript_id: int, name: str, text: str, start: int, end: int, score: float) -> SearchHit:
    before = text[max(0, start - CONTEXT):start].replace("\n", " ")
    after = text[end:end + CONTEXT].replace("\n", " ")
    return SearchHit(transcript_id, name, start, end, score, before, text[start:end], after)


def find_exact(text: str, query: str) -> list[tuple[int, int, float]]:
    """Spans of ``query`` in ``text``, ignoring case."""
    if not query.strip():
        return []
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    return [(m.start(), m.end(), 100.0) for m in pattern.finditer(text)]


def find_fuzzy(text: str, query: str, threshold: float = 80.0) -> list[tuple[int, int, float]]:
    """Spans of word windows of ``text`` like ``query`` (score ≥ threshold), best first, not overlapping."""
    wanted = fold(query.strip())
    query_words = len(_WORD.findall(query))
    if not wanted or not query_words:
        return []
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    folded = [fold(text[s:e]) for s, e in words]
    candidates: list[tuple[float, int, int]] = []
    for size in {max(1, query_words - 1), query_words, query_words + 1}:
        for i in range(0, max(0, len(words) - size + 1)):
            window = " ".join(folded[i:i + size])
            score = fuzz.ratio(wanted, window, score_cutoff=threshold)
            if score:
                candidates.append((score, words[i][0], words[i + size - 1][1]))
    candidates.sort(key=lambda c: (-c[0], c[2] - c[1]))
    taken: list[tuple[int, int, float]] = []
    for score, start, end in candidates:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, score))
    return sorted(taken)


def search_texts(texts: Iterable[tuple[int, str, str]], query: str, *, fuzzy: bool = False,
                 threshold: float = 80.0, limit: int = 2000) -> list[SearchHit]:
    """Hits of ``query`` in ``(transcript id, name, text)`` triples, in text order."""
    hits: list[SearchHit] = []
    for transcript_id, name, text in texts:
        spans = find_fuzzy(text, query, threshold) if fuzzy else find_exact(text, query)
        for start, end, score in spans:
            hits.append(_hit(transcript_id, name, text, start, end, score))
            if len(hits) >= limit:
                return hits
    return hits


def search_project(project: Project, query: str, *, fuzzy: bool = False, threshold: float = 80.0,
                   transcript_ids: Iterable[int] | None = None) -> list[SearchHit]:
    """Search every transcript of the project (or those in ``transcript_ids``)."""
    wanted = set(transcript_ids) if transcript_ids is not None else None
    chosen = [t for t in list_transcripts(project) if wanted is None or t.id in wanted]
    texts = ((t.id, t.name, transcript_text(project, t.id)) for t in chosen)
    return search_texts(texts, query, fuzzy=fuzzy, threshold=threshold)
