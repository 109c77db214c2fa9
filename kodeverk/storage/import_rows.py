"""The importer's reads and writes: one transcript, its turns, groups and new informant per transaction.

An import stores hundreds of files, one transaction each, so these few
statements run many thousand times. Each is a Core statement compiled once;
on SQLite it then runs straight on the driver's cursor, inside the session's
transaction, with SQLAlchemy's own bind processors applied to the values (so
dates and times are stored exactly as through the ORM). On other databases
(PostgreSQL) the same statements run through SQLAlchemy as usual.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, LargeBinary, Text, bindparam, cast, event, insert, select
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable

from kodeverk.storage.models import Informant, InformantAttribute, Transcript, Turn, new_uuid, transcript_group
from kodeverk.storage.base import utc_now

TRANSCRIPT_COLUMNS = ("uuid", "name", "original_filename", "original_bytes", "source_format", "text", "sha256",
                      "char_count", "word_count", "phase_id", "informant_id", "interview_date", "imported")
INFORMANT_COLUMNS = ("uuid", "pseudonym", "ministry", "role", "is_manager", "real_name")
_TURN_COLUMNS = ("transcript_id", "start", "end", "label_end", "speaker", "is_interviewer")

use_driver_cursor = True  # tests switch this off to run the portable path on SQLite too


@dataclass(frozen=True)
class _Compiled:
    sql: str
    order: tuple[str, ...]  # the bind parameters in the order of the "?" marks
    defaults: dict[str, Any]  # values of binds the caller does not give (LIMIT)
    processors: tuple[Callable[[Any], Any] | None, ...]


_STATEMENTS: dict[str, tuple[Executable, tuple[str, ...] | None]] = {
    "sha256": (select(Transcript.name).where(Transcript.sha256 == bindparam("sha256")).limit(1), None),
    "informant": (select(Informant.id).where(Informant.pseudonym == bindparam("pseudonym")), None),
    "transcript": (insert(Transcript.__table__), TRANSCRIPT_COLUMNS),
    # The text given as UTF-8 bytes and stored as text by SQLite itself (the database's encoding is UTF-8).
    "transcript_utf8": (insert(Transcript.__table__).values(text=cast(bindparam("text", type_=LargeBinary), Text)),
                        TRANSCRIPT_COLUMNS),
    "informant_row": (insert(Informant.__table__), INFORMANT_COLUMNS),
    "attribute": (insert(InformantAttribute.__table__), ("informant_id", "key", "value")),
    "turn": (insert(Turn.__table__), _TURN_COLUMNS),
    "group": (insert(transcript_group), ("transcript_id", "group_id")),
}
_compiled: dict[tuple[str, type], _Compiled] = {}


def _compile(name: str, dialect: Dialect) -> _Compiled:
    key = (name, type(dialect))
    found = _compiled.get(key)
    if found is None:
        statement, columns = _STATEMENTS[name]
        compiled = statement.compile(dialect=dialect, column_keys=list(columns) if columns else None)
        order = tuple(compiled.positiontup or ())
        binds = compiled.binds
        defaults = {n: binds[n].effective_value for n in order if n not in (columns or ())}
        processors = tuple(binds[n].type.dialect_impl(dialect).bind_processor(dialect) for n in order)
        found = _compiled[key] = _Compiled(str(compiled), order, defaults, processors)
    return found


def _driver(session: Session) -> tuple[Connection, Any | None]:
    """The session's connection and, on SQLite, a cursor of the driver's connection under it
    (kept in the session's ``info`` for the next statement of the same transaction)."""
    found = session.info.get(_DRIVER_KEY)
    if found is not None and found[0] is session.get_transaction():
        return found[1], found[2]
    connection = session.connection()
    cursor = None
    if connection.dialect.name == "sqlite":
        _defer_checkpoints(connection)
        if use_driver_cursor and connection.dialect.paramstyle == "qmark":
            cursor = connection.connection.driver_connection.cursor()
    session.info[_DRIVER_KEY] = (session.get_transaction(), connection, cursor)
    return connection, cursor


_DRIVER_KEY = "kodeverk.import_rows.driver"

# -- checkpoints ----------------------------------------------------------------------------------
# In WAL mode SQLite copies the log into the database file once it passes 1000 pages (4 MB), and
# syncs both files to disk each time: with 25-30 pages per transcript, every 40 files or so, and
# the importing process waits for the disk (on this machine's virtual disk, about half a
# millisecond a file in all). While it stores transcripts, a connection lets the log grow to
# BULK_AUTOCHECKPOINT pages instead; :func:`checkpoint` copies it once at the end. Committed data
# is exactly as safe: only when the log is copied changes, never what a commit writes.

BULK_AUTOCHECKPOINT = 16384  # pages: 64 MB of 4 kB pages, about 600 transcripts of 10 000 words
_SAVED_AUTOCHECKPOINT = "kodeverk.import_rows.autocheckpoint"


def _defer_checkpoints(connection: Connection) -> None:
    """Raise the SQLite connection's automatic checkpoint for as long as it is out of the pool."""
    record_info = connection.connection.info  # the pool's record of this driver connection
    if _SAVED_AUTOCHECKPOINT in record_info:
        return
    driver = connection.connection.driver_connection
    engine = connection.engine
    if not event.contains(engine, "checkin", _restore_checkpoints):
        event.listen(engine, "checkin", _restore_checkpoints)
    record_info[_SAVED_AUTOCHECKPOINT] = driver.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    driver.execute(f"PRAGMA wal_autocheckpoint={BULK_AUTOCHECKPOINT}")


def _restore_checkpoints(driver: Any, record: Any) -> None:
    """Pool event: a connection comes back; put its automatic checkpoint back as it was."""
    saved = record.info.pop(_SAVED_AUTOCHECKPOINT, None)
    if saved is not None:
        driver.execute(f"PRAGMA wal_autocheckpoint={int(saved)}")


def checkpoint(session: Session) -> None:
    """On SQLite: copy the write-ahead log into the database now (without waiting for readers)."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")


def _rows(compiled: _Compiled, rows: Sequence[dict[str, Any]]) -> list[tuple[Any, ...]]:
    result = []
    for row in rows:
        values = []
        for name, processor in zip(compiled.order, compiled.processors):
            value = row[name] if name in row else compiled.defaults[name]
            values.append(value if processor is None or value is None else processor(value))
        result.append(tuple(values))
    return result


def _run(session: Session, name: str, rows: Sequence[dict[str, Any]]) -> Any:
    """Run statement ``name`` for ``rows``; a cursor (SQLite driver or SQLAlchemy result) to read from."""
    connection, cursor = _driver(session)
    statement = _STATEMENTS[name][0]
    if cursor is None:
        return connection.execute(statement, list(rows) if len(rows) > 1 else rows[0])
    compiled = _compile(name, connection.dialect)
    values = _rows(compiled, rows)
    if len(values) == 1:
        cursor.execute(compiled.sql, values[0])
    else:
        cursor.executemany(compiled.sql, values)
    return cursor


def _scalar(session: Session, name: str, row: dict[str, Any]) -> Any:
    result = _run(session, name, [row])
    found = result.fetchone()
    return None if found is None else found[0]


def _inserted_id(result: Any) -> int:
    if hasattr(result, "inserted_primary_key"):
        return int(result.inserted_primary_key[0])
    return int(result.lastrowid)


def transcript_name_with_sha256(session: Session, sha256: str) -> str | None:
    """The name of a transcript whose text has this sha256, if any."""
    return _scalar(session, "sha256", {"sha256": sha256})


def informant_id(session: Session, pseudonym: str) -> int | None:
    """The id of the informant with this pseudonym, if there is one."""
    return _scalar(session, "informant", {"pseudonym": pseudonym})


def insert_transcript(session: Session, values: dict[str, Any]) -> int:
    """Insert one transcript row and return its id. ``values`` by column name; ``uuid`` and
    ``imported`` are made here when missing, the other columns of TRANSCRIPT_COLUMNS default to None.

    The ``text`` may be given as UTF-8 bytes: on SQLite they go to the database as they are (no
    string to decode here and encode again in the driver), elsewhere they are decoded first.
    """
    row = dict.fromkeys(TRANSCRIPT_COLUMNS)
    row.update(uuid=new_uuid(), imported=utc_now())
    row.update(values)
    statement = "transcript"
    if isinstance(row["text"], bytes):
        if _driver(session)[1] is not None:
            statement = "transcript_utf8"
        else:
            row["text"] = row["text"].decode("utf-8")
    return _inserted_id(_run(session, statement, [row]))


def insert_informant(session: Session, values: dict[str, Any], attributes: dict[str, str]) -> int:
    """Insert a new informant (INFORMANT_COLUMNS by name; ``uuid`` made here when missing) with its free
    attributes; returns its id."""
    row = dict.fromkeys(INFORMANT_COLUMNS)
    row["uuid"] = new_uuid()
    row.update(values)
    new_id = _inserted_id(_run(session, "informant_row", [row]))
    if attributes:
        _run(session, "attribute", [{"informant_id": new_id, "key": key, "value": value}
                                    for key, value in attributes.items()])
    return new_id


def insert_turns(session: Session, transcript_id: int, turns: list[tuple[int, int, int, str, bool]]) -> None:
    """Store a transcript's turns (start, end, label_end, speaker, is_interviewer) in one statement.

    On SQLite the rows go to the driver as they are: the transcript's id is written into the
    statement (an int, so nothing to quote) and the flags bind as the 1/0 SQLAlchemy would store.
    """
    if not turns:
        return
    connection, cursor = _driver(session)
    sql = _turn_sql(connection.dialect) if cursor is not None else None
    if sql is None:
        _run(session, "turn", [dict(zip(_TURN_COLUMNS, (transcript_id, *turn))) for turn in turns])
        return
    cursor.executemany(sql.replace("?", str(int(transcript_id)), 1), turns)


_turn_sqls: dict[type, str | None] = {}


def _turn_sql(dialect: Dialect) -> str | None:
    """The turn insert for the driver cursor, its first ``?`` the transcript id, if the rows can go as
    they are: columns in the order of the tuples, no conversion but the flag's, which must be 1/0."""
    key = type(dialect)
    if key not in _turn_sqls:
        compiled = _compile("turn", dialect)
        flag = compiled.processors[-1]
        plain = (compiled.order == _TURN_COLUMNS and not any(compiled.processors[:-1])
                 and (flag is None or (flag(True) == 1 and flag(False) == 0))
                 and compiled.sql.count("?") == len(_TURN_COLUMNS)
                 and compiled.sql.index("?") > compiled.sql.upper().index("VALUES"))
        _turn_sqls[key] = compiled.sql if plain else None
    return _turn_sqls[key]


def link_groups(session: Session, transcript_id: int, group_ids: list[int]) -> None:
    """Put a transcript in groups (by id), in one statement."""
    if group_ids:
        _run(session, "group", [{"transcript_id": transcript_id, "group_id": g} for g in dict.fromkeys(group_ids)])
