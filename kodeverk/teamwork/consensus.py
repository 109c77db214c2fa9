"""Settling disagreements: resolutions written to a consensus coder, undoable, with progress.

A resolution of a :class:`Disagreement` is one of ``a`` (accept A), ``b``
(accept B), ``union``, ``intersection`` (each per code: the union or the
common part of both sides' spans of that code; for *different codes* the
intersection is empty) or ``span`` (an explicit ``[start, end)`` with a code,
which defaults to the only code involved). It is written, in one
transaction, to the consensus coder (default ``"Konsensus"``, created if
missing): the consensus coder's codings of the involved codes that overlap
the passage are replaced by the outcome. An empty outcome (say, accepting B
on an *only A*) is recorded as a memo on the transcript by the consensus
coder titled ``"Konsensus: <key>"``, so that the decision is kept.

**Resolved** means: the consensus coder has a coding of one of the involved
codes overlapping the disagreement's passage, or such a decision memo for
its key. :func:`consensus_progress` counts resolved disagreements ("23 of 41").
Every resolution returns a :class:`Resolution`; :func:`undo_resolution` puts
things back as they were.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from kodeverk.codebook.service import coding_dict
from kodeverk.errors import NotFoundError, UsageError
from kodeverk.project import Project
from kodeverk.services.lookup import ensure_coder
from kodeverk.storage import people
from kodeverk.storage import teamwork as store
from kodeverk.storage.models import Coding, Memo
from kodeverk.teamwork.disagreements import Disagreement, _merge, list_disagreements
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

CONSENSUS = "Konsensus"
RESOLUTIONS = ("a", "b", "union", "intersection", "span")
MEMO_PREFIX = "Konsensus: "


@dataclass(frozen=True)
class Resolution:
    """What one resolution changed, enough to undo it."""

    key: str
    how: str
    outcome: tuple[tuple[int, int, int], ...]
    """(code id, start, end) of the consensus codings written."""
    added_coding_ids: tuple[int, ...]
    removed_codings: tuple[dict, ...]
    added_memo_ids: tuple[int, ...]
    removed_memos: tuple[dict, ...]


@dataclass(frozen=True)
class Progress:
    """How many disagreements are resolved, overall and per transcript name."""

    resolved: int
    total: int
    per_transcript: tuple[tuple[str, int, int], ...]

    def __str__(self) -> str:
        return f"{self.resolved} of {self.total} disagreements resolved"


def outcome_of(d: Disagreement, how: str, span: tuple[int, int] | None = None,
               code_id: int | None = None) -> list[tuple[int, int, int]]:
    """The consensus codings (code, start, end) a resolution stands for (module docstring)."""
    a = [(s.code_id, s.start, s.end) for s in d.a]
    b = [(s.code_id, s.start, s.end) for s in d.b]
    if how == "a":
        return a
    if how == "b":
        return b
    if how in ("union", "intersection"):
        out = []
        for code in d.code_ids:
            mine = [(s, e) for c, s, e in a if c == code]
            theirs = [(s, e) for c, s, e in b if c == code]
            if how == "union":
                out += [(code, s, e) for s, e in _merge(mine + theirs)]
            else:
                out += [(code, max(s1, s2), min(e1, e2)) for s1, e1 in mine for s2, e2 in theirs
                        if min(e1, e2) > max(s1, s2)]
        return sorted(out, key=lambda x: (x[1], x[2], x[0]))
    if how == "span":
        if span is None or not 0 <= span[0] < span[1]:
            raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "an explicit resolution needs a non-empty span [start, end)")))
        if code_id is None:
            if len(d.code_ids) != 1:
                raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "this disagreement involves several codes: say which code the span gets")))
            code_id = d.code_ids[0]
        return [(code_id, span[0], span[1])]
    raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "unknown resolution {how!r}; use one of {choices}"),
                             how=how, choices=', '.join(RESOLUTIONS)))


def _memo_dict(memo: Memo) -> dict:
    return store.column_values(memo)


def resolve_disagreement(project: Project, d: Disagreement, how: str, *, span: tuple[int, int] | None = None,
                         code_id: int | None = None, consensus: str = CONSENSUS) -> Resolution:
    """Write the resolution ``how`` of ``d`` to the consensus coder, in one transaction."""
    outcome = outcome_of(d, how, span, code_id)
    with project.transaction() as session:
        text_length = store.transcript_lengths(session, [d.transcript_id]).get(d.transcript_id)
        if text_length is None:
            raise NotFoundError("transcript", d.transcript)
        if any(e > text_length for _c, _s, e in outcome):
            raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "the span is beyond the end of the text ({length})"),
                                     length=text_length))
        coder = ensure_coder(session, consensus)
        low = min([d.start] + [s for _c, s, _e in outcome])
        high = max([d.end] + [e for _c, _s, e in outcome])
        codes = set(d.code_ids) | {c for c, _s, _e in outcome}
        old = [c for c in _consensus_codings(session, coder.id, d.transcript_id, codes) if c.start < high and c.end > low]
        removed = tuple(coding_dict(c) for c in old)
        store.delete_codings(session, [c.id for c in old])
        memos = store.memos_titled(session, coder.id, d.transcript_id, [MEMO_PREFIX + d.key])
        removed_memos = tuple(_memo_dict(m) for m in memos)
        store.delete_memos(session, [m.id for m in memos])
        session.expire_all()
        taken = store.coding_keys(session, [d.transcript_id])
        rows = [{"transcript_id": d.transcript_id, "code_id": c, "coder_id": coder.id, "start": s, "end": e,
                 "memo": f"consensus ({how})"} for c, s, e in outcome
                if (d.transcript_id, c, coder.id, s, e) not in taken]
        added = store.add_codings(session, rows)
        memo_ids: tuple[int, ...] = ()
        if not outcome:
            memo = Memo(transcript_id=d.transcript_id, coder_id=coder.id, title=MEMO_PREFIX + d.key,
                        text=f"Not coded ({how}) at [{d.start}, {d.end}) after comparing the coders.")
            session.add(memo)
            session.flush()
            memo_ids = (memo.id,)
        return Resolution(d.key, how, tuple(outcome), tuple(added), removed, memo_ids, removed_memos)


def _consensus_codings(session: Session, coder_id: int, transcript_id: int, codes: set[int]) -> list[Coding]:
    return [c for c in store.codings_of_coder(session, coder_id)
            if c.transcript_id == transcript_id and c.code_id in codes]


def undo_resolution(project: Project, resolution: Resolution) -> None:
    """Put the consensus coder's codings and memos back as they were before ``resolution``."""
    with project.transaction() as session:
        store.delete_codings(session, resolution.added_coding_ids)
        store.delete_memos(session, resolution.added_memo_ids)
        session.flush()
        for data in resolution.removed_codings:
            session.add(Coding(**data))
        for data in resolution.removed_memos:
            session.add(Memo(**data))
        session.flush()


