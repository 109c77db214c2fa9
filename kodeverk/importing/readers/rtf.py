"""Reader for Rich Text Format (.rtf): a small converter of our own.

Understood: groups; control words with an optional numeric parameter; control
symbols; \\par, \\sect, \\page, \\cell and \\row end a paragraph (table cells
become paragraphs, as in the .docx reader); \\line → "\\n", \\tab → "\\t";
\\'hh decoded in the document's \\ansicpg code page (default cp1252; runs of
\\'hh are decoded together, so double-byte code pages work); \\uN (signed
16-bit, surrogate pairs joined) followed by \\ucN (default 1) skipped
fallback characters; \\~ → no-break space, \\- (optional hyphen) dropped,
\\_ (non-breaking hyphen) → "-"; \\emdash, \\endash, quotes and bullets;
\\binN data skipped.

Left out: every \\*\\ destination and the known non-text destinations (font,
colour and style tables, document info, pictures, objects, headers, footers,
footnotes, comments, field instructions, list numbering text, shapes, theme
and data store), and text marked \\deleted (tracked deletions).

Bold: \\b / \\b1 on, \\b0 off, scoped to the group; \\plain resets it.
Per-font character sets (\\fcharsetN) are not consulted.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from kodeverk.errors import ReadError
from kodeverk.importing.readers import Paragraph, ReadDocument
from kodeverk.importing.readers._common import ParagraphBuilder
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # 1, 2: control word and parameter (one space eaten)
    rb"|\\'([0-9a-fA-F]{2})"                # 3: hex byte
    rb"|\\([^a-zA-Z'])"                     # 4: control symbol
    rb"|([{}])"                             # 5: group
    rb"|[\r\n]+"                            # line ends in the file mean nothing
    rb"|([^\\{}\r\n]+)"                     # 6: text
    rb"|(\\)$"                              # 7: a lone backslash at the very end
)
_DESTINATIONS = {
    "fonttbl", "colortbl", "stylesheet", "info", "pict", "shppict", "nonshppict", "object", "objdata",
    "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf",
    "footnote", "annotation", "atnid", "atnauthor", "atndate", "atnref", "fldinst", "themedata",
    "datastore", "colorschememapping", "latentstyles", "listtable", "listoverridetable",
    "revtbl", "rsidtbl", "generator", "xmlnstbl", "pgdsctbl", "listtext", "pntext", "pntxta",
    "pntxtb", "shp", "shpinst", "do", "filetbl", "mmathPr", "userprops", "bkmkstart", "bkmkend",
    "template", "falt", "panose", "leveltext", "levelnumbers", "docvar", "wgrffmtfilter", "xe", "tc",
}
_BREAKS = {"par", "sect", "page", "cell", "row", "nestcell", "nestrow"}
_CHARACTERS = {"line": "\n", "tab": "\t", "emdash": "\u2014", "endash": "\u2013", "lquote": "\u2018",
               "rquote": "\u2019", "ldblquote": "\u201c", "rdblquote": "\u201d", "bullet": "\u2022",
               "emspace": "\u2003", "enspace": "\u2002", "qmspace": "\u2005"}
_SYMBOLS = {"~": "\u00a0", "_": "-", "-": "", "{": "{", "}": "}", "\\": "\\"}


class _State:
    """Character formatting that a group scopes."""

    __slots__ = ("skip", "bold", "deleted", "uc")

    def __init__(self, skip: bool = False, bold: bool = False, deleted: bool = False, uc: int = 1) -> None:
        self.skip, self.bold, self.deleted, self.uc = skip, bold, deleted, uc

    def copy(self) -> _State:
        return _State(self.skip, self.bold, self.deleted, self.uc)


class _Converter:
    def __init__(self, path: Path, data: bytes) -> None:
        self.path, self.data = path, data
        self.codec = "cp1252"
        self.paragraphs: list[Paragraph] = []
        self.builder = ParagraphBuilder()
        self.pending = bytearray()  # \'hh bytes waiting to be decoded together
        self.pending_bold = False

    def flush(self) -> None:
        if self.pending:
            self.builder.add(bytes(self.pending).decode(self.codec, errors="replace"), self.pending_bold)
            self.pending.clear()

    def emit(self, text: str, state: _State) -> None:
        if not state.skip and not state.deleted:
            self.flush()
            self.builder.add(text, state.bold)

    def end_paragraph(self) -> None:
        self.flush()
        self.paragraphs.append(self.builder.build())
        self.builder = ParagraphBuilder()

    def damaged(self) -> ReadError:
        return ReadError(self.path,
                         Message(QT_TRANSLATE_NOOP("CoreMessages", "the RTF file is damaged (unbalanced braces)")))

    def convert(self) -> list[Paragraph]:
        data, match_token = self.data, _TOKEN.match
        state, stack = _State(), []
        skip_chars = 0  # fallback characters still to skip after \uN
        group_start = False  # just after "{": a \* or destination word names the group
        pos, end = 0, len(data)
        while pos < end:
            m = match_token(data, pos)
            if m is None:  # "\" followed by something that is neither word nor symbol
                pos += 1
                continue
            pos = m.end()
            word, param, hexbyte, symbol, brace, text = m.group(1, 2, 3, 4, 5, 6)
            starting, group_start = group_start, False
            if brace is not None:
                if brace == b"{":
                    stack.append(state)
                    state = state.copy()
                    group_start = True
                else:
                    if not stack:
                        raise self.damaged()
                    state = stack.pop()
                    if not stack:  # the document's outermost group is closed
                        break
                skip_chars = 0
                continue
            if skip_chars and (text is not None or hexbyte is not None):
                if text is not None and len(text) > skip_chars:
                    text = text[skip_chars:]
                    skip_chars = 0
                else:
                    skip_chars -= len(text) if text is not None else 1
                    continue
            if text is not None:
                self.emit(text.decode(self.codec, errors="replace"), state)
            elif hexbyte is not None:
                if not state.skip and not state.deleted:
                    if self.pending and self.pending_bold != state.bold:
                        self.flush()
                    self.pending.append(int(hexbyte, 16))
                    self.pending_bold = state.bold
            elif symbol is not None:
                char = symbol.decode("latin-1")
                if char == "*":
                    if starting:
                        state.skip = True
                elif char in ("\n", "\r"):
                    if not state.skip:
                        self.end_paragraph()
                elif char in _SYMBOLS:
                    self.emit(_SYMBOLS[char], state)
            elif word == b"bin":
                pos += max(int(param or 0), 0)  # raw binary data: never read as text
            elif word is not None:
                skip_chars = self.control(word.decode("ascii"), param, state, skip_chars)
        if stack:
            raise self.damaged()
        self.end_paragraph()
        return self.paragraphs

    def control(self, word: str, param: bytes | None, state: _State, skip_chars: int) -> int:
        """Act on one control word; returns the count of fallback characters to skip."""
        value = int(param) if param is not None else None
        if word in _DESTINATIONS:
            state.skip = True
        elif state.skip:
            pass
        elif word in _BREAKS:
            self.end_paragraph()
        elif word in _CHARACTERS:
            self.emit(_CHARACTERS[word], state)
        elif word == "u" and value is not None:
            self.emit(chr(value & 0xFFFF), state)
            return state.uc
        elif word == "uc" and value is not None:
            state.uc = max(value, 0)
        elif word == "b":
            state.bold = value != 0
        elif word == "deleted":
            state.deleted = value != 0
        elif word == "plain":
            state.bold = state.deleted = False
        elif word == "ansicpg" and value:
            try:
                self.codec = codecs.lookup(f"cp{value}").name
            except LookupError:
                pass
        return skip_chars


def _join_surrogates(text: str) -> str:
    if not any("\ud800" <= c <= "\udfff" for c in text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def read_rtf(path: Path, data: bytes) -> ReadDocument:
    """Read an .rtf file's body text (see the module docstring) or raise ReadError."""
    start = len(data) - len(data.lstrip())
    if data[start:start + 5] != b"{\\rtf":
        raise ReadError(path,
                        Message(QT_TRANSLATE_NOOP("CoreMessages", "not an RTF file (it does not start with {{\\rtf)")))
    paragraphs = _Converter(path, data[start:]).convert()
    paragraphs = [Paragraph(_join_surrogates(p.text), _join_surrogates(p.bold_prefix)) for p in paragraphs]
    return ReadDocument(paragraphs, "rtf", None, [])
