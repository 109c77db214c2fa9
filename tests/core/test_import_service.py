"""Importing batches: every file reported, bad files fail cleanly, metadata matched, nothing half-done."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from kodeverk.errors import KodeverkError
from kodeverk.importing.report import Status
from kodeverk.importing.service import ImportOptions, collect_files, import_files
from kodeverk.project import Project
from kodeverk.services.info import project_summary
from kodeverk.services.transcripts import list_transcripts, transcript_text, transcript_turns

INTERVIEW = ("Intervjuer: Kan du fortelle om kjernegruppen?\n"
             "Informant: Ja, vi startet i 2021. Sekretariatet har vært viktig for oss, og vi har delt "
             "informasjon på tvers av departementene.\n"
             "Intervjuer: Hva med mandatet?\n"
             "Informant: Mandatet var uklart i starten, men det ble bedre etter hvert.\n"
             "Intervjuer: Hvem satt i kjernegruppen?\n"
             "Informant: Departementsrådene i de fire departementene, og sekretariatet møtte fast. "
             "Vi brukte mye tid på å bli enige om hva problemet egentlig var.\n")


def _docx(path: Path, turns: list[tuple[str, str]]) -> Path:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "KONFIDENSIELT – topptekst"
    for label, text in turns:
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(" " + text)
    document.save(path)
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "intervjuer"
    root.mkdir()
    _docx(root / "A1.docx", [("I:", "Hvordan fungerer sekretariatet?"),
                             ("R:", "Sekretariatet er lite, men svært dyktig og godt forankret hos departementsrådene.")])
    (root / "B2.txt").write_text(INTERVIEW, encoding="utf-8")
    (root / "C3.txt").write_bytes(INTERVIEW.replace("2021", "2022").encode("cp1252"))
    (root / "corrupt.docx").write_bytes(b"PK\x03\x04 not really a zip at all")
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (root / "~$A1.docx").write_bytes(b"word lock file")
    return root


def _manifest(path: Path, rows: list[str]) -> Path:
    path.write_text("fil;fase;kjernegruppe;informant;departement;rolle;ekte navn;kjønn\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
    return path


def test_collect_files_skips_lock_files_and_keeps_explicit_ones(folder: Path, tmp_path: Path) -> None:
    names = [p.name for p in collect_files([folder])]
    assert names == ["A1.docx", "B2.txt", "C3.txt", "binary.txt", "corrupt.docx", "empty.txt"]
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    assert collect_files([pdf]) == [pdf.absolute()]


def test_batch_reports_every_file_and_never_stops(project: Project, folder: Path, tmp_path: Path) -> None:
    manifest = _manifest(tmp_path / "m.csv", [
        "A1.docx;Fase 3;KUBU|Klima;K3-01;Barne- og familiedepartementet;departementsråd;Kari Nordmann;k",
        "B2.txt;fase 1;Vann og avlop;K1-02;HOD;sekretariatsleder;;m",
        "C3.txt;2;Ukjent gruppe;K2-03;Finansdep;seksjonssjef;;"])
    report = import_files(project, [folder], ImportOptions(manifest=manifest))
    outcome = {Path(o.path).name: o for o in report.outcomes}
    assert outcome["A1.docx"].status is Status.IMPORTED, outcome["A1.docx"].warnings
    assert outcome["B2.txt"].status is Status.IMPORTED, outcome["B2.txt"].warnings
    assert outcome["C3.txt"].status is Status.WARNING
    warnings = " ".join(outcome["C3.txt"].warnings)
    assert "Windows-1252" in warnings and "Ukjent gruppe" in warnings and "seksjonssjef" in warnings
    assert "nearly the same text as 'B2'" in warnings
    assert outcome["corrupt.docx"].status is Status.FAILED and "zip" in outcome["corrupt.docx"].message
    assert outcome["empty.txt"].status is Status.FAILED and "empty" in outcome["empty.txt"].message
    assert outcome["binary.txt"].status is Status.FAILED
    assert report.failed and report.summary().startswith("3 imported (1 with warnings)")
    listed = {t.name: t for t in list_transcripts(project)}
    assert listed["A1"].phase == "Fase 3" and listed["A1"].groups == ("KUBU", "Klima")
    assert listed["A1"].ministry == "BFD" and listed["A1"].informant == "K3-01"
    assert listed["B2"].groups == ("VA",) and listed["B2"].phase == "Fase 1"
    assert listed["C3"].groups == () and listed["C3"].phase == "Fase 2" and listed["C3"].role == "seksjonssjef"
    assert "topptekst" not in transcript_text(project, listed["A1"].id)
    turns = transcript_turns(project, listed["B2"].id)
    assert [t.speaker for t in turns] == ["Intervjuer", "Informant"] * 3
    assert [t.is_interviewer for t in turns] == [True, False] * 3


def test_identical_text_is_skipped_not_replaced(project: Project, folder: Path) -> None:
    import_files(project, [folder / "B2.txt"])
    copy = folder / "B2-kopi.txt"
    copy.write_text(INTERVIEW.replace("\n", "\r\n"), encoding="utf-8-sig")  # same normalised text
    report = import_files(project, [copy])
    assert report.outcomes[0].status is Status.SKIPPED
    assert "'B2'" in report.outcomes[0].message
    assert project_summary(project)["transcripts"] == 1


def test_same_name_gets_a_number(project: Project, folder: Path, tmp_path: Path) -> None:
    import_files(project, [folder / "B2.txt"])
    other = tmp_path / "B2.txt"
    other.write_text("I: Et helt annet intervju.\nR: Ja, om noe helt annet.\n", encoding="utf-8")
    report = import_files(project, [other])
    assert report.outcomes[0].transcript == "B2 (2)"


def test_file_missing_from_manifest_and_cli_defaults(project: Project, folder: Path, tmp_path: Path) -> None:
    manifest = _manifest(tmp_path / "m.csv", ["A1.docx;Fase 3;KUBU;K3-01;BFD;departementsråd;;"])
    report = import_files(project, [folder / "A1.docx", folder / "B2.txt"],
                          ImportOptions(manifest=manifest, phase="Fase 2", groups=("Klima",)))
    b2 = report.outcomes[1]
    assert b2.status is Status.WARNING and "not in the manifest" in b2.warnings[0]
    listed = {t.name: t for t in list_transcripts(project)}
    assert listed["B2"].phase == "Fase 2" and listed["B2"].groups == ("Klima",)
    assert listed["A1"].phase == "Fase 3" and listed["A1"].groups == ("KUBU",)


def test_bad_defaults_and_bad_manifest_fail_before_anything(project: Project, folder: Path, tmp_path: Path) -> None:
    with pytest.raises(KodeverkError, match="group 'Finnes ikke'"):
        import_files(project, [folder], ImportOptions(groups=("Finnes ikke",)))
    bad = tmp_path / "bad.csv"
    bad.write_text("navn;fase\nx;1\n", encoding="utf-8")
    with pytest.raises(KodeverkError, match="bad.csv"):
        import_files(project, [folder], ImportOptions(manifest=bad))
    assert project_summary(project)["transcripts"] == 0


def test_a_failing_file_leaves_the_project_as_it_was(project: Project, folder: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import kodeverk.importing.service as service

    real = service.MetadataApplier.apply

    def explode(self, session, row, defaults):
        real(self, session, row, defaults)
        raise KodeverkError("simulated failure half-way")

    monkeypatch.setattr(service.MetadataApplier, "apply", explode)
    report = import_files(project, [folder / "B2.txt"], ImportOptions(groups=("KUBU",)))
    assert report.outcomes[0].status is Status.FAILED
    assert project_summary(project) == {**project_summary(project), "transcripts": 0, "informants": 0}


def test_cancel_stops_between_files_and_reports_the_rest(project: Project, folder: Path) -> None:
    seen: list[str] = []
    report = import_files(project, [folder], progress=lambda done, total, name: seen.append(name),
                          cancelled=lambda: len(seen) >= 2)
    assert report.cancelled
    assert [o.status for o in report.outcomes].count(Status.CANCELLED) == 4
    assert project_summary(project)["transcripts"] == 2
