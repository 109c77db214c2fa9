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

from kodeverk.messages import QT_TRANSLATE_NOOP, Message
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


def _labels(refi: RefiProject) -> dict[str, Message]:
    """How the report names what a GUID points at: codes, sources, passages, notes, cases, sets."""
    labels: dict[str, Message] = {}
    for root in refi.codes:
        for path, code in root.walk():
            labels.setdefault(code.key, Message(QT_TRANSLATE_NOOP("CoreMessages", "code {path!r}"), path="/".join(path)))
    for src in refi.sources:
        labels.setdefault(src.key, Message(QT_TRANSLATE_NOOP("CoreMessages", "source {name!r}"), name=src.name))
        for selection in src.selections:
            labels.setdefault(selection.guid, Message(
                QT_TRANSLATE_NOOP("CoreMessages", "the passage [{start}, {end}) of {source!r}"),
                start=selection.start, end=selection.end, source=src.name))
    for key, note in refi.notes.items():
        labels.setdefault(key, Message(QT_TRANSLATE_NOOP("CoreMessages", "note {name!r}"), name=note.name))
    for case in refi.cases:
        labels.setdefault(case.key, Message(QT_TRANSLATE_NOOP("CoreMessages", "case {name!r}"), name=case.name))
    for entry in refi.sets:
        labels.setdefault(entry.key, Message(QT_TRANSLATE_NOOP("CoreMessages", "set {name!r}"), name=entry.name))
    return labels


def set_label(name: str, line: int | None) -> Message:
    """``set 'KUBU' (line 12)``: a set as the report names it."""
    if line:
        return Message(QT_TRANSLATE_NOOP("CoreMessages", "set {name!r} (line {line})"), name=name, line=line)
    return Message(QT_TRANSLATE_NOOP("CoreMessages", "set {name!r}"), name=name)


def _link_label(link: RefiLink) -> Message:
    if link.name and link.line:
        return Message(QT_TRANSLATE_NOOP("CoreMessages", "link {name!r} (line {line})"), name=link.name, line=link.line)
    if link.name:
        return Message(QT_TRANSLATE_NOOP("CoreMessages", "link {name!r}"), name=link.name)
    if link.line:
        return Message(QT_TRANSLATE_NOOP("CoreMessages", "a link (line {line})"), line=link.line)
    return Message(QT_TRANSLATE_NOOP("CoreMessages", "a link"))


def _graph_label(graph: RefiGraph) -> Message:
    if graph.name and graph.line:
        return Message(QT_TRANSLATE_NOOP("CoreMessages", "graph {name!r} (line {line})"), name=graph.name,
                       line=graph.line)
    if graph.name:
        return Message(QT_TRANSLATE_NOOP("CoreMessages", "graph {name!r}"), name=graph.name)
    if graph.line:
        return Message(QT_TRANSLATE_NOOP("CoreMessages", "a graph (line {line})"), line=graph.line)
    return Message(QT_TRANSLATE_NOOP("CoreMessages", "a graph"))


def _end(labels: dict[str, Message], key: str) -> Message:
    """One end of a link: what its GUID names, else that the file has no such thing."""
    if not key:
        return Message(QT_TRANSLATE_NOOP("CoreMessages", "nothing"))
    return labels.get(key) or Message(QT_TRANSLATE_NOOP("CoreMessages", "something not in the file ({key})"), key=key)


def untaken_lines(refi: RefiProject) -> list[Message]:
    """One line for each link, graph and set member Kodeverk does not take (module docstring)."""
    lines: list[Message] = []
    labels = _labels(refi) if refi.links else {}
    for link in refi.links:
        arrow = "↔" if link.direction.casefold() == "bidirectional" else "→" if link.direction else "–"
        lines.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "{link}: {origin} {arrow} {target}; Kodeverk has no links (write it into a code's description or a memo)"),
                             link=_link_label(link), origin=_end(labels, link.origin_key), arrow=arrow,
                             target=_end(labels, link.target_key)))
    for graph in refi.graphs:
        lines.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "{graph} with {vertices} and {edges}; Kodeverk has no network views"),
                             graph=_graph_label(graph),
                             vertices=Message(QT_TRANSLATE_NOOP("CoreMessages", "%n vertices", None, 1), n=graph.vertices),
                             edges=Message(QT_TRANSLATE_NOOP("CoreMessages", "%n edges", None, 1), n=graph.edges)))
    for entry in refi.sets:
        if entry.other_members:
            lines.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "{set}: its %n member code(s) or note(s) (Kodeverk keeps sets of transcripts only, as phases and groups)", None, 1),
                                 set=set_label(entry.name, entry.line), n=entry.other_members))
    return lines
