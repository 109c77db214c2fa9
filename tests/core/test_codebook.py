"""Codebook: templates, paths with slashes, add/rename/move/recolour/describe/merge/delete, undo snapshots."""

from __future__ import annotations

import pytest

from kodeverk.codebook.service import (add_code, add_code_by_path, delete_code, describe_code, get_codebook,
                                       merge_codes, move_code, recolour_code, rename_code, restore_codes,
                                       set_shortcut)
from kodeverk.errors import AmbiguousError, ConflictError, NotFoundError, UsageError
from kodeverk.project import Project
from kodeverk.services.coding import add_coding, codings_of_transcript
from kodeverk.storage.models import Coder, Transcript


def _transcript(project: Project, text: str = "Dette er en tekst om samordning og sekretariatet. " * 4) -> int:
    with project.transaction() as session:
        transcript = Transcript(name="T", text=text, sha256="x", char_count=len(text))
        coder_a, coder_b = Coder(name="A"), Coder(name="B")
        session.add_all([transcript, coder_a, coder_b])
        session.flush()
        return transcript.id


def test_template_has_the_analytical_model_with_exact_names(project: Project) -> None:
    book = get_codebook(project)
    assert [book[r].name for r in book.roots] == ["Kjennetegn ved problemet", "Organisering",
                                                  "Resultater, tiltak og aktiviteter", "Samordningstrappen"]
    ladder = book.resolve("Samordningstrappen")
    assert [book[c].name for c in ladder.children] == [
        "Trinn 1: Dele informasjon", "Trinn 2: Utvikle felles problemforståelse",
        "Trinn 3: Unngå å svekke hverandres måloppnåelse", "Trinn 4: Utvikle felles plan/tiltak",
        "Trinn 5: Utvikle varig samordningspraksis"]
    assert all(node.description for node in book.walk())


def test_paths_with_slashes_in_names_and_unique_leaf_names(project: Project) -> None:
    book = get_codebook(project)
    step4 = book.resolve("Samordningstrappen/Trinn 4: Utvikle felles plan/tiltak")
    assert step4.name == "Trinn 4: Utvikle felles plan/tiltak"
    assert book.resolve("Trinn 4: Utvikle felles plan/tiltak") == step4
    assert book.resolve("sekretariatet").path_string == "Organisering/Sekretariatet"
    etat = book.resolve("Organisering/Etatssamarbeid / involvering av underliggende virksomheter")
    assert etat.parent_id == book.resolve("Organisering").id


def test_a_miss_suggests_the_nearest(project: Project) -> None:
    with pytest.raises(NotFoundError) as info:
        get_codebook(project).resolve("Samordningstrapen/Trinn 1")
    assert "Samordningstrappen/Trinn 1: Dele informasjon" in info.value.suggestions


def test_ambiguous_name_lists_full_paths(project: Project) -> None:
    add_code_by_path(project, "Kjennetegn ved problemet/Sekretariatet")
    with pytest.raises(AmbiguousError, match="Organisering/Sekretariatet"):
        get_codebook(project).resolve("Sekretariatet")


def test_add_by_path_keeps_slashes_in_the_new_name(project: Project) -> None:
    node = add_code_by_path(project, "Samordningstrappen/Trinn 6: Noe/annet", colour="#112233",
                            description="ny")
    assert node.path_string == "Samordningstrappen/Trinn 6: Noe/annet"
    assert node.colour == "#112233" and node.description == "ny"
    top = add_code_by_path(project, "Helt ny/kategori")
    assert top.parent_id is None and top.name == "Helt ny/kategori"


def test_rename_recolour_describe_and_shortcut(project: Project) -> None:
    code = get_codebook(project).resolve("Mandatet")
    assert rename_code(project, code.id, "Mandat og oppdrag").path_string == "Organisering/Mandat og oppdrag"
    assert recolour_code(project, code.id, "#abcdef").colour == "#ABCDEF"
    assert describe_code(project, code.id, "Hva gruppen skal gjøre").description == "Hva gruppen skal gjøre"
    other = get_codebook(project).resolve("Oppsett")
    set_shortcut(project, other.id, 3)
    set_shortcut(project, code.id, 3)
    book = get_codebook(project)
    assert book[code.id].shortcut == 3 and book[other.id].shortcut is None
    with pytest.raises(ConflictError, match="exists already"):
        rename_code(project, code.id, "oppsett")
    with pytest.raises(UsageError):
        recolour_code(project, code.id, "red")
    with pytest.raises(UsageError):
        set_shortcut(project, code.id, 10)


