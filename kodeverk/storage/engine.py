"""Creating SQLAlchemy engines for project files (SQLite) and servers (PostgreSQL)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError

from kodeverk.errors import ProjectFileError, ProjectLockedError
from kodeverk.messages import QT_TRANSLATE_NOOP, Message


def _sqlite_pragmas(read_only: bool):
    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return on_connect


def sqlite_engine(path: Path | None, *, read_only: bool = False) -> Engine:
    """An engine on the SQLite file ``path`` (None: a private in-memory database)."""
    if path is None:
        engine = create_engine("sqlite://")
    elif read_only:
        engine = create_engine(f"sqlite:///file:{path.resolve()}?mode=ro&uri=true")
    else:
        engine = create_engine(f"sqlite:///{path.resolve()}")
    event.listen(engine, "connect", _sqlite_pragmas(read_only or path is None))
    return engine


def server_engine(url: str) -> Engine:
    """An engine on a database server (PostgreSQL), for teams that share one."""
    return create_engine(url, pool_pre_ping=True)


def describe_failure(exc: BaseException) -> str:
    """A one-line reason for a database error, in words a user understands."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "disk is full" in text or "disk full" in text:
        return Message(QT_TRANSLATE_NOOP("CoreMessages", "the disk is full"))
    if "readonly" in text or "read-only" in text:
        return Message(QT_TRANSLATE_NOOP("CoreMessages", "the file or its folder is read-only"))
    if "locked" in text:
        return Message(QT_TRANSLATE_NOOP("CoreMessages", "the project is busy in another program"))
    if "not a database" in text or "malformed" in text:
        return Message(QT_TRANSLATE_NOOP("CoreMessages", "the file is damaged or not a Kodeverk project"))
    if "unable to open" in text:
        return Message(QT_TRANSLATE_NOOP("CoreMessages", "the file cannot be opened"))
    return str(getattr(exc, "orig", exc))


@contextmanager
def translated_errors(path: Path | str) -> Iterator[None]:
    """Turn low-level database failures into :class:`ProjectFileError` naming ``path``."""
    try:
        yield
    except DBAPIError as exc:
        reason = describe_failure(exc)
        error_type = ProjectLockedError if reason.startswith("the project is busy") else ProjectFileError
        raise error_type(path,
                         Message(QT_TRANSLATE_NOOP("CoreMessages", "{reason}; nothing was saved"),
                                 reason=reason)) from exc
    except sqlite3.Error as exc:
        raise ProjectFileError(path,
                               Message(QT_TRANSLATE_NOOP("CoreMessages", "{reason}; nothing was saved"),
                                       reason=describe_failure(exc))) from exc
