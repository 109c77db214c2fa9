"""The command line as a user scripts it: names, flags, --json output and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kodeverk.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cli_project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "p.kodeverk"
    assert run(capsys, "new", path)[0] == 0
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "Intervju 1.txt").write_text(
        "I: Hvordan deler dere informasjon?\nR: Vi deler informasjon i hvert møte. Vi deler informasjon ofte.\n",
        encoding="utf-8")
    (tmp_path / "in" / "m.csv").write_text("file,phase,group,pseudonym\nIntervju 1.txt,Fase 1,KUBU,K1-01\n",
                                           encoding="utf-8")
    code, out, _ = run(capsys, "import", path, tmp_path / "in" / "Intervju 1.txt", "--manifest",
                       tmp_path / "in" / "m.csv")
    assert code == 0, out
    return path


def test_new_import_info_and_transcripts_json(cli_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "info", cli_project, "--json")
    info = json.loads(out)
    assert code == 0 and info["transcripts"] == 1 and info["codes"] == 18 and info["codings"] == 0
    code, out, _ = run(capsys, "transcripts", cli_project, "--json")
    [row] = json.loads(out)
    assert row["name"] == "Intervju 1" and row["phase"] == "Fase 1" and row["groups"] == ["KUBU"]
    assert row["informant"] == "K1-01" and row["turns"] == 2 and row["words"] == 16


def test_code_by_text_occurrence_and_offsets_then_segments(cli_project: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    base = ["code", cli_project, "--transcript", "Intervju 1", "--code",
            "Samordningstrappen/Trinn 1: Dele informasjon", "--coder", "Ingrid"]
    code, _, err = run(capsys, *base, "--text", "Vi deler informasjon")
    assert code == 2 and "occurs 2 times" in err and err.count("\n") == 1
    code, out, _ = run(capsys, *base, "--text", "Vi deler informasjon", "--occurrence", "2", "--json")
    coded = json.loads(out)
    assert code == 0 and coded["text"] == "Vi deler informasjon"
    code, out, _ = run(capsys, "code", cli_project, "--transcript", "Intervju 1", "--code", "Sekretariatet",
                       "--coder", "Jonas", "--start", "0", "--end", "2", "--memo", "etikett")
    assert code == 0
    code, out, _ = run(capsys, "segments", cli_project, "--code", "Samordningstrappen", "--json")
    [segment] = json.loads(out)
    assert segment["start"] == coded["start"] and segment["coder"] == "Ingrid" and segment["groups"] == ["KUBU"]
    code, out, _ = run(capsys, "segments", cli_project, "--coder", "Jonas", "--contains", "I:", "--json")
    assert [s["memo"] for s in json.loads(out)] == ["etikett"]
    code, out, _ = run(capsys, "segments", cli_project, "--phase", "Fase 2", "--json")
    assert json.loads(out) == []
    code, out, _ = run(capsys, "codebook", "show", cli_project, "--json")
    ladder = next(n for n in json.loads(out) if n["name"] == "Samordningstrappen")
    assert ladder["total"] == 1 and ladder["children"][0]["codings"] == 1
    code, _, _ = run(capsys, "uncode", cli_project, "--transcript", "Intervju 1", "--code",
                     "Trinn 1: Dele informasjon", "--coder", "Ingrid", "--start", coded["start"], "--end", coded["end"])
    assert code == 0
    assert json.loads(run(capsys, "info", cli_project, "--json")[1])["codings"] == 1


def test_codebook_add_with_slash_in_name(cli_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "codebook", "add", cli_project, "Samordningstrappen/Trinn 6: Noe/annet",
                       "--color", "#123456", "--description", "test")
    assert code == 0 and "Samordningstrappen" in out
    tree = json.loads(run(capsys, "codebook", "show", cli_project, "--json")[1])
    ladder = next(n for n in tree if n["name"] == "Samordningstrappen")
    assert ladder["children"][-1]["name"] == "Trinn 6: Noe/annet"


@pytest.mark.parametrize("args, message", [
    (["code", "{p}", "--transcript", "Intervju 2", "--code", "Mandatet", "--coder", "X", "--start", "0", "--end", "1"],
     "no transcript named 'Intervju 2'; did you mean 'Intervju 1'"),
    (["code", "{p}", "--transcript", "Intervju 1", "--code", "Mandatt", "--coder", "X", "--start", "0", "--end", "1"],
     "did you mean 'Organisering/Mandatet'"),
    (["code", "{p}", "--transcript", "Intervju 1", "--code", "Mandatet", "--coder", "X", "--start", "0"],
     "--start needs --end"),
    (["code", "{p}", "--transcript", "Intervju 1", "--code", "Mandatet", "--coder", "X", "--start", "5", "--end", "999"],
     "outside the transcript"),
    (["segments", "{p}", "--group", "Finnes ikke"], "no group named 'Finnes ikke'"),
    (["info", "{missing}"], "no such file"),
    (["new", "{p}"], "exists already"),
    (["frobnicate"], "invalid choice"),
])
def test_errors_are_one_line_on_stderr_with_exit_2(cli_project: Path, tmp_path: Path, args: list[str], message: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    filled = [a.format(p=cli_project, missing=tmp_path / "missing.kodeverk") for a in args]
    with pytest.raises(SystemExit) if args[0] == "frobnicate" else _no_raise() as exit_info:
        code, out, err = run(capsys, *filled)
    if args[0] == "frobnicate":
        assert exit_info.value.code == 2
        err = capsys.readouterr().err
    else:
        assert code == 2
    assert message in err
    assert err.startswith("kodeverk: error: ") and err.count("\n") == 1


class _no_raise:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return False


def test_import_exit_1_when_a_file_failed_json_lists_all(cli_project: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "in" / "broken.docx"
    bad.write_bytes(b"\x00" * 100)
    good = tmp_path / "in" / "Ny.txt"
    good.write_text("I: Spørsmål?\nR: Svar.\n", encoding="utf-8")
    code, out, _ = run(capsys, "import", cli_project, bad, good, "--phase", "Fase 2", "--json")
    report = json.loads(out)
    assert code == 1
    assert [f["status"] for f in report["files"]] == ["failed", "imported"]
    assert "broken.docx" in report["files"][0]["file"] and report["files"][0]["message"]


def test_the_installed_command_runs_headless(cli_project: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "kodeverk", "info", str(cli_project), "--json"],
                            capture_output=True, text=True)
    assert result.returncode == 0 and json.loads(result.stdout)["transcripts"] == 1


def test_sample_project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "s.kodeverk"
    code, out, _ = run(capsys, "sample", path)
    assert code == 0 and "10 transcripts" in out
    info = json.loads(run(capsys, "info", path, "--json")[1])
    assert info["transcripts"] >= 8 and info["coder_names"] == ["Ingrid", "Jonas"] and info["codings"] > 400
    listed = json.loads(run(capsys, "transcripts", path, "--json")[1])
    assert {t["phase"] for t in listed} == {"Fase 1", "Fase 2", "Fase 3"}
    assert {g for t in listed for g in t["groups"]} >= {"KUBU", "Klima", "VA", "Kunnskap i kriser", "Kompetanse"}
    assert all(2000 <= t["words"] <= 4000 for t in listed)
    names = json.loads(run(capsys, "names", path, "--json")[1])
    listed_names = json.dumps(names, ensure_ascii=False)
    assert "Live Hoelsæter" in listed_names and "Tone Haugerud" in listed_names  # mentioned, and an informant