def test_move_reparents_reorders_and_refuses_cycles(project: Project) -> None:
    book = get_codebook(project)
    organisation = book.resolve("Organisering")
    ladder = book.resolve("Samordningstrappen")
    moved = move_code(project, book.resolve("Forankring").id, ladder.id, 0)
    book = get_codebook(project)
    assert book[ladder.id].children[0] == moved.id
    assert [book[c].position for c in book[ladder.id].children] == list(range(6))
    assert [book[c].position for c in book[organisation.id].children] == list(range(5))
    move_code(project, ladder.id, None, 0)
    assert get_codebook(project).roots[0] == ladder.id
    with pytest.raises(ConflictError, match="into itself"):
        move_code(project, ladder.id, book.resolve("Trinn 1: Dele informasjon").id)


def test_delete_refused_while_coded_unless_forced_and_undoable(project: Project) -> None:
    transcript_id = _transcript(project)
    book = get_codebook(project)
    step1 = book.resolve("Trinn 1: Dele informasjon")
    add_coding(project, transcript_id, step1.id, 1, 0, 10)
    ladder = book.resolve("Samordningstrappen")
    with pytest.raises(ConflictError, match="1 coding"):
        delete_code(project, ladder.id)
    snapshot = delete_code(project, ladder.id, force=True)
    assert get_codebook(project).find("Samordningstrappen") is None
    assert codings_of_transcript(project, transcript_id) == []
    restore_codes(project, snapshot)
    book = get_codebook(project)
    assert book.resolve("Samordningstrappen/Trinn 1: Dele informasjon").id == step1.id
    assert [book[r].name for r in book.roots][-1] == "Samordningstrappen"
    assert [(c.code_id, c.start, c.end) for c in codings_of_transcript(project, transcript_id)] == [(step1.id, 0, 10)]


def test_delete_uncoded_code(project: Project) -> None:
    node = add_code(project, None, "Tom")
    delete_code(project, node.id)
    assert get_codebook(project).find("Tom") is None


def test_merge_moves_codings_joins_overlaps_of_the_same_coder_and_undoes(project: Project) -> None:
    transcript_id = _transcript(project)
    book = get_codebook(project)
    source, target = book.resolve("Trinn 1: Dele informasjon"), book.resolve("Trinn 2: Utvikle felles problemforståelse")
    add_coding(project, transcript_id, source.id, 1, 0, 20, memo="kilde")
    add_coding(project, transcript_id, target.id, 1, 15, 30, memo="mål")
    add_coding(project, transcript_id, target.id, 2, 5, 12)        # other coder: kept apart
    add_coding(project, transcript_id, source.id, 1, 100, 110)     # no overlap: kept
    kid = add_code(project, source.id, "Underkode")
    before = codings_of_transcript(project, transcript_id)
    snapshot = merge_codes(project, source.id, target.id)
    book = get_codebook(project)
    assert source.id not in book.nodes
    assert book[kid.id].parent_id == target.id
    after = sorted((c.code_id, c.coder_id, c.start, c.end, c.memo) for c in codings_of_transcript(project, transcript_id))
    assert after == [(target.id, 1, 0, 30, "kilde\n\nmål"), (target.id, 1, 100, 110, ""), (target.id, 2, 5, 12, "")]
    restore_codes(project, snapshot)
    book = get_codebook(project)
    assert book[source.id].position == 0 and book[kid.id].parent_id == source.id
    restored = sorted((c.id, c.code_id, c.start, c.end, c.memo) for c in codings_of_transcript(project, transcript_id))
    assert restored == sorted((c.id, c.code_id, c.start, c.end, c.memo) for c in before)


def test_merge_refuses_self_and_own_descendant(project: Project) -> None:
    book = get_codebook(project)
    ladder = book.resolve("Samordningstrappen")
    with pytest.raises(ConflictError):
        merge_codes(project, ladder.id, ladder.id)
    with pytest.raises(ConflictError, match="own sub-code"):
        merge_codes(project, ladder.id, ladder.children[0])
