"""Reader for Word .docx files: word/document.xml read with zipfile + lxml.

Speed matters (a project imports hundreds of 10 000-word transcripts), so the
main part is parsed once and walked directly, without python-docx objects.

What is read, in document order: body paragraphs and the paragraphs of table
cells (nested tables too), content controls (w:sdt), hyperlinks, smart tags,
custom XML, simple fields and tracked insertions (w:ins, w:moveTo). In a run:
w:t text, w:tab and w:ptab → "\\t", w:br and w:cr → "\\n", w:noBreakHyphen → "-".

What is left out: headers, footers, footnotes, endnotes and comments (other
parts), tracked deletions (w:del, w:moveFrom), field codes (w:instrText),
symbols (w:sym), soft hyphens, list numbering, text boxes and drawings
(w:drawing, w:pict, mc:AlternateContent inside runs).

Bold: a run is bold when its w:rPr has w:b not switched off (w:val "0",
"false", "off"), or, without w:b, when its character style (w:rStyle) is
"Strong"/"Sterk" or a character style in word/styles.xml whose own w:rPr
has w:b (or that is based on such a style). Paragraph styles are not consulted.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path

from lxml import etree

from kodeverk.errors import ReadError
from kodeverk.importing.readers import ReadDocument
from kodeverk.importing.readers._common import (DOCX_LOOKS_LIKE_ODT, DOCX_NO_BODY, DOCX_NO_DOCUMENT, DOCX_TRACKED_CHANGES,
                                                ParagraphBuilder, open_package, parse_optional, parse_xml, read_part)
from kodeverk.messages import Message

MAIN_PART = "word/document.xml"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFF = ("0", "false", "off")
_BOLD_STYLE_NAMES = {"Strong", "Sterk", "strong", "sterk"}
# Character styles Word uses all the time that are not bold: no need to look them up.
_PLAIN_STYLES = {"Hyperlink", "Hyperkobling", "CommentReference", "Merknadsreferanse", "FootnoteReference",
                 "Fotnotereferanse", "EndnoteReference", "Emphasis", "Utheving", "PageNumber", "Sidetall",
                 "FollowedHyperlink", "PlaceholderText", "Plassholdertekst"}
_RSTYLE = re.compile(rb'rStyle [^>]*?val="([^"]+)"')
_STYLE_ID = re.compile(rb'w:styleId="([^"]*)"')
_STYLE_NAME = re.compile(rb'<w:name w:val="([^"]*)"')
_BASED_ON = re.compile(rb'<w:basedOn w:val="([^"]*)"')
_STYLE_BOLD = re.compile(rb'<w:b(?: w:val="([^"]*)")?\s*/>')


def _main_part_name(package: zipfile.ZipFile) -> str | None:
    """word/document.xml, or the part _rels/.rels names as the office document."""
    names = set(package.namelist())
    if MAIN_PART in names:
        return MAIN_PART
    rels = parse_optional(package, "_rels/.rels")
    if rels is None:
        return None
    for rel in rels.iter(f"{{{_REL}}}Relationship"):
        if (rel.get("Type") or "").endswith("/officeDocument"):
            target = (rel.get("Target") or "").lstrip("/")
            if target in names:
                return target
    return None


def _bold_styles(package: zipfile.ZipFile, part: str, xml: bytes) -> set[str]:
    """Style ids of the character styles used in ``xml`` that make a run bold.

    styles.xml can be far larger than a short transcript (python-docx's
    template: 350 kB), so it is read only when the document names a style we
    do not know, and scanned for its character styles instead of parsed.
    """
    used = {m.decode("utf-8", "replace") for m in _RSTYLE.findall(xml)}
    if not used - _BOLD_STYLE_NAMES - _PLAIN_STYLES:
        return used & _BOLD_STYLE_NAMES
    try:
        styles = read_part(Path(part), package, posixpath.join(posixpath.dirname(part), "styles.xml"), ".docx")
    except (KeyError, ReadError):
        return used & _BOLD_STYLE_NAMES
    own: dict[str, bool | None] = {}
    based_on: dict[str, str] = {}
    position = 0
    while (found := styles.find(b'w:type="character"', position)) >= 0:
        begin, end = styles.rfind(b"<w:style ", 0, found), styles.find(b"</w:style>", found)
        if begin < 0 or end < 0:
            break
        chunk, position = styles[begin:end], end
        style_id = _STYLE_ID.search(chunk)
        if not style_id:
            continue
        name = style_id.group(1).decode("utf-8", "replace")
        properties = chunk[chunk.find(b"<w:rPr>"):] if b"<w:rPr>" in chunk else b""
        bold = _STYLE_BOLD.search(properties)
        own[name] = None if bold is None else (bold.group(1) or b"1").decode() not in _OFF
        style_name, parent = _STYLE_NAME.search(chunk), _BASED_ON.search(chunk)
        if style_name and style_name.group(1).decode("utf-8", "replace") in _BOLD_STYLE_NAMES:
            own[name] = True if own[name] is None else own[name]
        if parent:
            based_on[name] = parent.group(1).decode("utf-8", "replace")
    result = set()
    for name in used:
        seen = set()
        current = name
        while current is not None and current not in seen:
            seen.add(current)
            if own.get(current) is not None:
                if own[current]:
                    result.add(name)
                break
            if current in _BOLD_STYLE_NAMES and current not in own:
                result.add(name)
                break
            current = based_on.get(current)
    return result


class _Walker:
    """Walks the body of word/document.xml and builds the paragraphs."""

    def __init__(self, w: str, bold_styles: set[str]) -> None:
        self.p, self.r, self.t = f"{w}p", f"{w}r", f"{w}t"
        self.rpr, self.b, self.rstyle, self.val = f"{w}rPr", f"{w}b", f"{w}rStyle", f"{w}val"
        self.tab, self.ptab, self.br, self.cr = f"{w}tab", f"{w}ptab", f"{w}br", f"{w}cr"
        self.nbhyphen = f"{w}noBreakHyphen"
        self.pieces = {self.tab: "\t", self.ptab: "\t", self.br: "\n", self.cr: "\n", self.nbhyphen: "-"}
        self.deleted = {f"{w}del", f"{w}moveFrom"}
        self.inserted = {f"{w}ins", f"{w}moveTo"}
        self.skip_block = {f"{w}sectPr", f"{w}sdtPr", f"{w}sdtEndPr", f"{w}tblPr", f"{w}tblGrid",
                           f"{w}trPr", f"{w}tcPr", f"{{{_MC}}}Fallback"}
        self.skip_inline = self.skip_block | {f"{w}pPr"}
        self.bold_styles = bold_styles
        self.paragraphs = []
        self.tracked_changes = False

    def block(self, element: etree._Element) -> None:
        """Paragraphs of a body, table, row, cell or content control, in order."""
        p = self.p
        for child in element:
            if child.tag == p:
                builder = ParagraphBuilder()
                self.inline(child, builder)
                self.paragraphs.append(builder.build())
            elif len(child) and child.tag not in self.skip_block:
                self.block(child)

    def inline(self, element: etree._Element, builder: ParagraphBuilder) -> None:
        """The runs of a paragraph or of a container inside one (hyperlink, ins, sdt, ...).

        A run's pieces: w:t text, w:tab and w:ptab as a tab, w:br and w:cr as a line break,
        w:noBreakHyphen as "-"; its bold from its (last) w:rPr. Written out here rather than as a
        method per run: a transcript has hundreds of runs, and the calls cost a tenth of the walk.
        """
        r, t, rpr, pieces_of = self.r, self.t, self.rpr, self.pieces
        for child in element:
            tag = child.tag
            if tag == r:
                bold = False
                pieces = []
                for part in child:
                    part_tag = part.tag
                    if part_tag == t:
                        text = part.text
                        if text:
                            pieces.append(text)
                    elif part_tag == rpr:
                        bold = self.is_bold(part)
                    else:
                        piece = pieces_of.get(part_tag)
                        if piece is not None:
                            pieces.append(piece)
                if pieces:
                    builder.add(pieces[0] if len(pieces) == 1 else "".join(pieces), bold)
            elif tag in self.deleted:
                self.tracked_changes = True
            elif len(child) and tag not in self.skip_inline:
                if tag in self.inserted:
                    self.tracked_changes = True
                self.inline(child, builder)

    def is_bold(self, rpr: etree._Element) -> bool:
        styled = False
        for child in rpr:
            if child.tag == self.b:
                return child.get(self.val) not in _OFF
            if child.tag == self.rstyle:
                styled = child.get(self.val) in self.bold_styles
        return styled


def read_docx(path: Path, data: bytes) -> ReadDocument:
    """Read a .docx file's body text (see the module docstring) or raise ReadError."""
    with open_package(path, data, ".docx") as package:
        part = _main_part_name(package)
        if part is None:
            problem = Message(DOCX_NO_DOCUMENT)
            if "content.xml" in package.namelist():
                problem = Message(DOCX_LOOKS_LIKE_ODT, problem=problem)
            raise ReadError(path, problem)
        xml = read_part(path, package, part, ".docx")
        root = parse_xml(path, xml, part, ".docx")
        w = root.tag[:root.tag.index("}") + 1] if root.tag.startswith("{") else ""
        walker = _Walker(w, _bold_styles(package, part, xml) if b"rStyle" in xml else set())
    body = root.find(f"{w}body")
    if body is None:
        raise ReadError(path, Message(DOCX_NO_BODY, part=part))
    walker.block(body)
    warnings = []
    if walker.tracked_changes:
        warnings.append(Message(DOCX_TRACKED_CHANGES))
    return ReadDocument(walker.paragraphs, "docx", None, warnings)
