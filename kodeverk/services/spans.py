"""Span arithmetic on stored codings: joining a coder's overlapping codings of one code."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from kodeverk.storage.models import Coding


def join_overlapping(session: Session, codings: Iterable[Coding]) -> list[int]:
    """Join overlapping or touching codings with the same transcript, code and coder.

    The earliest coding of each run is widened to cover the run and keeps the
    others' memos; the others are deleted. Returns the ids of codings created
    (none: the join works in place), for the undo record.
    """
    runs: dict[tuple[int, int, int], list[Coding]] = {}
    for coding in codings:
        runs.setdefault((coding.transcript_id, coding.code_id, coding.coder_id), []).append(coding)
    for group in runs.values():
        group.sort(key=lambda c: (c.start, c.end, c.id))
        merged: list[list[Coding]] = []
        for coding in group:
            if merged and coding.start <= max(c.end for c in merged[-1]):
                merged[-1].append(coding)
            else:
                merged.append([coding])
        for run in merged:
            if len(run) == 1:
                continue
            keeper = min(run, key=lambda c: (c.created, c.id))
            start, end = min(c.start for c in run), max(c.end for c in run)
            memos = [c.memo for c in sorted(run, key=lambda c: c.start) if c.memo]
            for other in run:
                if other is not keeper:
                    session.delete(other)
            session.flush()
            keeper.start, keeper.end = start, end
            keeper.memo = "\n\n".join(dict.fromkeys(memos))
            session.flush()
    return []
