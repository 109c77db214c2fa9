"""Reading and parsing files for import, in worker processes when the batch is large.

Everything here is pure (no database): read the file, assemble the
normalised text and its turns, hash it and fingerprint it. The results come
back in the order of the files, a bounded number at a time, so memory stays
flat however large the batch.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from kodeverk.errors import FileProblem, KodeverkError, ReadError
from kodeverk.importing.report import CANNOT_BE_READ, NO_TEXT
from kodeverk.messages import Message
from kodeverk.importing.heap import freed_memory_kept, keep_freed_memory
from kodeverk.importing.readers import read_document
from kodeverk.importing.similarity import Prints, text_prints
from kodeverk.text.turns import assemble_rows

PARALLEL_FROM = 24  # files; below this, starting worker processes costs more than it saves
_WINDOW_PER_WORKER = 16  # files in flight per worker
_CHUNK = 4  # files per message to a worker


@dataclass
class PreparedFile:
    """One file read and parsed, or the reason it could not be."""

    path: Path
    error: str | None = None
    data: bytes | None = None
    source_format: str = ""
    utf8: bytes = b""  # the normalised text in UTF-8: so it goes between processes and into SQLite as it is
    chars: int = 0  # its length in code points
    sha256: str = ""
    words: int = 0
    turns: list[tuple[int, int, int, str, bool]] = field(default_factory=list)  # start, end, label_end, speaker, interviewer
    warnings: list[str] = field(default_factory=list)
    prints: Prints | None = None  # see kodeverk.importing.similarity.text_prints

    @property
    def text(self) -> str:
        """The normalised text."""
        return self.utf8.decode("utf-8")


def prepare_file(path: Path) -> PreparedFile:
    """Read and parse one file; never raises for a bad file (the error is in the result)."""
    try:
        data = path.read_bytes() if path.is_file() else None
        document = read_document(path, data)
        text, turns = assemble_rows(document.paragraphs)
        if not text or text.isspace():  # (no stripped copy of the whole text)
            raise ReadError(path, Message(NO_TEXT))
    except KodeverkError as exc:
        same_file = isinstance(exc, FileProblem) and exc.path.name == path.name
        return PreparedFile(path, error=exc.problem if same_file else exc.message)
    except OSError as exc:
        return PreparedFile(path, error=Message(CANNOT_BE_READ, reason=exc.strerror or str(exc)))
    encoded = text.encode("utf-8")
    words, prints = text_prints(text, encoded)  # words counted as kodeverk.text.normalise.word_count does
    return PreparedFile(
        path, data=data, source_format=document.source_format, utf8=encoded, chars=len(text),
        sha256=hashlib.sha256(encoded).hexdigest(), words=words,
        turns=turns,
        warnings=list(document.warnings), prints=prints)


def _worker_count(files: Sequence[Path], workers: int | None) -> int:
    """How many worker processes to start; 0: prepare every file in this process.

    ``workers`` as given, where 1 (or less) means none. By default, for a large batch, one fewer
    than the cores: this process stores the files and, whenever it would wait for the next one,
    prepares files itself (see :class:`_Ordered`), so it keeps a core busy too. On two cores one
    worker and this process share the work with less CPU time in all (about 10 %) than two
    workers competing with this process for two cores.
    """
    if workers is not None:
        return workers if workers > 1 else 0
    if len(files) < PARALLEL_FROM:
        return 0
    return max(0, min((os.cpu_count() or 1) - 1, 8))


_GUI_TOOLKITS = ("PySide6", "PySide2", "PyQt6", "PyQt5", "tkinter")


def _can_fork() -> bool:
    """True where a plain fork of this process is a safe and quick way to start workers: Linux, a
    single thread, no GUI toolkit loaded (a command-line import, a script, the benchmark).

    A fork copies only the calling thread; with other threads alive (a Qt app, a server), a lock
    one of them holds stays locked forever in the child. The open database connections and the
    project's lock are inherited but never used by a worker, which only reads files, and a
    child's exit releases neither (``flock`` locks belong to the open file, which the parent
    keeps). macOS is left out: its system libraries do not survive a fork.
    """
    return (sys.platform.startswith("linux") and threading.active_count() == 1
            and not any(name in sys.modules for name in _GUI_TOOLKITS))


def _context() -> multiprocessing.context.BaseContext:
    """How worker processes start: forked from this process where that is safe (:func:`_can_fork`),
    else from a fork server where there is one (Linux, macOS), else spawned.

    A fork is ready at once. Otherwise workers start from a fresh interpreter, never from a fork of
    this process (which may be a Qt app with threads and open database connections). The fork
    server is one such fresh process, started once per program with this module imported (about
    0.2 s of CPU: lxml and numpy); each worker is then a fork of it, where a spawned worker first
    starts Python and imports lxml and numpy (about 0.3 s each).
    """
    if _can_fork():
        return multiprocessing.get_context("fork")
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__, "kodeverk.importing.readers.docx"])
        return context
    return multiprocessing.get_context("spawn")


@contextmanager
def prepared_files(files: Sequence[Path], workers: int | None = None) -> Iterator[Iterator[PreparedFile]]:
    """The files prepared, in order; stop iterating early to cancel (pending work is dropped).

    With worker processes, the first files are handed to them at once, on entering, so they work
    while the caller still gets ready.
    """
    count = _worker_count(files, workers)
    with freed_memory_kept():
        if count == 0:
            yield (prepare_file(path) for path in files)
            return
        pool = ProcessPoolExecutor(count, mp_context=_context(), initializer=keep_freed_memory)
        try:
            yield _Ordered(pool, files, max(count, 2) * _WINDOW_PER_WORKER)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def prepare_chunk(paths: Sequence[Path]) -> list[PreparedFile]:
    """:func:`prepare_file` for a few files: one message each way for all of them."""
    return [prepare_file(path) for path in paths]


class _Chunk:
    """A few files handed out together, and what became of them."""

    __slots__ = ("paths", "future", "results")

    def __init__(self, paths: Sequence[Path], future: Future[list[PreparedFile]] | None) -> None:
        self.paths = paths
        self.future = future
        self.results: list[PreparedFile] | None = None


class _Ordered:
    """Results in file order, at most ``window`` files ahead, handed to the workers ``_CHUNK`` at a
    time. Rather than wait for the next result (while the workers start, or when they fall behind),
    this process prepares a chunk itself: the last one no worker has begun, or the next one. If the worker
    processes cannot run (some embedding programs cannot start them), everything left is prepared in
    this process: slower, never lost."""

    def __init__(self, pool: ProcessPoolExecutor, files: Sequence[Path], window: int) -> None:
        self._pool = pool
        self._files = files
        self._next = 0  # the first file not yet handed out
        self._pending: deque[_Chunk] = deque()
        self._ready: deque[PreparedFile] = deque()
        self._broken = False
        self._chunks = max(2, window // _CHUNK)
        self._fill()

    def _fill(self) -> None:
        while len(self._pending) < self._chunks and self._next < len(self._files):
            paths = self._files[self._next:self._next + _CHUNK]
            self._next += len(paths)
            future = None
            if not self._broken:
                try:
                    future = self._pool.submit(prepare_chunk, paths)
                except BrokenProcessPool:
                    self._broken = True
            self._pending.append(_Chunk(paths, future))

    def _take_back_one(self) -> bool:
        """Prepare here the last chunk that no worker has begun, or else (within four windows) the
        next chunk not yet handed out; False if there is neither."""
        for chunk in reversed(self._pending):
            if chunk.results is None and chunk.future is not None and chunk.future.cancel():
                chunk.results = prepare_chunk(chunk.paths)
                return True
        if len(self._pending) < 4 * self._chunks and self._next < len(self._files):
            chunk = _Chunk(self._files[self._next:self._next + _CHUNK], None)
            self._next += len(chunk.paths)
            chunk.results = prepare_chunk(chunk.paths)
            self._pending.append(chunk)
            return True
        return False

    def __iter__(self) -> _Ordered:
        return self

    def __next__(self) -> PreparedFile:
        if not self._ready:
            if not self._pending:
                raise StopIteration
            head = self._pending[0]
            while (head.results is None and head.future is not None and not self._broken
                   and not head.future.done() and self._take_back_one()):
                pass
            self._pending.popleft()
            results = head.results
            if results is None and head.future is not None and not self._broken:
                try:
                    results = head.future.result()
                except BrokenProcessPool:
                    self._broken = True
            self._ready.extend(results if results is not None else prepare_chunk(head.paths))
            self._fill()
        return self._ready.popleft()
