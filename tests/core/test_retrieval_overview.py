"""One retrieval with its matrices (the Retrieve panel's data), its table export, and ``kodeverk retrieve``."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kodeverk.cli.main import main
from kodeverk.errors import UsageError
from kodeverk.export.grid import export_views
from kodeverk.project import Project
from kodeverk.retrieval import RetrievalQuery, retrieve, widen
from kodeverk.retrieval.overview import filter_choices, overview
from kodeverk.services.names import masker_for


@pytest.fixture(scope="module")
def project(sample_project_master: Path, tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("overview") / "sample.kodeverk"
    shutil.copy(sample_project_master, path)
    opened = Project.open(path, read_only=True)
    yield opened
    opened.close()


def test_filter_choices(project: Project) -> None:
    choices = filter_choices(project)
    assert choices.groups[:5] == ("KUBU", "Kunnskap i kriser", "Klima", "VA", "Kompetanse")
    assert choices.phases == ("Fase 1", "Fase 2", "Fase 3")
    assert "BFD" in choices.ministries and "departementsråd" in choices.roles
    assert list(choices.ministries) == sorted(choices.ministries)
    assert set(choices.coders) == {"Ingrid", "Jonas"}
    assert len(choices.transcripts) == 10


def test_overview_matches_retrieve_and_matrices(project: Project) -> None:
    query = RetrievalQuery(codes=["Samordningstrappen"], groups=["KUBU"])
    view = overview(project, query)
    assert view.excerpts == tuple(retrieve(project, query))
    assert view.contexts == {}
    assert view.by_group.columns == ("KUBU",)  # only the groups the excerpts have
    ladder_root = view.book.resolve("Samordningstrappen").id
    assert view.by_group.cell(ladder_root, "KUBU").codings == len(view.excerpts)  # rolled up
    step = view.book.resolve("Samordningstrappen/Trinn 1: Dele informasjon").id
    cell = view.by_group.cell(step, "KUBU")
    assert sorted(cell.coding_ids) == sorted(e.coding_id for e in view.excerpts if e.code_id == step)
    assert view.ladder is not None and view.ladder.cell("KUBU", step).codings == cell.codings
    assert sum(view.by_phase.cell(ladder_root, p).codings for p in view.by_phase.columns) == len(view.excerpts)


def test_overview_contexts_and_pairs(project: Project) -> None:
    view = overview(project, RetrievalQuery(transcripts=["Slutt KUBU – fagavdeling AID"]), context="turn",
                    mode="overlap")
    assert set(view.contexts) == {e.coding_id for e in view.excerpts}
    first = view.excerpts[0]
    assert view.contexts[first.coding_id] == widen(project, first.transcript_id, first.start, first.end, "turn")
    assert first.text in view.contexts[first.coding_id].text
    table = view.cooccurring
    assert table.codes and all(table.count(c, c) == 0 for c in table.codes)
    a, b = next((a, b) for a in table.codes for b in table.codes if table.count(a, b))
    listed = view.pair_excerpts(a, b)
    assert {e.code_id for e in listed} == {a, b}
    for e in listed:  # each listed excerpt overlaps one of the other code
        other = b if e.code_id == a else a
        assert any(o.start < e.end and e.start < o.end for o in listed if o.code_id == other)


def test_overview_bad_context(project: Project) -> None:
    with pytest.raises(UsageError, match="context"):
        overview(project, RetrievalQuery(), context="page")


def test_export_views_xlsx_and_csv(project: Project, tmp_path: Path) -> None:
    view = overview(project, RetrievalQuery(), context="sentence")
    out = export_views(project, view, tmp_path / "all.xlsx", ["results", "group", "phase", "cooccurrence", "ladder"])
    book = load_workbook(out.path)
    assert book.sheetnames == ["Kodinger", "Kode x gruppe", "Kode x fase", "Samforekomst", "Samordningstrappen"]
    results = list(book["Kodinger"].values)
    assert results[0][-1] == "context" and len(results) - 1 == len(view.excerpts)
    masker = masker_for(project)
    assert masker.names
    for row in results[1:]:
        assert not masker.find(row[8] or "") and not masker.find(row[10] or "")
    ladder = list(book["Samordningstrappen"].values)
    assert ladder[1][0] == "KUBU"
    csv_out = export_views(project, view, tmp_path / "group.csv", ["group"])
    with open(csv_out.path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "code" and rows[0][1] == "KUBU (kodinger)"
    assert len(rows) - 1 == len(view.book)


def test_export_views_refuses(project: Project, tmp_path: Path) -> None:
    view = overview(project, RetrievalQuery(codes=["Organisering"]))
    with pytest.raises(UsageError, match="one table"):
        export_views(project, view, tmp_path / "two.csv", ["results", "group"])
    with pytest.raises(UsageError, match="unknown view"):
        export_views(project, view, tmp_path / "x.xlsx", ["pie"])
    with pytest.raises(UsageError, match="nothing to write"):
        export_views(project, view, tmp_path / "x.xlsx", [])
    with pytest.raises(UsageError, match=r"\.xlsx or \.csv"):
        export_views(project, view, tmp_path / "x.docx", ["results"])
    assert not list(tmp_path.iterdir())


def test_cli_retrieve(sample_project_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["retrieve", str(sample_project_file), "--code", "Organisering", "--code", "Samordningstrappen",
                 "--and", "--role", "departementsråd", "--show", "results", "--show", "ladder", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["results"]
    assert all(r["role"] == "departementsråd" for r in data["results"])
    assert data["ladder"]["steps"][0] == "Trinn 1: Dele informasjon" and data["ladder"]["groups"]
    assert {g["group"] for g in data["ladder"]["groups"]} <= {g for r in data["results"] for g in r["groups"]}
    out = tmp_path / "r.xlsx"
    assert main(["retrieve", str(sample_project_file), "--contains", "samordning", "--fuzzy",
                 "--out", str(out), "--show", "results", "--show", "cooccurrence"]) == 0
    assert load_workbook(out).sheetnames == ["Kodinger", "Samforekomst"]
    capsys.readouterr()
    assert main(["retrieve", str(sample_project_file), "--fuzzy"]) == 2
    assert "--fuzzy goes with --contains" in capsys.readouterr().err
    assert main(["retrieve", str(sample_project_file), "--from", "2030-01-02", "--to", "2030-01-01"]) == 2
    assert "empty" in capsys.readouterr().err
