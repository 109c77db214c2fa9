"""The codebook as an immutable tree, and finding a code by its path.

A code PATH is the names from the root joined by ``/``
(``Samordningstrappen/Trinn 1: Dele informasjon``). A name may itself contain
``/`` (``Trinn 4: Utvikle felles plan/tiltak``), so paths are matched whole,
never split. A unique name alone also works; a miss suggests the nearest.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from kodeverk.errors import AmbiguousError, NotFoundError
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

SEPARATOR = "/"


@dataclass(frozen=True)
class CodeNode:
    """One code with its place in the tree."""

    id: int
    uuid: str
    parent_id: int | None
    name: str
    description: str
    colour: str
    position: int
    shortcut: int | None
    path: tuple[str, ...]
    children: tuple[int, ...]

    @property
    def path_string(self) -> str:
        return SEPARATOR.join(self.path)

    @property
    def depth(self) -> int:
        return len(self.path) - 1


class Codebook:
    """All codes of a project, as a tree; built from rows by :meth:`from_rows`."""

    def __init__(self, nodes: dict[int, CodeNode], roots: tuple[int, ...]):
        self.nodes = nodes
        self.roots = roots

    @classmethod
    def from_rows(cls, rows: Iterable[object]) -> Codebook:
        """Build from objects with id, uuid, parent_id, name, description, colour, position, shortcut."""
        rows = sorted(rows, key=lambda r: (r.position, r.id))  # type: ignore[attr-defined]
        by_parent: dict[int | None, list[object]] = {}
        for row in rows:
            by_parent.setdefault(row.parent_id, []).append(row)  # type: ignore[attr-defined]
        nodes: dict[int, CodeNode] = {}

        def build(row: object, prefix: tuple[str, ...]) -> None:
            path = prefix + (row.name,)  # type: ignore[attr-defined]
            kids = by_parent.get(row.id, [])  # type: ignore[attr-defined]
            nodes[row.id] = CodeNode(  # type: ignore[attr-defined]
                id=row.id, uuid=row.uuid, parent_id=row.parent_id, name=row.name,  # type: ignore[attr-defined]
                description=row.description, colour=row.colour, position=row.position,  # type: ignore[attr-defined]
                shortcut=row.shortcut, path=path, children=tuple(k.id for k in kids))  # type: ignore[attr-defined]
            for kid in kids:
                build(kid, path)

        for root in by_parent.get(None, []):
            build(root, ())
        roots = tuple(r.id for r in by_parent.get(None, []))  # type: ignore[attr-defined]
        return cls(nodes, roots)

    def __len__(self) -> int:
        return len(self.nodes)

    def __getitem__(self, code_id: int) -> CodeNode:
        return self.nodes[code_id]

    def walk(self, start: Iterable[int] | None = None) -> Iterator[CodeNode]:
        """Every code depth-first in codebook order (from ``start``, default the roots)."""
        stack = list(reversed(tuple(self.roots if start is None else start)))
        while stack:
            node = self.nodes[stack.pop()]
            yield node
            stack.extend(reversed(node.children))

    def descendants(self, code_id: int, *, include_self: bool = True) -> list[int]:
        """Ids of the code's subtree, depth-first."""
        ids = [node.id for node in self.walk([code_id])]
        return ids if include_self else ids[1:]

    def is_ancestor(self, ancestor_id: int, code_id: int | None) -> bool:
        """True if ``ancestor_id`` is ``code_id`` or above it."""
        while code_id is not None:
            if code_id == ancestor_id:
                return True
            code_id = self.nodes[code_id].parent_id
        return False

    def siblings(self, parent_id: int | None) -> tuple[int, ...]:
        return self.roots if parent_id is None else self.nodes[parent_id].children

    def find(self, path: str) -> CodeNode | None:
        """The code at ``path`` exactly, or None."""
        for node in self.nodes.values():
            if node.path_string == path:
                return node
        return None

    def resolve(self, path: str) -> CodeNode:
        """The code a user means by ``path`` (full path, or a unique name), else a helpful error."""
        wanted = path.strip()
        exact = self.find(wanted)
        if exact:
            return exact
        folded = wanted.casefold()
        for candidates in (
            [n for n in self.nodes.values() if n.path_string.casefold() == folded],
            [n for n in self.nodes.values() if n.name == wanted],
            [n for n in self.nodes.values() if n.name.casefold() == folded],
        ):
            if len(candidates) == 1:
                return candidates[0]
            if len(candidates) > 1:
                paths = ", ".join(repr(n.path_string) for n in candidates)
                raise AmbiguousError(Message(QT_TRANSLATE_NOOP("CoreMessages", "code {code!r} is ambiguous: give the full path, one of {paths}"),
                                             code=wanted, paths=paths))
        raise NotFoundError("code", wanted, self.suggest(wanted))

    def suggest(self, text: str, limit: int = 3) -> list[str]:
        """Full paths of the codes nearest to ``text``."""
        choices = {node.id: node.path_string for node in self.nodes.values()}
        names = {node.id: node.name for node in self.nodes.values()}
        scored: dict[int, float] = {}
        for table in (choices, names):
            for _, score, code_id in process.extract(text, table, scorer=fuzz.WRatio, limit=limit, score_cutoff=55):
                scored[code_id] = max(scored.get(code_id, 0.0), score)
        best = sorted(scored, key=lambda i: -scored[i])[:limit]
        return [choices[i] for i in best]

    def split_new_path(self, path: str) -> tuple[CodeNode | None, str]:
        """Split ``path`` of a code to be created into (existing parent or None, new name).

        The longest prefix that is an existing code's path is the parent; the
        rest, slashes and all, is the new name.
        """
        cut = len(path)
        while True:
            cut = path.rfind(SEPARATOR, 0, cut)
            if cut <= 0:
                return None, path.strip()
            parent = self.find(path[:cut])
            if parent is not None:
                return parent, path[cut + 1:].strip()
