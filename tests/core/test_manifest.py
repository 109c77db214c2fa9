"""Tests of reading the metadata manifest (CSV and XLSX) and of its fatal errors and warnings."""

from __future__ import annotations

import codecs
import datetime
from pathlib import Path

import openpyxl
import pytest

from kodeverk.errors import AmbiguousError, FileProblem, ManifestError
from kodeverk.importing.manifest import Manifest, ManifestRow, read_manifest

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "manifest.csv"


def write(tmp_path: Path, text: str | bytes, name: str = "manifest.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def only_row(manifest: Manifest) -> ManifestRow:
    assert len(manifest.rows) == 1
    return manifest.rows[0]


# --- the sample ------------------------------------------------------------------------------

def test_sample_manifest_has_ten_rows_with_the_right_values() -> None:
    manifest = read_manifest(SAMPLE)
    assert len(manifest.rows) == 10 and manifest.warnings == ()
    first = manifest.rows[0]
    assert first == ManifestRow(
        line=2, file="F1-KUBU-01.txt", title="Oppstart KUBU – departementsråd BFD", phase="Fase 1",
        groups=("KUBU",), informant="K1-01", ministry="BFD", role="departementsråd",
        date=datetime.date(2022, 3, 14), real_name="Tone Haugerud", is_manager=True, attributes={})
    seventh = manifest.rows[6]
    assert seventh.groups == ("Klima", "VA") and seventh.ministry == "Kommunal- og distriktsdepartementet"
    assert [r.informant for r in manifest.rows] == ["K1-01", "K1-02", "K1-03", "K2-04", "K2-05",
                                                     "K3-06", "K3-07", "K3-08", "K3-09", "K3-10"]
    assert [r.is_manager for r in manifest.rows] == [True, True, True, False, True, False, True, False, True, True]
    assert [r.line for r in manifest.rows] == list(range(2, 12))
    assert manifest.rows[3].ministry == "Kunnskapsdep." and manifest.rows[7].role == "etatsansatt"
    assert manifest.rows[9].real_name == "Bjørn Eidsvoll" and manifest.rows[9].date == datetime.date(2024, 2, 27)
    assert all(r.phase in ("Fase 1", "Fase 2", "Fase 3") for r in manifest.rows)


def test_row_for_finds_files_by_name_case_and_extension() -> None:
    manifest = read_manifest(SAMPLE)
    assert manifest.row_for("F3-Klima-VA-07.txt").informant == "K3-07"
    assert manifest.row_for("f3-klima-va-07.TXT").informant == "K3-07"
    assert manifest.row_for("F3-Klima-VA-07").informant == "K3-07"
    assert manifest.row_for("/home/eva/transkripsjoner/F3-Klima-VA-07.txt").informant == "K3-07"
    assert manifest.row_for(r"C:\Data\F1-VA-03.txt").informant == "K1-03"
    assert manifest.row_for("F3-Klima-VA-07.docx") is None
    assert manifest.row_for("nothing.txt") is None and manifest.row_for("  ") is None


def test_row_for_with_paths_in_the_manifest(tmp_path: Path) -> None:
    manifest = read_manifest(write(tmp_path, "file,informant\nfase1/a.txt,A\nfase2/a.txt,B\nfase2/b,C\n"))
    assert any("share the name 'a.txt'" in w for w in manifest.warnings)
    assert manifest.row_for("fase1/a.txt").informant == "A"
    assert manifest.row_for("/data/fase2/a.txt").informant == "B"
    assert manifest.row_for("b.docx").informant == "C"
    with pytest.raises(AmbiguousError, match="rows 2, 3"):
        manifest.row_for("a.txt")


# --- CSV flavours ----------------------------------------------------------------------------

def test_comma_csv_with_quotes_and_semicolon_groups(tmp_path: Path) -> None:
    text = 'fil,tittel,kjernegruppe\n"a.txt","Slutt, KUBU","KUBU; Klima | VA;KUBU"\n'
    row = only_row(read_manifest(write(tmp_path, text)))
    assert (row.file, row.title, row.groups) == ("a.txt", "Slutt, KUBU", ("KUBU", "Klima", "VA"))


def test_semicolon_csv_keeps_semicolons_inside_quotes(tmp_path: Path) -> None:
    row = only_row(read_manifest(write(tmp_path, 'fil;kjernegruppe;tittel\na.txt;KUBU|VA;"A; B"\n')))
    assert row.groups == ("KUBU", "VA") and row.title == "A; B"


def test_tab_csv(tmp_path: Path) -> None:
    row = only_row(read_manifest(write(tmp_path, "fil\tfase\tnotat\na.txt\tFase 2\tsee, this; has both\n")))
    assert (row.phase, row.attributes) == ("Fase 2", {"notat": "see, this; has both"})


def test_quoted_newline_keeps_line_numbers(tmp_path: Path) -> None:
    manifest = read_manifest(write(tmp_path, 'fil,tittel\r\na.txt,"two\r\nlines"\r\n\r\nb.txt,x\r\n'))
    assert [(r.line, r.file, r.title) for r in manifest.rows] == [(2, "a.txt", "two\nlines"), (5, "b.txt", "x")]


def test_utf8_bom_and_utf16(tmp_path: Path) -> None:
    text = "fil;ekte navn\na.txt;Bjørn Ås\n"
    assert only_row(read_manifest(write(tmp_path, codecs.BOM_UTF8 + text.encode()))).real_name == "Bjørn Ås"
    utf16 = write(tmp_path, codecs.BOM_UTF16_LE + text.encode("utf-16-le"), "m16.csv")
    assert only_row(read_manifest(utf16)).real_name == "Bjørn Ås"


def test_windows_1252_is_read_with_a_warning(tmp_path: Path) -> None:
    manifest = read_manifest(write(tmp_path, "fil;departement\na.txt;Nærings- og fiskeridepartementet\n"
                                   .encode("windows-1252")))
    assert only_row(manifest).ministry == "Nærings- og fiskeridepartementet"
    assert any("Windows-1252" in w for w in manifest.warnings)


def test_english_and_norwegian_headers_in_odd_case(tmp_path: Path) -> None:
    text = ("  FILE ;Title;PHASE;Groups;Pseudonym;Ministry;ROLE;Interview  Date;Real Name;Manager;Navn\n"
            "a.txt;T;Fase 1;KUBU;K1;KD;fagavdeling;01.02.2023;Kari;no;Kari N.\n")
    row = only_row(read_manifest(write(tmp_path, text)))
    assert (row.file, row.title, row.phase, row.groups, row.informant, row.ministry, row.role) == (
        "a.txt", "T", "Fase 1", ("KUBU",), "K1", "KD", "fagavdeling")
    assert (row.date, row.real_name, row.is_manager) == (datetime.date(2023, 2, 1), "Kari", False)
    assert row.attributes == {"Navn": "Kari N."}   # "navn" is ambiguous: never the title or the real name
    other = "FILNAVN,Kjernegrupper,INFORMANT,Departement,Rolle,Dato,Fullt navn,Personalansvar\na,K,I,D,R,2023-1-2,N,x\n"
    row = only_row(read_manifest(write(tmp_path, other, "m2.csv")))
    assert (row.file, row.groups, row.date, row.real_name, row.is_manager) == (
        "a", ("K",), datetime.date(2023, 1, 2), "N", True)


def test_unknown_columns_become_attributes_and_empty_rows_are_skipped(tmp_path: Path) -> None:
    text = "fil;Kjønn;Alder ;Merknad\n\n;;;\na.txt;K;50-59;\n  \nb.txt;;;ok\n"
    manifest = read_manifest(write(tmp_path, text))
    assert [(r.line, r.attributes) for r in manifest.rows] == [(4, {"Kjønn": "K", "Alder": "50-59"}),
                                                              (6, {"Merknad": "ok"})]
    assert manifest.warnings == ()
    assert manifest.rows[0].title is None and manifest.rows[0].groups == () and manifest.rows[0].date is None


def test_short_rows_and_trailing_empty_cells_are_fine(tmp_path: Path) -> None:
    manifest = read_manifest(write(tmp_path, "fil;fase;rolle\na.txt\nb.txt;Fase 1;;;;\n"))
    assert [(r.file, r.phase) for r in manifest.rows] == [("a.txt", None), ("b.txt", "Fase 1")]


@pytest.mark.parametrize(("text", "expected"), [
    ("2022-03-14", datetime.date(2022, 3, 14)), ("2022-3-4", datetime.date(2022, 3, 4)),
    ("2022-03-14 10:30", datetime.date(2022, 3, 14)), ("2022-03-14T00:00:00", datetime.date(2022, 3, 14)),
    ("14.03.2022", datetime.date(2022, 3, 14)), ("4.3.22", datetime.date(2022, 3, 4)),
    ("14-03-2022", datetime.date(2022, 3, 14)), ("44634", datetime.date(2022, 3, 14)),
])
def test_date_formats(tmp_path: Path, text: str, expected: datetime.date) -> None:
    manifest = read_manifest(write(tmp_path, f"fil;dato\na.txt;{text}\n"))
    assert only_row(manifest).date == expected and manifest.warnings == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("ja", True), ("Ja", True), ("JA", True), ("yes", True), ("true", True), ("1", True), ("x", True),
    ("X", True), ("nei", False), ("Nei", False), ("no", False), ("false", False), ("0", False), ("", None),
])
def test_manager_values(tmp_path: Path, text: str, expected: bool | None) -> None:
    manifest = read_manifest(write(tmp_path, f"fil;leder med personalansvar\na.txt;{text}\n"))
    assert only_row(manifest).is_manager is expected and manifest.warnings == ()


