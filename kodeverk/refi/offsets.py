"""Turning another tool's plain text into our stored text, with a map of its positions.

REFI-QDA positions count code points of exactly the text file in the
archive (spec §10.2), BOM, ``\\r\\n`` and all. Kodeverk stores text
normalised (:mod:`kodeverk.text.normalise`) and assembled the way a .txt
import assembles it (:func:`kodeverk.text.turns.assemble`: one paragraph a
line, trailing spaces and empty lines dropped). Each step only drops,
replaces or composes characters, so we follow every character of the
original to its place in the stored text and remap positions through that
(never shift them by a count).

A span ``[start, end)`` of the original maps to the stored characters that
came from inside it: ``start`` moves to the first kept character at or after
it, ``end`` to just past the last kept character before it. A span of
characters that were all dropped maps to an empty span (the caller skips it).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from pathlib import Path

from kodeverk.errors import KodeverkError
from kodeverk.importing.readers import Paragraph, read_document
from kodeverk.messages import QT_TRANSLATE_NOOP, Message
from kodeverk.text.normalise import normalise_text
from kodeverk.text.turns import TurnSpan, assemble

_DROPPED = set("\ufeff\u00ad\u200b\u200c\u200d\u2060")
_TO_NEWLINE = set("\r\u2028\u2029\u0085\f\v")
_SPECIAL = re.compile("\r\n|[\ufeff\u00ad\u200b\u200c\u200d\u2060\r\u2028\u2029\u0085\f\v]")


@dataclass(frozen=True)
class StoredText:
    """The stored text, its turns, and where each original code point went.

    ``origin[k]`` is the index in the original of the stored character ``k``
    (non-decreasing); ``original_length`` the original's length.
    """

    text: str
    turns: list[TurnSpan]
    origin: list[int]
    original_length: int

    changed: bool  # the stored text is not the original (so positions are remapped)

    def map_span(self, start: int, end: int) -> tuple[int, int]:
        """The stored ``[start, end)`` of the original ``[start, end)`` (module docstring)."""
        new_start = bisect.bisect_left(self.origin, start)
        new_end = bisect.bisect_left(self.origin, end)
        return new_start, max(new_start, new_end)


def _first_pass(raw: str) -> tuple[str, list[int]]:
    """Drop invisible characters, make every line break ``\\n``; each output character's origin."""
    pieces: list[str] = []
    origin: list[int] = []
    done = 0
    for match in _SPECIAL.finditer(raw):
        index = match.start()
        pieces.append(raw[done:index])
        origin.extend(range(done, index))
        if match.group() not in _DROPPED:
            pieces.append("\n")
            origin.append(index)
        done = match.end()
    pieces.append(raw[done:])
    origin.extend(range(done, len(raw)))
    return "".join(pieces), origin


def _compose(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """NFC, cluster by cluster (a starter and the marks after it), keeping each cluster's origin."""
    if unicodedata.is_normalized("NFC", text):
        return text, origin
    pieces: list[str] = []
    new_origin: list[int] = []
    cluster_start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or (unicodedata.combining(text[index]) == 0
                                  and not 0x1161 <= ord(text[index]) <= 0x11C2):
            composed = unicodedata.normalize("NFC", text[cluster_start:index])
            pieces.append(composed)
            new_origin.extend([origin[cluster_start]] * len(composed))
            cluster_start = index
    result = "".join(pieces)
    expected = unicodedata.normalize("NFC", text)
    if result != expected:  # a composition across clusters (rare scripts): align the two
        return expected, _aligned(text, origin, expected)
    return result, new_origin


def _aligned(source: str, origin: list[int], target: str) -> list[int]:
    """Origins for ``target`` by aligning it with ``source`` (fallback; slower)."""
    result = [0] * len(target)
    matcher = SequenceMatcher(None, source, target, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        for k in range(b0, b1):
            if tag == "equal":
                result[k] = origin[a0 + k - b0]
            else:
                result[k] = origin[min(a0, len(origin) - 1)] if origin else 0
    for k in range(1, len(result)):  # keep it non-decreasing
        result[k] = max(result[k], result[k - 1])
    return result


def _assembled(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """What :func:`assemble` makes of ``text`` split in lines (lines right-stripped, empty ones dropped,
    joined by ``\\n``), with the origin of each character kept."""
    pieces: list[str] = []
    new_origin: list[int] = []
    position = line_break = 0
    for line in text.split("\n"):
        kept = line.rstrip()
        if kept:
            if pieces:
                new_origin.append(origin[line_break])
            pieces.append(kept)
            new_origin.extend(origin[position:position + len(kept)])
            line_break = position + len(line)  # the "\n" after this line, used if another line follows
        position += len(line) + 1
    return "\n".join(pieces), new_origin


def stored_text(raw: str) -> StoredText:
    """What Kodeverk stores for the plain text ``raw``, and the map of its positions."""
    text, origin = _first_pass(raw)
    text, origin = _compose(text, origin)
    assembled = assemble(Paragraph(line) for line in text.split("\n"))
    final, mapped = _assembled(text, origin)
    if final != assembled.text:  # assemble changed more than we follow: align the two instead
        final, mapped = assembled.text, _aligned(text, origin, assembled.text)
    assert normalise_text(final) == final
    return StoredText(final, assembled.turns, mapped, len(raw), final != raw)


def with_rich_turns(stored: StoredText, name: str, data: bytes) -> tuple[StoredText, str | None]:
    """``stored`` with its speaker turns read from the source's rich text file (``name``, ``data``).

    A plain text file has lost the bold that marks many speaker labels in
    Word. When the rich file's text, assembled as a transcript import
    assembles it, is exactly the stored text (both normalised), the turns are
    taken from it (bold labels included); otherwise ``stored`` is returned as
    it was, with the reason why.
    """
    try:
        document = read_document(Path(name), data)
    except KodeverkError as exc:
        return stored, Message(QT_TRANSLATE_NOOP("CoreMessages", "its rich text file cannot be read ({reason})"),
                               reason=exc.message)
    assembled = assemble(document.paragraphs)
    if assembled.text != stored.text:
        return stored, Message(QT_TRANSLATE_NOOP("CoreMessages", "the text of its rich text file differs from its plain text"))
    return replace(stored, turns=assembled.turns), None