def resolved_flags(project: Project, items: Sequence[Disagreement], consensus: str = CONSENSUS) -> list[bool]:
    """Whether each disagreement is resolved (module docstring)."""
    with project.reading() as session:
        coder = people.coder_by_name(session, consensus)
        if coder is None:
            return [False] * len(items)
        tids = {d.transcript_id for d in items}
        rows = store.coding_tuples(session, transcript_ids=tids, coder_ids=[coder.id])
        memos = store.memo_titles_of(session, coder.id, tids)
    flags = []
    for d in items:
        codes = set(d.code_ids)
        covered = any(r.transcript_id == d.transcript_id and r.code_id in codes and r.start < d.end
                      and r.end > d.start for r in rows)
        flags.append(covered or (d.transcript_id, MEMO_PREFIX + d.key) in memos)
    return flags


def consensus_progress(project: Project, coder_a: str, coder_b: str, codes: Sequence[str] = (),
                       transcripts: Sequence[str] = (), consensus: str = CONSENSUS) -> Progress:
    """Resolved disagreements of A and B, over ``transcripts`` (default all)."""
    with project.reading() as session:
        names = list(transcripts) or [r.name for r in store.transcript_keys(session)]
    total = resolved = 0
    rows = []
    for name in names:
        items = list_disagreements(project, name, coder_a, coder_b, codes)
        done = sum(resolved_flags(project, items, consensus))
        rows.append((name, done, len(items)))
        total += len(items)
        resolved += done
    return Progress(resolved, total, tuple(rows))


__all__ = ["CONSENSUS", "RESOLUTIONS", "Progress", "Resolution", "consensus_progress", "outcome_of",
           "resolve_disagreement", "resolved_flags", "undo_resolution"]
