"""Rotating backups of a project file, taken when it is opened for writing.

Backups live in ``PROJECT.backups/`` beside the project, named by time, and
only the newest :data:`KEEP` are kept. A backup is skipped when the project
has not changed since the newest one. They are made with SQLite's online
backup API, so they are consistent even with a write-ahead log.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

from kodeverk.errors import ProjectFileError
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

KEEP = 5
_STATE = "last-backup.json"


def backup_dir(project_path: Path) -> Path:
    """The folder holding the backups of ``project_path``."""
    return project_path.with_name(project_path.name + ".backups")


def list_backups(project_path: Path) -> list[Path]:
    """The backups of ``project_path``, oldest first."""
    folder = backup_dir(project_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{project_path.stem}-*{project_path.suffix}"))


def _fingerprint(project_path: Path) -> dict[str, int]:
    stat = project_path.stat()
    wal = project_path.with_name(project_path.name + "-wal")
    wal_size = wal.stat().st_size if wal.exists() else 0
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "wal": wal_size}


def make_backup(project_path: Path, *, reason: str = "open", force: bool = False) -> Path | None:
    """Back up ``project_path`` unless unchanged since the last backup; rotate old ones.

    Returns the new backup's path, or None when it was skipped.
    """
    folder = backup_dir(project_path)
    state_file = folder / _STATE
    fingerprint = _fingerprint(project_path)
    if not force and state_file.exists():
        try:
            if json.loads(state_file.read_text(encoding="utf-8")) == fingerprint and list_backups(project_path):
                return None
        except ValueError:
            pass
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{project_path.stem}-{stamp}-{reason}{project_path.suffix}"
    try:
        folder.mkdir(exist_ok=True)
        source = sqlite3.connect(f"file:{project_path}?mode=ro", uri=True)
        try:
            destination = sqlite3.connect(target)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
        state_file.write_text(json.dumps(fingerprint), encoding="utf-8")
    except (OSError, sqlite3.Error) as exc:
        target.unlink(missing_ok=True)
        raise ProjectFileError(project_path,
                               Message(QT_TRANSLATE_NOOP("CoreMessages", "could not write a backup to {folder} ({reason}); nothing was changed"),
                                       folder=folder, reason=exc)) from exc
    for old in list_backups(project_path)[:-KEEP]:
        old.unlink(missing_ok=True)
    return target
