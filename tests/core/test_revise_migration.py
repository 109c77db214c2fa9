"""A project made at schema 0001 (before guides and the review list) is backed up, then migrated, on open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from kodeverk.guides.service import add_guide, list_guides
from kodeverk.project import Project
from kodeverk.revision.review import list_lost
from kodeverk.storage import backup, schema
from kodeverk.storage.engine import sqlite_engine


def _tables(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        connection.close()


def test_project_at_0001_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "gammel.kodeverk"
    engine = sqlite_engine(path)
    with engine.begin() as connection:
        command.upgrade(schema.alembic_config(connection), "0001")
        connection.exec_driver_sql("INSERT INTO project (id, name, created, app_version) "
                                   "VALUES (1, 'gammel', '2024-01-01 00:00:00', '0.1')")
        connection.exec_driver_sql("INSERT INTO coder (uuid, name, colour, initials) VALUES ('u1', 'Ingrid', "
                                   "'#000000', 'IN')")
    engine.dispose()
    assert schema.current_revision(sqlite_engine(path)) == "0001"
    assert "guide" not in _tables(path)

    with Project.open(path) as project:
        assert project.migrated_from == "0001"
        assert schema.current_revision(project.engine) == schema.head_revision() == "0002"
        assert list_guides(project) == [] and list_lost(project) == []
        add_guide(project, "Kort guide", ["Hva gjør dere?", "Hvordan går det?"])
        assert [g.name for g in list_guides(project)] == ["Kort guide"]

    upgrade_backups = [p for p in backup.list_backups(path) if "before-upgrade-0001" in p.name]
    assert len(upgrade_backups) == 1
    kept = upgrade_backups[0]
    assert {"guide", "guide_question", "lost_coding"}.isdisjoint(_tables(kept))
    connection = sqlite3.connect(kept)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert connection.execute("SELECT name FROM coder").fetchall() == [("Ingrid",)]
    finally:
        connection.close()
    assert {"guide", "guide_question", "lost_coding"} <= _tables(path)
