"""Reader for Markdown (.md): plain text with light markup stripped, one paragraph per line.

Stripped, modestly: ATX heading markers ("## Tittel" and closing #'s),
block-quote markers ("> "), list bullets ("- ", "* ", "+ ") at line start,
horizontal rules (a line of only -, * or _), strong emphasis **x** / __x__,
emphasis *x* / _x_ (underscores only at word edges, so snake_case stays), links
[tekst](url) → tekst, and backslash escapes (\\* → *). Not understood: setext
headings, code spans and blocks, tables, HTML, reference links, nested lists
beyond the bullet itself.

A line that starts with strong emphasis gives its bold prefix:
"**I:** Hva ..." → text "I: Hva ...", bold_prefix "I:".
"""

from __future__ import annotations

import re
from pathlib import Path

from kodeverk.importing.readers import Paragraph, ReadDocument
from kodeverk.importing.readers.txt import decode, split_lines

_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_ESCAPED = re.compile("[\U000f0000-\U000f00ff]")  # escaped characters, parked in a private-use plane
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+|$)")
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+")
_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_LEADING_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|(?<![\w_])__(?=\S)(.+?)(?<=\S)__(?![\w_])")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])")
_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")


def _park(match: re.Match[str]) -> str:
    return chr(0xF0000 + ord(match.group(1)))


def _unpark(match: re.Match[str]) -> str:
    return chr(ord(match.group()) - 0xF0000)


def _inline(text: str) -> str:
    """Strip links and emphasis from text whose escapes are parked."""
    text = _LINK.sub(r"\1", text)
    text = _STRONG.sub(lambda m: m.group(1) or m.group(2), text)
    return _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)


def strip_markup(line: str) -> Paragraph:
    """One Markdown line as a paragraph of plain text with its bold prefix."""
    line = _ESCAPE.sub(_park, line)
    if _RULE.match(line):
        return Paragraph("")
    if _HEADING.match(line):
        line = _CLOSING_HASHES.sub("", _HEADING.sub("", line, count=1))
    line = _BULLET.sub("", _QUOTE.sub("", line, count=1), count=1)
    bold = ""
    strong = _LEADING_STRONG.match(line)
    if strong:
        bold = _inline(strong.group(2))
        text = bold + _inline(line[strong.end():])
    else:
        text = _inline(line)
    return Paragraph(_ESCAPED.sub(_unpark, text), _ESCAPED.sub(_unpark, bold))


def read_md(path: Path, data: bytes) -> ReadDocument:
    """Read a .md file, one paragraph per line with light markup stripped, or raise ReadError."""
    decoded, warnings = decode(path, data)
    paragraphs = [strip_markup(line) for line in split_lines(decoded.text)]
    return ReadDocument(paragraphs, "md", decoded.encoding, warnings)
