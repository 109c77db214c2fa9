"""REFI-QDA import's bulk inserts: the driver-cursor path stores exactly what the portable path stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from kodeverk.project import Project
from kodeverk.refi.export import export_qdpx
from kodeverk.refi.importer import import_qdpx
from kodeverk.sample import build_sample
from kodeverk.storage import refi as store
from kodeverk.storage.models import Coding, Turn


def _rows(path: Path) -> tuple[list[tuple], list[tuple]]:
    with Project.open(path, read_only=True) as project, project.reading() as session:
        codings = [(c.transcript.name, c.code.name, c.coder.name, c.start, c.end, c.memo, c.created)
                   for c in session.scalars(select(Coding))]
        turns = [(t.transcript_id, t.start, t.end, t.label_end, t.speaker, t.is_interviewer)
                 for t in session.scalars(select(Turn))]
    return sorted(codings), sorted(turns)


def test_driver_and_portable_inserts_store_the_same_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sample = tmp_path / "sample.kodeverk"
    build_sample(sample)
    qdpx = tmp_path / "sample.qdpx"
    with Project.open(sample, read_only=True) as project:
        export_qdpx(project, qdpx)
    fast = import_qdpx(qdpx, tmp_path / "fast.kodeverk")
    monkeypatch.setattr(store, "use_driver_cursor", False)
    slow = import_qdpx(qdpx, tmp_path / "slow.kodeverk")
    assert fast.as_json()["codings"] == slow.as_json()["codings"] and sum(fast.codings_added.values()) > 500
    fast_rows, slow_rows = _rows(tmp_path / "fast.kodeverk"), _rows(tmp_path / "slow.kodeverk")
    assert fast_rows == slow_rows and fast_rows[1]  # turns too
    assert all(created.tzinfo is not None for *_rest, created in fast_rows[0])
    assert fast_rows[0] == _rows(sample)[0]  # and both are the sample's own codings
