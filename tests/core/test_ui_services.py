"""Tests of the Qt-free services the desktop app uses: coders, code finder, search, import plan."""

from __future__ import annotations

from pathlib import Path

import pytest

from kodeverk.codebook.service import get_codebook
from kodeverk.errors import ConflictError, UsageError
from kodeverk.importing.service import ImportOptions, import_files
from kodeverk.project import Project
from kodeverk.services.code_finder import find_codes, fold
from kodeverk.services.coders import add_coder, list_coders, recolour_coder, rename_coder
from kodeverk.services.import_plan import preview_import, write_corrected_manifest
from kodeverk.services.search import find_exact, find_fuzzy, search_texts
from kodeverk.services.transcripts import list_transcripts


@pytest.fixture()
def project():
    with Project.in_memory() as p:
        yield p


def test_coders_add_list_rename_recolour(project):
    ingrid = add_coder(project, "Ingrid Berg")
    assert ingrid.initials == "IB" and ingrid.colour.startswith("#")
    with pytest.raises(ConflictError):
        add_coder(project, "ingrid berg")
    with pytest.raises(UsageError):
        add_coder(project, "  ")
    assert rename_coder(project, ingrid.id, "Jonas").initials == "JO"
    assert recolour_coder(project, ingrid.id, "#00ff00").colour == "#00FF00"
    assert [c.name for c in list_coders(project)] == ["Jonas"]


def test_fold_spells_out_norwegian_letters():
    assert fold("Forståelse Øst Ærlig") == "forstaelse ost aerlig"


def test_find_codes_tolerates_missing_letters_and_typos(project):
    book = get_codebook(project)
    best = book[find_codes(book, "sekretariatet")[0].code_id]
    assert best.name == "Sekretariatet"
    best = book[find_codes(book, "problemforstaelse")[0].code_id]
    assert "problemforståelse" in best.name
    best = book[find_codes(book, "forankrnig")[0].code_id]
    assert best.name == "Forankring"
    assert len(find_codes(book, "", limit=5)) == 5


def test_exact_search_ignores_case():
    assert find_exact("Mandat og mandatet", "mandat") == [(0, 6, 100.0), (10, 16, 100.0)]
    assert find_exact("abc", "  ") == []


def test_fuzzy_search_finds_words_without_norwegian_letters_and_with_typos():
    text = "Vi fikk en felles problemforståelse etter hvert.\nDet var felles problemforstålse igjen."
    spans = find_fuzzy(text, "felles problemforstaelse")
    assert [text[s:e] for s, e, _ in spans] == ["felles problemforståelse", "felles problemforstålse"]


def test_search_texts_gives_context_with_emoji_offsets_in_code_points():
    text = "👩‍👩‍👧 sa: mandatet var uklart"
    hit = search_texts([(1, "T", text)], "mandatet")[0]
    assert text[hit.start:hit.end] == "mandatet" and hit.before.endswith("sa: ") and hit.after == " var uklart"


def test_import_plan_previews_matches_and_carries_corrections(project, tmp_path):
    (tmp_path / "a.txt").write_text("I: Hei\nR: Hallo, dette er et intervju om kjernegrupper.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("I: Hva skjer\nR: Ikke så mye i denne gruppen, egentlig.", encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text("fil;fase;kjernegruppe;informant;departement\na.txt;fase1;Kubu;K-1;Barne og familiedep\n",
                        encoding="utf-8")
    planned, warnings = preview_import(project, [tmp_path / "a.txt", tmp_path / "b.txt"], manifest)
    first = planned[0]
    assert first.phase == "Fase 1" and first.groups == ["KUBU"] and first.ministry == "BFD"
    assert first.matches["phase"].how in {"alias", "fuzzy", "exact"}
    assert not planned[1].in_manifest
    planned[1].phase, planned[1].groups = "Fase 2", ["Klima", "VA"]
    corrected = write_corrected_manifest(planned, manifest, tmp_path / "fixed.csv")
    report = import_files(project, [tmp_path / "a.txt", tmp_path / "b.txt"], ImportOptions(manifest=corrected))
    assert not report.failed
    by_file = {t.original_filename: t for t in list_transcripts(project)}
    assert by_file["a.txt"].phase == "Fase 1" and by_file["a.txt"].informant == "K-1"
    assert by_file["b.txt"].phase == "Fase 2" and set(by_file["b.txt"].groups) == {"Klima", "VA"}
