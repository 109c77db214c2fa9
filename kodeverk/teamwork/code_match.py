"""Matching a codebook onto the project's: by UUID, else by full path; the rest adopted (or chosen otherwise).

Used by a merge of coder copies (:mod:`kodeverk.teamwork.merge`), and by the
REFI-QDA and codebook imports. An adopted code is created under its matched
parent with the same UUID, colour and description, and comes with rapidfuzz
suggestions of existing codes (that matched nothing) it may be a renamed twin of.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlalchemy.orm import Session

from kodeverk.codebook.service import add_code_in, load_codebook
from kodeverk.codebook.tree import Codebook
from kodeverk.errors import KodeverkError, UsageError
from kodeverk.messages import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True)
class CodeMatch:
    """A code of the other file: ``how`` is uuid, path, adopted, mapped (by choice) or left out (by choice).

    ``suggestions``: existing codes an adopted one may be a renamed twin of.
    """

    other_path: str
    path: str
    how: str
    suggestions: tuple[str, ...] = ()

    @property
    def renamed(self) -> bool:
        return self.how == "uuid" and self.other_path != self.path

    def as_json(self) -> dict:
        return {"other": self.other_path, "project": self.path, "how": self.how, "renamed": self.renamed,
                "suggestions": list(self.suggestions)}


def match_codes(other: Codebook, target: Session) -> tuple[list[CodeMatch], dict[int, int]]:
    """Match every code of ``other`` to the codebook in the open session ``target`` (by UUID, else
    path), adopting the missing ones; returns the matches and other code id -> project code id.

    The same matching as a merge; public for the REFI-QDA and codebook imports. A code of
    ``other`` without a colour (``""``) gets a default one when adopted.
    """
    return match_codes_choosing(other, target)


def match_codes_choosing(other: Codebook, target: Session, wanted: Mapping[str, str | None] | None = None
                         ) -> tuple[list[CodeMatch], dict[int, int | None]]:
    """Match every code of ``other`` (parents first), adopting the missing ones unless ``wanted`` says otherwise.

    ``wanted``: other path -> an existing code's path to merge into, or None to leave it out.
    """
    wanted = wanted or {}
    book = load_codebook(target)
    by_uuid = {node.uuid: node for node in book.nodes.values()}
    by_path = {node.path_string.casefold(): node for node in book.nodes.values()}
    original_paths = {node.id: node.path_string for node in book.nodes.values()}
    mapping: dict[int, int | None] = {}
    used: set[int] = set()
    result = []
    for node in other.walk():
        mine = by_uuid.get(node.uuid)
        how = "uuid"
        if mine is None:
            mine, how = by_path.get(node.path_string.casefold()), "path"
        if mine is not None:
            mapping[node.id] = mine.id
            used.add(mine.id)
            result.append(CodeMatch(node.path_string, mine.path_string, how))
            continue
        parent_id = mapping[node.parent_id] if node.parent_id is not None else None
        chosen = wanted.get(node.path_string, "")
        if chosen is None or (node.parent_id is not None and parent_id is None):
            mapping[node.id] = None
            result.append(CodeMatch(node.path_string, "", "left out"))
            continue
        if chosen:
            try:
                into = book.resolve(chosen)
            except KodeverkError as exc:
                raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "cannot merge code {code!r} into {chosen!r}: {problem}"),
                                         code=node.path_string, chosen=chosen, problem=exc.message)) from exc
            mapping[node.id] = into.id
            used.add(into.id)
            result.append(CodeMatch(node.path_string, into.path_string, "mapped"))
            continue
        made = add_code_in(target, parent_id, node.name, colour=node.colour or None, description=node.description,
                           uuid=node.uuid)
        mapping[node.id] = made.id
        book = load_codebook(target)
        by_path[book[made.id].path_string.casefold()] = book[made.id]
        result.append(CodeMatch(node.path_string, book[made.id].path_string, "adopted"))
    # suggestions: existing codes that matched nothing of the other file may be renamed twins
    choices = {i: p for i, p in original_paths.items() if i not in used}
    for index, match in enumerate(result):
        if match.how == "adopted" and choices:
            found = process.extract(match.other_path, choices, scorer=fuzz.WRatio, limit=3, score_cutoff=70)
            result[index] = CodeMatch(match.other_path, match.path, "adopted", tuple(p for p, _s, _i in found))
    return result, mapping
