"""The project's list of core groups (user-editable) and its phases."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kodeverk.errors import ConflictError, UsageError
from kodeverk.importing.matching import GroupName
from kodeverk.project import Project
from kodeverk.storage import people
from kodeverk.storage.models import Group
from kodeverk.messages import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True)
class GroupInfo:
    id: int
    name: str
    full_name: str
    lead_ministry: str
    aliases: tuple[str, ...]
    position: int


def group_names(groups: Iterable[Group]) -> tuple[GroupName, ...]:
    """The matching entries for stored groups (name plus full name and aliases)."""
    return tuple(GroupName(g.name, tuple(a for a in (g.full_name, *(g.aliases or ())) if a)) for g in groups)


def _info(group: Group) -> GroupInfo:
    return GroupInfo(group.id, group.name, group.full_name, group.lead_ministry, tuple(group.aliases or ()),
                     group.position)


def list_groups(project: Project) -> list[GroupInfo]:
    with project.reading() as session:
        return [_info(g) for g in people.all_groups(session)]


def add_group(project: Project, name: str, *, full_name: str = "", lead_ministry: str = "",
              aliases: Iterable[str] = ()) -> GroupInfo:
    """Add a group at the end of the list."""
    name = name.strip()
    if not name:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "a group needs a name")))
    with project.transaction() as session:
        existing = people.all_groups(session)
        if any(g.name.casefold() == name.casefold() for g in existing):
            raise ConflictError(Message(QT_TRANSLATE_NOOP("CoreMessages", "a group named {name!r} exists already"),
                                        name=name))
        group = Group(name=name, full_name=full_name, lead_ministry=lead_ministry, aliases=list(aliases),
                      position=len(existing))
        session.add(group)
        session.flush()
        return _info(group)


def list_phases(project: Project) -> list[str]:
    with project.reading() as session:
        return [p.name for p in people.all_phases(session)]
