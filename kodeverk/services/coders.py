"""The project's coders: list, add, rename and recolour (Qt-free; used by the desktop app)."""

from __future__ import annotations

from dataclasses import dataclass

from kodeverk.codebook.service import check_colour
from kodeverk.errors import ConflictError, NotFoundError, UsageError
from kodeverk.project import Project
from kodeverk.services.lookup import ensure_coder, initials_of
from kodeverk.storage import people
from kodeverk.storage.models import Coder


@dataclass(frozen=True)
class CoderInfo:
    """A coder as the app shows it: a name, a colour (#RRGGBB) and initials."""

    id: int
    name: str
    colour: str
    initials: str


def _info(coder: Coder) -> CoderInfo:
    return CoderInfo(coder.id, coder.name, coder.colour, coder.initials or initials_of(coder.name))


def list_coders(project: Project) -> list[CoderInfo]:
    """Every coder, by name."""
    with project.reading() as session:
        return [_info(c) for c in people.all_coders(session)]


def add_coder(project: Project, name: str, colour: str | None = None) -> CoderInfo:
    """Add a coder (refused if the name is taken, ignoring case)."""
    name = name.strip()
    if not name:
        raise UsageError("a coder needs a name")
    if colour is not None:
        colour = check_colour(colour)
    with project.transaction() as session:
        if any(c.name.casefold() == name.casefold() for c in people.all_coders(session)):
            raise ConflictError(f"a coder named {name!r} exists already")
        return _info(ensure_coder(session, name, colour))


def _get(session: object, coder_id: int) -> Coder:
    coder = session.get(Coder, coder_id)  # type: ignore[attr-defined]
    if coder is None:
        raise NotFoundError("coder", f"#{coder_id}")
    return coder


def rename_coder(project: Project, coder_id: int, name: str) -> CoderInfo:
    """Give a coder another name (and initials from it)."""
    name = name.strip()
    if not name:
        raise UsageError("a coder needs a name")
    with project.transaction() as session:
        if any(c.name.casefold() == name.casefold() and c.id != coder_id for c in people.all_coders(session)):
            raise ConflictError(f"a coder named {name!r} exists already")
        coder = _get(session, coder_id)
        coder.name, coder.initials = name, initials_of(name)
        session.flush()
        return _info(coder)


def recolour_coder(project: Project, coder_id: int, colour: str) -> CoderInfo:
    with project.transaction() as session:
        coder = _get(session, coder_id)
        coder.colour = check_colour(colour)
        session.flush()
        return _info(coder)
