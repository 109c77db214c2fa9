"""The command line of team work: copy, merge, agreement, disagreements (JSON shape, exit codes)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kodeverk.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_agreement_json_shape(sample_project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "agreement", sample_project_file, "--coders", "Ingrid", "Jonas", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["coders"] == ["Ingrid", "Jonas"] and len(data["codes"]) == 4
    for entry in data["codes"]:
        for method in ("char", "segment"):
            for row in [entry[method], entry[method]["pooled"], *entry[method]["per_transcript"]]:
                assert {"percent_agreement", "kappa"} <= set(row)
        for method in ("alpha", "unitized"):
            for row in [entry[method], entry[method]["pooled"], *entry[method]["per_transcript"]]:
                assert "alpha" in row and "n_units" in row
        assert {"both", "only_a", "only_b", "neither"} <= set(entry["char"]["pooled"])
        assert {"agreements", "only_first", "only_second"} <= set(entry["segment"])


def test_agreement_table_and_reports(sample_project_file: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "agreement", sample_project_file, "--coders", "Ingrid", "Jonas", "--code",
                       "Samordningstrappen", "--method", "alpha", "--unit", "paragraph",
                       "--report", tmp_path / "r.docx")
    assert code == 0 and "Samordningstrappen" in out and ("good" in out or "tentative" in out or "poor" in out)
    assert (tmp_path / "r.docx").stat().st_size > 0
    code, _, _ = run(capsys, "agreement", sample_project_file, "--coders", "Ingrid", "Jonas",
                     "--report", tmp_path / "r.xlsx")
    from openpyxl import load_workbook
    book = load_workbook(tmp_path / "r.xlsx")
    assert book.sheetnames == ["About", "char", "segment", "alpha", "unitized"]
    from docx import Document
    text = "\n".join(p.text for p in Document(str(tmp_path / "r.docx")).paragraphs)
    assert "Krippendorff" in text


@pytest.mark.parametrize("args, message", [
    (["--coders", "Ingrid", "Nobody"], "no coder named 'Nobody'"),
    (["--coders", "Ingrid"], "at least two"),
    (["--coders", "Ingrid", "Jonas", "--code", "Nokode"], "no code named"),
    (["--coders", "Ingrid", "Jonas", "--overlap", "120"], "percentage"),
    (["--coders", "Ingrid", "Jonas", "--report", "x.pdf"], ".docx or .xlsx"),
])
def test_agreement_errors_exit_2(sample_project_file: Path, capsys: pytest.CaptureFixture[str],
                                 args: list[str], message: str) -> None:
    code, _out, err = run(capsys, "agreement", sample_project_file, *args)
    assert code == 2 and message in err and err.count("\n") == 1


def test_three_coders_with_char_says_so(sample_project_file: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "code", sample_project_file, "--transcript", "Oppstart VA – departementsråd HOD", "--code",
        "Organisering", "--coder", "Nora", "--start", "0", "--end", "20")
    code, _, err = run(capsys, "agreement", sample_project_file, "--coders", "Ingrid", "Jonas", "Nora",
                       "--method", "char")
    assert code == 2 and "exactly 2 coders" in err
    code, out, _ = run(capsys, "agreement", sample_project_file, "--coders", "Ingrid", "Jonas", "Nora", "--json")
    assert code == 0 and set(json.loads(out)["skipped"]) == {"char", "segment"}


def test_copy_merge_exit_codes(sample_project_file: Path, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "jonas.kodeverk"
    code, out, _ = run(capsys, "copy", sample_project_file, copy, "--coder", "Jonas", "--json")
    assert code == 0 and json.loads(out)["codings"] > 0
    code, _, err = run(capsys, "copy", sample_project_file, copy, "--coder", "Jonas")
    assert code == 2 and "exists already" in err
    code, out, _ = run(capsys, "merge", sample_project_file, copy, "--json")
    report = json.loads(out)[0]
    assert code == 0 and report["complete"] and report["codings"]["added"] == 0
    assert report["codings"]["duplicates_skipped"] == json.loads(
        run(capsys, "copy", sample_project_file, tmp_path / "j2.kodeverk", "--coder", "Jonas", "--json")[1])["codings"]
    other = tmp_path / "other.kodeverk"
    run(capsys, "new", other)
    (tmp_path / "annen.txt").write_text("Intervju fra en annen studie.\n", encoding="utf-8")
    run(capsys, "import", other, tmp_path / "annen.txt")
    code, out, _ = run(capsys, "merge", sample_project_file, other)
    assert code == 1 and "NOTHING MATCHED" in out and "LEFT OUT transcript 'annen'" in out
    code, _, err = run(capsys, "merge", sample_project_file, sample_project_file)
    assert code == 2 and "into itself" in err


def test_disagreements_json(sample_project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "disagreements", sample_project_file, "--transcript",
                       "Oppstart VA – departementsråd HOD", "--coders", "Ingrid", "Jonas", "--json")
    items = json.loads(out)
    assert code == 0 and items and all({"kind", "a", "b", "resolved", "start", "end"} <= set(i) for i in items)


def test_merge_check_and_choices(sample_project_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kodeverk.codebook.service import add_code, get_codebook
    from kodeverk.project import Project
    from kodeverk.services.coders import list_coders
    from kodeverk.services.coding import add_coding
    from kodeverk.services.transcripts import list_transcripts

    copy = tmp_path / "nora.kodeverk"
    assert run(capsys, "copy", sample_project_file, copy, "--coder", "Nora")[0] == 0
    with Project.open(copy) as project:
        book = get_codebook(project)
        tid = list_transcripts(project)[0].id
        nora = next(c.id for c in list_coders(project) if c.name == "Nora")
        for name, start in (("Budsjett", 0), ("Mandat og rammer", 20)):
            new = add_code(project, book.resolve("Organisering").id, name)
            add_coding(project, tid, new.id, nora, start, start + 9)
    code, out, _ = run(capsys, "merge", sample_project_file, copy, "--check", "--json")
    assert code == 0 and json.loads(out)[0]["codings"]["added"] == 2
    with Project.open(sample_project_file, read_only=True) as project:
        assert get_codebook(project).find("Organisering/Budsjett") is None  # checked only
    code, out, err = run(capsys, "merge", sample_project_file, copy, "--map-code", "Organisering/Budsjett")
    assert code == 2 and "OTHER=PATH" in err
    code, out, _ = run(capsys, "merge", sample_project_file, copy, "--skip-code", "Organisering/Budsjett",
                       "--map-code", "Organisering/Mandat og rammer=Organisering/Mandatet", "--json")
    data = json.loads(out)[0]
    assert code == 1 and data["codings"] == {**data["codings"], "added": 1, "left_out": 1}
    assert [c["other"] for c in data["codes"]["left_out"]] == ["Organisering/Budsjett"]
