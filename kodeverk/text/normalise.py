"""The one definition of a transcript's normalised text.

Every offset Kodeverk stores is a Unicode code point index into text that has
gone through :func:`normalise_text`, applied once, before anything is stored.
Normalisation is idempotent, so applying it again never moves an offset.

The rules, in order:

1. a byte-order mark is dropped wherever it stands (U+FEFF is also the
   deprecated zero-width no-break space);
2. ``\\r\\n`` and lone ``\\r`` become ``\\n``; so do the Unicode line and
   paragraph separators (U+2028, U+2029) and NEL (U+0085);
3. soft hyphens (U+00AD) and zero-width characters (U+200B zero width space,
   U+200C/U+200D joiners, U+2060 word joiner) are removed;
4. the result is put in Unicode normal form C (composed: ``a`` + U+030A
   becomes ``å``).
"""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = re.compile("[\ufeff\u00ad\u200b\u200c\u200d\u2060]")
_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029\u0085]")


_ANY_CHANGE = re.compile("[\ufeff\u00ad\u200b\u200c\u200d\u2060\r\u2028\u2029\u0085]")


def normalise_text(text: str) -> str:
    """Return ``text`` in Kodeverk's normal form (see the module docstring)."""
    if _ANY_CHANGE.search(text):
        text = _LINE_BREAKS.sub("\n", _INVISIBLE.sub("", text))
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


_CHANGED_CHARACTERS = ("\ufeff", "\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\r", "\u2028", "\u2029",
                       "\u0085")


def is_normalised(text: str) -> bool:
    """True if ``text`` is already in normal form (then so is every part of it).

    Quick on long texts: a search per character that normalising changes (a fast scan each,
    unlike one regular expression), and no NFC check when every character is Latin-1 (those
    are all in NFC, and ``encode`` proves it about as fast as copying the text).
    """
    if any(character in text for character in _CHANGED_CHARACTERS):
        return False
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return unicodedata.is_normalized("NFC", text)
    return True


def word_count(text: str) -> int:
    """Number of whitespace-separated words in ``text``."""
    return len(text.split())
