"""Changing the codebook: add, rename, move, recolour, describe, merge, delete.

Each function is one transaction. Those the desktop app must undo return
what is needed to put things back (:class:`CodeSnapshot`), and
:func:`restore_codes` puts them back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from kodeverk.codebook.templates import CodeSpec
from kodeverk.codebook.tree import Codebook, CodeNode
from kodeverk.errors import ConflictError, NotFoundError, UsageError
from kodeverk.project import Project
from kodeverk.storage import codes as code_store
from kodeverk.storage import codings as coding_store
from kodeverk.storage.models import Code, Coding
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
DEFAULT_COLOURS = ("#E6194B", "#3CB44B", "#4363D8", "#F58231", "#911EB4", "#42D4F4", "#F032E6",
                   "#BFEF45", "#469990", "#9A6324", "#800000", "#808000", "#000075", "#A9A9A9")


@dataclass(frozen=True)
class CodeSnapshot:
    """Codes and codings as they were, to undo a delete or a merge."""

    codes: tuple[dict, ...] = ()
    codings: tuple[dict, ...] = ()
    reparented: tuple[tuple[int, int | None, int], ...] = ()  # (code id, old parent, old position)
    remove_coding_ids: tuple[int, ...] = field(default=())     # codings the change created


def load_codebook(session: Session) -> Codebook:
    """The codebook tree as stored now."""
    return Codebook.from_rows(code_store.all_codes(session))


def get_codebook(project: Project) -> Codebook:
    with project.reading() as session:
        return load_codebook(session)


def check_colour(colour: str) -> str:
    if not _COLOUR.match(colour):
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "colour {colour!r} is not of the form #RRGGBB"),
                                 colour=colour))
    return colour.upper()


def _check_name(book: Codebook, parent_id: int | None, name: str, except_id: int | None = None) -> str:
    name = name.strip()
    if not name:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "a code needs a name")))
    for sibling in book.siblings(parent_id):
        if sibling != except_id and book[sibling].name.casefold() == name.casefold():
            if parent_id:
                raise ConflictError(Message(QT_TRANSLATE_NOOP("CoreMessages", "a code named {name!r} exists already under {parent}"),
                                            name=book[sibling].name, parent=book[parent_id].path_string))
            raise ConflictError(Message(QT_TRANSLATE_NOOP("CoreMessages", "a code named {name!r} exists already under the top level"),
                                        name=book[sibling].name))
    return name


def _get(session: Session, code_id: int) -> Code:
    code = session.get(Code, code_id)
    if code is None:
        raise NotFoundError("code", f"#{code_id}")
    return code


def add_code_in(session: Session, parent_id: int | None, name: str, *, colour: str | None = None,
                description: str = "", position: int | None = None, uuid: str | None = None) -> Code:
    """Add a code inside an open session (used by templates, imports and merges)."""
    book = load_codebook(session)
    name = _check_name(book, parent_id, name)
    siblings = book.siblings(parent_id)
    if colour is None:
        colour = book[parent_id].colour if parent_id else DEFAULT_COLOURS[len(siblings) % len(DEFAULT_COLOURS)]
    code = Code(parent_id=parent_id, name=name, description=description, colour=check_colour(colour))
    if uuid:
        code.uuid = uuid
    if position is None or position >= len(siblings):
        code.position = len(siblings)
    else:
        code.position = max(position, 0)
        for index, sibling_id in enumerate(siblings[code.position:], start=code.position + 1):
            _get(session, sibling_id).position = index
    session.add(code)
    session.flush()
    return code


def add_specs(session: Session, specs: tuple[CodeSpec, ...], parent_id: int | None = None) -> None:
    """Add a tree of template codes under ``parent_id``."""
    for spec in specs:
        code = add_code_in(session, parent_id, spec.name, colour=spec.colour, description=spec.description)
        add_specs(session, spec.children, code.id)


def add_code(project: Project, parent_id: int | None, name: str, *, colour: str | None = None,
             description: str = "", position: int | None = None) -> CodeNode:
    """Add a code under ``parent_id`` (None: top level)."""
    with project.transaction() as session:
        if parent_id is not None:
            _get(session, parent_id)
        code_id = add_code_in(session, parent_id, name, colour=colour, description=description,
                              position=position).id
        return load_codebook(session)[code_id]


def add_code_by_path(project: Project, path: str, *, colour: str | None = None, description: str = "") -> CodeNode:
    """Add the code named by a full ``path`` whose parent exists (see ``Codebook.split_new_path``)."""
    parent, name = get_codebook(project).split_new_path(path)
    return add_code(project, parent.id if parent else None, name, colour=colour, description=description)


def rename_code(project: Project, code_id: int, name: str) -> CodeNode:
    with project.transaction() as session:
        code = _get(session, code_id)
        code.name = _check_name(load_codebook(session), code.parent_id, name, except_id=code_id)
        session.flush()
        return load_codebook(session)[code_id]


def recolour_code(project: Project, code_id: int, colour: str) -> CodeNode:
    with project.transaction() as session:
        _get(session, code_id).colour = check_colour(colour)
        session.flush()
        return load_codebook(session)[code_id]


def describe_code(project: Project, code_id: int, description: str) -> CodeNode:
    with project.transaction() as session:
        _get(session, code_id).description = description
        session.flush()
        return load_codebook(session)[code_id]


def set_shortcut(project: Project, code_id: int, shortcut: int | None) -> CodeNode:
    """Make the code favourite number ``shortcut`` (1–9), taking it from any other code."""
    if shortcut is not None and not 1 <= shortcut <= 9:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "a shortcut is a number from 1 to 9")))
    with project.transaction() as session:
        if shortcut is not None:
            for other in code_store.all_codes(session):
                if other.shortcut == shortcut and other.id != code_id:
                    other.shortcut = None
        _get(session, code_id).shortcut = shortcut
        session.flush()
        return load_codebook(session)[code_id]


def _move_in(session: Session, code_id: int, parent_id: int | None, position: int) -> None:
    book = load_codebook(session)
    code = _get(session, code_id)
    if parent_id is not None and book.is_ancestor(code_id, parent_id):
        raise ConflictError(Message(QT_TRANSLATE_NOOP("CoreMessages", "cannot move {code!r} into itself or its own sub-code"),
                                    code=book[code_id].path_string))
    _check_name(book, parent_id, code.name, except_id=code_id)
    order = [i for i in book.siblings(parent_id) if i != code_id]
    position = max(0, min(position, len(order)))
    order.insert(position, code_id)
    code.parent_id = parent_id
    for index, sibling_id in enumerate(order):
        _get(session, sibling_id).position = index
    if code.parent_id != book[code_id].parent_id:  # close the gap left behind
        for index, sibling_id in enumerate(i for i in book.siblings(book[code_id].parent_id) if i != code_id):
            _get(session, sibling_id).position = index


def move_code(project: Project, code_id: int, parent_id: int | None, position: int | None = None) -> CodeNode:
    """Re-parent and/or reorder a code (position among its new siblings; None: last)."""
    with project.transaction() as session:
        _move_in(session, code_id, parent_id, 10**9 if position is None else position)
        session.flush()
        return load_codebook(session)[code_id]


def _code_dict(code: Code) -> dict:
    return {k: getattr(code, k) for k in ("id", "uuid", "parent_id", "name", "description", "colour",
                                          "position", "shortcut")}


def coding_dict(coding: Coding) -> dict:
    """A coding's columns, to recreate it exactly."""
    return {k: getattr(coding, k) for k in ("id", "transcript_id", "code_id", "coder_id", "start", "end",
                                            "created", "memo")}


