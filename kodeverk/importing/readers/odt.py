"""Reader for OpenDocument text (.odt): content.xml read with zipfile + lxml.

What is read, in document order: every text:p and text:h under
office:body/office:text, including those in tables, lists and sections.
Inside a paragraph: text, spans, links and fields; text:s (with its text:c
count) → spaces, text:tab → "\\t", text:line-break → "\\n".

What is left out: footnotes and endnotes (text:note), comments
(office:annotation), the record of tracked changes (text:tracked-changes,
which holds deleted text), frames and drawings (draw:*), index templates.

Bold, best effort: a text:span is bold when its style (automatic styles in
content.xml, common styles in styles.xml, parents followed) has
fo:font-weight "bold" or 600 and up. Paragraph styles are not consulted.
An encrypted package (manifest:encryption-data in META-INF/manifest.xml) is
refused as password-protected.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from kodeverk.errors import ReadError
from kodeverk.importing.readers import ReadDocument
from kodeverk.importing.readers._common import (
    PROTECTED, ZIP_ERRORS, ParagraphBuilder, open_package, parse_optional, parse_xml, read_part)
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"

_PARAGRAPHS = {f"{_TEXT}p", f"{_TEXT}h"}
_SPAN = f"{_TEXT}span"
_SPACE, _TAB, _LINE_BREAK = f"{_TEXT}s", f"{_TEXT}tab", f"{_TEXT}line-break"
_STYLE_NAME = f"{_TEXT}style-name"
_SKIPPED = {f"{_TEXT}note", f"{_OFFICE}annotation", f"{_TEXT}tracked-changes", f"{_OFFICE}forms",
            f"{_TEXT}sequence-decls", f"{_TEXT}variable-decls", f"{_TEXT}user-field-decls",
            f"{_TEXT}table-of-content-source", f"{_TEXT}alphabetical-index-source",
            f"{_TEXT}illustration-index-source", f"{_TEXT}table-index-source",
            f"{_TEXT}bibliography-source", f"{_TEXT}user-index-source", f"{_TEXT}object-index-source",
            f"{_TEXT}ruby-text"}


def _is_bold_weight(weight: str | None) -> bool | None:
    if weight is None:
        return None
    if weight == "bold":
        return True
    return weight.isdigit() and int(weight) >= 600


class _Styles:
    """Which text styles are bold, following style:parent-style-name."""

    def __init__(self, *roots: etree._Element | None) -> None:
        self.own: dict[str, tuple[bool | None, str | None]] = {}
        for root in roots:
            if root is None:
                continue
            for style in root.iter(f"{_STYLE}style"):
                name = style.get(f"{_STYLE}name")
                props = style.find(f"{_STYLE}text-properties")
                weight = props.get(f"{_FO}font-weight") if props is not None else None
                self.own[name] = (_is_bold_weight(weight), style.get(f"{_STYLE}parent-style-name"))
        self.cache: dict[str | None, bool | None] = {}

    def bold(self, name: str | None) -> bool | None:
        """True/False if the style sets the weight (itself or through a parent), None if not."""
        if name in self.cache:
            return self.cache[name]
        seen = set()
        current, result = name, None
        while current is not None and current not in seen and current in self.own:
            seen.add(current)
            weight, parent = self.own[current]
            if weight is not None:
                result = weight
                break
            current = parent
        self.cache[name] = result
        return result


class _Walker:
    def __init__(self, styles: _Styles) -> None:
        self.styles = styles
        self.paragraphs = []

    def block(self, element: etree._Element) -> None:
        for child in element:
            tag = child.tag
            if tag in _PARAGRAPHS:
                builder = ParagraphBuilder()
                self.inline(child, builder, False)
                self.paragraphs.append(builder.build())
            elif len(child) and tag not in _SKIPPED and not str(tag).startswith(_DRAW):
                self.block(child)

    def inline(self, element: etree._Element, builder: ParagraphBuilder, bold: bool) -> None:
        builder.add(element.text or "", bold)
        for child in element:
            tag = child.tag
            if tag == _SPAN:
                own = self.styles.bold(child.get(_STYLE_NAME))
                self.inline(child, builder, bold if own is None else own)
            elif tag == _SPACE:
                count = child.get(f"{_TEXT}c") or "1"
                builder.add(" " * (int(count) if count.isdigit() else 1), bold)
            elif tag == _TAB:
                builder.add("\t", bold)
            elif tag == _LINE_BREAK:
                builder.add("\n", bold)
            elif tag in _SKIPPED or tag in _PARAGRAPHS or not isinstance(tag, str) or tag.startswith(_DRAW):
                pass  # notes, comments, frames: their content is not part of the paragraph
            else:
                self.inline(child, builder, bold)  # links, fields, meta, bookmarks...
            builder.add(child.tail or "", bold)


def _check_not_encrypted(path: Path, package: zipfile.ZipFile) -> None:
    try:
        manifest = package.read("META-INF/manifest.xml")
    except KeyError:
        return
    except ZIP_ERRORS + (NotImplementedError,):
        raise ReadError(path,
                        Message(QT_TRANSLATE_NOOP("CoreMessages", "the {kind} file is damaged (corrupt zip archive)"),
                                kind=".odt")) from None
    except RuntimeError:  # an encrypted zip member
        raise ReadError(path, PROTECTED) from None
    if b"encryption-data" in manifest:
        raise ReadError(path, PROTECTED)


def read_odt(path: Path, data: bytes) -> ReadDocument:
    """Read an .odt file's body text (see the module docstring) or raise ReadError."""
    with open_package(path, data, ".odt") as package:
        _check_not_encrypted(path, package)
        try:
            content = read_part(path, package, "content.xml", ".odt")
        except KeyError:
            problem = Message(QT_TRANSLATE_NOOP("CoreMessages", "not an OpenDocument text document (no content.xml inside)"))
            if "word/document.xml" in package.namelist():
                problem = Message(QT_TRANSLATE_NOOP("CoreMessages", "{problem}; it looks like a Word file: rename it .docx"),
                                  problem=problem)
            raise ReadError(path, problem) from None
        root = parse_xml(path, content, "content.xml", ".odt")
        styles = _Styles(parse_optional(package, "styles.xml"), root)
    text = root.find(f"{_OFFICE}body/{_OFFICE}text")
    if text is None:
        raise ReadError(path,
                        Message(QT_TRANSLATE_NOOP("CoreMessages", "not an OpenDocument text document (content.xml has no office:text; is it a spreadsheet or presentation?)")))
    walker = _Walker(styles)
    walker.block(text)
    return ReadDocument(walker.paragraphs, "odt", None, [])
