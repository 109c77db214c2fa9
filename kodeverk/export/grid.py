"""Retrieval results and matrices as tables: one view to CSV, or every view as XLSX sheets.

The Retrieve panel (and ``kodeverk retrieve --out``) exports what it shows: the
excerpts (masked, optionally with their widened context), code × group,
code × phase (codings and distinct informants per cell), the co-occurrence
table, and the ladder matrix (counts and the strongest quote, masked). A CSV
holds one view; an XLSX holds the views asked for, one sheet each. Writing is
atomic, as for every export.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kodeverk.export.labels import label
from kodeverk.export.options import DEFAULT_ATTRIBUTION, ExportResult, atomic_target, check_output
from kodeverk.export.outline import attribution_text
from kodeverk.export.table import COLUMNS
from kodeverk.project import Project
from kodeverk.retrieval.overview import Overview
from kodeverk.retrieval.matrices import Matrix
from kodeverk.retrieval.quotes import Quote
from kodeverk.errors import UsageError
from kodeverk.services.names import NameMasker, masker_for
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

VIEWS: tuple[str, ...] = ("results", "group", "phase", "cooccurrence", "ladder")


@dataclass(frozen=True)
class Sheet:
    """A titled table: header row and rows of plain values."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]


def results_sheet(view: Overview, masker: NameMasker, lang: str = "nb") -> Sheet:
    """One row per excerpt; a ``context`` column when the excerpts were widened."""
    mask = masker.mask
    widened = bool(view.contexts)
    headers = COLUMNS + (("context",) if widened else ())
    rows = []
    for e in view.excerpts:
        row: tuple[object, ...] = (mask(e.transcript), e.pseudonym or "", e.phase or "", "; ".join(e.groups),
                                   e.code_path, e.coder, e.start, e.end, mask(e.text), mask(e.memo))
        if widened:
            context = view.contexts.get(e.coding_id)
            row += (mask(context.text) if context else "",)
        rows.append(row)
    return Sheet("Kodinger" if lang == "nb" else "Codings", headers, tuple(rows))


def matrix_sheet(matrix: Matrix, title: str, lang: str = "nb") -> Sheet:
    """Codings then distinct informants per column, one row per code."""
    codings, informants = label(lang, "ladder.codings").lower(), label(lang, "ladder.informants").lower()
    headers = ("code", *[f"{c} ({codings})" for c in matrix.columns], *[f"{c} ({informants})" for c in matrix.columns])
    rows = tuple((row_label, *[matrix.cell(r, c).codings for c in matrix.columns],
                  *[matrix.cell(r, c).informants for c in matrix.columns])
                 for r, row_label in zip(matrix.rows, matrix.row_labels))
    return Sheet(title, headers, rows)


def cooccurrence_sheet(view: Overview, lang: str = "nb") -> Sheet:
    """The symmetric code × code table of co-occurring pairs."""
    table, book = view.cooccurring, view.book
    labels = [book[c].path_string for c in table.codes]
    rows = tuple((labels[i], *values) for i, values in enumerate(table.rows()))
    return Sheet("Samforekomst" if lang == "nb" else "Co-occurrence", ("code", *labels), rows)


def _quote_text(quote: Quote | None, masker: NameMasker, attribution: Sequence[str], lang: str) -> str:
    if quote is None:
        return ""
    return masker.mask(f"{quote.text} {attribution_text(quote, attribution, lang)}".strip())


def ladder_sheet(view: Overview, masker: NameMasker, attribution: Sequence[str] = DEFAULT_ATTRIBUTION,
                 lang: str = "nb") -> Sheet | None:
    """Groups × steps: codings per step, then the strongest quote per step (None without a ladder)."""
    ladder = view.ladder
    if ladder is None:
        return None
    quote_word = label(lang, "ladder.quote").lower()
    headers = ("group", *[s.name for s in ladder.steps], *[f"{s.name}: {quote_word}" for s in ladder.steps])
    rows = []
    for group in ladder.groups:
        cells = [ladder.cell(group, s.id) for s in ladder.steps]
        rows.append((group, *[c.codings for c in cells],
                     *[_quote_text(c.strongest, masker, attribution, lang) for c in cells]))
    return Sheet("Samordningstrappen", headers, tuple(rows))


def sheets_for(view: Overview, views: Sequence[str], masker: NameMasker, *, lang: str = "nb",
               attribution: Sequence[str] = DEFAULT_ATTRIBUTION) -> list[Sheet]:
    """The sheets of ``views`` (names from :data:`VIEWS`), in the order given; an absent ladder is left out."""
    unknown = [v for v in views if v not in VIEWS]
    if unknown:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "unknown view {view!r}; choose from {choices}"),
                                 view=unknown[0], choices=', '.join(VIEWS)))
    sheets: list[Sheet] = []
    for name in views:
        if name == "results":
            sheets.append(results_sheet(view, masker, lang))
        elif name == "group":
            sheets.append(matrix_sheet(view.by_group, "Kode x gruppe" if lang == "nb" else "Code x group", lang))
        elif name == "phase":
            sheets.append(matrix_sheet(view.by_phase, "Kode x fase" if lang == "nb" else "Code x phase", lang))
        elif name == "cooccurrence":
            sheets.append(cooccurrence_sheet(view, lang))
        else:
            ladder = ladder_sheet(view, masker, attribution, lang)
            if ladder is not None:
                sheets.append(ladder)
    return sheets


def write_sheets(out: Path | str, sheets: Sequence[Sheet]) -> Path:
    """Write ``sheets`` to ``out``: a .csv takes exactly one sheet, an .xlsx any number (at least one)."""
    out = check_output(Path(out), (".xlsx", ".csv"))
    if not sheets:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "{file}: nothing to write (no table chosen)"),
                                 file=out.name))
    csv_file = out.suffix.lower() == ".csv"
    if csv_file and len(sheets) != 1:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "{file}: a CSV file holds one table; choose one view or write an .xlsx"),
                                 file=out.name))
    with atomic_target(out) as temporary:
        if csv_file:
            with open(temporary, "w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(sheets[0].headers)
                writer.writerows(sheets[0].rows)
        else:
            _write_xlsx(temporary, sheets)
    return out


def _write_xlsx(path: Path, sheets: Sequence[Sheet]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    for sheet in sheets:
        title = sheet.title[:31]
        while title in used:
            title = f"{title[:28]} {len(used)}"
        used.add(title)
        target = workbook.create_sheet(title)
        target.append(list(sheet.headers))
        for row in sheet.rows:
            target.append(list(row))
        for cell in target[1]:
            cell.font = Font(bold=True)
        target.freeze_panes = "A2"
    workbook.save(str(path))


def export_views(project: Project, view: Overview, out: Path | str, views: Sequence[str], *, lang: str = "nb",
                 attribution: Sequence[str] = DEFAULT_ATTRIBUTION) -> ExportResult:
    """Write the chosen ``views`` of a retrieval to ``out`` (.csv: one view; .xlsx: a sheet each), masked."""
    masker = masker_for(project)
    path = write_sheets(out, sheets_for(view, views, masker, lang=lang, attribution=attribution))
    return ExportResult(path=path, quotes=len({(e.transcript_id, e.code_id, e.start, e.end) for e in view.excerpts}),
                        codings=len(view.excerpts))
