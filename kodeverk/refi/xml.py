"""Small helpers for reading QDA-XML leniently (any namespace, or none) and writing it exactly."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from lxml import etree

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_VERSION = re.compile(r"^urn:QDA-XML:(project|codebook):(\d+)[.:](\d+)$", re.IGNORECASE)


_LOCAL: dict[object, str] = {}  # tag -> local name (a file has a few dozen tags; read per element)


def local(element: etree._Element) -> str:
    """The element's name without its namespace ('' for comments and processing instructions)."""
    tag = element.tag
    name = _LOCAL.get(tag)
    if name is None:
        name = tag.rpartition("}")[2] if isinstance(tag, str) else ""
        if len(_LOCAL) < 1024:
            _LOCAL[tag] = name
    return name


def kids(element: etree._Element | None, name: str) -> Iterator[etree._Element]:
    """The children of ``element`` called ``name`` in any namespace."""
    if element is None:
        return
    for child in element:
        if local(child) == name:
            yield child


def kid(element: etree._Element | None, name: str) -> etree._Element | None:
    return next(kids(element, name), None)


def kid_text(element: etree._Element | None, name: str) -> str:
    """The text of the child ``name`` ('' when absent or empty: MAXQDA writes empty values)."""
    found = kid(element, name)
    return (found.text or "") if found is not None else ""


def attr(element: etree._Element, name: str) -> str | None:
    """An attribute in any case of its first letter (some tools write ``Name`` for ``name``)."""
    value = element.get(name)
    if value is None:
        value = element.get(name[:1].upper() + name[1:])
    return value


def parse_datetime(value: str | None) -> dt.datetime | None:
    """An xsd:dateTime as an aware UTC datetime (no zone: taken as UTC), or None if absent or bad."""
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip().replace("z", "Z"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.timezone.utc)
    return parsed.astimezone(dt.timezone.utc)


def format_datetime(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat() + "Z"


def namespace_version(element: etree._Element) -> tuple[str, int, int] | None:
    """(kind, major, minor) of a QDA-XML namespace such as ``urn:QDA-XML:project:1.0``, else None."""
    namespace = etree.QName(element).namespace or ""
    match = _VERSION.match(namespace)
    if not match:
        return None
    return match.group(1).lower(), int(match.group(2)), int(match.group(3))


def parse_bytes(data: bytes) -> etree._Element:
    """Parse XML safely (no network, no entity expansion); raises etree.XMLSyntaxError."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, remove_comments=True)
    return etree.fromstring(data, parser)


def colour_of(value: str | None) -> str | None:
    """A REFI colour (``#RRGGBB`` or ``#RGB``) as our ``#RRGGBB``; None when absent or not a colour."""
    if not value:
        return None
    value = value.strip()
    if re.fullmatch(r"#[0-9A-Fa-f]{6}", value):
        return value.upper()
    if re.fullmatch(r"#[0-9A-Fa-f]{3}", value):
        return "#" + "".join(c * 2 for c in value[1:]).upper()
    return None


def xml_safe(text: str) -> str:
    """``text`` without the control characters XML 1.0 cannot hold (a vertical tab becomes a line break)."""
    return _NOT_XML.sub("", text.replace("\x0b", "\n"))
