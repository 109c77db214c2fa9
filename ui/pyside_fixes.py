"""Guard against a PySide6 6.12 bug on Python < 3.12: void C++ methods drop a reference to None.

Each call of e.g. ``QTextCursor.setPosition`` or ``QTextEdit.setExtraSelections``
decrements ``None``'s reference count without having incremented it, so after
enough calls Python aborts with "none_dealloc: deallocating None". Python 3.12
made None immortal, which hides the bug. Until PySide is fixed we give None a
reference count so high that no session can exhaust it. Remove this module when
the app requires Python ≥ 3.12 or a fixed PySide6.
"""

from __future__ import annotations

import ctypes
import sys

_HUGE = 1 << 60


def protect_none() -> None:
    """Make None's reference count practically inexhaustible (no-op where None is immortal)."""
    if sys.version_info >= (3, 12):
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < _HUGE // 2:
        refcount.value += _HUGE
