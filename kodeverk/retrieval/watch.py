"""Progress and cancelling of one retrieval (the app runs it off the UI thread, with a Cancel button).

A :class:`Watch` carries two optional callbacks:

- ``progress(done, total, stage)``: ``stage`` is one of :data:`STAGES`, ``done``
  of ``total`` items of that stage are through (``total`` 0: not known yet);
- ``cancelled()``: asked between chunks of work, and every few thousand SQLite
  instructions while the query itself runs; once it says yes, the retrieval
  stops there with :class:`~kodeverk.errors.Cancelled`.

A retrieval only reads, so a cancelled one leaves nothing behind: no result,
no change to the project.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sized
from typing import TypeVar

from kodeverk.errors import Cancelled
from kodeverk.storage.retrieval import CANCELLED

T = TypeVar("T")

#: the stages of :func:`kodeverk.retrieval.overview.overview`, in order (:func:`retrieve` has the first three)
STAGES = ("reading", "excerpts", "text", "context", "cooccurrence", "matrices")
CHUNK = 2000

Progress = Callable[[int, int, str], None]


class Watch:
    """Reports progress and raises :class:`Cancelled` when asked to stop (both optional)."""

    def __init__(self, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None):
        self.progress, self.cancelled = progress, cancelled

    def check(self) -> None:
        """Stop here (:class:`Cancelled`) if the user asked to."""
        if self.cancelled is not None and self.cancelled():
            raise Cancelled(CANCELLED)

    def report(self, stage: str, done: int, total: int = 0) -> None:
        """Say how far ``stage`` is, then stop if cancelled."""
        if self.progress is not None:
            self.progress(done, total, stage)
        self.check()

    def each(self, items: Iterable[T], stage: str, chunk: int = CHUNK) -> Iterator[T]:
        """``items`` one by one, reporting (and checking for a cancel) before every ``chunk`` of them."""
        total = len(items) if isinstance(items, Sized) else 0
        if self.progress is None and self.cancelled is None:
            yield from items
            return
        count = 0
        for count, item in enumerate(items, 1):
            if count % chunk == 1 or chunk == 1:
                self.report(stage, count - 1, total)
            yield item
        self.report(stage, count, total or count)

    def checked(self, items: Iterable[T], chunk: int = CHUNK) -> Iterator[T]:
        """``items`` one by one, checking for a cancel before every ``chunk`` of them (no progress)."""
        if self.cancelled is None:
            yield from items
            return
        for count, item in enumerate(items):
            if count % chunk == 0:
                self.check()
            yield item


NO_WATCH = Watch()