def delete_code(project: Project, code_id: int, *, force: bool = False) -> CodeSnapshot:
    """Delete a code and its sub-codes; refused while they have codings unless ``force``."""
    with project.transaction() as session:
        book = load_codebook(session)
        if code_id not in book.nodes:
            raise NotFoundError("code", f"#{code_id}")
        subtree = book.descendants(code_id)
        codings = [c for i in subtree for c in code_store.codings_of_code(session, i)]
        if codings and not force:
            raise ConflictError(Message(QT_TRANSLATE_NOOP("CoreMessages", "code {code!r} has %n coding(s) (with its sub-codes); merge it into another code, or delete with force", None, 1),
                                        code=book[code_id].path_string, n=len(codings)))
        snapshot = CodeSnapshot(codes=tuple(_code_dict(_get(session, i)) for i in subtree),
                                codings=tuple(coding_dict(c) for c in codings))
        for coding in codings:
            session.delete(coding)
        session.flush()
        for i in reversed(subtree):
            session.delete(_get(session, i))
            session.flush()
        parent_id = book[code_id].parent_id
        for index, sibling_id in enumerate(i for i in book.siblings(parent_id) if i != code_id):
            _get(session, sibling_id).position = index
        return snapshot


def merge_codes(project: Project, source_id: int, target_id: int) -> CodeSnapshot:
    """Merge ``source`` into ``target``: its codings and sub-codes move to the target.

    Overlapping or touching spans of the same coder in the same transcript
    are joined into one coding (memos kept, joined by a blank line).
    """
    from kodeverk.services.spans import join_overlapping

    with project.transaction() as session:
        book = load_codebook(session)
        if source_id == target_id:
            raise ConflictError(Message(QT_TRANSLATE_NOOP("CoreMessages", "cannot merge a code into itself")))
        for code_id in (source_id, target_id):
            if code_id not in book.nodes:
                raise NotFoundError("code", f"#{code_id}")
        if book.is_ancestor(source_id, target_id):
            raise ConflictError(Message(QT_TRANSLATE_NOOP("CoreMessages", "cannot merge {code!r} into its own sub-code"),
                                        code=book[source_id].path_string))
        before = code_store.codings_of_code(session, source_id) + code_store.codings_of_code(session, target_id)
        snapshot_codings = tuple(coding_dict(c) for c in before)
        reparented = tuple((kid, source_id, book[kid].position) for kid in book[source_id].children)
        for kid in book[source_id].children:
            _move_in(session, kid, target_id, 10**9)
        code_store.move_codings(session, source_id, target_id)
        session.expire_all()
        created = join_overlapping(session, code_store.codings_of_code(session, target_id))
        source = _get(session, source_id)
        snapshot = CodeSnapshot(codes=(_code_dict(source),), codings=snapshot_codings,
                                reparented=reparented, remove_coding_ids=tuple(created))
        session.delete(source)
        session.flush()
        for index, sibling_id in enumerate(i for i in book.siblings(book[source_id].parent_id) if i != source_id):
            _get(session, sibling_id).position = index
        return snapshot


