"""The C heap while importing: keep freed memory for the next file instead of handing it back.

Each file allocates and frees a few MB: the XML tree (many small blocks) and the
text's numpy arrays (a few blocks of 100 kB to 1 MB). By default glibc gives
freed memory at the top of its heap back to the system at once, and serves
blocks above 128 kB (a threshold that moves with use) straight from the system;
either way every file page-faults its memory in again: some 300 faults, over a
tenth of its CPU time. Raised limits keep it: up to 64 MB of freed heap, and
blocks up to 32 MB from the heap. Only glibc has ``mallopt``; elsewhere these
do nothing.

Worker processes keep the setting for their life (:func:`keep_freed_memory`);
the importing process itself, which may be the desktop app, only during an
import (:func:`freed_memory_kept`), after which glibc's defaults are back and
the memory kept is handed back.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_M_TRIM_THRESHOLD = -1  # glibc's mallopt parameters
_M_MMAP_THRESHOLD = -3
_KEEP_FREED = 64 * 1024 * 1024
_FROM_HEAP_UP_TO = 32 * 1024 * 1024  # glibc's largest mmap threshold on 64-bit systems
_DEFAULT = 128 * 1024  # glibc's default for both


def _libc() -> Any | None:
    try:
        libc = ctypes.CDLL(None)  # the C library's symbols are the program's
        libc.mallopt, libc.malloc_trim  # noqa: B018 (both or neither: glibc)
        return libc
    except (OSError, AttributeError, TypeError):
        return None


def _set(trim: int, mmap: int) -> bool:
    libc = _libc()
    if libc is None:
        return False
    return bool(libc.mallopt(_M_TRIM_THRESHOLD, trim)) and bool(libc.mallopt(_M_MMAP_THRESHOLD, mmap))


def keep_freed_memory() -> bool:
    """In a worker process: keep freed memory for good (see the module docstring). True if set."""
    return _set(_KEEP_FREED, _FROM_HEAP_UP_TO)


@contextmanager
def freed_memory_kept() -> Iterator[bool]:
    """In this process, for the length of the ``with``: keep freed memory (True if set); then glibc's
    default limits again, and the memory kept handed back to the system."""
    kept = _set(_KEEP_FREED, _FROM_HEAP_UP_TO)
    try:
        yield kept
    finally:
        if kept:
            _set(_DEFAULT, _DEFAULT)
            libc = _libc()
            if libc is not None:
                libc.malloc_trim(0)
