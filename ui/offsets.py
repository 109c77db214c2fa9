"""The one place where Qt's UTF-16 positions and the core's code-point offsets meet.

QTextCursor positions count UTF-16 code units: a character outside the Basic
Multilingual Plane (most emoji, 🇳🇴's two regional indicators) takes two.
The core counts code points. :class:`OffsetMap` converts both ways for one
text; texts without such characters (most transcripts) convert for free.

A QTextDocument holds every line break as one U+2029 unit, so lengths agree
as long as the text has no ``\\r\\n`` (the core's normalised texts have none).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    """Converts offsets in one text between code points and UTF-16 units."""

    def __init__(self, text: str):
        # code-point indexes of characters that take two UTF-16 units
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if not text.isascii() else []
        # their UTF-16 positions, to convert back
        self._astral_utf16 = [i + n for n, i in enumerate(self._astral)]
        self.length = len(text)

    def to_utf16(self, offset: int) -> int:
        """The UTF-16 position of code-point ``offset``."""
        return offset + bisect_left(self._astral, offset)

    def to_code_points(self, position: int) -> int:
        """The code-point offset of UTF-16 ``position`` (inside a surrogate pair: the character's start)."""
        # every astral character starting before ``position`` - 1 ends at or before it
        return position - bisect_right(self._astral_utf16, position - 1)

    @property
    def utf16_length(self) -> int:
        return self.length + len(self._astral)