# --- warnings ----------------------------------------------------------------------------------

def test_bad_date_is_a_warning_on_its_row(tmp_path: Path) -> None:
    manifest = read_manifest(write(tmp_path, "fil;dato\na.txt;2022-01-01\nb.txt;01.01.2022\nc.txt;31.02.2023\n"
                                   "d.txt;mars 2022\ne.txt;2023\n"))
    assert [r.date for r in manifest.rows] == [datetime.date(2022, 1, 1)] * 2 + [None] * 3
    assert manifest.warnings == (
        "row 4: date '31.02.2023' is not a valid date; left empty",
        "row 5: date 'mars 2022' is not a valid date (write yyyy-mm-dd or dd.mm.yyyy); left empty",
        "row 6: date '2023' is not a valid date (write yyyy-mm-dd or dd.mm.yyyy); left empty",
    )


def test_bad_manager_value_is_a_warning(tmp_path: Path) -> None:
    manifest = read_manifest(write(tmp_path, "fil;Leder med personalansvar\na.txt;kanskje\n"))
    assert only_row(manifest).is_manager is None
    assert manifest.warnings == ("row 2: 'Leder med personalansvar' value 'kanskje' is not ja/nei (yes/no); "
                                 "left empty",)


def test_row_without_file_name_is_skipped_with_a_warning(tmp_path: Path) -> None:
    manifest = read_manifest(write(tmp_path, "fil;informant\n;K1\nb.txt;K2\n"))
    assert [r.file for r in manifest.rows] == ["b.txt"]
    assert manifest.warnings == ("row 2: no file name; row skipped",)


