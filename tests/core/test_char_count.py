"""A transcript's ``char_count`` always equals the length of its text in code points.

Span checks (coding, widening, restoring) read ``char_count`` instead of
loading the whole text, so every path that writes a text must keep it true.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from kodeverk.codebook.service import get_codebook
from kodeverk.errors import NotFoundError, UsageError
from kodeverk.project import Project
from kodeverk.refi.export import export_qdpx
from kodeverk.refi.importer import import_qdpx
from kodeverk.revision.service import edit_text
from kodeverk.sample import build_sample
from kodeverk.services.coding import add_coding
from kodeverk.storage.models import Coder, Transcript
from kodeverk.storage.transcripts import transcript_length

TEXT = "R: 👩‍👩‍👧 og Bla\u030abær 🇳🇴."


def _counts_match(path: Path) -> list[bool]:
    with Project.open(path, read_only=True) as project, project.reading() as session:
        return [count == len(text) for count, text in session.execute(select(Transcript.char_count,
                                                                               Transcript.text))]


def test_char_count_follows_the_text_however_it_is_set(project: Project) -> None:
    with project.transaction() as session:
        transcript = Transcript(name="T", text=TEXT, sha256="x")
        coder = Coder(name="Ingrid")
        session.add_all([transcript, coder])
        session.flush()
        assert transcript.char_count == len(TEXT)
        transcript.text = TEXT + " Mer."
        session.flush()
        assert transcript_length(session, transcript.id) == len(TEXT) + 5
        assert transcript_length(session, transcript.id + 1) is None
        ids = transcript.id, coder.id
    code = get_codebook(project).resolve("Sekretariatet").id
    add_coding(project, ids[0], code, ids[1], len(TEXT), len(TEXT) + 5)  # up to the last code point
    with pytest.raises(UsageError, match="outside"):
        add_coding(project, ids[0], code, ids[1], 0, len(TEXT) + 6)
    with pytest.raises(NotFoundError):
        add_coding(project, ids[0] + 1, code, ids[1], 0, 1)


def test_import_revision_and_refi_keep_char_count(tmp_path: Path) -> None:
    path = tmp_path / "sample.kodeverk"
    build_sample(path)
    assert all(_counts_match(path))
    with Project.open(path) as project:
        with project.reading() as session:
            first = session.scalar(select(Transcript.id).order_by(Transcript.id))
        _report, undo = edit_text(project, first, 0, 0, "Innledning 👋.\n")
        assert undo is not None
        export_qdpx(project, tmp_path / "sample.qdpx")
    assert all(_counts_match(path))
    import_qdpx(tmp_path / "sample.qdpx", tmp_path / "fra-qdpx.kodeverk")
    matches = _counts_match(tmp_path / "fra-qdpx.kodeverk")
    assert len(matches) == 10 and all(matches)
