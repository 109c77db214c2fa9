"""The agreement report as a Word document or a workbook, from a :class:`ProjectAgreement`.

Both name each method with its formula and conventions in one line, the
thresholds, the date, coders, codes and transcripts, and give one table per
method (code × measure, with the counts behind each number). Word output uses
built-in styles only (Title, Heading 1/2, Table Grid, List Bullet).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from kodeverk.agreement.compute import ProjectAgreement, reading
from kodeverk.errors import UsageError
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

METHOD_LINES = {
    "char": "Character level (NVivo): per code × transcript, percent agreement = (both + neither) / all "
            "characters; Cohen's κ = (TA − ΣEF) / (TU − ΣEF); κ = 1 when neither coder coded; "
            "headline = unweighted mean over transcripts (weighted mean and pooled also given).",
    "segment": "Segment level (MAXQDA): a segment agrees when the other coder has the same code on a span "
               "overlapping it by ≥ the threshold (|intersection| / |union|); % = a / (a + b + c); "
               "Brennan–Prediger κ = (P − 1/K) / (1 − 1/K), K = codes in the table.",
    "alpha": "Krippendorff's α (nominal) on units (speaker turns or paragraphs): α = 1 − D_o / D_e; a unit's "
             "value is the sub-code applied (missing if none), or coded / not coded for a leaf code.",
    "unitized": "Krippendorff's unitized α (|uα) per code on character spans: α = 1 − D_o / D_e with the "
                "distances of Krippendorff (1995) as in DKPro Statistics; transcripts joined as one continuum.",
}
THRESHOLDS = "Reading of α (Krippendorff): ≥ 0.800 good; ≥ 0.667 tentative conclusions only; below poor."


def _num(value: Any, percent: bool = False) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{value:.1%}" if percent else f"{value:.3f}"


def method_tables(result: ProjectAgreement) -> dict[str, tuple[list[str], list[list[Any]]]]:
    """Per method: headers and rows (one per code), values as plain numbers (None for n/a)."""
    data = result.to_dict()
    tables: dict[str, tuple[list[str], list[list[Any]]]] = {}
    if "char" in result.methods:
        tables["char"] = (["code", "% agreement (mean)", "κ (mean)", "κ (weighted)", "κ (pooled)", "both",
                           "only A", "only B", "neither"],
                          [[c["code"], c["char"]["percent_agreement"], c["char"]["kappa"], c["char"]["weighted_kappa"],
                            c["char"]["pooled"]["kappa"], c["char"]["pooled"]["both"], c["char"]["pooled"]["only_a"],
                            c["char"]["pooled"]["only_b"], c["char"]["pooled"]["neither"]] for c in data["codes"]])
    if "segment" in result.methods:
        tables["segment"] = (["code", "% agreement", "κ (B–P)", "a", "b", "c"],
                             [[c["code"], c["segment"]["percent_agreement"], c["segment"]["kappa"],
                               c["segment"]["agreements"], c["segment"]["only_first"], c["segment"]["only_second"]]
                              for c in data["codes"]])
    if "alpha" in result.methods:
        tables["alpha"] = (["code", "α", "reading", "units", "pairable units", "values"],
                           [[c["code"], c["alpha"]["alpha"], reading(_nan(c["alpha"]["alpha"])), c["alpha"]["n_units"],
                             c["alpha"]["n_pairable_units"], ", ".join(c["alpha"]["values"])] for c in data["codes"]])
    if "unitized" in result.methods:
        tables["unitized"] = (["code", "|uα", "reading", "units (all coders)", "continuum (characters)"],
                              [[c["code"], c["unitized"]["alpha"], reading(_nan(c["unitized"]["alpha"])),
                                c["unitized"]["n_units"], c["unitized"]["continuum_length"]] for c in data["codes"]])
    return tables


def _nan(value: float | None) -> float:
    return float("nan") if value is None else value


def _facts(result: ProjectAgreement) -> list[tuple[str, str]]:
    return [
        ("Project", result.project),
        ("Date", result.computed.strftime("%Y-%m-%d %H:%M")),
        ("Coders", ", ".join(result.coders)),
        ("Codes", "; ".join(c.path for c in result.codes)),
        ("Transcripts", f"{len(result.transcripts)}: " + "; ".join(name for _i, name, _l in result.transcripts)),
        ("Segment overlap threshold", f"{result.overlap:.0%}"),
        ("Units for α", f"{result.unit}s ({result.n_units} units)"),
        ("Thresholds", THRESHOLDS),
    ] + [(f"Not computed: {m}", why) for m, why in result.skipped.items()]


TITLES = {"char": "Character level (NVivo)", "segment": "Segment level (MAXQDA)",
          "alpha": "Krippendorff's α on units", "unitized": "Unitized α (|uα)"}


def write_report(result: ProjectAgreement, path: Path | str) -> Path:
    """Write the report to ``path`` (.docx or .xlsx)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        _write_docx(result, path)
    elif suffix == ".xlsx":
        _write_xlsx(result, path)
    else:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "the report must be a .docx or .xlsx file, not {file!r}"),
                                 file=path.name))
    return path


def _cell(value: Any, header: str) -> str:
    if isinstance(value, float) or value is None:
        return _num(value, percent=header.startswith("%"))
    return str(value)


def _write_docx(result: ProjectAgreement, path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("Intercoder agreement", level=0)
    facts = doc.add_table(rows=0, cols=2)
    facts.style = "Table Grid"
    for key, value in _facts(result):
        row = facts.add_row().cells
        row[0].text, row[1].text = key, value
    doc.add_heading("Methods", level=1)
    for method in result.methods:
        doc.add_paragraph(METHOD_LINES[method], style="List Bullet")
    for method, (headers, rows) in method_tables(result).items():
        doc.add_heading(TITLES[method], level=1)
        table = doc.add_table(rows=1, cols=len(headers))
        table.style = "Table Grid"
        for cell, header in zip(table.rows[0].cells, headers):
            cell.text = header
        for values in rows:
            for cell, value, header in zip(table.add_row().cells, values, headers):
                cell.text = _cell(value, header)
    doc.save(str(path))


def _write_xlsx(result: ProjectAgreement, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "About"
    for key, value in _facts(result):
        sheet.append([key, value])
    sheet.append([])
    sheet.append(["Methods"])
    for method in result.methods:
        sheet.append([TITLES[method], METHOD_LINES[method]])
    for row in sheet.iter_rows(min_col=1, max_col=1):
        row[0].font = Font(bold=True)
    for method, (headers, rows) in method_tables(result).items():
        tab = book.create_sheet(method)
        tab.append(headers)
        for cell in tab[1]:
            cell.font = Font(bold=True)
        for values in rows:
            tab.append([v for v in values])
            for cell, header in zip(tab[tab.max_row], headers):
                if isinstance(cell.value, float):
                    cell.number_format = "0.0%" if header.startswith("%") else "0.000"
    book.save(str(path))
