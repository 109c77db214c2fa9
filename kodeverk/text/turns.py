"""Assembling a transcript's stored text from its paragraphs, and finding its speaker turns.

:func:`assemble` normalises each paragraph (:func:`normalise_text`), strips
trailing whitespace and leading line breaks (a page break at the start of a
Word paragraph), drops empty paragraphs and joins them with ``"\\n"``.
Every offset it returns is a code-point index into that text.

A turn starts at a line (a paragraph, or a line after a manual break inside
one) that begins with a speaker label: optionally a timestamp (``[00:12:31]``,
``(00:12)``, ``00:12:31``), the label, optionally a bracketed timestamp, a
colon, spaces and optionally another timestamp. The label counts when it is

- a known convention (any case, except that one-letter labels must be
  capitals): I, R, Int, Inf, Intervjuer, Informant, Interviewer, Respondent,
  Q, A, Spørsmål, Svar, Moderator, IO, IP, Deltaker, ..., optionally numbered
  ("Intervjuer 1", "IO1");
- bold (the paragraph's bold prefix covers the label and stops at the colon);
- or a name: 1–4 capitalised words (hyphenated names, initials such as
  "K.N.", codes such as "K3-07", particles like "van" inside), which must
  occur as a label at least twice in the document. Common heading words
  ("Dato", "Tema", "Merk", ...) are never names.

A line without a label continues the previous turn; text before the first
label belongs to no turn. Interviewer: a known interviewer label; when the
transcript has exactly two speakers and neither label is known, the one whose
turns more often end with "?".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Protocol

from kodeverk.text.normalise import is_normalised, normalise_text


class ParagraphLike(Protocol):
    """What assemble() needs of a paragraph (readers.Paragraph fits)."""

    text: str
    bold_prefix: str


@dataclass(frozen=True)
class TurnSpan:
    """One speaker turn: [start, end) covers the label and the turn's paragraphs."""

    start: int
    end: int
    speaker: str  # the label as written, without colon or timestamp
    label_end: int  # just past the label, its colon and the following spaces
    is_interviewer: bool


@dataclass(frozen=True)
class AssembledText:
    """The normalised text of a transcript, its turns and its paragraphs' [start, end)."""

    text: str
    turns: list[TurnSpan]
    paragraphs: list[tuple[int, int]]


_STAMP = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_BRACKETED = rf"(?:\[{_STAMP}\]|\({_STAMP}\))"
_LABEL_LINE = re.compile(
    rf"[ \t]*(?:(?:{_BRACKETED}|{_STAMP})[ \t]*(?:[-–][ \t]*)?)?"  # timestamp before the label
    r"(?P<label>[^\W\d_][^:\n]{0,39}?)"
    rf"[ \t]*(?:{_BRACKETED}[ \t]*)?(?P<colon>:)"  # timestamp between label and colon
    rf"(?![/\\\d])[ \t]*(?:(?:{_BRACKETED}|{_STAMP})(?:[ \t]+|$))?"  # timestamp after the colon
)
_KNOWN = re.compile(r"(?P<word>[^\W\d_]+)\.?(?:[ ]?\d{1,2})?")
_INTERVIEWER = {"i", "int", "intervjuer", "intervjuar", "interviewer", "q", "spørsmål", "sporsmal",
                "moderator", "mod", "fasilitator", "facilitator"}
