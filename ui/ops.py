"""The one helper for work off the UI thread.

Database work runs on a single worker thread (SQLite wants one writer at a
time); results, errors and progress come back to the UI thread through
queued signals, so widgets are only ever touched from the UI thread::

    BackgroundOp(fn).on_success(show).on_failure(report).start()

``fn`` gets the op as its one argument when it wants to report progress
(``op.report(done, total, text)``) or check ``op.cancelled``.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_db_pool: QThreadPool | None = None
_running: set[BackgroundOp] = set()


def db_pool() -> QThreadPool:
    """The single-thread pool every database op runs in."""
    global _db_pool
    if _db_pool is None:
        _db_pool = QThreadPool()
        _db_pool.setMaxThreadCount(1)
    return _db_pool


class _Runner(QRunnable):
    def __init__(self, op: BackgroundOp):
        super().__init__()
        self.op = op
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread: no widgets here
        op = self.op
        try:
            takes_op = bool(inspect.signature(op.fn).parameters)
            result = op.fn(op) if takes_op else op.fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, never swallowed
            op.failed.emit(exc)
        else:
            op.succeeded.emit(result)


class BackgroundOp(QObject):
    """A function run on the database worker; callbacks run on the UI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)

    def __init__(self, fn: Callable[..., Any], parent: QObject | None = None):
        super().__init__(parent)
        self.fn = fn
        self._cancel = threading.Event()
        self.done = False
        self.succeeded.connect(self._finish)
        self.failed.connect(self._finish)

    def on_success(self, callback: Callable[[Any], None]) -> BackgroundOp:
        self.succeeded.connect(callback)
        return self

    def on_failure(self, callback: Callable[[BaseException], None]) -> BackgroundOp:
        self.failed.connect(callback)
        return self

    def on_progress(self, callback: Callable[[int, int, str], None]) -> BackgroundOp:
        self.progressed.connect(callback)
        return self

    def start(self) -> BackgroundOp:
        _running.add(self)
        db_pool().start(_Runner(self))
        return self

    # called from the worker
    def report(self, done: int, total: int, text: str = "") -> None:
        self.progressed.emit(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    # called from the UI thread
    def cancel(self) -> None:
        self._cancel.set()

    @Slot(object)
    def _finish(self, _value: object) -> None:
        self.done = True
        _running.discard(self)
