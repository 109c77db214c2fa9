"""Parts of a REFI-QDA project Kodeverk has no place for, read only so that the report can name each one.

* ``Links/Link``: a relation between two things (codes, passages, sources,
  notes) drawn in the other tool. One report line per link, naming its two
  ends as the researcher knows them (a code's path, a source's name, a
  passage's source and position).
* ``Graphs/Graph``: a network view (vertices and edges on a canvas). One
  report line per graph, with its counts.
* Sets' members that are codes or notes (Kodeverk keeps sets of transcripts
  as phases and groups only).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from lxml import etree

from kodeverk.refi.guids import guid_key
from kodeverk.refi.xml import attr, kid, kids

if TYPE_CHECKING:
    from kodeverk.refi.reader import RefiProject


@dataclass(frozen=True)
class RefiLink:
    name: str
    origin_key: str
    target_key: str
    direction: str
    line: int | None


@dataclass(frozen=True)
class RefiGraph:
    name: str
    vertices: int
    edges: int
    line: int | None


def read_links(root: etree._Element) -> list[RefiLink]:
    return [RefiLink((attr(e, "name") or "").strip(), guid_key(attr(e, "originGUID")),
                     guid_key(attr(e, "targetGUID")), (attr(e, "direction") or "").strip(), e.sourceline)
            for e in kids(kid(root, "Links"), "Link")]


def read_graphs(root: etree._Element) -> list[RefiGraph]:
    return [RefiGraph((attr(e, "name") or "").strip(), sum(1 for _ in kids(e, "Vertex")),
                      sum(1 for _ in kids(e, "Edge")), e.sourceline)
            for e in kids(kid(root, "Graphs"), "Graph")]


def _labels(refi: RefiProject) -> dict[str, str]:
    """How the report names what a GUID points at: codes, sources, passages, notes, cases, sets."""
    labels: dict[str, str] = {}
    for root in refi.codes:
        for path, code in root.walk():
            labels.setdefault(code.key, f"code {'/'.join(path)!r}")
    for src in refi.sources:
        labels.setdefault(src.key, f"source {src.name!r}")
        for selection in src.selections:
            labels.setdefault(selection.guid, f"the passage [{selection.start}, {selection.end}) of {src.name!r}")
    for key, note in refi.notes.items():
        labels.setdefault(key, f"note {note.name!r}")
    for case in refi.cases:
        labels.setdefault(case.key, f"case {case.name!r}")
    for entry in refi.sets:
        labels.setdefault(entry.key, f"set {entry.name!r}")
    return labels


def _at(line: int | None) -> str:
    return f" (line {line})" if line else ""


def untaken_lines(refi: RefiProject) -> list[str]:
    """One line for each link, graph and set member Kodeverk does not take (module docstring)."""
    lines: list[str] = []
    labels = _labels(refi) if refi.links else {}
    for link in refi.links:
        name = f"link {link.name!r}" if link.name else "a link"
        ends = [labels.get(key, f"something not in the file ({key})" if key else "nothing")
                for key in (link.origin_key, link.target_key)]
        arrow = "↔" if link.direction.casefold() == "bidirectional" else "→" if link.direction else "–"
        lines.append(f"{name}{_at(link.line)}: {ends[0]} {arrow} {ends[1]}; Kodeverk has no links "
                     "(write it into a code's description or a memo)")
    for graph in refi.graphs:
        name = f"graph {graph.name!r}" if graph.name else "a graph"
        lines.append(f"{name}{_at(graph.line)} with {graph.vertices} vertices and {graph.edges} edges; "
                     "Kodeverk has no network views")
    for entry in refi.sets:
        if entry.other_members:
            lines.append(f"set {entry.name!r}{_at(entry.line)}: its {entry.other_members} member code(s) or "
                         "note(s) (Kodeverk keeps sets of transcripts only, as phases and groups)")
    return lines
