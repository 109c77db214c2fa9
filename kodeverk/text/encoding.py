"""Decoding the bytes of a plain-text file without guessing silently wrong.

Order of trust: a byte-order mark; strict UTF-8; UTF-16 without a mark when
the zero bytes say so; Windows-1252 as the last resort (reported, never
silent). Whatever the encoding, text that still holds replacement characters
or control bytes is refused: it is a binary file or an encoding we cannot
know, and importing it would store garbage under offsets nobody can trust.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from kodeverk.errors import ReadError
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls other than tab, line feed, vertical tab, form feed and carriage return; DEL; C1 controls.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f\x80-\x9f]")


@dataclass(frozen=True)
class DecodedText:
    """Text decoded from bytes, with the encoding that was used."""

    text: str
    encoding: str
    had_bom: bool

    @property
    def is_fallback(self) -> bool:
        """True when the text was read as Windows-1252 for want of anything better."""
        return self.encoding == "windows-1252"


def _utf16_without_bom(data: bytes) -> str | None:
    """The UTF-16 flavour of ``data`` if its zero bytes betray one, else None."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_zeros = data[0::2].count(0)
    odd_zeros = data[1::2].count(0)
    half = len(data) // 2
    if odd_zeros > 0.4 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.4 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    return None


def _check(path: str, text: str, encoding: str) -> None:
    bad = _CONTROL.search(text)
    if "\ufffd" in text:
        raise ReadError(path,
                        Message(QT_TRANSLATE_NOOP("CoreMessages", "the text holds replacement characters (�) after decoding as {encoding}; the file is damaged or in an unknown encoding"),
                                encoding=encoding))
    if bad:
        position = bad.start()
        raise ReadError(path,
                        Message(QT_TRANSLATE_NOOP("CoreMessages", "not a text file: control byte 0x{byte:02X} at character {position} (decoded as {encoding}); is it a binary file renamed?"),
                                byte=ord(bad.group()), position=position, encoding=encoding))


def decode_text_bytes(data: bytes, path: str = "<bytes>") -> DecodedText:
    """Decode ``data`` (the contents of the file at ``path``) or raise :class:`ReadError`."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise ReadError(path,
                                Message(QT_TRANSLATE_NOOP("CoreMessages", "starts with a {encoding} byte-order mark but is not valid {encoding} (byte {position})"),
                                        encoding=encoding, position=exc.start + len(bom))) from exc
            _check(path, text, encoding)
            return DecodedText(text, encoding, True)
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            text = None
        if text is not None:
            _check(path, text, utf16)
            return DecodedText(text, utf16, False)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        _check(path, text, "utf-8")
        return DecodedText(text, "utf-8", False)
    try:
        text = data.decode("windows-1252")
    except UnicodeDecodeError as exc:
        raise ReadError(path,
                        Message(QT_TRANSLATE_NOOP("CoreMessages", "neither UTF-8 nor Windows-1252: byte 0x{byte:02X} at {position} has no meaning in either; is it a binary file?"),
                                byte=data[exc.start], position=exc.start)) from exc
    _check(path, text, "windows-1252")
    return DecodedText(text, "windows-1252", False)
