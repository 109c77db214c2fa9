"""Background ops for the team-work windows that may close while an op still runs.

The op has no Qt parent (it keeps itself alive until done, see :mod:`ui.ops`),
so closing a window never deletes an op whose worker is about to report; and
every callback is dropped once the window it belongs to is gone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from shiboken6 import isValid

from ui.ops import BackgroundOp


def guarded(owner: QObject, callback: Callable[..., None]) -> Callable[..., None]:
    """``callback``, called only while ``owner`` still exists."""
    def call(*args: Any) -> None:
        if isValid(owner):
            callback(*args)
    return call


def background(owner: QObject, work: Callable[..., Any], on_success: Callable[[Any], None],
               on_failure: Callable[[BaseException], None],
               on_progress: Callable[[int, int, str], None] | None = None) -> BackgroundOp:
    """A started op running ``work`` whose callbacks reach ``owner`` only while it exists."""
    op = BackgroundOp(work).on_success(guarded(owner, on_success)).on_failure(guarded(owner, on_failure))
    if on_progress is not None:
        op.on_progress(guarded(owner, on_progress))
    return op.start()
