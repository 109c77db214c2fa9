"""The project's coders: list, find, add, rename, recolour, set initials, remove (Qt-free; app and command line).

:func:`remove_coder` returns a :class:`CoderSnapshot` that :func:`restore_coder`
puts back exactly (same id, uuid, colour and initials), so that the app can undo
and redo adding a coder.
"""

from __future__ import annotations

from dataclasses import dataclass

from kodeverk.codebook.service import check_colour
from kodeverk.errors import ConflictError, NotFoundError, UsageError
from kodeverk.project import Project
from kodeverk.services.lookup import ensure_coder, find_coder, initials_of
from kodeverk.storage import people
from kodeverk.storage.models import Coder
from kodeverk.messages import QT_TRANSLATE_NOOP, Message, joined


@dataclass(frozen=True)
class CoderInfo:
    """A coder as the app shows it: a name, a colour (#RRGGBB) and initials."""

    id: int
    name: str
    colour: str
    initials: str

    def as_json(self) -> dict:
        return {"id": self.id, "name": self.name, "colour": self.colour, "initials": self.initials}


@dataclass(frozen=True)
class CoderSnapshot:
    """Everything stored about a coder, to put a removed one back as it was."""

    id: int
    uuid: str
    name: str
    colour: str
    initials: str  # as stored ('' when made from the name)

    @property
    def info(self) -> CoderInfo:
        return CoderInfo(self.id, self.name, self.colour, self.initials or initials_of(self.name))


def _info(coder: Coder) -> CoderInfo:
    return CoderInfo(coder.id, coder.name, coder.colour, coder.initials or initials_of(coder.name))


def list_coders(project: Project) -> list[CoderInfo]:
    """Every coder, by name."""
    with project.reading() as session:
        return [_info(c) for c in people.all_coders(session)]


def coder_named(project: Project, name: str) -> CoderInfo:
    """The coder called ``name`` (a miss suggests the nearest names)."""
    with project.reading() as session:
        return _info(find_coder(session, name.strip()))


def add_coder(project: Project, name: str, colour: str | None = None) -> CoderInfo:
    """Add a coder (refused if the name is taken, ignoring case)."""
    name = name.strip()
    if not name:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "a coder needs a name")))
    if colour is not None:
        colour = check_colour(colour)
    with project.transaction() as session:
        if any(c.name.casefold() == name.casefold() for c in people.all_coders(session)):
            raise ConflictError(Message(QT_TRANSLATE_NOOP("CoreMessages", "a coder named {name!r} exists already"),
                                        name=name))
        return _info(ensure_coder(session, name, colour))


def _get(session: object, coder_id: int) -> Coder:
    coder = session.get(Coder, coder_id)  # type: ignore[attr-defined]
    if coder is None:
        raise NotFoundError("coder", f"#{coder_id}")
    return coder


def rename_coder(project: Project, coder_id: int, name: str) -> CoderInfo:
    """Give a coder another name; initials made from the old name follow the new one, chosen ones stay."""
    name = name.strip()
    if not name:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "a coder needs a name")))
    with project.transaction() as session:
        if any(c.name.casefold() == name.casefold() and c.id != coder_id for c in people.all_coders(session)):
            raise ConflictError(Message(QT_TRANSLATE_NOOP("CoreMessages", "a coder named {name!r} exists already"),
                                        name=name))
        coder = _get(session, coder_id)
        if not coder.initials or coder.initials == initials_of(coder.name):
            coder.initials = initials_of(name)
        coder.name = name
        session.flush()
        return _info(coder)


def recolour_coder(project: Project, coder_id: int, colour: str) -> CoderInfo:
    with project.transaction() as session:
        coder = _get(session, coder_id)
        coder.colour = check_colour(colour)
        session.flush()
        return _info(coder)


MAX_INITIALS = 3


def set_coder_initials(project: Project, coder_id: int, initials: str) -> CoderInfo:
    """Set the letters that mark a coder's codings (1–3 letters or digits, shown in capitals)."""
    initials = initials.strip().upper()
    if not 1 <= len(initials) <= MAX_INITIALS or not initials.isalnum():
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "initials are 1–{most} letters or digits, not {initials!r}"),
                                 most=MAX_INITIALS, initials=initials))
    with project.transaction() as session:
        coder = _get(session, coder_id)
        coder.initials = initials
        session.flush()
        return _info(coder)


def remove_coder(project: Project, coder_id: int) -> CoderSnapshot:
    """Remove a coder who has nothing in the project yet.

    Refused (:class:`ConflictError`, nothing changed) while any coding, lost
    coding or memo is theirs: those are never removed along with a coder.
    """
    with project.transaction() as session:
        coder = _get(session, coder_id)
        codings, lost, memos = people.coder_usage(session, coder_id)
        owned = [message for count, message in (
            (codings, Message(QT_TRANSLATE_NOOP("CoreMessages", "%n coding(s)", None, 1), n=codings)),
            (lost, Message(QT_TRANSLATE_NOOP("CoreMessages", "%n lost coding(s)", None, 1), n=lost)),
            (memos, Message(QT_TRANSLATE_NOOP("CoreMessages", "%n memo(s)", None, 1), n=memos))) if count]
        if owned:
            raise ConflictError(Message(QT_TRANSLATE_NOOP("CoreMessages", "coder {coder!r} has {owned}; only a coder with none can be removed"),
                                        coder=coder.name, owned=joined(", ", owned)))
        snapshot = CoderSnapshot(coder.id, coder.uuid, coder.name, coder.colour, coder.initials or "")
        session.delete(coder)
        session.flush()
        return snapshot


def restore_coder(project: Project, snapshot: CoderSnapshot) -> CoderInfo:
    """Put a removed coder back as they were (refused if the name or the id is taken meanwhile)."""
    with project.transaction() as session:
        if session.get(Coder, snapshot.id) is not None:
            raise ConflictError(Message(QT_TRANSLATE_NOOP("CoreMessages", "cannot bring back coder {coder!r}: another coder took its place"),
                                        coder=snapshot.name))
        if any(c.name.casefold() == snapshot.name.casefold() for c in people.all_coders(session)):
            raise ConflictError(Message(QT_TRANSLATE_NOOP("CoreMessages", "a coder named {name!r} exists already"),
                                        name=snapshot.name))
        coder = Coder(id=snapshot.id, uuid=snapshot.uuid, name=snapshot.name, colour=snapshot.colour,
                      initials=snapshot.initials)
        session.add(coder)
        session.flush()
        return _info(coder)
