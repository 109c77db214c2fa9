"""Finding codes fuzzily by what a user types (the quick picker).

Matching folds case and the Norwegian letters (æ→ae, ø→o, å→a) on both sides,
so ``sekretariatet`` finds ``Sekretariatet`` and ``forstaelse`` finds
``forståelse``; rapidfuzz tolerates typos. Names weigh more than descriptions.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

from kodeverk.codebook.tree import Codebook

_LETTERS = str.maketrans({"æ": "ae", "ä": "ae", "ø": "o", "ö": "o", "å": "a"})


def fold(text: str) -> str:
    """Lower case, Norwegian letters spelt out, accents dropped."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_LETTERS)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass(frozen=True)
class CodeMatch:
    code_id: int
    score: float


def find_codes(book: Codebook, query: str, limit: int = 12, cutoff: float = 55.0) -> list[CodeMatch]:
    """Codes best matching ``query``, best first; every code in codebook order for an empty query."""
    wanted = fold(query.strip())
    if not wanted:
        return [CodeMatch(node.id, 100.0) for node in book.walk()][:limit]
    scored = []
    for order, node in enumerate(book.walk()):
        name = fold(node.name)
        score = max(fuzz.WRatio(wanted, name), fuzz.partial_ratio(wanted, name) - 5)
        if name.startswith(wanted):
            score = max(score, 100.0)
        elif wanted in name:
            score = max(score, 97.0)
        score = max(score, fuzz.WRatio(wanted, fold(node.path_string)) - 8)
        if node.description:
            score = max(score, fuzz.partial_ratio(wanted, fold(node.description)) - 15)
        if score >= cutoff:
            scored.append((-score, node.depth, order, node.id, score))
    scored.sort()
    return [CodeMatch(code_id, score) for *_rest, code_id, score in scored[:limit]]
