"""Helpers shared by the readers: building a paragraph with its bold prefix, and
opening the zip packages of .docx and .odt safely (OLE sniffing, corrupt zips,
zip bombs, malformed XML)."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from kodeverk.errors import ReadError
from kodeverk.importing.readers import Paragraph
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

OLE_MAGIC = b"\xd0\xcf\x11\xe0"
# An uncompressed XML part larger than this is refused: a zip bomb, not a transcript.
MAX_PART_BYTES = 200 * 1024 * 1024
# What zipfile raises on a damaged archive besides BadZipFile.
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError)
PROTECTED = Message(QT_TRANSLATE_NOOP("CoreMessages", "the document is password-protected; save it without a password and import again"))

# The Word reader's messages (kodeverk/importing/readers/docx.py), as templates for kodeverk.messages.Message.
DOCX_NO_DOCUMENT = QT_TRANSLATE_NOOP("CoreMessages", "not a Word document (no word/document.xml inside)")
DOCX_LOOKS_LIKE_ODT = QT_TRANSLATE_NOOP("CoreMessages", "{problem}; it looks like an OpenDocument file: rename it .odt")
DOCX_NO_BODY = QT_TRANSLATE_NOOP("CoreMessages", "not a Word document ({part} has no body)")
DOCX_TRACKED_CHANGES = QT_TRANSLATE_NOOP("CoreMessages", "the document has tracked changes: deleted text was left out, "
                                                         "inserted text kept")

_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True,
                              remove_comments=True, remove_pis=True)


class ParagraphBuilder:
    """Collects a paragraph's pieces of text and tracks its leading bold text.

    The bold prefix runs from the start of the paragraph to the end of the
    last bold piece before the first non-bold piece that is not blank
    (whitespace between bold pieces, or before the first, does not end it).
    """

    __slots__ = ("parts", "length", "prefix_len", "prefix_open")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.prefix_len = 0
        self.prefix_open = True

    def add(self, text: str, bold: bool = False) -> None:
        if not text:
            return
        self.parts.append(text)
        self.length += len(text)
        if self.prefix_open:
            if bold:
                self.prefix_len = self.length
            elif not text.isspace():
                self.prefix_open = False

    def build(self) -> Paragraph:
        text = "".join(self.parts)
        return Paragraph(text, text[:self.prefix_len])


def open_package(path: Path, data: bytes, kind: str) -> zipfile.ZipFile:
    """Open ``data`` as the zip package of a ``kind`` (".docx"/".odt") file or raise ReadError."""
    if data[:4] == OLE_MAGIC:
        if "EncryptionInfo".encode("utf-16-le") in data:
            raise ReadError(path, PROTECTED)
        if kind == ".docx":
            raise ReadError(path,
                            Message(QT_TRANSLATE_NOOP("CoreMessages", "this is an old Word 97–2003 .doc file, not .docx; save it as .docx")))
        raise ReadError(path,
                        Message(QT_TRANSLATE_NOOP("CoreMessages", "this is an old Word 97–2003 .doc file, not {kind}; save it as {kind} or .docx"),
                                kind=kind))
    if data[:2] != b"PK":
        if kind == ".docx":
            raise ReadError(path,
                            Message(QT_TRANSLATE_NOOP("CoreMessages", "not a Word .docx file (not a zip archive)")))
        raise ReadError(path,
                        Message(QT_TRANSLATE_NOOP("CoreMessages", "not an OpenDocument .odt file (not a zip archive)")))
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except ZIP_ERRORS + (NotImplementedError,):  # NotImplementedError: "zip file version 18.9"
        raise ReadError(path,
                        Message(QT_TRANSLATE_NOOP("CoreMessages", "the {kind} file is damaged (corrupt zip archive)"),
                                kind=kind)) from None


def read_part(path: Path, package: zipfile.ZipFile, name: str, kind: str) -> bytes:
    """The uncompressed bytes of the part ``name``; KeyError if it is missing."""
    info = package.getinfo(name)
    if info.file_size > MAX_PART_BYTES:
        raise ReadError(path,
                        Message(QT_TRANSLATE_NOOP("CoreMessages", "the {kind} file is damaged or hostile ({name} would be {size} MB uncompressed; the limit is {limit} MB)"),
                                kind=kind, name=name, size=info.file_size // 2**20, limit=MAX_PART_BYTES // 2**20))
    try:
        with package.open(info) as stream:
            # The size in the header can lie; never read more than the limit.
            data = stream.read(MAX_PART_BYTES + 1)
    except ZIP_ERRORS:
        raise ReadError(path,
                        Message(QT_TRANSLATE_NOOP("CoreMessages", "the {kind} file is damaged (corrupt zip archive)"),
                                kind=kind)) from None
    except NotImplementedError:
        raise ReadError(path,
                        Message(QT_TRANSLATE_NOOP("CoreMessages", "the {kind} file uses a zip compression Kodeverk cannot read"),
                                kind=kind)) from None
    except RuntimeError:  # an encrypted zip member
        raise ReadError(path, PROTECTED) from None
    if len(data) > MAX_PART_BYTES:
        raise ReadError(path,
                        Message(QT_TRANSLATE_NOOP("CoreMessages", "the {kind} file is damaged or hostile ({name} is larger than {limit} MB uncompressed)"),
                                kind=kind, name=name, limit=MAX_PART_BYTES // 2**20))
    return data


def parse_xml(path: Path, data: bytes, name: str, kind: str) -> etree._Element:
    """Parse the part ``name`` or raise ReadError quoting lxml's complaint."""
    try:
        return etree.fromstring(data, _XML_PARSER)
    except etree.XMLSyntaxError as exc:
        message = str(exc).splitlines()[0] if str(exc) else "syntax error"
        raise ReadError(path,
                        Message(QT_TRANSLATE_NOOP("CoreMessages", "the {kind} file is damaged ({name} is not well-formed XML: {detail})"),
                                kind=kind, name=name, detail=message)) from None


def parse_optional(package: zipfile.ZipFile, name: str) -> etree._Element | None:
    """Parse an auxiliary part (styles and the like); None if missing, too big or broken."""
    try:
        info = package.getinfo(name)
        if info.file_size > MAX_PART_BYTES // 10:
            return None
        return etree.fromstring(package.read(info), _XML_PARSER)
    except ZIP_ERRORS + (KeyError, NotImplementedError, RuntimeError, etree.XMLSyntaxError):
        return None
