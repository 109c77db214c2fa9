"""Erasing an informant: the confirmation lists exactly what goes, and afterwards the bytes of the project
file (and its write-ahead log) hold none of the erased text; backups that still do are named and deletable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from kodeverk.cli.main import main
from kodeverk.codebook.service import get_codebook
from kodeverk.errors import NotFoundError, UsageError
from kodeverk.project import Project
from kodeverk.services.erase import delete_backups, erase_informant, plan_erase
from kodeverk.services.names import list_names
from kodeverk.services.transcripts import list_transcripts, transcript_text
from kodeverk.storage import backup
from kodeverk.storage.models import Informant, InformantAttribute, Memo, PersonName, Transcript

PSEUDONYM = "K3-07"


def _probes(text: str, others: list[str]) -> list[str]:
    """Independent of the service's own probes: a 24-character window every 300 characters."""
    joined = "\n".join(others)
    windows = [text[i:i + 24] for i in range(0, len(text) - 24, 300)]
    return [w for w in windows if w.strip() and w not in joined]


def _file_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def test_erase_leaves_no_byte_of_the_informant(sample_project_file: Path) -> None:
    path = sample_project_file
    with Project.open(path) as project:
        [target] = [t for t in list_transcripts(project) if t.informant == PSEUDONYM]
        erased_text = transcript_text(project, target.id)
        others = [transcript_text(project, t.id) for t in list_transcripts(project) if t.id != target.id]
        others += [node.description for node in get_codebook(project).nodes.values()]
        with project.transaction() as session:
            informant = session.scalars(select(Informant).where(Informant.pseudonym == PSEUDONYM)).one()
            session.add(InformantAttribute(informant_id=informant.id, key="ansiennitet", value="Elleve år i KDD"))
            session.add(Memo(transcript_id=target.id, title="Om intervjuet", text="Informanten var travel."))
            session.add(Memo(title="Notat", text=f"Spør {PSEUDONYM} om vannprosjektet igjen."))
            session.add(Memo(title="Annet", text="Dette notatet handler om noe annet."))
        plan = plan_erase(project, PSEUDONYM)
        assert plan.transcripts == ((target.name, target.characters, target.codings),)
        assert plan.real_name == "Liv Aasheim" and plan.names == ("Liv Aasheim",)
        assert plan.attributes == (("ansiennitet", "Elleve år i KDD"),)
        assert [title for _id, title in plan.memos] == ["Om intervjuet", "Notat"]
        assert any("transcript" in line and target.name in line for line in plan.lines())
        assert len(list_transcripts(project)) == 10  # planning changed nothing
        probes = _probes(erased_text, others)
        assert len(probes) > 20
        assert any(p.encode() in _file_bytes(path) for p in probes)  # the text is in the file before

        result = erase_informant(project, PSEUDONYM)
        assert result.clean and result.scanned
        assert [t.name for t in list_transcripts(project)] == [t.name for t in list_transcripts(project)
                                                              if t.informant != PSEUDONYM]
        assert len(list_transcripts(project)) == 9
        assert "Liv Aasheim" not in [n.name for n in list_names(project)]
        with project.reading() as session:
            memos = [m.title for m in session.scalars(select(Memo))]
        assert memos == ["Annet"]
        with pytest.raises(NotFoundError):
            plan_erase(project, PSEUDONYM)
    data = _file_bytes(path)
    for probe in probes + ["Liv Aasheim", "Elleve år i KDD", "vannprosjektet", PSEUDONYM]:
        assert probe.encode() not in data, probe
    # the backup taken when the project was opened still holds the data: it is named, and can be deleted
    assert result.backups and all(p.parent == backup.backup_dir(path) for p in result.backups)
    assert any(probes[0].encode() in p.read_bytes() for p in result.backups)
    deleted = delete_backups(path, list(result.backups))
    assert deleted and not any(p.exists() for p in deleted)
    with pytest.raises(UsageError, match="not a backup"):
        delete_backups(path, [path])


def test_a_name_others_mention_stays_masked(project: Project) -> None:
    with project.transaction() as session:
        mine = Informant(pseudonym="K1-01", real_name="Tone Haugerud")
        session.add(mine)
        session.flush()
        session.add(PersonName(name="Tone Haugerud", informant_id=mine.id))
        session.add(Transcript(name="Hennes", text="R: Jeg leder gruppen.", sha256="a", informant_id=mine.id))
        session.add(Transcript(name="Annen", text="R: Tone Haugerud leder gruppen.", sha256="b"))
    plan = plan_erase(project, "K1-01")
    assert plan.names_kept == (("Tone Haugerud", "Annen"),)
    assert any("stays on the name list" in line for line in plan.lines())
    erase_informant(project, "K1-01")
    assert [(n.name, n.source) for n in list_names(project)] == [("Tone Haugerud", "added")]


def test_cli_lists_first_then_erases(sample_project_file: Path, capsys) -> None:
    path = sample_project_file
    before = path.read_bytes()
    assert main(["erase", str(path), "--informant", PSEUDONYM]) == 0
    out = capsys.readouterr().out
    assert "would erase:" in out and "Liv Aasheim" in out and "nothing was changed" in out
    assert path.read_bytes() == before
    assert main(["erase", str(path), "--informant", "K9-99"]) == 2
    assert "no informant named 'K9-99'" in capsys.readouterr().err
    assert main(["erase", str(path), "--informant", PSEUDONYM, "--delete-backups"]) == 2
    capsys.readouterr()
    assert main(["erase", str(path), "--informant", PSEUDONYM, "--yes", "--delete-backups", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["erased"] and data["clean"] and data["backups_deleted"]
    assert data["transcripts"][0]["codings"] > 0
    assert not any(Path(p).exists() for p in data["backups_deleted"])
    assert b"Liv Aasheim" not in _file_bytes(path)
