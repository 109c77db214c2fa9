"""Export codings as a table: CSV (one row per coding) or XLSX (that, plus sheets for the matrices).

Columns: transcript, pseudonym, phase, groups, code path, coder, start, end,
text, memo. Text and memo are masked (listed real names replaced). The XLSX
adds "Kode x gruppe" and "Kode x fase" (codings / distinct informants per
cell) and "Samordningstrappen" (groups × steps with counts and the strongest
quote). The same filters as the Word export apply.
"""

from __future__ import annotations

import csv
from pathlib import Path

from kodeverk.export.collect import ExportData, collect
from kodeverk.export.labels import label
from kodeverk.export.options import (
    Cancelled,
    ExportOptions,
    ExportResult,
    Progress,
    Ticker,
    atomic_target,
    check_output,
)
from kodeverk.export.outline import attribution_text
from kodeverk.retrieval.matrices import code_by_group, code_by_phase, has_ladder, ladder_matrix
from kodeverk.services.groups import list_groups, list_phases
from kodeverk.project import Project

COLUMNS = ("transcript", "pseudonym", "phase", "groups", "code", "coder", "start", "end", "text", "memo")


def coding_rows(data: ExportData, ticker: Ticker | None = None) -> list[list[object]]:
    """One row per coding, in the order of :data:`COLUMNS`."""
    mask = data.masker.mask
    rows = []
    for e in data.excerpts:
        rows.append([mask(e.transcript), e.pseudonym or "", e.phase or "", "; ".join(e.groups), e.code_path, e.coder,
                     e.start, e.end, mask(e.text), mask(e.memo)])
        if ticker is not None:
            ticker.step()
    return rows


def _write_csv(path: Path, rows: list[list[object]]) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerows(rows)


def _write_xlsx(path: Path, rows: list[list[object]], data: ExportData, project: Project,
                options: ExportOptions) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book, lang, mask = data.book, options.lang, data.masker.mask
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Kodinger" if lang == "nb" else "Codings"
    sheet.append(list(COLUMNS))
    for row in rows:
        sheet.append(row)
    groups = [g.name for g in list_groups(project) if any(g.name in e.groups for e in data.excerpts)]
    phases = list_phases(project)
    for title, matrix in (("Kode x gruppe" if lang == "nb" else "Code x group", code_by_group(book, data.excerpts,
                                                                                              groups, rollup=True)),
                          ("Kode x fase" if lang == "nb" else "Code x phase", code_by_phase(book, data.excerpts,
                                                                                             phases, rollup=True))):
        matrix_sheet = workbook.create_sheet(title)
        matrix_sheet.append(["code", *[f"{c} ({label(lang, 'ladder.codings').lower()})" for c in matrix.columns],
                             *[f"{c} ({label(lang, 'ladder.informants').lower()})" for c in matrix.columns]])
        for row_id, row_label in zip(matrix.rows, matrix.row_labels):
            matrix_sheet.append([row_label, *[matrix.cell(row_id, c).codings for c in matrix.columns],
                                 *[matrix.cell(row_id, c).informants for c in matrix.columns]])
    if has_ladder(book):
        ladder = ladder_matrix(book, data.excerpts, groups)
        ladder_sheet = workbook.create_sheet("Samordningstrappen")
        ladder_sheet.append(["group", *[s.name for s in ladder.steps],
                             *[f"{s.name}: {label(lang, 'ladder.quote').lower()}" for s in ladder.steps]])
        for group in ladder.groups:
            cells = [ladder.cell(group, s.id) for s in ladder.steps]
            ladder_sheet.append([group, *[c.codings for c in cells],
                                 *[mask(f"{c.strongest.text} {attribution_text(c.strongest, options.attribution, lang)}")
                                   if c.strongest else "" for c in cells]])
    for each in workbook.worksheets:
        for cell in each[1]:
            cell.font = Font(bold=True)
        each.freeze_panes = "A2"
    workbook.save(str(path))


def export_table(project: Project, out: Path | str, options: ExportOptions = ExportOptions(), *,
                 progress: Progress | None = None, cancelled: Cancelled | None = None) -> ExportResult:
    """Write the codings table of ``project`` to ``out`` (.csv or .xlsx)."""
    out = check_output(Path(out), (".xlsx", ".csv"))
    options = options.checked()
    data = collect(project, options)
    ticker = Ticker(len(data.excerpts), progress, cancelled, every=500)
    rows = coding_rows(data, ticker)
    with atomic_target(out) as temporary:
        if out.suffix.lower() == ".csv":
            _write_csv(temporary, rows)
        else:
            _write_xlsx(temporary, rows, data, project, options)
    ticker.finish()
    return ExportResult(path=out, quotes=len(data.quotes), codings=len(data.excerpts))
