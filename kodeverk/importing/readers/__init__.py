"""Reading transcript files into paragraphs: the shared types and the dispatcher.

A reader turns the bytes of one file into a :class:`ReadDocument`: the body's
paragraphs in document order, each with the text exactly as in the file (not
yet normalised; :mod:`kodeverk.text.turns` does that) and its leading bold
text, which is where speaker labels usually hide. One module per format:

- :mod:`.docx` — Word 2007+ (word/document.xml read with zipfile + lxml);
- :mod:`.odt` — OpenDocument text (content.xml);
- :mod:`.rtf` — Rich Text Format (a small converter of our own);
- :mod:`.txt` and :mod:`.md` — plain text and light Markdown, decoded by
  :func:`kodeverk.text.encoding.decode_text_bytes`.

Every failure is a :class:`~kodeverk.errors.ReadError` naming the file and the
problem in one line; nothing is swallowed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from kodeverk.errors import ReadError
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

SUPPORTED_SUFFIXES = (".docx", ".txt", ".odt", ".rtf", ".md")


@dataclass(frozen=True)
class Paragraph:
    """One paragraph as in the file.

    ``text`` is not normalised; a manual line break inside the paragraph is
    ``"\\n"``. ``bold_prefix`` is the paragraph's leading bold text (always a
    prefix of ``text``), ``""`` if the paragraph does not start in bold.
    """

    text: str
    bold_prefix: str = ""


@dataclass(frozen=True)
class ReadDocument:
    """What a reader found in one file."""

    paragraphs: list[Paragraph]
    source_format: str  # "docx" | "txt" | "odt" | "rtf" | "md"
    encoding: str | None = None  # for the text formats
    warnings: list[str] = field(default_factory=list)


def _reader_for(suffix: str) -> Callable[[Path, bytes], ReadDocument]:
    # Imported here, not at the top, so the format modules can import the types above.
    if suffix == ".docx":
        from kodeverk.importing.readers.docx import read_docx
        return read_docx
    if suffix == ".odt":
        from kodeverk.importing.readers.odt import read_odt
        return read_odt
    if suffix == ".rtf":
        from kodeverk.importing.readers.rtf import read_rtf
        return read_rtf
    if suffix == ".md":
        from kodeverk.importing.readers.md import read_md
        return read_md
    from kodeverk.importing.readers.txt import read_txt
    return read_txt


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, or a ReadError that says why they cannot be had."""
    if path.is_dir():
        raise ReadError(path,
                        Message(QT_TRANSLATE_NOOP("CoreMessages", "this is a folder, not a file ({path})"), path=path))
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ReadError(path,
                        Message(QT_TRANSLATE_NOOP("CoreMessages", "the file does not exist ({path})"),
                                path=path)) from None
    except IsADirectoryError:
        raise ReadError(path,
                        Message(QT_TRANSLATE_NOOP("CoreMessages", "this is a folder, not a file ({path})"),
                                path=path)) from None
    except PermissionError:
        raise ReadError(path,
                        Message(QT_TRANSLATE_NOOP("CoreMessages", "permission denied: Kodeverk may not read this file ({path})"),
                                path=path)) from None
    except OSError as exc:
        raise ReadError(path,
                        Message(QT_TRANSLATE_NOOP("CoreMessages", "cannot read the file: {reason} ({path})"),
                                reason=exc.strerror or exc, path=path)) from exc


def read_document(path: Path, data: bytes | None = None) -> ReadDocument:
    """Read the transcript at ``path`` (or its bytes ``data``, if given) or raise ReadError.

    The format comes from the suffix. A file named ``.docx`` or ``.odt`` that
    is really RTF (Word's "save as" sometimes leaves the wrong name) is read
    as RTF, with a warning.
    """
    path = Path(path)
    if data is None:
        data = _read_bytes(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        known = ", ".join(SUPPORTED_SUFFIXES)
        if suffix:
            raise ReadError(path,
                            Message(QT_TRANSLATE_NOOP("CoreMessages", "unsupported file type {suffix!r} (Kodeverk reads {known})"),
                                    suffix=suffix, known=known))
        raise ReadError(path,
                        Message(QT_TRANSLATE_NOOP("CoreMessages", "unsupported file type (no extension) (Kodeverk reads {known})"),
                                known=known))
    if not data:
        raise ReadError(path, Message(QT_TRANSLATE_NOOP("CoreMessages", "the file is empty (0 bytes)")))
    warnings: list[str] = []
    if suffix in (".docx", ".odt") and data.lstrip()[:5] == b"{\\rtf":
        warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "the file is named {suffix} but is an RTF file; read as RTF"),
                                suffix=suffix))
        suffix = ".rtf"
    document = _reader_for(suffix)(path, data)
    if not any(p.text.strip() for p in document.paragraphs):
        raise ReadError(path, Message(QT_TRANSLATE_NOOP("CoreMessages", "the document has no text")))
    if warnings:
        document = ReadDocument(document.paragraphs, document.source_format, document.encoding,
                                warnings + document.warnings)
    return document


__all__ = ["Paragraph", "ReadDocument", "SUPPORTED_SUFFIXES", "read_document"]