def test_header_only_gives_no_rows(tmp_path: Path) -> None:
    assert read_manifest(write(tmp_path, "fil;fase\n")).rows == ()


# --- XLSX ------------------------------------------------------------------------------------

def test_xlsx_with_date_cells_numbers_and_booleans(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Fil", "Fase", "Kjernegruppe", "Informant", "Dato", "Leder med personalansvar", "Alder", None])
    sheet.append(["a.docx", "Fase 1", "KUBU; VA", 7, datetime.datetime(2022, 3, 14), True, 52, None])
    sheet.append([None] * 8)
    sheet.append(["b.docx", "Fase 2", "Klima|KUBU", "K2", "14.03.2023", "nei", None, "stray note"])
    sheet.append(["c.docx", None, None, None, datetime.date(2024, 1, 5), None, None, None])
    sheet.append(["d.docx", None, None, None, 44634, None, None, None])
    sheet.cell(row=7, column=1, value="e.docx")
    sheet.cell(row=7, column=5, value="31.02.2023")
    workbook.create_sheet("Ignored").append(["fil"])
    path = tmp_path / "manifest.xlsx"
    workbook.save(path)
    manifest = read_manifest(path)
    a, b, c, d, e = manifest.rows
    assert (a.line, a.groups, a.informant, a.date, a.is_manager) == (
        2, ("KUBU", "VA"), "7", datetime.date(2022, 3, 14), True)
    assert a.attributes == {"Alder": "52"}
    assert (b.line, b.groups, b.date, b.is_manager) == (4, ("Klima", "KUBU"), datetime.date(2023, 3, 14), False)
    assert c.date == datetime.date(2024, 1, 5) and d.date == datetime.date(2022, 3, 14) and e.date is None
    assert manifest.warnings == ("row 4: values in columns without a header are ignored (columns 8)",
                                 "row 7: date '31.02.2023' is not a valid date; left empty")


def test_xlsx_saved_under_another_suffix_is_still_read(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["file"])
    workbook.active.append(["a.txt"])
    path = tmp_path / "manifest.dat"
    workbook.save(path)
    assert only_row(read_manifest(path)).file == "a.txt"


# --- fatal errors ------------------------------------------------------------------------------

def fails(path: Path, *needles: str) -> ManifestError:
    with pytest.raises(ManifestError) as caught:
        read_manifest(path)
    error = caught.value
    assert isinstance(error, FileProblem) and str(error).startswith(path.name + ": ")
    for needle in needles:
        assert needle in str(error)
    return error


def test_missing_unreadable_and_empty_files(tmp_path: Path) -> None:
    fails(tmp_path / "none.csv", "file not found")
    fails(tmp_path, "is a folder")
    fails(write(tmp_path, b""), "empty (0 bytes)")
    fails(write(tmp_path, "\n \n;;;\n", "blank.csv"), "no header row")


def test_missing_file_column_names_the_columns_found(tmp_path: Path) -> None:
    error = fails(write(tmp_path, "navn;fase;Departement\nx;Fase 1;KD\n"))
    assert error.problem == "missing column 'fil'/'file'; found: navn, fase, Departement"


def test_duplicate_file_entries(tmp_path: Path) -> None:
    fails(write(tmp_path, "fil\na.txt\nb.txt\nA.TXT\n"), "'A.TXT' is listed twice (rows 2 and 4)")


def test_duplicate_columns(tmp_path: Path) -> None:
    fails(write(tmp_path, "fil;fase;Phase\na;1;2\n"), "columns 2 ('fase') and 3 ('Phase')")
    fails(write(tmp_path, "fil;x;X\na;1;2\n", "m2.csv"), "columns 2 ('x') and 3 ('X')")


def test_row_with_more_cells_than_headers(tmp_path: Path) -> None:
    fails(write(tmp_path, "fil,tittel\na.txt,ok\nb.txt,Slutt, KUBU\n"),
          "row 3 has 3 cells but the header has 2 columns")


def test_unclosed_quote(tmp_path: Path) -> None:
    fails(write(tmp_path, 'fil,tittel\na.txt,"never closed\nb.txt,x\n'), "malformed CSV")


def test_binary_and_undecodable_files(tmp_path: Path) -> None:
    fails(write(tmp_path, b"fil;fase\n\x00\x01\x02\x03binary\x04\x05;x\n"), "control byte")
    fails(write(tmp_path, codecs.BOM_UTF8 + b"fil\n\xff\xfe\xfa\n", "bom.csv"), "byte-order mark")


def test_corrupt_xlsx_and_old_xls(tmp_path: Path) -> None:
    fails(write(tmp_path, b"this is not a zip file at all", "broken.xlsx"), "not a readable Excel workbook")
    fails(write(tmp_path, b"PK\x03\x04" + b"\x00" * 100, "truncated.xlsx"), "not a readable Excel workbook")
    fails(write(tmp_path, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old.xls"), "old Excel .xls")


def test_xlsx_without_file_column(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Title", "Phase"])
    workbook.active.append(["x", "y"])
    path = tmp_path / "m.xlsx"
    workbook.save(path)
    fails(path, "missing column 'fil'/'file'; found: Title, Phase")
