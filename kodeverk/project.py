"""A project: one SQLite file (``.kodeverk``), opened safely.

Opening for writing takes the write lock, checks the file's integrity and
schema version, refuses a file from a newer Kodeverk, backs up and migrates
an older one, and keeps rotating backups. Every change goes through
:meth:`Project.transaction`, one transaction that is either wholly stored or
not at all.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from kodeverk import __version__
from kodeverk.errors import NewerProjectError, ProjectFileError
from kodeverk.storage import backup, schema
from kodeverk.storage.engine import server_engine, sqlite_engine, translated_errors
from kodeverk.storage.lock import ProjectLock
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

SUFFIX = ".kodeverk"
_SQLITE_MAGIC = b"SQLite format 3\x00"


class Project:
    """An open project. Use as a context manager, or call :meth:`close`.

    Attributes: ``path`` (None for a server or in-memory project), ``engine``,
    ``read_only``, ``migrated_from`` (the schema revision the file had before
    this open migrated it, else None) and ``backup_path`` (the backup this open
    made, if any).
    """

    def __init__(self, engine: Engine, path: Path | None, *, read_only: bool = False,
                 lock: ProjectLock | None = None):
        self.engine = engine
        self.path = path
        self.read_only = read_only
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.migrated_from: str | None = None
        self.backup_path: Path | None = None

    # -- creating and opening -------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, *, name: str | None = None, template: str = "kjernegrupper") -> Project:
        """Create a new project file at ``path`` from a codebook template and open it."""
        from kodeverk.services.setup import seed_new_project

        path = Path(path)
        if path.exists():
            raise ProjectFileError(path,
                                   Message(QT_TRANSLATE_NOOP("CoreMessages", "a file with this name exists already; choose another name")))
        if not path.parent.is_dir():
            raise ProjectFileError(path,
                                   Message(QT_TRANSLATE_NOOP("CoreMessages", "the folder {folder} does not exist"),
                                           folder=str(path.parent)))
        partial = path.with_name(f".{path.name}.{os.getpid()}.creating")
        try:
            engine = sqlite_engine(partial)
            with translated_errors(path):
                schema.upgrade_to_head(engine)
                project = cls(engine, partial)
                with project.transaction() as session:
                    seed_new_project(session, name=name or path.stem, template=template, app_version=__version__)
            engine.dispose()
            os.replace(partial, path)
        except BaseException:
            for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
                leftover.unlink(missing_ok=True)
            raise
        return cls.open(path)

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> Project:
        """Open the project file at ``path`` (see the module docstring for the checks)."""
        path = Path(path)
        _check_is_project_file(path)
        lock = None if read_only else ProjectLock(path).acquire()
        try:
            engine = sqlite_engine(path, read_only=read_only)
            project = cls(engine, path, read_only=read_only, lock=lock)
            with translated_errors(path):
                project._check_integrity()
                project._check_schema()
                if not read_only:
                    project.backup_path = backup.make_backup(path)
            return project
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    @classmethod
    def connect(cls, url: str) -> Project:
        """Open a project on a database server (PostgreSQL URL), migrating it to the newest schema."""
        engine = server_engine(url)
        project = cls(engine, None)
        with translated_errors(url):
            project._check_schema(allow_empty=True)
        return project

    @classmethod
    def in_memory(cls, *, name: str = "test", template: str = "kjernegrupper") -> Project:
        """A throw-away project in memory (tests, previews)."""
        from sqlalchemy.pool import StaticPool
        from sqlalchemy import create_engine, event

        from kodeverk.services.setup import seed_new_project

        engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", lambda conn, _r: conn.execute("PRAGMA foreign_keys=ON"))
        schema.upgrade_to_head(engine)
        project = cls(engine, None)
        with project.transaction() as session:
            seed_new_project(session, name=name, template=template, app_version=__version__)
        return project

    # -- checks -----------------------------------------------------------------

    @property
    def label(self) -> str:
        """How to name this project in messages."""
        return str(self.path) if self.path else str(self.engine.url)

    def _check_integrity(self) -> None:
        with self.engine.connect() as connection:
            result = connection.execute(text("PRAGMA quick_check")).scalars().all()
        if result != ["ok"]:
            backups = backup.list_backups(self.path) if self.path else []
            problem = Message(QT_TRANSLATE_NOOP("CoreMessages", "the project file is damaged ({detail})"),
                              detail=result[0])
            if backups:
                problem = Message(QT_TRANSLATE_NOOP("CoreMessages", "{problem}; the newest backup is {backup}"),
                                  problem=problem, backup=str(backups[-1]))
            raise ProjectFileError(self.label, problem)

    def _check_schema(self, *, allow_empty: bool = False) -> None:
        current = schema.current_revision(self.engine)
        if current is None:
            has_tables = bool(inspect(self.engine).get_table_names())
            if allow_empty and not has_tables:
                schema.upgrade_to_head(self.engine)
                return
            raise ProjectFileError(self.label,
                                   Message(QT_TRANSLATE_NOOP("CoreMessages", "not a Kodeverk project (an SQLite database without Kodeverk's tables)")))
        if current not in schema.known_revisions():
            raise NewerProjectError(self.label,
                                    Message(QT_TRANSLATE_NOOP("CoreMessages", "the project was saved by a newer version of Kodeverk (schema {schema}); this is version {version}: please update Kodeverk"),
                                            schema=current, version=__version__))
        if current != schema.head_revision():
            if self.read_only:
                raise ProjectFileError(self.label,
                                       Message(QT_TRANSLATE_NOOP("CoreMessages", "the project has an older schema ({schema}); open it once for writing to upgrade it"),
                                               schema=current))
            if self.path is not None:
                backup.make_backup(self.path, reason=f"before-upgrade-{current}", force=True)
            schema.upgrade_to_head(self.engine)
            self.migrated_from = current

    # -- sessions -------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose changes are committed together at the end, or not at all."""
        if self.read_only:
            raise ProjectFileError(self.label,
                                   Message(QT_TRANSLATE_NOOP("CoreMessages", "the project is open read-only")))
        session = self._sessions()
        try:
            with translated_errors(self.label):
                yield session
                session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading; anything changed in it is thrown away."""
        session = self._sessions()
        try:
            with translated_errors(self.label):
                yield session
        finally:
            session.rollback()
            session.close()

    def close(self) -> None:
        """Close the database and release the write lock."""
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _check_is_project_file(path: Path) -> None:
    if not path.exists():
        raise ProjectFileError(path, Message(QT_TRANSLATE_NOOP("CoreMessages", "no such file")))
    if path.is_dir():
        raise ProjectFileError(path, Message(QT_TRANSLATE_NOOP("CoreMessages", "is a folder, not a project file")))
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise ProjectFileError(path,
                               Message(QT_TRANSLATE_NOOP("CoreMessages", "cannot be read ({reason})"),
                                       reason=exc.strerror)) from exc
    if not head:
        raise ProjectFileError(path,
                               Message(QT_TRANSLATE_NOOP("CoreMessages", "the file is empty (0 bytes), not a Kodeverk project")))
    if head != _SQLITE_MAGIC:
        raise ProjectFileError(path,
                               Message(QT_TRANSLATE_NOOP("CoreMessages", "not a Kodeverk project (not an SQLite database)")))
