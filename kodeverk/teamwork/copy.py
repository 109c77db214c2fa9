"""Coder copies: a new project file with the same transcripts and codebook, and one coder's codings.

The copy keeps every id and UUID of the original (transcripts, codes,
informants), so codings made in it merge back exactly
(:mod:`kodeverk.teamwork.merge`). It carries the transcripts with their
turns, informants, groups and phases, the codebook, the memos on transcripts
and codes, the list of real names, and the chosen coder's codings only (none
if the coder has not coded yet; the coder is created then). Rows are copied
through the models, so the original may live on SQLite or PostgreSQL. The
new file is written in one transaction under a temporary name and renamed
into place at the end: a failure leaves no file behind.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from kodeverk import __version__
from kodeverk.errors import ProjectFileError, UsageError
from kodeverk.project import SUFFIX, Project
from kodeverk.services.lookup import CODER_COLOURS, initials_of
from kodeverk.storage import people, schema
from kodeverk.storage import teamwork as store
from kodeverk.storage.engine import sqlite_engine, translated_errors
from kodeverk.storage.models import Coder, Coding, Memo
from kodeverk.messages import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True)
class CopyResult:
    """What went into a coder copy."""

    path: Path
    coder: str
    transcripts: int
    codes: int
    codings: int
    memos: int

    def as_json(self) -> dict:
        return {"path": str(self.path), "coder": self.coder, "transcripts": self.transcripts,
                "codes": self.codes, "codings": self.codings, "memos": self.memos}


def make_coder_copy(project: Project, out: Path | str, coder: str) -> CopyResult:
    """Write a coder copy of ``project`` for ``coder`` to the new file ``out`` (module docstring)."""
    out = Path(out)
    name = coder.strip()
    if not name:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "a coder copy needs a coder's name")))
    if out.exists():
        raise ProjectFileError(out,
                               Message(QT_TRANSLATE_NOOP("CoreMessages", "a file with this name exists already; choose another name")))
    if not out.parent.is_dir():
        raise ProjectFileError(out,
                               Message(QT_TRANSLATE_NOOP("CoreMessages", "the folder {folder} does not exist"),
                                       folder=str(out.parent)))
    if project.path is not None and out.resolve() == project.path.resolve():
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "the copy must be a new file, not the project itself")))
    partial = out.with_name(f".{out.name}.{os.getpid()}.copying")
    try:
        engine = sqlite_engine(partial)
        with translated_errors(out):
            schema.upgrade_to_head(engine)
            target = Project(engine, partial)
            with project.reading() as source, target.transaction() as session:
                result = _copy(source, session, name, out)
        engine.dispose()
        os.replace(partial, out)
    except BaseException:
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return result


def _copy(source: Session, session: Session, name: str, out: Path) -> CopyResult:
    counts: dict[str, int] = {}
    for model in store.SHARED_MODELS:
        counts[model.__name__] = store.copy_model_rows(source, session, model)
    store.copy_transcript_groups(source, session)
    codes = store.copy_codes(source, session)
    info = people.project_info(session)
    info.app_version = __version__
    original = people.coder_by_name(source, name)
    if original is not None:
        session.add(Coder(**store.column_values(original)))
        coder_id = original.id
    else:
        count = len(people.all_coders(source))
        made = Coder(name=name, colour=CODER_COLOURS[count % len(CODER_COLOURS)], initials=initials_of(name))
        session.add(made)
        session.flush()
        coder_id = made.id
    session.flush()
    codings = 0
    if original is not None:
        for coding in store.codings_of_coder(source, original.id):
            session.add(Coding(**store.column_values(coding)))
            codings += 1
    memos = 0
    for memo in store.memos_on_transcripts_and_codes(source):
        values = store.column_values(memo)
        if values["coder_id"] != coder_id:
            values["coder_id"] = None  # other coders are not in the copy
        session.add(Memo(**values))
        memos += 1
    session.flush()
    return CopyResult(out, name, counts["Transcript"], codes, codings, memos)


def default_copy_name(project_path: Path, coder: str) -> Path:
    """A suggested file name for a coder copy: ``<project>-<coder>.kodeverk`` beside the project."""
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in coder.strip()) or "coder"
    return project_path.with_name(f"{project_path.stem}-{safe}{SUFFIX}")