_INFORMANT = {"r", "inf", "informant", "respondent", "a", "svar", "io", "ip", "deltaker", "deltakar",
              "participant", "p"}
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’]*(?:-[^\W\d_][^\W\d_'’]*)*")
_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,4}")
_CODE = re.compile(r"[^\W\d_]{1,4}\d{1,3}(?:-\d{1,3})?")
_PARTICLES = {"van", "von", "de", "der", "den", "af", "av", "la", "le", "di", "da", "du", "dos", "del", "ten"}
_NOT_NAMES = {"dato", "sted", "tid", "tidspunkt", "tema", "merk", "nb", "obs", "kommentar", "varighet",
              "prosjekt", "emne", "note", "notat", "tittel", "fase", "kjernegruppe", "departement",
              "transkribert", "transkribent", "transkripsjon", "lydfil", "fil", "intervjudato",
              "deltakere", "til", "fra", "kilde", "eksempel", "sak", "vedlegg", "referanse", "date",
              "place", "time", "topic", "subject", "title", "file", "duration", "comment", "id"}


@lru_cache(maxsize=4096)  # a transcript repeats a few labels hundreds of times
def _known_role(label: str) -> bool | None:
    """True for a known interviewer label, False for a known informant label, None otherwise."""
    match = _KNOWN.fullmatch(label)
    if not match:
        return None
    word = match.group("word")
    if len(word) == 1 and not word.isupper():
        return None
    folded = word.casefold()
    if folded in _INTERVIEWER:
        return True
    if folded in _INFORMANT:
        return False
    return None


@lru_cache(maxsize=4096)
def _is_name(label: str) -> bool:
    words = label.split()
    if not 1 <= len(words) <= 5 or words[0].casefold() in _NOT_NAMES:
        return False
    capitalised = 0
    for index, word in enumerate(words):
        if word in _PARTICLES and 0 < index < len(words) - 1:
            continue
        if not word[0].isupper():
            return False
        if _NAME_WORD.fullmatch(word):
            if not all(part[0].isupper() for part in word.split("-")):
                return False
        elif not (_INITIALS.fullmatch(word) or _CODE.fullmatch(word)):
            return False
        capitalised += 1
    return 1 <= capitalised <= 4


def _is_bold_label(label: str, match: re.Match[str], line: str, bold_len: int) -> bool:
    """The bold prefix covers the label and stops at (or just after) its colon."""
    if bold_len <= 0 or match.end("label") > bold_len:
        return False
    if len(line[:bold_len].rstrip()) > match.end("colon"):
        return False
    return len(label.split()) <= 5 and not any(c in label for c in "?!;") and \
        label.split()[0].casefold() not in _NOT_NAMES


def _unchanged(text: str) -> str:
    return text


def _assemble_paragraphs(paragraphs: Iterable[ParagraphLike]) -> tuple[str, list[tuple[int, int]], list[int]]:
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    bold_lengths: list[int] = []
    position = 0
    paragraphs = list(paragraphs)
    # Usually the whole document is already in normal form: then so is every paragraph and every
    # bold prefix (parts of it: normal form C holds for every part of a text in normal form C),
    # and one check of the whole replaces two per paragraph.
    normalise = _unchanged if is_normalised("\n".join(p.text for p in paragraphs)) else normalise_text
    for paragraph in paragraphs:
        text = normalise(paragraph.text).rstrip()
        leading_breaks = len(text) - len(text.lstrip("\n"))  # e.g. a page break at the paragraph's start
        text = text[leading_breaks:]
        if not text:
            continue
        if pieces:
            position += 1
        bold = normalise(paragraph.bold_prefix or "")[leading_breaks:]
        if not text.startswith(bold):
            bold = bold.rstrip() if text.startswith(bold.rstrip()) else ""
        pieces.append(text)
        spans.append((position, position + len(text)))
        bold_lengths.append(len(bold))
        position += len(text)
    return "\n".join(pieces), spans, bold_lengths


def _candidates(text: str, spans: list[tuple[int, int]], bold_lengths: list[int]):
    """(line start, match, label, kind) for every line that starts like a label."""
    found = []
    for (start, end), bold_len in zip(spans, bold_lengths):
        line_start = start
        for line in text[start:end].split("\n"):
            match = _LABEL_LINE.match(line)
            if match:
                label = match.group("label").strip()
                kind = None
                if _known_role(label) is not None:
                    kind = "known"
                elif _is_bold_label(label, match, line, bold_len if line_start == start else 0):
                    kind = "bold"
                elif _is_name(label):
                    kind = "name"
                if kind:
                    found.append((line_start, match, label, kind))
            line_start += len(line) + 1
    return found


def _interviewers(text: str, turns: list[tuple[int, int, str, int]]) -> set[str]:
    speakers = list(dict.fromkeys(speaker for _, _, speaker, _ in turns))
    roles = {speaker: _known_role(speaker) for speaker in speakers}
    chosen = {speaker for speaker, role in roles.items() if role}
    if len(speakers) == 2 and all(role is None for role in roles.values()):
        asked = Counter()
        total = Counter()
        for _, end, speaker, label_end in turns:
            total[speaker] += 1
            asked[speaker] += text[label_end:end].rstrip().endswith("?")
        first, second = (asked[s] / total[s] for s in speakers)
        if first != second:
            chosen.add(speakers[0] if first > second else speakers[1])
    return chosen


TurnRow = tuple[int, int, int, str, bool]  # start, end, label_end, speaker, is_interviewer


def assemble_rows(document_paragraphs: Iterable[ParagraphLike]) -> tuple[str, list[TurnRow]]:
    """What :func:`assemble` finds, without the paragraph spans, with each turn as a plain tuple
    (start, end, label_end, speaker, is_interviewer): quicker to make and to send between processes."""
    text, spans, bold_lengths = _assemble_paragraphs(document_paragraphs)
    return text, _turn_rows(text, spans, bold_lengths)


def _turn_rows(text: str, spans: list[tuple[int, int]], bold_lengths: list[int]) -> list[TurnRow]:
    candidates = _candidates(text, spans, bold_lengths)
    name_counts = Counter(label for _, _, label, kind in candidates if kind in ("name", "bold"))
    accepted = [(line_start, match, label) for line_start, match, label, kind in candidates
                if kind != "name" or name_counts[label] >= 2]
    raw: list[tuple[int, int, str, int]] = []  # start, end, speaker, label_end
    for index, (line_start, match, label) in enumerate(accepted):
        line = match.string
        start = line_start + len(line) - len(line.lstrip(" \t"))
        label_end = line_start + match.end()
        if index + 1 < len(accepted):
            end = accepted[index + 1][0] - 1
            while end > label_end and text[end - 1].isspace():
                end -= 1
        else:
            end = len(text)
        raw.append((start, max(end, label_end), label, label_end))
    interviewers = _interviewers(text, raw)
    return [(start, end, label_end, speaker, speaker in interviewers) for start, end, speaker, label_end in raw]


def assemble(document_paragraphs: Iterable[ParagraphLike]) -> AssembledText:
    """The normalised text of ``document_paragraphs``, its turns and paragraph spans."""
    text, spans, bold_lengths = _assemble_paragraphs(document_paragraphs)
    turns = [TurnSpan(start, end, speaker, label_end, interviewer)
             for start, end, label_end, speaker, interviewer in _turn_rows(text, spans, bold_lengths)]
    return AssembledText(text, turns, spans)
