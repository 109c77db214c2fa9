"""Coder copies, merging them back, disagreements and consensus, on the sample project."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from kodeverk.codebook.service import add_code, get_codebook, rename_code
from kodeverk.errors import KodeverkError, ProjectFileError
from kodeverk.project import Project
from kodeverk.services.coding import add_coding, codings_of_transcript
from kodeverk.storage import teamwork as store
from kodeverk.storage.models import Transcript
from kodeverk.teamwork.consensus import consensus_progress, resolve_disagreement, resolved_flags, undo_resolution
from kodeverk.teamwork.copy import make_coder_copy
from kodeverk.teamwork.disagreements import compare_spans, list_disagreements
from kodeverk.teamwork.merge import merge_project


def _all_codings(path: Path) -> list[tuple]:
    with Project.open(path, read_only=True) as project, project.reading() as session:
        coders = {c.id: c.name for c in store.coder_rows(session)}
        codes = {n.id: n.uuid for n in get_codebook(project).nodes.values()}
        names = {r.id: r.name for r in store.transcript_keys(session)}
        return sorted((names[r.transcript_id], codes[r.code_id], coders[r.coder_id], r.start, r.end)
                      for r in store.coding_tuples(session))


def _first_transcript(project: Project) -> tuple[int, str, int]:
    with project.reading() as session:
        row = store.transcript_keys(session)[0]
        return row.id, row.name, row.char_count


def _coder_id(project: Project, name: str) -> int:
    with project.reading() as session:
        return next(c.id for c in store.coder_rows(session) if c.name == name)


def test_copy_has_everything_but_other_coders(sample_project_file: Path, tmp_path: Path) -> None:
    with Project.open(sample_project_file) as project:
        result = make_coder_copy(project, tmp_path / "ingrid.kodeverk", "Ingrid")
        with pytest.raises(ProjectFileError):
            make_coder_copy(project, tmp_path / "ingrid.kodeverk", "Ingrid")
        fresh = make_coder_copy(project, tmp_path / "nora.kodeverk", "Nora")
        book = get_codebook(project)
    assert result.transcripts == 10 and fresh.codings == 0
    original = [c for c in _all_codings(sample_project_file) if c[2] == "Ingrid"]
    assert _all_codings(tmp_path / "ingrid.kodeverk") == original
    with Project.open(tmp_path / "nora.kodeverk", read_only=True) as copy:
        assert {n.uuid for n in get_codebook(copy).nodes.values()} == {n.uuid for n in book.nodes.values()}
        with copy.reading() as session:
            assert [c.name for c in store.coder_rows(session)] == ["Nora"]
            assert sum(len(t) for t in store.turn_spans(session, [r.id for r in store.transcript_keys(session)])
                       .values()) > 0


def test_copy_failure_leaves_no_file(sample_project_file: Path, tmp_path: Path) -> None:
    with Project.open(sample_project_file) as project:
        with pytest.raises(KodeverkError):
            make_coder_copy(project, tmp_path / "x.kodeverk", "  ")
    assert list(tmp_path.glob("x.kodeverk*")) == [] and list(tmp_path.glob(".x.kodeverk*")) == []


def test_merge_round_trip(sample_project_file: Path, tmp_path: Path) -> None:
    main, ingrid, jonas = sample_project_file, tmp_path / "i.kodeverk", tmp_path / "j.kodeverk"
    with Project.open(main) as project:
        make_coder_copy(project, ingrid, "Ingrid")
        make_coder_copy(project, jonas, "Jonas")
    with Project.open(ingrid) as copy:
        tid, _name, length = _first_transcript(copy)
        trinn = get_codebook(copy).resolve("Trinn 1: Dele informasjon")
        rename_code(copy, trinn.id, "Trinn 1: Informasjonsdeling")  # renamed: must match by UUID
        add_coding(copy, tid, trinn.id, _coder_id(copy, "Ingrid"), 0, 7)
    with Project.open(jonas) as copy:
        tid, _name, _ = _first_transcript(copy)
        new = add_code(copy, get_codebook(copy).resolve("Organisering").id, "Budsjett")
        add_coding(copy, tid, new.id, _coder_id(copy, "Jonas"), 3, 9)
    before = _all_codings(main)
    with Project.open(main) as project:
        first = merge_project(project, ingrid)
        second = merge_project(project, jonas)
        again = [merge_project(project, ingrid), merge_project(project, jonas)]
        book = get_codebook(project)
    assert first.complete and second.complete
    assert first.added == 1 and second.added == 1
    assert any(c.renamed for c in first.codes)
    assert [c.path for c in second.codes_adopted] == ["Organisering/Budsjett"]
    assert book.find("Organisering/Budsjett") is not None
    assert all(r.added == 0 for r in again)
    after = _all_codings(main)
    assert len(after) == len(before) + 2 and len(set(after)) == len(after)
    assert set(after) >= set(_all_codings(ingrid)) | set(_all_codings(jonas))


def test_altered_transcript_is_reported_not_mis_merged(sample_project_file: Path, tmp_path: Path) -> None:
    copy_path = tmp_path / "i.kodeverk"
    with Project.open(sample_project_file) as project:
        make_coder_copy(project, copy_path, "Ingrid")
    with Project.open(copy_path) as copy:
        tid, name, _ = _first_transcript(copy)
        coder = _coder_id(copy, "Ingrid")
        trinn = get_codebook(copy).resolve("Trinn 1: Dele informasjon").id
        with copy.transaction() as session:
            transcript = session.scalar(select(Transcript).where(Transcript.id == tid))
            text = "INNLEDNING.\n" + store.transcript_texts(session, [tid])[tid]
            transcript.text, transcript.char_count = text, len(text)
            transcript.sha256 = hashlib.sha256(text.encode()).hexdigest()
            for coding in store.codings_of_coder(session, coder):
                if coding.transcript_id == tid:
                    coding.start, coding.end = coding.start + 12, coding.end + 12
        add_coding(copy, tid, trinn, coder, 12, 30)
        expected_text = text[12:30]
    with Project.open(sample_project_file) as project:
        report = merge_project(project, copy_path)
        assert not report.complete and report.added == 0
        assert [(t.other_name, t.how) for t in report.needs_confirmation] == [(name, "text differs")]
        accepted = merge_project(project, copy_path, accept_fuzzy=True)
        assert accepted.added == 1 and accepted.complete
        with project.reading() as session:
            original = store.transcript_texts(session, [tid])[tid]
        added = [c for c in codings_of_transcript(project, tid) if c.code_id == trinn and c.coder_id == coder
                 and original[c.start:c.end] == expected_text]
        assert len(added) == 1


def test_merging_another_study_changes_nothing(sample_project_file: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.kodeverk"
    Project.create(other, template="kjernegrupper").close()
    with Project.open(other) as project:
        project_file = tmp_path / "t.txt"
        project_file.write_text("Helt annen studie.\n", encoding="utf-8")
        from kodeverk.importing.service import import_files
        import_files(project, [project_file])
    before = _all_codings(sample_project_file)
    with Project.open(sample_project_file) as project:
        report = merge_project(project, other)
    assert report.unrelated and not report.complete and report.codes == ()
    assert [t.other_name for t in report.transcripts_left_out] == ["t"] or report.transcripts_left_out
    assert _all_codings(sample_project_file) == before


def test_compare_spans_kinds() -> None:
    a = {1: [(0, 10)], 2: [(20, 30)], 3: [(40, 50)], 5: [(80, 90)]}
    b = {1: [(0, 12)], 4: [(22, 30)], 5: [(80, 90)], 6: [(60, 70)]}
    kinds = [(k, s, e) for k, s, e, _a, _b in compare_spans(a, b)]
    assert kinds == [("boundaries", 0, 12), ("different_codes", 20, 30), ("only_a", 40, 50), ("only_b", 60, 70)]


def test_resolve_undo_and_progress(sample_project_file: Path) -> None:
    with Project.open(sample_project_file) as project:
        name = "Oppstart KUBU – departementsråd BFD"
        items = list_disagreements(project, name, "Ingrid", "Jonas")
        assert {d.kind for d in items} == {"only_a", "only_b", "boundaries", "different_codes"}
        start = consensus_progress(project, "Ingrid", "Jonas", transcripts=[name])
        assert (start.resolved, start.total) == (0, len(items))
        boundary = next(d for d in items if d.kind == "boundaries")
        only_a = next(d for d in items if d.kind == "only_a")
        union = resolve_disagreement(project, boundary, "union")
        assert union.outcome[0][1:] == (boundary.start, boundary.end)
        inter = resolve_disagreement(project, only_a, "intersection")  # empty outcome: a decision memo
        assert inter.outcome == () and inter.added_memo_ids
        assert resolved_flags(project, [boundary, only_a]) == [True, True]
        assert str(consensus_progress(project, "Ingrid", "Jonas", transcripts=[name])) == \
            f"2 of {len(items)} disagreements resolved"
        again = resolve_disagreement(project, boundary, "a")  # replaces the union
        undo_resolution(project, again)
        undo_resolution(project, inter)
        undo_resolution(project, union)
        assert consensus_progress(project, "Ingrid", "Jonas", transcripts=[name]).resolved == 0
        assert list_disagreements(project, name, "Ingrid", "Jonas") == items


def test_preview_changes_nothing_and_choices_steer_the_merge(sample_project_file: Path, tmp_path: Path) -> None:
    from kodeverk.teamwork.merge import preview_merge

    jonas = tmp_path / "j.kodeverk"
    with Project.open(sample_project_file) as project:
        make_coder_copy(project, jonas, "Jonas")
    with Project.open(jonas) as copy:
        tid, _name, _ = _first_transcript(copy)
        organisering = get_codebook(copy).resolve("Organisering").id
        budget = add_code(copy, organisering, "Budsjett")
        money = add_code(copy, budget.id, "Penger")  # a sub-code of a code left out: left out too
        mandate = add_code(copy, organisering, "Mandat og rammer")
        coder = _coder_id(copy, "Jonas")
        for code_id, start in ((budget.id, 3), (money.id, 20), (mandate.id, 40)):
            add_coding(copy, tid, code_id, coder, start, start + 9)
    before = _all_codings(sample_project_file)
    with Project.open(sample_project_file) as project:
        preview = preview_merge(project, jonas)
        assert get_codebook(project).find("Organisering/Budsjett") is None
        assert _all_codings(sample_project_file) == before
        assert preview.added == 3 and [c.path for c in preview.codes_adopted] == [
            "Organisering/Budsjett", "Organisering/Budsjett/Penger", "Organisering/Mandat og rammer"]
        with pytest.raises(KodeverkError):
            merge_project(project, jonas, code_choices={"Organisering/Budsjett": "Finnes ikke"})
        assert _all_codings(sample_project_file) == before
        choices = {"Organisering/Budsjett": None, "Organisering/Mandat og rammer": "Organisering/Mandatet"}
        report = merge_project(project, jonas, code_choices=choices)
        book = get_codebook(project)
    assert report.added == 1 and report.codings_left_out == {"code not adopted": 2} and not report.complete
    assert [(c.other_path, c.how) for c in report.codes if c.how in ("left out", "mapped")] == [
        ("Organisering/Budsjett", "left out"), ("Organisering/Budsjett/Penger", "left out"),
        ("Organisering/Mandat og rammer", "mapped")]
    assert book.find("Organisering/Budsjett") is None and book.find("Organisering/Mandat og rammer") is None
    mandatet = book.resolve("Organisering/Mandatet").id
    assert len(_all_codings(sample_project_file)) == len(before) + 1
    assert report.as_json()["codes"]["left_out"][0]["other"] == "Organisering/Budsjett"
    assert any(line.startswith("  LEFT OUT code") for line in report.lines()) and mandatet


def test_accept_confirms_one_fuzzy_transcript(sample_project_file: Path, tmp_path: Path) -> None:
    from kodeverk.teamwork.merge import preview_merge

    copy_path = tmp_path / "i.kodeverk"
    with Project.open(sample_project_file) as project:
        make_coder_copy(project, copy_path, "Ingrid")
    with Project.open(copy_path) as copy:
        tid, name, _ = _first_transcript(copy)
        with copy.transaction() as session:
            transcript = session.scalar(select(Transcript).where(Transcript.id == tid))
            text = "INNLEDNING.\n" + store.transcript_texts(session, [tid])[tid]
            transcript.text, transcript.char_count = text, len(text)
            transcript.sha256 = hashlib.sha256(text.encode()).hexdigest()
    with Project.open(sample_project_file) as project:
        assert [t.other_name for t in preview_merge(project, copy_path).needs_confirmation] == [name]
        confirmed = preview_merge(project, copy_path, accept=[name])
        assert not confirmed.needs_confirmation and confirmed.transcripts_matched
        assert preview_merge(project, copy_path, accept=["another name"]).needs_confirmation
