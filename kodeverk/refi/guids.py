"""GUIDs for REFI-QDA: our own UUIDs where rows have one, else derived deterministically.

Codes, coders, informants and transcripts carry a UUID column, exported as
is. Everything else (selections, codings, notes, sets, variables) gets a
name-based UUID (version 5) from what identifies it, so the same project
exported twice gives the same GUIDs.
"""

from __future__ import annotations

import functools
import hashlib
import re
import uuid

NAMESPACE = uuid.UUID("6f1c2b1e-4a53-5d6e-9b0e-6b6f64657665")  # fixed: "Kodeverk REFI-QDA"
_GUID = re.compile(r"^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$")


_PREFIX = NAMESPACE.bytes


def derived(kind: str, *parts: object) -> str:
    """A stable GUID for a ``kind`` of thing identified by ``parts`` (a UUID version 5, as ``uuid.uuid5``)."""
    name = "\x1f".join([kind, *(str(p) for p in parts)])
    digest = bytearray(hashlib.sha1(_PREFIX + name.encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    text = digest.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def normalise_guid(value: str | None) -> str | None:
    """``value`` as a lower-case GUID without braces, or None when it is not a GUID at all."""
    if value is None:
        return None
    if len(value) == 36 and value[8] == "-" and value.islower():  # the usual form: skip the regex
        return value if _GUID.match(value) else None
    match = _GUID.match(value.strip())
    return match.group(1).lower() if match else None


@functools.lru_cache(maxsize=4096)  # users and codes are referred to thousands of times
def guid_key(value: str | None) -> str:
    """A key to look a reference up by: the normalised GUID, else the raw text (tools that break the rule)."""
    if value is None:
        return ""
    return normalise_guid(value) or value.strip()
