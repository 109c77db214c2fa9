"""The public shape of the ``segments`` listing: a projection of :class:`~kodeverk.retrieval.Excerpt`.

A coded segment is an :class:`~kodeverk.retrieval.Excerpt`, found by
:func:`kodeverk.retrieval.retrieve` (the one query and filter path for the
command line, the app's segments dock, the Retrieve panel and the exports).
``kodeverk segments --json`` is a stable contract (issue 2): it prints each
excerpt's JSON without the informant's ministry and role, with the keys in
:data:`SEGMENT_KEYS` order. ``tests/core/test_segments_contract.py`` pins it.
"""

from __future__ import annotations

from typing import Any

from kodeverk.retrieval.query import Excerpt

SEGMENT_KEYS = ("coding_id", "transcript", "code", "coder", "start", "end", "text", "memo", "phase", "groups",
                "informant", "created")


def segment_json(excerpt: Excerpt) -> dict[str, Any]:
    """One line of ``kodeverk segments --json``: the excerpt's JSON, only the contract's keys, in their order."""
    full = excerpt.as_json()
    return {key: full[key] for key in SEGMENT_KEYS}
