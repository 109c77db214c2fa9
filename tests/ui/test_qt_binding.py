"""The Qt binding must not drop references to None (PySide6 6.12.0 does, on Python 3.11, and the app aborts)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextCursor, QTextDocument


def test_void_methods_keep_none_alive() -> None:
    document = QTextDocument("Blåbær 👍")
    cursor = QTextCursor(document)
    before = sys.getrefcount(None)
    for _ in range(2000):
        cursor.setPosition(1)
    assert before - sys.getrefcount(None) < 100  # a leaking binding loses exactly 2000
