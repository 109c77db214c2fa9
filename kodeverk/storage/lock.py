"""A write lock on a project file, so that two processes never write one project.

The lock is ``PROJECT.lock`` beside the project, held with an OS file lock
(``fcntl.flock`` / ``msvcrt.locking``) for as long as the project is open. The
OS drops that lock when a process dies, so a lock file left by a crashed
process is recognised as stale and taken over. The file also records who
holds it, for the message the next process shows.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path
from typing import IO

from kodeverk.errors import ProjectLockedError
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

try:  # POSIX
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

except ImportError:  # pragma: no cover - Windows
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)


def lock_path(project_path: Path) -> Path:
    """Where the lock of ``project_path`` lives."""
    return project_path.with_name(project_path.name + ".lock")


class ProjectLock:
    """An acquired write lock; release it with :meth:`release` (or ``with``)."""

    def __init__(self, project_path: Path):
        self.project_path = project_path
        self.path = lock_path(project_path)
        self.took_over_stale = False
        self._handle: IO[str] | None = None

    def acquire(self) -> ProjectLock:
        """Take the lock or raise :class:`ProjectLockedError` naming the holder."""
        existed = self.path.exists()
        handle = open(self.path, "a+", encoding="utf-8")
        if not _try_lock(handle):
            handle.seek(0)
            holder = _describe(handle.read())
            handle.close()
            raise ProjectLockedError(self.project_path,
                                     Message(QT_TRANSLATE_NOOP("CoreMessages", "the project is open for writing in another program ({holder}); close it there first"),
                                             holder=holder))
        handle.seek(0)
        self.took_over_stale = existed and bool(handle.read().strip())
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({"pid": os.getpid(), "host": socket.gethostname()}))
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        """Give the lock back and remove the lock file."""
        if self._handle is None:
            return
        try:
            self._handle.seek(0)
            self._handle.truncate()
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None
            try:
                self.path.unlink()
            except OSError:
                pass

    def __enter__(self) -> ProjectLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def _describe(content: str) -> str:
    try:
        data = json.loads(content)
        return Message(QT_TRANSLATE_NOOP("CoreMessages", "process {pid} on {host}"), pid=data['pid'], host=data['host'])
    except (ValueError, KeyError, TypeError):
        return Message(QT_TRANSLATE_NOOP("CoreMessages", "unknown process"))
