"""Reader for plain text (.txt): decoded by decode_text_bytes, one paragraph per line.

Line ends are "\\r\\n", "\\r" or "\\n"; a form feed (page break) also ends a
paragraph and a vertical tab (Word's manual line break when it saves text)
becomes "\\n" inside one. Reading as Windows-1252 for want of anything better
is reported as a warning, never silent.
"""

from __future__ import annotations

import re
from pathlib import Path

from kodeverk.errors import ReadError
from kodeverk.importing.readers import Paragraph, ReadDocument
from kodeverk.text.encoding import DecodedText, decode_text_bytes
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

_LINES = re.compile("\r\n|[\r\n\f]")
_ARCHIVES = ((b"PK\x03\x04", Message(QT_TRANSLATE_NOOP("CoreMessages", "a zip archive (a .docx or .odt renamed?)"))),
             (b"\xd0\xcf\x11\xe0", Message(QT_TRANSLATE_NOOP("CoreMessages", "an old Word 97–2003 .doc file"))),
             (b"%PDF", Message(QT_TRANSLATE_NOOP("CoreMessages", "a PDF file"))),
             (b"{\\rtf", Message(QT_TRANSLATE_NOOP("CoreMessages", "an RTF file (rename it .rtf)"))))


def decode(path: Path, data: bytes) -> tuple[DecodedText, list[str]]:
    """The decoded text and the warnings about how it was decoded."""
    for magic, what in _ARCHIVES:
        if data.startswith(magic):
            raise ReadError(path,
                            Message(QT_TRANSLATE_NOOP("CoreMessages", "not a text file: this is {what}"), what=what))
    decoded = decode_text_bytes(data, str(path))
    warnings = []
    if decoded.is_fallback:
        warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "read as Windows-1252 (not UTF-8); check letters like æ, ø and å")))
    return decoded, warnings


def split_lines(text: str) -> list[str]:
    """The lines of ``text``; a vertical tab becomes a line break inside the line."""
    return [line.replace("\v", "\n") for line in _LINES.split(text)]


def read_txt(path: Path, data: bytes) -> ReadDocument:
    """Read a .txt file, one paragraph per line, or raise ReadError."""
    decoded, warnings = decode(path, data)
    paragraphs = [Paragraph(line) for line in split_lines(decoded.text)]
    return ReadDocument(paragraphs, "txt", decoded.encoding, warnings)
