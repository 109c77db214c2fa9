"""Export coded excerpts to Word (.docx): title page, contents, one section per group/phase/code/informant.

:func:`export_word` is what the command line and the desktop app call. It
collects the excerpts, builds the :mod:`outline <kodeverk.export.outline>`,
renders it with python-docx into a temporary file, moves that into place,
then re-opens the written file and scans it for every listed real name
(:func:`kodeverk.services.names.scan_docx`): any found are returned as leaks.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
from docx.shared import Cm

from kodeverk.export.collect import ExportData, collect
from kodeverk.export.docx_parts import (
    ATTRIBUTION_STYLE,
    MEMO_STYLE,
    FastBody,
    add_page_number,
    add_table,
    add_toc,
    clean,
    ensure_styles,
)
from kodeverk.export.labels import ATTRIBUTION_WORDS, label
from kodeverk.export.options import (
    Cancelled,
    ExportOptions,
    ExportResult,
    Progress,
    Ticker,
    atomic_target,
    attribution_warnings,
    check_output,
)
from kodeverk.export.outline import Heading, LadderTable, Outline, Paragraph, QuoteBlock, build_outline
from kodeverk.project import Project
from kodeverk.services.names import PLACEHOLDER, scan_docx

LADDER_WIDTHS_CM = (5.2, 2.1, 2.6, 6.1)  # a step's name in two lines, "Kodinger" and "Informanter" whole


def _filters_text(options: ExportOptions, lang: str) -> str:
    parts = []
    for key, values in (("group", options.groups), ("phase", options.phases), ("code", options.codes),
                        ("coder", options.coders)):
        if values:
            parts.append(f"{label(lang, 'filter.' + key)}: {', '.join(values)}")
    return "; ".join(parts) or label(lang, "no_filters")


def _title_page(document: docx.document.Document, data: ExportData, outline: Outline,
                options: ExportOptions, today: dt.date) -> None:
    lang, mask = options.lang, data.masker.mask
    document.add_paragraph(clean(mask(data.project_name)), style="Title")
    document.add_paragraph(label(lang, f"subtitle.{options.by}"), style="Subtitle")
    words = ATTRIBUTION_WORDS[lang]
    lines = [
        (label(lang, "date"), today.isoformat()),
        (label(lang, "filters"), mask(_filters_text(options, lang))),
        (label(lang, "coders"), ", ".join(outline.coders) or "–"),
        (label(lang, "totals"), label(lang, "totals.text", quotes=outline.quotes, codings=outline.codings,
                                      transcripts=outline.transcripts, informants=outline.informants)),
        (label(lang, "attribution"), ", ".join(words[f] for f in options.attribution) or "–"),
        (label(lang, "names"), label(lang, "names.text", count=data.listed_names, placeholder=PLACEHOLDER)),
    ]
    for name, value in lines:
        document.add_paragraph(clean(f"{name}: {value}"))
    document.add_page_break()


def _render(document: docx.document.Document, outline: Outline, options: ExportOptions, ticker: Ticker) -> None:
    body = FastBody(document)
    first_section = True
    for block in outline.blocks:
        if isinstance(block, Heading):
            if block.level == 1 and not first_section:
                document.add_page_break()
            first_section = False
            body.paragraph(block.title, f"Heading {block.level}")
        elif isinstance(block, QuoteBlock):
            body.paragraph(block.text, "Quote")
            if block.attribution:
                body.paragraph(block.attribution, ATTRIBUTION_STYLE)
            for memo in block.memos:
                body.paragraph(f"{label(options.lang, 'memo')}: {memo}", MEMO_STYLE)
            ticker.step()
        elif isinstance(block, Paragraph):
            body.paragraph(block.text)
        elif isinstance(block, LadderTable):
            document.add_paragraph(clean(block.caption), style="Caption")
            lang = options.lang
            add_table(document, [label(lang, "ladder.step"), label(lang, "ladder.codings"),
                                 label(lang, "ladder.informants"), label(lang, "ladder.quote")],
                      [[r.step, str(r.codings), str(r.informants),
                        r.quote + (f"\n{r.attribution}" if r.attribution else "")] for r in block.rows],
                      LADDER_WIDTHS_CM)
            document.add_paragraph()


def export_word(project: Project, out: Path | str, options: ExportOptions = ExportOptions(), *,
                progress: Progress | None = None, cancelled: Cancelled | None = None,
                today: dt.date | None = None) -> ExportResult:
    """Write the Word export of ``project`` to ``out`` (.docx); see the module docstring."""
    out = check_output(Path(out), (".docx",))
    options = options.checked()
    data = collect(project, options)
    outline = build_outline(data, options)
    ticker = Ticker(sum(isinstance(b, QuoteBlock) for b in outline.blocks), progress, cancelled)
    document = docx.Document()
    ensure_styles(document)
    page = document.sections[0]
    page.page_width, page.page_height = Cm(21), Cm(29.7)
    page.left_margin = page.right_margin = Cm(2.5)
    properties = document.core_properties
    properties.title = clean(data.masker.mask(data.project_name))
    properties.author = properties.last_modified_by = "Kodeverk"
    properties.comments = properties.keywords = properties.subject = ""
    _title_page(document, data, outline, options, today or dt.date.today())
    document.add_paragraph(label(options.lang, "contents"), style="TOC Heading")
    add_toc(document, [(h.level, h.title) for h in outline.headings if h.level <= 2],
            label(options.lang, "toc.placeholder"))
    document.add_page_break()
    footer = document.sections[0].footer.paragraphs[0]
    footer.style = document.styles["Footer"]
    add_page_number(footer)
    _render(document, outline, options, ticker)
    with atomic_target(out) as temporary:
        document.save(str(temporary))
    ticker.finish()
    leaks = scan_docx(out, data.masker)
    return ExportResult(path=out, quotes=outline.quotes, codings=outline.codings, sections=outline.sections,
                        warnings=tuple(attribution_warnings(options)), leaks=tuple(leaks))
