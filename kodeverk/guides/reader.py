"""Reading an interview guide from a .docx, .txt or .md file: one question per line or list item.

Rules: when the file has list items (Word bullets or numbering, or lines
starting with ``-``, ``•``, ``*``, ``1.``, ``1)``, ``a)``), the questions are
the list items and the other lines are headings; otherwise every non-empty
line is a question. Lines starting with ``#`` are headings: the first names
the guide (when no name is given), the second describes it. Word headings
(styles Heading/Overskrift/Title) are headings too.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from kodeverk.errors import ReadError
from kodeverk.text.encoding import decode_text_bytes
from kodeverk.text.normalise import normalise_text
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

SUFFIXES = (".docx", ".txt", ".md")
_BULLET = re.compile(r"^\s*(?:[-–•*▪◦·]|\d{1,2}[.)]|[a-zA-Z][)])\s+(?P<text>\S.*)$")


@dataclass(frozen=True)
class GuideText:
    """What a guide file holds: a name (from its first heading, else the file name), a description, questions."""

    name: str
    description: str
    questions: tuple[str, ...]


@dataclass(frozen=True)
class _Line:
    text: str
    is_item: bool
    is_heading: bool


def _text_lines(data: bytes, path: Path) -> list[_Line]:
    text = decode_text_bytes(data, str(path)).text
    lines = []
    for raw in normalise_text(text).split("\n"):
        stripped = raw.strip()
        if not stripped:
            continue
        if stripped.startswith("#"):
            lines.append(_Line(stripped.lstrip("#").strip(), False, True))
            continue
        bullet = _BULLET.match(stripped)
        lines.append(_Line(bullet.group("text").strip() if bullet else stripped, bool(bullet), False))
    return lines


def _docx_lines(path: Path) -> list[_Line]:
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(path,
                        Message(QT_TRANSLATE_NOOP("CoreMessages", "not a readable Word file (damaged, or not .docx)"))) from exc
    lines = []
    for paragraph in document.paragraphs:
        text = normalise_text(paragraph.text).strip()
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        numbered = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
        heading = style.startswith(("Heading", "Overskrift", "Title", "Tittel"))
        bullet = _BULLET.match(text)
        is_item = (numbered or "List" in style or "liste" in style.lower() or bool(bullet)) and not heading
        lines.append(_Line(bullet.group("text").strip() if bullet else text, is_item, heading))
    return lines


def read_guide(path: Path | str) -> GuideText:
    """Read the guide in ``path``; a :class:`ReadError` names the file and the problem."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ReadError(path,
                        Message(QT_TRANSLATE_NOOP("CoreMessages", "a guide must be a {suffixes} file"),
                                suffixes=', '.join(SUFFIXES)))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(path,
                        Message(QT_TRANSLATE_NOOP("CoreMessages", "cannot be read ({reason})"),
                                reason=exc.strerror or exc)) from exc
    if not data.strip():
        raise ReadError(path, Message(QT_TRANSLATE_NOOP("CoreMessages", "the file is empty")))
    lines = _docx_lines(path) if suffix == ".docx" else _text_lines(data, path)
    has_items = any(line.is_item for line in lines)
    questions = tuple(line.text for line in lines
                      if not line.is_heading and (line.is_item or not has_items))
    headings = [line.text for line in lines if line.is_heading or (has_items and not line.is_item)]
    if not questions:
        raise ReadError(path,
                        Message(QT_TRANSLATE_NOOP("CoreMessages", "no questions found (write one question per line or list item)")))
    name = headings[0] if headings else path.stem
    description = headings[1] if len(headings) > 1 and suffix != ".docx" else ""
    return GuideText(name[:200], description, questions)
