"""python-docx building blocks: styles, fields (table of contents, page number), tables.

Only styles carry formatting: built-in ones (Title, Subtitle, Heading 1–9,
Quote, Table Grid …) and the named paragraph styles this module adds if the
document lacks them (``Quote Attribution``, ``Coding Memo``, ``Table Text``, ``TOC 1``/``TOC 2``),
so a Word user restyles the whole export by editing a style.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph

_INVALID_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
ATTRIBUTION_STYLE, MEMO_STYLE, TABLE_TEXT_STYLE = "Quote Attribution", "Coding Memo", "Table Text"
TABLE_STYLE = "Light Grid Accent 1"


def clean(text: str) -> str:
    """``text`` without characters XML cannot hold (form feeds, NULs …)."""
    return _INVALID_XML.sub(" ", text)


def _paragraph_style(document: DocxDocument, name: str, base: str) -> ParagraphStyle:
    styles = document.styles
    try:
        return styles[name]  # type: ignore[return-value]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[base]
        style.quick_style = True
        return style  # type: ignore[return-value]


def ensure_styles(document: DocxDocument) -> None:
    """Add the export's own named styles (see the module docstring)."""
    attribution = _paragraph_style(document, ATTRIBUTION_STYLE, "Quote")
    attribution.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    attribution.paragraph_format.space_before = Pt(0)
    attribution.paragraph_format.space_after = Pt(12)
    attribution.font.size = Pt(9)
    quote = document.styles["Quote"].paragraph_format
    quote.space_after = Pt(0)
    quote.left_indent = quote.right_indent = Cm(1)
    attribution.paragraph_format.right_indent = Cm(1)
    memo = _paragraph_style(document, MEMO_STYLE, "Normal")
    memo.font.italic = True
    memo.font.size = Pt(9)
    memo.paragraph_format.left_indent = Cm(1.5)
    table_text = _paragraph_style(document, TABLE_TEXT_STYLE, "Normal")
    table_text.font.size = Pt(9)
    table_text.paragraph_format.space_after = Pt(0)
    table_text.paragraph_format.line_spacing = 1.0
    document.styles["Footer"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER  # the page number
    for level in (1, 2):
        toc = _paragraph_style(document, f"TOC {level}", "Normal")
        toc.paragraph_format.left_indent = Cm(0.6 * (level - 1))
        toc.paragraph_format.space_after = Pt(2)


def _field_runs(paragraph: Paragraph, instruction: str) -> tuple[object, object]:
    """Append begin/instr/separate runs of a field; returns (separate run, end run element)."""
    def char(kind: str) -> object:
        run = OxmlElement("w:r")
        mark = OxmlElement("w:fldChar")
        mark.set(qn("w:fldCharType"), kind)
        run.append(mark)
        return run

    begin = char("begin")
    instr_run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    instr_run.append(instr)
    paragraph._p.append(begin)
    paragraph._p.append(instr_run)
    separate = char("separate")
    paragraph._p.append(separate)
    return separate, char("end")


def add_page_number(paragraph: Paragraph) -> None:
    """A PAGE field (its last known result shown as 1)."""
    _separate, end = _field_runs(paragraph, "PAGE")
    paragraph.add_run("1")
    paragraph._p.append(end)


def add_toc(document: DocxDocument, entries: Sequence[tuple[int, str]], placeholder: str) -> None:
    """A table-of-contents field over Heading 1–3, pre-filled with ``entries`` (level, text).

    Word refreshes it on opening (``updateFields``) or on F9; until then, and
    in viewers that do not update fields, the pre-filled entries show.
    """
    first = document.add_paragraph(style="TOC 1" if entries else None)
    _separate, end = _field_runs(first, 'TOC \\o "1-3" \\h \\z \\u')
    if not entries:
        first.add_run(placeholder)
        first._p.append(end)
        return
    level, text = entries[0]
    first.add_run(clean(text))
    last = first
    for level, text in entries[1:]:
        last = document.add_paragraph(clean(text), style=f"TOC {min(level, 2)}")
    last._p.append(end)
    settings = document.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)


def add_table(document: DocxDocument, headers: Sequence[str], rows: Sequence[Sequence[str]],
              widths_cm: Sequence[float]) -> None:
    """A table in :data:`TABLE_STYLE` with a header row repeated on each page; text in ``Table Text``."""
    table = document.add_table(rows=1, cols=len(headers))
    try:
        table.style = document.styles[TABLE_STYLE]
    except KeyError:
        table.style = document.styles["Table Grid"]
    header = table.rows[0]
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    header._tr.get_or_add_trPr().append(flag)
    text_style = _paragraph_style(document, TABLE_TEXT_STYLE, "Normal")
    for cell, text in zip(header.cells, headers):
        cell.text = clean(text)
        cell.paragraphs[0].style = text_style
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values):
            lines = clean(text).split("\n")
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
            for paragraph in cell.paragraphs:
                paragraph.style = text_style
    table.autofit = False
    grid = table._tbl.tblGrid
    for column, width in zip(grid.findall(qn("w:gridCol")), widths_cm):
        column.set(qn("w:w"), str(int(Cm(width).twips)))
    for column, width in zip(table.columns, widths_cm):
        for cell in column.cells:
            cell.width = Cm(width)


class FastBody:
    """Appends styled paragraphs straight to the body XML (python-docx's ``add_paragraph`` is the bottleneck).

    The paragraphs are the same as ``document.add_paragraph(text, style=...)``
    writes: a ``w:pStyle`` and one run, line breaks as ``w:br``.
    """

    def __init__(self, document: DocxDocument):
        self._document = document
        self._anchor = document.element.body.sectPr
        self._ids: dict[str, str] = {}

    def style_id(self, name: str) -> str:
        if name not in self._ids:
            self._ids[name] = self._document.styles[name].style_id
        return self._ids[name]

    def paragraph(self, text: str, style: str | None = None) -> None:
        p = OxmlElement("w:p")
        if style is not None:
            properties = OxmlElement("w:pPr")
            style_element = OxmlElement("w:pStyle")
            style_element.set(qn("w:val"), self.style_id(style))
            properties.append(style_element)
            p.append(properties)
        if text:
            run = OxmlElement("w:r")
            for index, line in enumerate(clean(text).split("\n")):
                if index:
                    run.append(OxmlElement("w:br"))
                if line:
                    element = OxmlElement("w:t")
                    element.set(qn("xml:space"), "preserve")
                    element.text = line
                    run.append(element)
            p.append(run)
        if self._anchor is not None:
            self._anchor.addprevious(p)
        else:
            self._document.element.body.append(p)
