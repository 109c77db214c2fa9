"""Previewing an import batch and carrying the user's corrections into it (Qt-free).

:func:`preview_import` lists, per file, the metadata the manifest gives and how
each value matches the project's lists. The user may correct phase and groups;
:func:`write_corrected_manifest` writes the corrected rows as a manifest CSV
that :func:`kodeverk.importing.service.import_files` then reads as usual.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kodeverk.errors import KodeverkError
from kodeverk.importing.manifest import Manifest, read_manifest
from kodeverk.importing.matching import Match, match_group, match_ministry, match_phase, match_role
from kodeverk.importing.service import collect_files
from kodeverk.project import Project
from kodeverk.services.groups import group_names
from kodeverk.storage import people


@dataclass
class PlannedFile:
    """One file of a batch with its metadata; ``phase`` and ``groups`` are what will be imported."""

    path: Path
    title: str = ""
    phase: str = ""
    groups: list[str] = field(default_factory=list)
    informant: str = ""
    ministry: str = ""
    role: str = ""
    date: str = ""
    in_manifest: bool = False
    matches: dict[str, Match | list[Match]] = field(default_factory=dict)
    problem: str = ""


def _project_lists(project: Project) -> tuple[list[str], tuple]:
    with project.reading() as session:
        return [p.name for p in people.all_phases(session)], group_names(people.all_groups(session))


def preview_import(project: Project, paths: Iterable[Path | str], manifest_path: Path | None) -> \
        tuple[list[PlannedFile], Sequence[str]]:
    """The files ``paths`` name, each with its manifest metadata matched; plus the manifest's warnings."""
    manifest: Manifest | None = read_manifest(manifest_path) if manifest_path else None
    phases, groups = _project_lists(project)
    planned = []
    for path in collect_files(paths):
        item = PlannedFile(path=path)
        try:
            row = manifest.row_for(path.name) if manifest else None
        except KodeverkError as exc:
            item.problem, row = exc.message, None
        if row is not None:
            item.in_manifest = True
            item.title = row.title or ""
            item.informant = row.informant or ""
            item.date = row.date.isoformat() if row.date else ""
            if row.phase:
                match = match_phase(row.phase, phases)
                item.matches["phase"] = match
                item.phase = match.value or row.phase
            group_matches = [match_group(raw, groups) for raw in row.groups]
            item.matches["groups"] = group_matches
            item.groups = [m.value or m.raw for m in group_matches]
            if row.ministry:
                item.matches["ministry"] = match_ministry(row.ministry)
                item.ministry = item.matches["ministry"].value or row.ministry  # type: ignore[union-attr]
            if row.role:
                item.matches["role"] = match_role(row.role)
                item.role = item.matches["role"].value or row.role  # type: ignore[union-attr]
        planned.append(item)
    return planned, manifest.warnings if manifest else ()


def write_corrected_manifest(planned: Sequence[PlannedFile], manifest_path: Path | None, target: Path) -> Path:
    """Write the manifest with the user's phase and groups per file to ``target`` (CSV, ``;``).

    Rows of files not in the original manifest get only the corrected phase and groups.
    """
    manifest = read_manifest(manifest_path) if manifest_path else None
    header = ["file", "title", "phase", "groups", "informant", "ministry", "role", "date", "real name", "manager"]
    extra: list[str] = []
    rows = []
    for item in planned:
        row = manifest.row_for(item.path.name) if manifest else None
        attributes = dict(row.attributes) if row else {}
        for key in attributes:
            if key not in extra:
                extra.append(key)
        manager = "" if row is None or row.is_manager is None else ("yes" if row.is_manager else "no")
        rows.append({"file": item.path.name, "title": (row.title if row else "") or "", "phase": item.phase,
                     "groups": "|".join(item.groups), "informant": (row.informant if row else "") or "",
                     "ministry": (row.ministry if row else "") or "", "role": (row.role if row else "") or "",
                     "date": row.date.isoformat() if row and row.date else "",
                     "real name": (row.real_name if row else "") or "", "manager": manager, **attributes})
    with open(target, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header + extra, delimiter=",", quoting=csv.QUOTE_ALL)
        writer.writeheader()
        writer.writerows(rows)
    return target
