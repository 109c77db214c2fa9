"""The table export (CSV and XLSX) of the sample project."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kodeverk.cli.main import main
from kodeverk.export import ExportOptions, export_table
from kodeverk.export.table import COLUMNS
from kodeverk.project import Project
from kodeverk.retrieval import RetrievalQuery, retrieve
from kodeverk.services.names import masker_for


@pytest.fixture(scope="module")
def project(sample_project_master: Path, tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("table") / "sample.kodeverk"
    shutil.copy(sample_project_master, path)
    opened = Project.open(path, read_only=True)
    yield opened
    opened.close()


def test_csv_rows(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "codings.csv"
    result = export_table(project, out)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    excerpts = retrieve(project, RetrievalQuery())
    masker = masker_for(project)
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) - 1 == len(excerpts) == result.codings
    for row, excerpt in zip(rows[1:], excerpts):
        assert row[1] == (excerpt.pseudonym or "") and row[4] == excerpt.code_path and row[5] == excerpt.coder
        assert (int(row[6]), int(row[7])) == (excerpt.start, excerpt.end)
        assert row[8] == masker.mask(excerpt.text)
        assert row[3] == "; ".join(excerpt.groups)
    text = out.read_text(encoding="utf-8-sig")
    for name in masker.names:
        assert name.name not in text


def test_xlsx_sheets_and_filter(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "codings.xlsx"
    result = export_table(project, out, ExportOptions(groups=["KUBU"]))
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["Kodinger", "Kode x gruppe", "Kode x fase", "Samordningstrappen"]
    rows = list(workbook["Kodinger"].iter_rows(values_only=True))
    assert len(rows) - 1 == result.codings == len(retrieve(project, RetrievalQuery(groups=["KUBU"])))
    assert all("KUBU" in row[3] for row in rows[1:])
    ladder = list(workbook["Samordningstrappen"].iter_rows(values_only=True))
    assert ladder[0][1].startswith("Trinn 1") and ladder[1][0] == "KUBU"
    groups = list(workbook["Kode x gruppe"].iter_rows(values_only=True))
    by_code = {row[0]: row for row in groups[1:]}
    ladder_total = by_code["Samordningstrappen"][1]
    assert ladder_total == len(retrieve(project, RetrievalQuery(groups=["KUBU"], codes=["Samordningstrappen"])))


def test_cli_table_errors(project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "table", str(project.path), str(tmp_path / "x.docx")]) == 2
    assert "must end in .xlsx or .csv" in capsys.readouterr().err
    assert main(["export", "table", str(project.path), str(tmp_path / "no" / "x.csv")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["export", "table", str(project.path), str(tmp_path / "x.csv")]) == 0
