"""The list of real names and masking: edge cases, the docx scanner, the ``names`` command."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import docx
import pytest

from kodeverk.cli.main import main
from kodeverk.errors import ConflictError
from kodeverk.project import Project
from kodeverk.services.names import ListedName, NameMasker, add_names, list_names, remove_names, scan_docx

NAMES = [ListedName("Tone Haugerud", 1, "K1-01"), ListedName("Liv Aasheim", 8, "K3-07"),
         ListedName("Live Hoelsæter", None, None)]


@pytest.fixture
def masker() -> NameMasker:
    return NameMasker(NAMES)


@pytest.mark.parametrize("text, expected", [
    ("Takk, Tone. Det var bra.", "Takk, [navn]. Det var bra."),
    ("Tone sa det først.", "[navn] sa det først."),                       # sentence start
    ("tone haugerud og TONE HAUGERUD", "[navn] og [navn]"),                # full name: any case
    ("Tone  Haugerud\nsa", "[navn]\nsa"),                                 # any white space inside
    ("Haugeruds plan og Tones idé", "[navn]s plan og [navn]s idé"),       # genitive kept
    ("Haugerud's plan", "[navn]s plan"),
    ("en uformell tone i møtene", "en uformell tone i møtene"),           # the noun is left alone
    ("næringslivet og livet", "næringslivet og livet"),                   # inside other words: never
    ("Live og Liv var der", "[navn] og [navn] var der"),                   # Live is not Liv, both listed
    ("Tonesetting og Haugerudveien", "Tonesetting og Haugerudveien"),
    ("Aasheim-rapporten", "[navn]-rapporten"),
])
def test_masking_edge_cases(masker: NameMasker, text: str, expected: str) -> None:
    assert masker.mask(text) == expected
    assert not NameMasker(NAMES).find(masker.mask(text))


def test_pseudonym_replacement() -> None:
    masker = NameMasker(NAMES + [ListedName("Tone Berg", None, None)], replacement="pseudonym")
    assert masker.mask("Liv Aasheim og Livs kollega") == "K3-07 og K3-07s kollega"
    # "Tone" names two listed persons: no pseudonym guess
    assert masker.mask("Tone Haugerud, Tone og Haugerud") == "K1-01, [navn] og K1-01"
    assert masker.mask("Live Hoelsæter") == "[navn]"


def test_empty_list_masks_nothing() -> None:
    assert NameMasker([]).mask("Tone Haugerud") == "Tone Haugerud"


def test_scan_docx_finds_names_everywhere(tmp_path: Path, masker: NameMasker) -> None:
    document = docx.Document()
    document.add_paragraph("Ingenting her.")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "Sa Liv Aasheim"
    document.sections[0].footer.paragraphs[0].text = "Haugerud"
    document.core_properties.author = "Tone Haugerud"
    path = tmp_path / "leak.docx"
    document.save(str(path))
    leaks = scan_docx(path, masker)
    assert sorted((leak.name, leak.location.split()[0]) for leak in leaks) == [
        ("Liv Aasheim", "body"), ("Tone Haugerud", "document"), ("Tone Haugerud", "section")]


def test_list_add_remove(sample_project_file: Path) -> None:
    with Project.open(sample_project_file) as project:
        names = list_names(project)
        assert len([n for n in names if n.pseudonym]) == 10  # the informants' real names
        assert "Live Hoelsæter" in {n.name for n in names}  # the sample lists the persons it mentions
        assert add_names(project, ["Ola  Nordmann", "tone haugerud"]) == ["Ola Nordmann"]
        assert [n.source for n in list_names(project) if n.name == "Ola Nordmann"] == ["added"]
        with pytest.raises(ConflictError, match="K1-01"):
            remove_names(project, ["Tone Haugerud"])
        assert remove_names(project, ["ola nordmann"]) == ["Ola Nordmann"]
        assert len(list_names(project)) == len(names)


def test_names_command(sample_project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["names", str(sample_project_file), "--json"]) == 0
    before = len(json.loads(capsys.readouterr().out)["names"])
    assert main(["names", str(sample_project_file), "--add", "Ola Nordmann", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["added"] == ["Ola Nordmann"] and len(data["names"]) == before + 1
    assert main(["names", str(sample_project_file), "--remove", "Ola Tverberg"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "K3-08" in err
    assert main(["names", str(sample_project_file), "--remove", "Nobody Here"]) == 2
    assert "no listed name" in capsys.readouterr().err
    assert main(["names", str(sample_project_file)]) == 0
    assert f"{before + 1} name(s)" in capsys.readouterr().out
