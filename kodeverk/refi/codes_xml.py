"""Code trees in QDA-XML: read from a project's or a codebook's ``Codes``, written from our codebook.

Reading is lenient: a code without a GUID gets one derived from its path, a
missing or malformed colour is left to the importer's default, an empty name
becomes ``(unnamed)`` (reported), and a ``Description`` is the code's
definition.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from kodeverk.codebook.tree import Codebook, CodeNode
from kodeverk.messages import QT_TRANSLATE_NOOP, Message
from kodeverk.refi.guids import derived, guid_key, normalise_guid
from kodeverk.refi.xml import attr, colour_of, kid_text, kids, xml_safe

UNNAMED = "(unnamed)"


@dataclass
class RefiCode:
    """A code read from QDA-XML. ``key`` is how references name it; ``guid`` the GUID to keep."""

    key: str
    guid: str
    name: str
    colour: str | None
    description: str
    codable: bool
    note_keys: list[str] = field(default_factory=list)
    children: list[RefiCode] = field(default_factory=list)
    line: int | None = None

    def walk(self, path: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
        """(path, code) of this code and everything under it, depth-first."""
        here = path + (self.name,)
        yield here, self
        for child in self.children:
            yield from child.walk(here)


def read_codes(codes_element: etree._Element | None, warnings: list[str]) -> list[RefiCode]:
    """The top-level codes under a ``Codes`` element (with their sub-codes)."""
    return [_read_code(e, (), warnings) for e in kids(codes_element, "Code")]


def _read_code(element: etree._Element, path: tuple[str, ...], warnings: list[str]) -> RefiCode:
    name = (attr(element, "name") or "").strip()
    if not name:
        name = UNNAMED
        warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "line {line}: a code without a name was named {name!r}"),
                                line=element.sourceline, name=UNNAMED))
    raw_guid = attr(element, "guid")
    guid = normalise_guid(raw_guid) or derived("code", *path, name)
    raw_colour = attr(element, "color")
    colour = colour_of(raw_colour)
    if raw_colour and colour is None:
        warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "line {line}: code {name!r} has the colour {colour!r}, which is not #RRGGBB; a default colour is used"),
                                line=element.sourceline, name=name, colour=raw_colour))
    codable = (attr(element, "isCodable") or "true").strip().lower() not in ("false", "0")
    code = RefiCode(key=guid_key(raw_guid) or guid, guid=guid, name=name, colour=colour,
                    description=kid_text(element, "Description").strip(), codable=codable,
                    note_keys=[guid_key(r.get("targetGUID")) for r in kids(element, "NoteRef")],
                    line=element.sourceline)
    code.children = [_read_code(child, path + (name,), warnings) for child in kids(element, "Code")]
    return code


def write_codes(parent: etree._Element, namespace: str, book: Codebook,
                note_refs: dict[int, list[str]] | None = None, *, with_note_refs: bool = True) -> None:
    """Append ``Codes`` with the whole tree of ``book`` to ``parent`` (element order as the schemas want)."""
    codes = etree.SubElement(parent, f"{{{namespace}}}Codes")
    for root in book.roots:
        _write_code(codes, namespace, book, book[root], note_refs or {}, with_note_refs)


def _write_code(parent: etree._Element, namespace: str, book: Codebook, node: CodeNode,
                note_refs: dict[int, list[str]], with_note_refs: bool) -> None:
    element = etree.SubElement(parent, f"{{{namespace}}}Code", guid=node.uuid, name=xml_safe(node.name),
                               isCodable="true")
    if node.colour:
        element.set("color", node.colour)
    if node.description:
        etree.SubElement(element, f"{{{namespace}}}Description").text = xml_safe(node.description)
    if with_note_refs:
        for target in note_refs.get(node.id, []):
            etree.SubElement(element, f"{{{namespace}}}NoteRef", targetGUID=target)
    for child in node.children:
        _write_code(element, namespace, book, book[child], note_refs, with_note_refs)


def codebook_from_refi(codes: list[RefiCode]) -> tuple[Codebook, dict[int, RefiCode]]:
    """Our immutable tree of the read codes (made-up ids), and the read code behind each id.

    Lets the merge's code matching (:func:`kodeverk.teamwork.merge.match_codes`) run on them.
    """
    rows: list[_Row] = []
    behind: dict[int, RefiCode] = {}

    def add(code: RefiCode, parent_id: int | None, position: int) -> None:
        row_id = len(rows) + 1
        rows.append(_Row(row_id, code.guid, parent_id, code.name, code.description, code.colour or "", position))
        behind[row_id] = code
        for index, child in enumerate(code.children):
            add(child, row_id, index)

    for index, code in enumerate(codes):
        add(code, None, index)
    return Codebook.from_rows(rows), behind


@dataclass(frozen=True)
class _Row:
    id: int
    uuid: str
    parent_id: int | None
    name: str
    description: str
    colour: str
    position: int
    shortcut: int | None = None

