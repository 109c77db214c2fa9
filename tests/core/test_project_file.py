"""Project files: create, open, lock, integrity, versions, backups, bad files, transactions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from kodeverk.errors import NewerProjectError, ProjectFileError, ProjectLockedError
from kodeverk.project import Project
from kodeverk.services.info import project_summary
from kodeverk.storage import backup, schema
from kodeverk.storage.lock import lock_path


def test_create_makes_a_migrated_project_with_the_template(tmp_path: Path) -> None:
    path = tmp_path / "study.kodeverk"
    with Project.create(path) as project:
        summary = project_summary(project)
        assert schema.current_revision(project.engine) == schema.head_revision()
    assert summary["name"] == "study"
    assert summary["codes"] == 18
    assert summary["transcripts"] == 0


def test_create_refuses_an_existing_file_and_leaves_it_alone(tmp_path: Path) -> None:
    path = tmp_path / "x.kodeverk"
    path.write_bytes(b"precious")
    with pytest.raises(ProjectFileError, match="exists already"):
        Project.create(path)
    assert path.read_bytes() == b"precious"


def test_create_in_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="does not exist"):
        Project.create(tmp_path / "nope" / "x.kodeverk")
    assert not (tmp_path / "nope").exists()


def test_failed_create_leaves_no_partial_file(tmp_path: Path) -> None:
    with pytest.raises(Exception):
        Project.create(tmp_path / "x.kodeverk", template="no-such-template")
    assert list(tmp_path.iterdir()) == []


def test_empty_template(tmp_path: Path) -> None:
    with Project.create(tmp_path / "e.kodeverk", template="empty") as project:
        assert project_summary(project)["codes"] == 0


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"PK\x03\x04 this is a zip, not a project", "not an SQLite database"),
    (b"hello world, plain text", "not an SQLite database"),
])
def test_bad_files_are_refused_with_their_name(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.kodeverk"
    path.write_bytes(content)
    with pytest.raises(ProjectFileError, match=message) as info:
        Project.open(path)
    assert "bad.kodeverk" in str(info.value)
    assert not lock_path(path).exists()


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="no such file"):
        Project.open(tmp_path / "missing.kodeverk")
    with pytest.raises(ProjectFileError, match="folder"):
        Project.open(tmp_path)


def test_foreign_sqlite_database_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "other.kodeverk"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    with pytest.raises(ProjectFileError, match="not a Kodeverk project"):
        Project.open(path)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.kodeverk"
    Project.create(path).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    with pytest.raises(NewerProjectError, match="newer version of Kodeverk"):
        Project.open(path)
    with pytest.raises(NewerProjectError):
        Project.open(path, read_only=True)


def test_damaged_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "damaged.kodeverk"
    with Project.create(path) as project:
        with project.transaction() as session:
            session.execute(text("CREATE TABLE filler (x TEXT)"))
            for i in range(400):
                session.execute(text("INSERT INTO filler VALUES (:x)"), {"x": "y" * 500 + str(i)})
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, len(data) - page, page):  # scribble over the b-tree pages
        data[offset:offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    with pytest.raises(ProjectFileError) as info:
        Project.open(path)
    assert "damaged.kodeverk" in str(info.value)


def test_second_writer_is_locked_out_but_readers_are_not(tmp_path: Path) -> None:
    path = tmp_path / "shared.kodeverk"
    with Project.create(path):
        with pytest.raises(ProjectLockedError, match="open for writing in another program"):
            Project.open(path)
        with Project.open(path, read_only=True) as reader:
            assert project_summary(reader)["codes"] == 18
    with Project.open(path):  # released on close
        pass


def test_stale_lock_from_a_crashed_process_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "crashed.kodeverk"
    Project.create(path).close()
    lock_path(path).write_text('{"pid": 999999, "host": "gone"}', encoding="utf-8")
    with Project.open(path) as project:
        assert project._lock is not None and project._lock.took_over_stale


def test_backups_are_made_on_change_and_rotated(tmp_path: Path) -> None:
    from kodeverk.codebook.service import add_code

    path = tmp_path / "b.kodeverk"
    Project.create(path).close()
    first = backup.list_backups(path)
    assert len(first) == 1
    with Project.open(path) as project:  # unchanged since the last backup: no new one
        assert project.backup_path is None
    for i in range(7):
        with Project.open(path) as project:
            add_code(project, None, f"Kode {i}")
    backups = backup.list_backups(path)
    assert len(backups) == backup.KEEP
    with Project.open(backups[-1], read_only=True) as old:
        assert project_summary(old)["codes"] == 18 + 6  # the state before the last change (Kode 0–5)


def test_read_only_project_refuses_changes(tmp_path: Path) -> None:
    path = tmp_path / "ro.kodeverk"
    Project.create(path).close()
    with Project.open(path, read_only=True) as project:
        with pytest.raises(ProjectFileError, match="read-only"):
            with project.transaction():
                pass


def test_a_failing_transaction_changes_nothing(project: Project) -> None:
    from kodeverk.codebook.service import get_codebook
    from kodeverk.storage.models import Code

    with pytest.raises(RuntimeError):
        with project.transaction() as session:
            session.add(Code(name="Halvferdig", colour="#000000"))
            session.flush()
            raise RuntimeError("power cut")
    assert get_codebook(project).find("Halvferdig") is None


def test_full_disk_is_reported_naming_the_file(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.exc import OperationalError
    from sqlalchemy.orm import Session

    def full(*_args, **_kwargs):
        raise OperationalError("COMMIT", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(Session, "commit", full)
    with pytest.raises(ProjectFileError, match="the disk is full; nothing was saved") as info:
        with project.transaction():
            pass
    assert "test.kodeverk" in str(info.value)


def test_foreign_keys_are_enforced(project: Project) -> None:
    from sqlalchemy.exc import IntegrityError

    from kodeverk.storage.models import Coding

    with pytest.raises(ProjectFileError):
        with project.transaction() as session:
            session.add(Coding(transcript_id=424242, code_id=1, coder_id=1, start=0, end=1))
            session.flush()
    assert IntegrityError  # the storage error is translated, never swallowed
