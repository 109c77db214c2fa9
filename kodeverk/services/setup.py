"""What a new project starts with: metadata, phases, groups and a codebook template."""

from __future__ import annotations

from sqlalchemy.orm import Session

from kodeverk import reference
from kodeverk.codebook.service import add_specs
from kodeverk.codebook.templates import load_template
from kodeverk.storage.models import Group, Phase, ProjectInfo


def seed_new_project(session: Session, *, name: str, template: str, app_version: str) -> None:
    """Fill an empty, migrated database with a new project's starting data."""
    specs = load_template(template)
    session.add(ProjectInfo(id=1, name=name, app_version=app_version, template=template))
    for position, phase in enumerate(reference.PHASES):
        session.add(Phase(name=phase.name, description=phase.description, position=position))
    for position, group in enumerate(reference.GROUPS):
        session.add(Group(name=group.short_name, full_name=group.full_name, lead_ministry=group.lead or "",
                          aliases=[n for n in group.names if n != group.short_name], position=position))
    session.flush()
    add_specs(session, specs)
