"""Widening an excerpt to its sentence or to its whole speaker turn.

A *sentence* runs from just after the previous sentence end (``.``, ``!``,
``?``, ``…`` followed by white space), a line break or the start of the
speaker's words, to the next sentence end (included) or line break. The
result always contains the excerpt. A *turn* is the stored speaker turn that
contains the excerpt's start, without its label (``R:``); a transcript
without turns widens to its paragraph (the lines around the excerpt).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from kodeverk.errors import UsageError
from kodeverk.project import Project
from kodeverk.retrieval.watch import NO_WATCH, Watch
from kodeverk.storage import retrieval as store
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

Scope = Literal["sentence", "turn"]
_SENTENCE_END = re.compile(r"[.!?…]+[\"»”)']*(?=\s)|\n")


@dataclass(frozen=True)
class Context:
    """The widened span ``[start, end)`` of a transcript, its text and the speaker (if a turn)."""

    transcript_id: int
    start: int
    end: int
    text: str
    speaker: str | None = None


@dataclass(frozen=True)
class TurnSpan:
    start: int
    end: int
    label_end: int
    speaker: str


def sentence_bounds(text: str, start: int, end: int, floor: int = 0, ceiling: int | None = None) -> tuple[int, int]:
    """The sentence(s) around ``[start, end)``, kept within ``[floor, ceiling)``."""
    ceiling = len(text) if ceiling is None else ceiling
    left = floor
    for match in _SENTENCE_END.finditer(text, floor, max(floor, start)):
        left = match.end()
    right = ceiling
    if end > start and _SENTENCE_END.match(text, end - 1) and text[end - 1] in ".!?…":
        right = end
    else:
        match = _SENTENCE_END.search(text, end, ceiling)
        if match:
            right = match.end() if match.group() != "\n" else match.start()
    while left < start and text[left].isspace():
        left += 1
    while right > end and text[right - 1].isspace():
        right -= 1
    return min(left, start), max(right, end)


def turn_at(turns: Sequence[TurnSpan], position: int) -> TurnSpan | None:
    """The turn whose span holds ``position`` (turns sorted by start)."""
    for turn in turns:
        if turn.start <= position < turn.end:
            return turn
    return None


def widen_span(text: str, turns: Sequence[TurnSpan], start: int, end: int, scope: Scope) -> tuple[int, int, str | None]:
    """``(start, end, speaker)`` of the sentence or turn around ``[start, end)``."""
    turn = turn_at(turns, start)
    if scope == "turn":
        if turn is None:
            left = text.rfind("\n", 0, start) + 1
            right = text.find("\n", end)
            return min(left, start), max(end, len(text) if right == -1 else right), None
        body_start = turn.label_end
        while body_start < turn.end and text[body_start].isspace():
            body_start += 1
        right = turn.end
        while right > body_start and text[right - 1].isspace():
            right -= 1
        return min(body_start, start), max(right, end), turn.speaker
    if scope == "sentence":
        floor = turn.label_end if turn is not None and turn.label_end <= start else 0
        ceiling = turn.end if turn is not None and turn.end >= end else len(text)
        left, right = sentence_bounds(text, start, end, floor, ceiling)
        return left, right, turn.speaker if turn else None
    raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "context must be 'sentence' or 'turn', not {value!r}"),
                             value=scope))


def widen(project: Project, transcript_id: int, start: int, end: int, scope: Scope) -> Context:
    """The sentence or whole speaker turn around ``[start, end)`` of a transcript."""
    return widen_many(project, [(transcript_id, start, end)], scope)[0]


def widen_many(project: Project, spans: Sequence[tuple[int, int, int]], scope: Scope,
               watch: Watch = NO_WATCH) -> list[Context]:
    """:func:`widen` for many ``(transcript_id, start, end)`` at once (one read); progress as stage "context"."""
    ids = {t for t, _s, _e in spans}
    with project.reading() as session:
        texts = store.texts_of(session, ids)
        turns: dict[int, list[TurnSpan]] = {}
        for turn in store.turns_of_transcripts(session, ids):
            turns.setdefault(turn.transcript_id, []).append(
                TurnSpan(turn.start, turn.end, turn.label_end, turn.speaker))
    result = []
    for transcript_id, start, end in watch.each(spans, "context"):
        text = texts.get(transcript_id)
        if text is None:
            raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "no transcript #{id}"), id=transcript_id))
        left, right, speaker = widen_span(text, turns.get(transcript_id, []), start, end, scope)
        result.append(Context(transcript_id, left, right, text[left:right], speaker))
    return result
