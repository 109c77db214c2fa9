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
import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

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
            self._hand_over(op, "failed", exc)
        else:
            self._hand_over(op, "succeeded", result)

    @staticmethod
    def _hand_over(op: BackgroundOp, signal: str, value: object) -> None:
        """Send the outcome to the UI thread, unless the op's owner (a closed dialog) is gone meanwhile."""
        try:
            if shiboken6.isValid(op):
                getattr(op, signal).emit(value)
                return
        except RuntimeError:  # deleted between the check and the emit
            pass
        _running.discard(op)
        if signal == "failed":
            log.warning("a background task failed after its window was closed: %s", value)


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
        self._on_success: list[Callable[[Any], None]] = []
        self._on_failure: list[Callable[[BaseException], None]] = []
        # one slot per outcome: ``done`` turns true in the same event as the callbacks run, never between
        self.succeeded.connect(self._succeeded)
        self.failed.connect(self._failed)

    def on_success(self, callback: Callable[[Any], None]) -> BackgroundOp:
        self._on_success.append(callback)
        return self

    def on_failure(self, callback: Callable[[BaseException], None]) -> BackgroundOp:
        self._on_failure.append(callback)
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
        try:
            if shiboken6.isValid(self):
                self.progressed.emit(done, total, text)
        except RuntimeError:  # the window that showed the progress is gone
            pass

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    # called from the UI thread
    def cancel(self) -> None:
        self._cancel.set()

    @Slot(object)
    def _succeeded(self, value: object) -> None:
        self._finish()
        for callback in self._on_success:
            callback(value)

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._finish()
        for callback in self._on_failure:
            callback(error)  # type: ignore[arg-type]

    def _finish(self) -> None:
        self.done = True
        _running.discard(self)