def restore_codes(project: Project, snapshot: CodeSnapshot) -> None:
    """Undo :func:`delete_code` or :func:`merge_codes` from the snapshot they returned."""
    with project.transaction() as session:
        for coding_id in snapshot.remove_coding_ids:
            coding_store.delete_coding(session, coding_id)
        for data in snapshot.codes:  # parents come before children in a snapshot
            for sibling in code_store.children_of(session, data["parent_id"]):
                if sibling.position >= data["position"]:
                    sibling.position += 1
            session.add(Code(**data))
            session.flush()
        for code_id, parent_id, position in snapshot.reparented:
            code = _get(session, code_id)
            code.parent_id, code.position = parent_id, position
        wanted = {c["id"] for c in snapshot.codings}
        touched_codes = {c["code_id"] for c in snapshot.codings}
        for code_id in touched_codes:
            for coding in code_store.codings_of_code(session, code_id):
                if coding.id not in wanted:
                    session.delete(coding)
        session.flush()
        for data in snapshot.codings:
            existing = session.get(Coding, data["id"])
            if existing is None:
                session.add(Coding(**data))
            else:
                for key, value in data.items():
                    setattr(existing, key, value)
        session.flush()
        book = load_codebook(session)
        for parent_id in {c["parent_id"] for c in snapshot.codes}:
            siblings = sorted(book.siblings(parent_id), key=lambda i: (book[i].position, i))
            for index, sibling_id in enumerate(siblings):
                _get(session, sibling_id).position = index
