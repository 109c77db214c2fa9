"""Retrieval: query coded excerpts, co-occurrence, matrices and excerpt context (Qt-free).

The desktop app's Retrieve panel calls these functions; they return frozen
dataclasses. Entry points:

- :func:`retrieve` (``RetrievalQuery`` → ``list[Excerpt]``);
- :func:`merge_coders` / :func:`strongest` (quotes merged across coders);
- :func:`cooccurrences` / :func:`code_table`;
- :func:`code_by_group`, :func:`code_by_phase`, :func:`ladder_matrix`;
- :func:`widen` / :func:`widen_many` (sentence or speaker-turn context).
"""

from __future__ import annotations

from kodeverk.retrieval.context import Context, widen, widen_many
from kodeverk.retrieval.cooccurrence import CodeTable, Pair, code_table, cooccurrences, find_pairs
from kodeverk.retrieval.matrices import (
    LadderMatrix,
    Matrix,
    code_by_group,
    code_by_phase,
    ladder_matrix,
    ladder_steps,
)
from kodeverk.retrieval.query import Excerpt, RetrievalQuery, retrieve, text_matches
from kodeverk.retrieval.quotes import Quote, merge_coders, strongest

__all__ = [
    "CodeTable", "Context", "Excerpt", "LadderMatrix", "Matrix", "Pair", "Quote", "RetrievalQuery",
    "code_by_group", "code_by_phase", "code_table", "cooccurrences", "find_pairs", "ladder_matrix",
    "ladder_steps", "merge_coders", "retrieve", "strongest", "text_matches", "widen", "widen_many",
]
