"""Writing whole or not at all: a failed write leaves the earlier file and no leftovers."""

from __future__ import annotations

from pathlib import Path

import pytest

from kodeverk.errors import ProjectFileError
from kodeverk.export.options import ExportFileError, atomic_target as export_target
from kodeverk.files import atomic_target


def test_success_replaces_the_file(tmp_path: Path) -> None:
    out = tmp_path / "rapport.docx"
    out.write_text("gammel")
    with atomic_target(out) as partial:
        assert partial.parent == tmp_path and partial != out
        partial.write_text("ny")
        assert out.read_text() == "gammel"  # nobody sees the new file before it is whole
    assert out.read_text() == "ny" and sorted(p.name for p in tmp_path.iterdir()) == ["rapport.docx"]


def test_failure_keeps_the_earlier_file_and_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "rapport.docx"
    out.write_text("gammel")
    with pytest.raises(RuntimeError):
        with atomic_target(out) as partial:
            partial.write_text("halv")
            raise RuntimeError("cancelled halfway")
    assert out.read_text() == "gammel" and [p.name for p in tmp_path.iterdir()] == ["rapport.docx"]


def test_os_errors_name_the_file(tmp_path: Path) -> None:
    out = tmp_path / "kodebok.qdc"
    with pytest.raises(ProjectFileError, match="kodebok.qdc.*cannot be written"):
        with atomic_target(out) as partial:
            partial.write_text("x")
            raise OSError(28, "No space left on device")
    with pytest.raises(ExportFileError, match="cannot be written"):
        with export_target(out) as partial:
            raise OSError(28, "No space left on device")
    assert list(tmp_path.iterdir()) == []
