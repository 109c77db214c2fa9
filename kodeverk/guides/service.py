"""Guides as project data, and structural coding: one segment per guide question.

:func:`plan_structure` (nothing changes) matches each transcript's
interviewer turns to the guide's questions (:mod:`kodeverk.guides.match`)
and reports the matches with their scores, the unmatched turns and the
skipped questions. A transcript where fewer than :data:`MIN_SHARE` of the
questions are found does not follow this guide and is left alone.

:func:`apply_structure` does it in one transaction: a parent code named for
the guide, one code under it per question (``"3. question"``, the full
question as its description), and for each matched question a coding of its
answer span — from the question's turn to the next matched question — by a
coder named for the guide. Codings already there are not added twice.
:func:`undo_structure` takes it all back.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.orm import Session

from kodeverk.codebook.service import add_code_in, load_codebook
from kodeverk.errors import ConflictError, NotFoundError, UsageError
from kodeverk.guides.match import TurnText, answer_spans, match_turns
from kodeverk.guides.reader import read_guide
from kodeverk.guides.templates import template
from kodeverk.project import Project
from kodeverk.services.lookup import ensure_coder, find_transcript, nearest
from kodeverk.storage import guides as store
from kodeverk.storage import revisions as coding_store
from kodeverk.storage import transcripts as transcript_store
from kodeverk.storage.models import Code, Coding
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

MIN_SHARE = 0.25
_CODE_NAME = 120


@dataclass(frozen=True)
class GuideInfo:
    name: str
    description: str
    questions: tuple[str, ...]

    def as_json(self) -> dict:
        return {"name": self.name, "description": self.description, "questions": list(self.questions)}


def _info(guide: object) -> GuideInfo:
    return GuideInfo(guide.name, guide.description, tuple(q.text for q in guide.questions))  # type: ignore[attr-defined]


def list_guides(project: Project) -> list[GuideInfo]:
    with project.reading() as session:
        return [_info(g) for g in store.all_guides(session)]


def _find_guide(session: Session, name: str):  # type: ignore[no-untyped-def]
    guide = store.guide_by_name(session, name)
    if guide is None:
        guides = store.all_guides(session)
        folded = [g for g in guides if g.name.casefold() == name.strip().casefold()]
        if len(folded) == 1:
            return folded[0]
        raise NotFoundError("guide", name, nearest(name, [g.name for g in guides]))
    return guide


def get_guide(project: Project, name: str) -> GuideInfo:
    with project.reading() as session:
        return _info(_find_guide(session, name))


def add_guide(project: Project, name: str, questions: Sequence[str], description: str = "") -> GuideInfo:
    """Store a guide typed or read in: ``questions`` in the order asked."""
    name = " ".join(name.split())
    cleaned = [" ".join(q.split()) for q in questions if q.strip()]
    if not name:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "a guide needs a name")))
    if not cleaned:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "the guide {name!r} has no questions"), name=name))
    with project.transaction() as session:
        if any(g.name.casefold() == name.casefold() for g in store.all_guides(session)):
            raise ConflictError(Message(QT_TRANSLATE_NOOP("CoreMessages", "a guide named {name!r} exists already"),
                                        name=name))
        return _info(store.add_guide(session, name, description, cleaned))


def import_guide(project: Project, path: Path | str, name: str | None = None) -> GuideInfo:
    """Read a guide from a .docx/.txt/.md file (one question per line or list item) and store it."""
    text = read_guide(path)
    return add_guide(project, name or text.name, text.questions, text.description)


def add_template(project: Project, template_name: str) -> GuideInfo:
    """Store one of the shipped 2023 guides."""
    text = template(template_name)
    return add_guide(project, text.name, text.questions, text.description)


def delete_guide(project: Project, name: str) -> None:
    """Remove a guide (codes and codings made from it stay)."""
    with project.transaction() as session:
        session.delete(_find_guide(session, name))


# -- structural coding ---------------------------------------------------------------------------


@dataclass(frozen=True)
class MatchInfo:
    """A question found in a transcript: the turn that asks it, its score, and the answer span to code."""

    question_number: int  # 1-based
    question: str
    turn_start: int
    turn_end: int
    turn_text: str
    score: float
    in_order: bool
    start: int
    end: int

    def as_json(self) -> dict:
        return {"question": self.question_number, "text": self.question, "score": self.score,
                "in_order": self.in_order, "turn": {"start": self.turn_start, "end": self.turn_end,
                                                    "text": self.turn_text},
                "span": {"start": self.start, "end": self.end}}


@dataclass(frozen=True)
class UnmatchedTurn:
    start: int
    end: int
    text: str
    best_question: int | None  # 1-based
    score: float

    def as_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "best_question": self.best_question,
                "score": self.score}


@dataclass(frozen=True)
class TranscriptStructure:
    """The guide matched to one transcript. ``follows`` is False when too few questions were found."""

    transcript: str
    transcript_id: int
    matches: tuple[MatchInfo, ...]
    unmatched: tuple[UnmatchedTurn, ...]
    skipped: tuple[int, ...]  # 1-based question numbers
    follows: bool
    note: str = ""

    def as_json(self) -> dict:
        return {"transcript": self.transcript, "follows_guide": self.follows, "note": self.note or None,
                "matches": [m.as_json() for m in self.matches],
                "unmatched_turns": [u.as_json() for u in self.unmatched], "skipped_questions": list(self.skipped)}


@dataclass(frozen=True)
class StructureReport:
    guide: str
    coder: str
    questions: tuple[str, ...]
    transcripts: tuple[TranscriptStructure, ...]
    applied: bool = False
    added: int = 0
    already: int = 0

    def as_json(self) -> dict:
        return {"guide": self.guide, "coder": self.coder, "applied": self.applied, "codings_added": self.added,
                "codings_already_there": self.already, "questions": list(self.questions),
                "transcripts": [t.as_json() for t in self.transcripts]}

    def lines(self) -> list[str]:
        out = [f"guide {self.guide!r}: {len(self.questions)} questions; coder {self.coder!r}"]
        for item in self.transcripts:
            out.append("")
            out.append(f"{item.transcript}: {len(item.matches)} of {len(self.questions)} questions found"
                       + ("" if item.follows else f" — left alone ({item.note})"))
            for m in item.matches:
                order = "" if m.in_order else " (out of order)"
                out.append(f"  Q{m.question_number:<3} {m.score:5.1f}  [{m.start}, {m.end}){order}  "
                           f"{_short(m.turn_text)}")
            if item.skipped:
                out.append("  skipped questions: " + ", ".join(f"Q{n}" for n in item.skipped))
            for u in item.unmatched:
                best = f"best Q{u.best_question} {u.score:.0f}" if u.best_question else "no question"
                out.append(f"  unmatched turn [{u.start}, {u.end}) ({best}): {_short(u.text)}")
        out.append("")
        if self.applied:
            out.append(f"applied: {self.added} codings added, {self.already} were there already")
        else:
            out.append("dry run: nothing was changed")
        return out


def _short(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


def _structure_one(session: Session, transcript_id: int, questions: tuple[str, ...]) -> TranscriptStructure:
    transcript = transcript_store.transcript_with_text(session, transcript_id)
    assert transcript is not None
    text = transcript.text
    turns = [t for t in transcript_store.turns_of(session, transcript_id) if t.is_interviewer]
    if not turns:
        return TranscriptStructure(transcript.name, transcript_id, (), (), tuple(range(1, len(questions) + 1)),
                                   False, "no interviewer turns recognised")
    turn_texts = [TurnText(t.start, t.end, text[t.label_end:t.end]) for t in turns]
    result = match_turns(questions, turn_texts)
    spans = answer_spans(result.matches, turn_texts, len(text))
    matches = []
    for m in result.matches:
        start, end = spans[m.question]
        while end > start and text[end - 1].isspace():
            end -= 1
        turn = turn_texts[m.turn]
        matches.append(MatchInfo(m.question + 1, questions[m.question], turn.start, turn.end, turn.text.strip(),
                                 m.score, m.in_order, start, end))
    unmatched = tuple(UnmatchedTurn(turn_texts[t].start, turn_texts[t].end, turn_texts[t].text.strip(),
                                    None if q is None else q + 1, s) for t, q, s in result.unmatched_turns)
    needed = max(1 if len(questions) == 1 else 2, math.ceil(MIN_SHARE * len(questions)))
    follows = len(matches) >= needed
    note = "" if follows else f"only {len(matches)} questions found, {needed} needed: it does not follow this guide"
    return TranscriptStructure(transcript.name, transcript_id, tuple(matches), unmatched,
                               tuple(q + 1 for q in result.skipped_questions), follows, note)


def _guide_questions(session: Session, name: str, *, store_template: bool) -> tuple[str, tuple[str, ...]]:
    """The name and questions of the project's guide ``name``; failing that, of the shipped template
    ``name`` (stored in the project when ``store_template``, so that applying it keeps the guide)."""
    try:
        guide = _find_guide(session, name)
    except NotFoundError as missing:
        try:
            shipped = template(name)
        except NotFoundError:
            raise missing from None
        if store_template:
            store.add_guide(session, shipped.name, shipped.description, list(shipped.questions))
        return shipped.name, tuple(shipped.questions)
    return guide.name, tuple(q.text for q in guide.questions)


def _plan(session: Session, guide_name: str, transcripts: Sequence[str], *,
          store_template: bool = False) -> StructureReport:
    name, questions = _guide_questions(session, guide_name, store_template=store_template)
    ids = ([find_transcript(session, name).id for name in transcripts] if transcripts
           else [t.id for t in transcript_store.all_transcripts(session)])
    items = tuple(_structure_one(session, tid, questions) for tid in dict.fromkeys(ids))
    return StructureReport(name, name, questions, items)


def plan_structure(project: Project, guide: str, transcripts: Sequence[str] = ()) -> StructureReport:
    """Match the guide to the transcripts (default: all) for review; nothing changes."""
    with project.reading() as session:
        return _plan(session, guide, transcripts)


@dataclass(frozen=True)
class StructureUndo:
    coding_ids: tuple[int, ...]
    code_ids: tuple[int, ...]  # created codes, children before their parent


def code_name(number: int, question: str) -> str:
    flat = " ".join(question.split())
    name = f"{number}. {flat}"
    return name if len(name) <= _CODE_NAME else name[:_CODE_NAME - 1] + "…"


def _ensure_code(session: Session, parent_id: int | None, name: str, description: str,
                 created: list[int]) -> int:
    book = load_codebook(session)
    for sibling in book.siblings(parent_id):
        if book[sibling].name.casefold() == name.casefold():
            return sibling
    code = add_code_in(session, parent_id, name, description=description)
    created.append(code.id)
    return code.id


def apply_structure(project: Project, guide: str, transcripts: Sequence[str] = ()
                    ) -> tuple[StructureReport, StructureUndo]:
    """Create the guide's codes and code every matched question's answer span (one transaction)."""
    with project.transaction() as session:
        report = _plan(session, guide, transcripts, store_template=True)
        created: list[int] = []
        parent = _ensure_code(session, None, report.guide, f"Questions of the interview guide {report.guide!r}",
                              created)
        question_codes = {n: _ensure_code(session, parent, code_name(n, q), q, created)
                          for n, q in enumerate(report.questions, start=1)}
        coder = ensure_coder(session, report.coder)
        added: list[int] = []
        already = 0
        for item in report.transcripts:
            if not item.follows:
                continue
            existing = {(c.code_id, c.start, c.end) for c in coding_store.coding_rows(session, item.transcript_id)
                        if c.coder_id == coder.id}
            for m in item.matches:
                key = (question_codes[m.question_number], m.start, m.end)
                if key in existing or m.end <= m.start:
                    already += 1
                    continue
                existing.add(key)
                coding = Coding(transcript_id=item.transcript_id, code_id=key[0], coder_id=coder.id,
                                start=m.start, end=m.end)
                session.add(coding)
                session.flush()
                added.append(coding.id)
        undo = StructureUndo(tuple(added), tuple(reversed(created)))
    return replace(report, applied=True, added=len(added), already=already), undo


def undo_structure(project: Project, undo: StructureUndo) -> None:
    """Remove the codings and the codes :func:`apply_structure` made (one transaction)."""
    with project.transaction() as session:
        coding_store.delete_codings(session, undo.coding_ids)
        session.flush()
        for code_id in undo.code_ids:
            code = session.get(Code, code_id)
            if code is not None:
                session.delete(code)
                session.flush()
