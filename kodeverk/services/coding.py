"""Coding passages: add, remove, change and restore codings.

Offsets are code points into the transcript's normalised text, half-open.
Every function is one transaction; :func:`remove_coding` returns the coding
as it was so that :func:`restore_coding` can put it back (undo).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from kodeverk.errors import AmbiguousError, ConflictError, NotFoundError, UsageError
from kodeverk.project import Project
from kodeverk.storage import codings as coding_store
from kodeverk.storage import transcripts as transcript_store
from kodeverk.storage.models import Code, Coder, Coding
from kodeverk.text.normalise import normalise_text
from kodeverk.messages import QT_TRANSLATE_NOOP, Message, joined


@dataclass(frozen=True)
class CodingInfo:
    """A coding as the app and the command line see it."""

    id: int
    transcript_id: int
    code_id: int
    coder_id: int
    start: int
    end: int
    memo: str
    created: dt.datetime

    def as_record(self) -> dict:
        return {"id": self.id, "transcript_id": self.transcript_id, "code_id": self.code_id,
                "coder_id": self.coder_id, "start": self.start, "end": self.end, "memo": self.memo,
                "created": self.created}


def _info(coding: Coding) -> CodingInfo:
    return CodingInfo(coding.id, coding.transcript_id, coding.code_id, coding.coder_id, coding.start, coding.end,
                      coding.memo, coding.created)


def locate_passage(text: str, passage: str, occurrence: int | None = None, *, transcript: str = "") -> tuple[int, int]:
    """The span of ``passage`` in ``text``; ``occurrence`` (1-based) picks one of several."""
    wanted = normalise_text(passage)
    if not wanted.strip():
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "the passage to code is empty")))
    starts = []
    position = text.find(wanted)
    while position != -1:
        starts.append(position)
        position = text.find(wanted, position + 1)
    if not starts:
        shown = passage if len(passage) <= 60 else passage[:60] + "…"
        if transcript:
            raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "the passage {passage!r} is not in transcript {transcript!r} (it must match the transcript's text exactly)"),
                                     passage=shown, transcript=transcript))
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "the passage {passage!r} is not in the text (it must match the transcript's text exactly)"),
                                 passage=shown))
    if occurrence is None:
        if len(starts) > 1:
            listed = joined(", ", [Message(QT_TRANSLATE_NOOP("CoreMessages", "{number}: at {position}"),
                                           number=i, position=s)
                                   for i, s in enumerate(starts, start=1)])
            if transcript:
                raise AmbiguousError(Message(QT_TRANSLATE_NOOP("CoreMessages", "the passage occurs {count} times in transcript {transcript!r} ({listed}); choose one with --occurrence N"),
                                             count=len(starts), transcript=transcript, listed=listed))
            raise AmbiguousError(Message(QT_TRANSLATE_NOOP("CoreMessages", "the passage occurs {count} times ({listed}); choose one with --occurrence N"),
                                         count=len(starts), listed=listed))
        occurrence = 1
    if not 1 <= occurrence <= len(starts):
        if transcript:
            raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "occurrence {occurrence} asked for, but the passage occurs %n time(s) in transcript {transcript!r}", None, 1),
                                     occurrence=occurrence, n=len(starts), transcript=transcript))
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "occurrence {occurrence} asked for, but the passage occurs %n time(s)", None, 1),
                                 occurrence=occurrence, n=len(starts)))
    start = starts[occurrence - 1]
    return start, start + len(wanted)


def _check_span(session: Session, transcript_id: int, start: int, end: int) -> None:
    length = transcript_store.transcript_length(session, transcript_id)
    if length is None:
        raise NotFoundError("transcript", f"#{transcript_id}")
    if not 0 <= start < end <= length:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "span [{start}, {end}) is outside the transcript's text (0–{length}) or empty"),
                                 start=start, end=end, length=length))


def add_coding_in(session: Session, transcript_id: int, code_id: int, coder_id: int, start: int, end: int,
                  memo: str = "") -> Coding:
    """Add a coding inside an open session; refuses an exact duplicate."""
    _check_span(session, transcript_id, start, end)
    for model, key in ((Code, code_id), (Coder, coder_id)):
        if session.get(model, key) is None:
            raise NotFoundError(model.__name__.lower(), f"#{key}")
    if coding_store.find_coding(session, transcript_id, code_id, coder_id, start, end) is not None:
        raise ConflictError(Message(QT_TRANSLATE_NOOP("CoreMessages", "this passage [{start}, {end}) is already coded with this code by this coder"),
                                    start=start, end=end))
    coding = Coding(transcript_id=transcript_id, code_id=code_id, coder_id=coder_id, start=start, end=end,
                    memo=memo)
    session.add(coding)
    session.flush()
    return coding


def add_coding(project: Project, transcript_id: int, code_id: int, coder_id: int, start: int, end: int,
               memo: str = "") -> CodingInfo:
    with project.transaction() as session:
        return _info(add_coding_in(session, transcript_id, code_id, coder_id, start, end, memo))


def get_coding(project: Project, coding_id: int) -> CodingInfo:
    with project.reading() as session:
        coding = session.get(Coding, coding_id)
        if coding is None:
            raise NotFoundError("coding", f"#{coding_id}")
        return _info(coding)


def remove_coding(project: Project, coding_id: int) -> CodingInfo:
    """Delete a coding; returns it as it was."""
    with project.transaction() as session:
        coding = session.get(Coding, coding_id)
        if coding is None:
            raise NotFoundError("coding", f"#{coding_id}")
        info = _info(coding)
        session.delete(coding)
        return info


def remove_coding_by_span(project: Project, transcript_id: int, code_id: int, coder_id: int,
                          start: int, end: int) -> CodingInfo:
    with project.reading() as session:
        coding = coding_store.find_coding(session, transcript_id, code_id, coder_id, start, end)
        if coding is None:
            raise NotFoundError("coding", f"[{start}, {end}) with this code by this coder")
        coding_id = coding.id
    return remove_coding(project, coding_id)


def restore_coding(project: Project, info: CodingInfo) -> CodingInfo:
    """Put back a coding exactly as :func:`remove_coding` returned it (same id)."""
    with project.transaction() as session:
        if session.get(Coding, info.id) is not None:
            raise ConflictError(Message(QT_TRANSLATE_NOOP("CoreMessages", "coding #{id} exists already"), id=info.id))
        _check_span(session, info.transcript_id, info.start, info.end)
        coding = Coding(**info.as_record())
        session.add(coding)
        session.flush()
        return _info(coding)


def update_coding(project: Project, coding_id: int, *, start: int | None = None, end: int | None = None,
                  code_id: int | None = None, memo: str | None = None) -> tuple[CodingInfo, CodingInfo]:
    """Change a coding's span, code or memo; returns (before, after)."""
    with project.transaction() as session:
        coding = session.get(Coding, coding_id)
        if coding is None:
            raise NotFoundError("coding", f"#{coding_id}")
        before = _info(coding)
        after = replace(before, start=before.start if start is None else start,
                        end=before.end if end is None else end,
                        code_id=before.code_id if code_id is None else code_id,
                        memo=before.memo if memo is None else memo)
        _check_span(session, after.transcript_id, after.start, after.end)
        if (after.start, after.end, after.code_id) != (before.start, before.end, before.code_id):
            if session.get(Code, after.code_id) is None:
                raise NotFoundError("code", f"#{after.code_id}")
            clash = coding_store.find_coding(session, after.transcript_id, after.code_id, after.coder_id,
                                             after.start, after.end)
            if clash is not None and clash.id != coding_id:
                raise ConflictError(Message(QT_TRANSLATE_NOOP("CoreMessages", "the same coder already has this code on exactly that span")))
        coding.start, coding.end, coding.code_id, coding.memo = after.start, after.end, after.code_id, after.memo
        session.flush()
        return before, _info(coding)


def codings_of_transcript(project: Project, transcript_id: int) -> list[CodingInfo]:
    with project.reading() as session:
        return [_info(c) for c in coding_store.codings_of_transcript(session, transcript_id)]
