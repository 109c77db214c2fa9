"""Replacing a transcript's text with a revised version, keeping its codings.

:func:`plan_revision` (nothing changes) re-anchors every coding of the
transcript onto the new text (:mod:`kodeverk.revision.anchor`) and reports
each as moved exactly, moved with changes (old and new passage) or lost.
A new text that shares too little with the old is *refused*: it is a
different interview, not a revision.

:func:`apply_revision` does it, in one transaction: the text, its hash and
counts, the turns (found afresh in a revised file, carried over through the
diff for an edit in place), every coding moved, and every lost coding moved
to the review list (``lost_coding``), never dropped. It returns a
:class:`RevisionUndo` that :func:`undo_revision` uses to put everything back,
again in one transaction.

:func:`revise_from_file` reads the revised file like an import does;
:func:`edit_text` replaces one passage in place.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy.orm import Session

from kodeverk.codebook.service import load_codebook
from kodeverk.errors import ConflictError, ReadError, UsageError
from kodeverk.project import Project
from kodeverk.revision.anchor import CHANGED, EXACT, LOST, TextMap, reanchor
from kodeverk.services.lookup import find_transcript
from kodeverk.storage import revisions as store
from kodeverk.storage import transcripts as transcript_store
from kodeverk.text.normalise import normalise_text, word_count
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

Turns = list[tuple[int, int, int, str, bool]]

# why a coding is lost (the words kept on the review list; the app translates them by these constants)
LOST_GONE = Message(QT_TRANSLATE_NOOP("CoreMessages", "its passage is no longer in the text"))
LOST_CLASH = Message(QT_TRANSLATE_NOOP("CoreMessages", "it would land on the same span as another coding of this code and coder"))
# why a revision is refused
REFUSED_EMPTY = Message(QT_TRANSLATE_NOOP("CoreMessages", "the new text is empty"))


class RevisionRefused(ConflictError):
    """The new text is not a revision of the transcript (a different interview altogether)."""


@dataclass(frozen=True)
class NewVersion:
    """The revised text, and where it came from. ``turns`` None: carry the old turns over."""

    text: str
    turns: Turns | None = None
    original_bytes: bytes | None = None
    original_filename: str | None = None
    source_format: str | None = None


@dataclass(frozen=True)
class CodingMove:
    """What happens to one coding: ``status`` exact, changed or lost."""

    coding_id: int
    code_id: int
    code_path: str
    coder: str
    status: str
    old_start: int
    old_end: int
    old_text: str
    new_start: int | None
    new_end: int | None
    new_text: str | None
    score: float
    reason: str = ""

    def as_json(self) -> dict:
        return {"coding": self.coding_id, "code": self.code_path, "coder": self.coder, "status": self.status,
                "old": {"start": self.old_start, "end": self.old_end, "text": self.old_text},
                "new": None if self.new_start is None else
                {"start": self.new_start, "end": self.new_end, "text": self.new_text},
                "score": round(self.score, 1), "reason": self.reason or None}


@dataclass(frozen=True)
class RevisionReport:
    """The plan (or the result) of a revision; ``refused`` holds the reason a revision is refused."""

    transcript: str
    transcript_id: int
    old_characters: int
    new_characters: int
    shared: float
    moves: tuple[CodingMove, ...]
    refused: str | None = None
    applied: bool = False

    def count(self, status: str) -> int:
        return sum(1 for move in self.moves if move.status == status)

    @property
    def unchanged(self) -> bool:
        return self.old_characters == self.new_characters and all(
            m.status == EXACT and m.old_start == m.new_start for m in self.moves) and self.shared >= 1.0

    def as_json(self) -> dict:
        return {"transcript": self.transcript, "applied": self.applied, "refused": self.refused,
                "old_characters": self.old_characters, "new_characters": self.new_characters,
                "shared": round(self.shared, 3),
                "counts": {EXACT: self.count(EXACT), CHANGED: self.count(CHANGED), LOST: self.count(LOST)},
                "codings": [m.as_json() for m in self.moves]}

    def lines(self) -> list[str]:
        out = [f"{self.transcript}: {self.old_characters} → {self.new_characters} characters, "
               f"{self.shared:.0%} of the old text unchanged"]
        if self.refused:
            out.append(f"refused: {self.refused}")
        out.append(f"{len(self.moves)} codings: {self.count(EXACT)} moved exactly, "
                   f"{self.count(CHANGED)} moved with changes, {self.count(LOST)} lost")
        for move in self.moves:
            if move.status == CHANGED:
                out.append(f"  changed [{move.old_start}, {move.old_end}) → [{move.new_start}, {move.new_end}) "
                           f"{move.code_path} ({move.coder}), {move.score:.0f} %")
                out.append(f"    old: {_short(move.old_text)}")
                out.append(f"    new: {_short(move.new_text or '')}")
            elif move.status == LOST:
                out.append(f"  lost [{move.old_start}, {move.old_end}) {move.code_path} ({move.coder}): "
                           f"{move.reason}")
                out.append(f"    old: {_short(move.old_text)}")
        if self.applied:
            out.append("applied" + (f"; {self.count(LOST)} lost codings are on the review list "
                                    "(kodeverk lost)" if self.count(LOST) else ""))
        elif not self.refused:
            out.append("dry run: nothing was changed")
        return out


def _short(text: str, limit: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


@dataclass(frozen=True)
class RevisionUndo:
    """Everything :func:`undo_revision` needs to put the transcript back as it was."""

    transcript_id: int
    values: dict
    turns: Turns
    moved: tuple[tuple[int, int, int], ...]  # coding id, old start, old end
    lost_codings: tuple[dict, ...]            # the codings moved to the review list, as they were
    lost_ids: tuple[int, ...] = field(default=())


# -- planning ----------------------------------------------------------------------------------


def _plan(session: Session, transcript_id: int, new_text: str) -> tuple[RevisionReport, TextMap]:
    transcript = transcript_store.transcript_with_text(session, transcript_id)
    if transcript is None:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "transcript #{id} no longer exists"),
                                 id=transcript_id))
    old_text = transcript.text
    text_map = TextMap(old_text, new_text)
    book = load_codebook(session)
    coders = store.coder_names(session)
    moves: list[CodingMove] = []
    taken: set[tuple[int, int, int, int]] = set()
    for coding in store.coding_rows(session, transcript_id):
        placement = reanchor(text_map, coding.start, coding.end)
        status, reason = placement.status, ""
        if status == LOST:
            reason = LOST_GONE
        else:
            key = (coding.code_id, coding.coder_id, placement.start, placement.end)
            if key in taken:
                status, reason = LOST, LOST_CLASH
            taken.add(key)  # type: ignore[arg-type]
        placed = status != LOST
        moves.append(CodingMove(
            coding.id, coding.code_id, book[coding.code_id].path_string, coders.get(coding.coder_id, "?"), status,
            coding.start, coding.end, old_text[coding.start:coding.end],
            placement.start if placed else None, placement.end if placed else None,
            new_text[placement.start:placement.end] if placed else None,  # type: ignore[misc]
            placement.score if placed else 0.0, reason))
    refused = None
    if not new_text.strip():
        refused = REFUSED_EMPTY
    elif not text_map.same_interview():
        refused = Message(QT_TRANSLATE_NOOP("CoreMessages", "only {share:.0%} of the old text is found in the new one: this looks like a different interview, not a revision of it; import it as a transcript of its own"),
                          share=text_map.shared)
    report = RevisionReport(transcript.name, transcript_id, len(old_text), len(new_text), text_map.shared,
                            tuple(moves), refused)
    return report, text_map


def plan_revision(project: Project, transcript_id: int, new: NewVersion | str) -> RevisionReport:
    """What a revision to ``new`` would do (nothing is changed)."""
    text = new.text if isinstance(new, NewVersion) else new
    with project.reading() as session:
        report, _map = _plan(session, transcript_id, normalise_text(text))
        return report


# -- applying and undoing -----------------------------------------------------------------------


def _carried_turns(text_map: TextMap, turns: Turns) -> Turns:
    carried = []
    for start, end, label_end, speaker, interviewer in turns:
        new_start = text_map.map_start(start)
        new_label = max(new_start, text_map.map_end(label_end) if label_end > start else new_start)
        new_end = max(new_label, text_map.map_end(end))
        if new_end > new_start:
            carried.append((new_start, new_end, new_label, speaker, interviewer))
    carried.sort()
    return carried


def apply_revision(project: Project, transcript_id: int, new: NewVersion) -> tuple[RevisionReport, RevisionUndo]:
    """Replace the transcript's text with ``new`` and re-anchor every coding, in one transaction.

    Raises :class:`RevisionRefused` for a different interview (nothing changes).
    """
    text = normalise_text(new.text)
    with project.transaction() as session:
        report, text_map = _plan(session, transcript_id, text)
        if report.refused:
            raise RevisionRefused(Message(QT_TRANSLATE_NOOP("CoreMessages", "{transcript}: {problem}"),
                                          transcript=report.transcript, problem=report.refused))
        old_turns = store.turn_tuples(session, transcript_id)
        old_bytes, old_filename, old_format = store.original_of(session, transcript_id)
        transcript = transcript_store.transcript_with_text(session, transcript_id)
        assert transcript is not None
        before = {"text": transcript.text, "sha256": transcript.sha256, "char_count": transcript.char_count,
                  "word_count": transcript.word_count, "original_bytes": old_bytes,
                  "original_filename": old_filename, "source_format": old_format}
        values = {"text": text, "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                  "char_count": len(text), "word_count": word_count(text)}
        if new.original_filename is not None:
            values.update(original_bytes=new.original_bytes, original_filename=new.original_filename,
                          source_format=new.source_format or old_format)
        store.set_text(session, transcript_id, values)
        store.replace_turns(session, transcript_id, new.turns if new.turns is not None
                            else _carried_turns(text_map, old_turns))
        rows = {c.id: c for c in store.coding_rows(session, transcript_id)}
        lost = [m for m in report.moves if m.status == LOST]
        lost_codings = tuple({"id": c.id, "transcript_id": c.transcript_id, "code_id": c.code_id,
                              "coder_id": c.coder_id, "start": c.start, "end": c.end, "memo": c.memo,
                              "created": c.created} for c in (rows[m.coding_id] for m in lost))
        store.delete_codings(session, [m.coding_id for m in lost])
        lost_ids = store.add_lost(session, [
            {"transcript_id": transcript_id, "code_id": m.code_id, "coder_id": rows[m.coding_id].coder_id,
             "start": m.old_start, "end": m.old_end, "passage": m.old_text, "memo": rows[m.coding_id].memo,
             "reason": m.reason} for m in lost])
        placed = [m for m in report.moves if m.status != LOST
                  and (m.new_start, m.new_end) != (m.old_start, m.old_end)]
        store.move_codings(session, [(m.coding_id, m.new_start, m.new_end) for m in placed])  # type: ignore[misc]
        undo = RevisionUndo(transcript_id, before, old_turns,
                            tuple((m.coding_id, m.old_start, m.old_end) for m in placed), lost_codings,
                            tuple(lost_ids))
    return _applied(report), undo


def _applied(report: RevisionReport) -> RevisionReport:
    return replace(report, applied=True)


def undo_revision(project: Project, undo: RevisionUndo) -> None:
    """Put the transcript, its turns and codings back as before the revision (one transaction)."""
    with project.transaction() as session:
        store.set_text(session, undo.transcript_id, dict(undo.values))
        store.replace_turns(session, undo.transcript_id, undo.turns)
        store.delete_lost(session, undo.lost_ids)
        store.move_codings(session, undo.moved)
        store.insert_codings(session, undo.lost_codings)


# -- the two ways in ----------------------------------------------------------------------------


def read_revision(path: Path | str) -> NewVersion:
    """Read a revised transcript file exactly as an import would (text, turns, original bytes)."""
    from kodeverk.importing.prepare import prepare_file

    path = Path(path)
    prepared = prepare_file(path)
    if prepared.error is not None:
        raise ReadError(path, prepared.error)
    return NewVersion(prepared.text, prepared.turns, prepared.data, path.name, prepared.source_format)


def transcript_id_of(project: Project, name: str) -> int:
    with project.reading() as session:
        return find_transcript(session, name).id


def revise_from_file(project: Project, transcript: str, path: Path | str, *,
                     dry_run: bool = False) -> tuple[RevisionReport, RevisionUndo | None]:
    """Replace transcript ``transcript`` (a name) with the revised file ``path``.

    With ``dry_run`` only the report. A refused revision gives the report with
    ``refused`` set and changes nothing.
    """
    new = read_revision(path)
    transcript_id = transcript_id_of(project, transcript)
    report = plan_revision(project, transcript_id, new)
    if dry_run or report.refused:
        return report, None
    return apply_revision(project, transcript_id, new)


def edited_text(project: Project, transcript_id: int, start: int, end: int, replacement: str) -> NewVersion:
    """The transcript's text with ``[start, end)`` replaced by ``replacement`` (normalised)."""
    with project.reading() as session:
        text = transcript_store.transcript_text(session, transcript_id)
    if text is None:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "transcript #{id} no longer exists"),
                                 id=transcript_id))
    if not 0 <= start <= end <= len(text):
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "the passage [{start}, {end}) is outside the text (0–{length})"),
                                 start=start, end=end, length=len(text)))
    return NewVersion(text[:start] + normalise_text(replacement) + text[end:])


def edit_text(project: Project, transcript_id: int, start: int, end: int, replacement: str, *,
              dry_run: bool = False) -> tuple[RevisionReport, RevisionUndo | None]:
    """Replace the passage ``[start, end)`` in place, re-anchoring codings and turns as a revision does."""
    new = edited_text(project, transcript_id, start, end, replacement)
    report = plan_revision(project, transcript_id, new)
    if dry_run or report.refused:
        return report, None
    return apply_revision(project, transcript_id, new)
