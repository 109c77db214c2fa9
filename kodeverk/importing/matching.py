"""Matching what people typed (ministry, group, phase, role) to one canonical value.

Every matcher returns a :class:`Match` and never raises. It never guesses
either: when two values are about as close, or the best one is not close
enough, the answer is "unmatched" and the caller asks the user.

How a raw value is compared:

* **Folding** (for every comparison): Unicode NFKC, casefold, ``æ→ae``,
  ``ø→o``, ``å→a``, then ``aa→a`` (so ``Miljø``/``Miljo`` and ``å``/``aa``
  meet), accents stripped, every run of punctuation or whitespace made one
  space: ``"Barne- og familiedepartementet"`` and ``"barne og
  familiedepartementet"`` fold to the same key.
* **exact**: the folded raw equals the folded canonical value (abbreviation,
  full name, group name, phase name, role label). **alias**: it equals a
  folded alias (former name, old abbreviation, short form) or, for phases, a
  number form such as ``"F1"``, ``"fase1"``, ``"phase 1"`` or ``"1"``.
  A name shared by two values matches neither.
* **fuzzy**: only when neither look-up hits, only for raw values with more
  than :data:`SHORT_LENGTH` letters and digits, and only against names longer
  than that: abbreviations such as ``JD`` and ``KD`` are never fuzzed. The
  score is the best of rapidfuzz's ``fuzz.ratio``, ``fuzz.token_sort_ratio``
  and ``fuzz.ratio`` with spaces removed (0–100). Subset scorers
  (``token_set_ratio``, ``partial_ratio``, ``WRatio``) are deliberately not
  used: they rate "og" or "Helse" near 100 against any name holding that
  word. A fuzzy match needs a score of at least :data:`FUZZY_THRESHOLD` (90)
  and a lead of at least :data:`FUZZY_MARGIN` (6) over the best score of any
  *other* value; names with different digits are never fuzzy-matched
  (``Gruppe 1`` is not ``Gruppe 2``).
* **Ministries** are scored on their distinctive part: every word ending in
  ``dep…`` (``departementet``, ``dep``, ``dept``, misspelt forms) is cut off
  both sides first, so ``"Helse og omsorgsdept"``, ``"Justis og beredskap"``
  and ``"Finansdepartemnetet"`` match while chimeras such as ``"Klima og
  distriktsdepartementet"`` (the shared "departementet" would inflate them)
  stay unmatched.
* A raw value that does not match exactly or by alias as a whole, such as
  ``"BFD (Barne- og familiedepartementet)"``, is split at brackets, slashes
  and spaced dashes; it matches when every part matches the same value.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from kodeverk import reference

FUZZY_THRESHOLD = 90.0
"""Lowest fuzzy score (0–100) that counts as a match."""
FUZZY_MARGIN = 6.0
"""How far the best fuzzy score must lead the best score of any other value."""
SHORT_LENGTH = 5
"""Raw values (and names) with at most this many letters/digits match only exactly or by alias."""

_LETTERS = str.maketrans({"æ": "ae", "ä": "ae", "ø": "o", "ö": "o", "å": "a"})
_NON_WORD = re.compile(r"[\W_]+")
_DEPARTMENT = re.compile(r"dep[a-z]*\b")
_DIGITS = re.compile(r"\d+")
_PART_SPLIT = re.compile(r"[()\[\]/]|\s[-–—]\s")
_PHASE_NUMBER = re.compile(r"^(?:(?:fase|phase|runde|round|f|p)\s*(\d+|iv|i{1,3})|(\d+))$")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


@dataclass(frozen=True)
class Match:
    """The outcome of matching one raw value.

    ``how`` is ``"exact"``, ``"alias"``, ``"fuzzy"``, ``"unmatched"`` or
    ``"empty"``; ``score`` is 100 for exact and alias matches, the fuzzy score
    for fuzzy matches, the best score seen for unmatched values, 0 for empty.
    """

    raw: str
    value: str | None
    score: float
    how: str

    @property
    def matched(self) -> bool:
        """True when a canonical value was found."""
        return self.value is not None


@dataclass(frozen=True)
class GroupName:
    """One entry of a project's (user-editable) group list: its name and other names."""

    name: str
    aliases: tuple[str, ...] = ()


def fold(text: str) -> str:
    """The case-, accent- and punctuation-insensitive key of ``text`` (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_LETTERS)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.replace("aa", "a")
    return " ".join(_NON_WORD.sub(" ", text).split())


def _ministry_stem(folded: str) -> str:
    """``folded`` without its "departementet" (and ``dep``, ``dept``, misspelt forms): the distinctive part."""
    return " ".join(_DEPARTMENT.sub(" ", folded).split())


def _compact_length(folded: str) -> int:
    return len(folded.replace(" ", ""))


def _score(a: str, b: str) -> float:
    return max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b), fuzz.ratio(a.replace(" ", ""), b.replace(" ", "")))


class _Index:
    """Exact/alias look-up table plus fuzzy candidates for one list of canonical values."""

    def __init__(self, entries: Iterable[tuple[str, str, str]], fuzzy_key: Callable[[str], str] = str):
        # entries: (text, canonical value, "exact" | "alias"); fuzzy_key maps a folded name to what is scored
        self.fuzzy_key = fuzzy_key
        self.lookup: dict[str, dict[str, str]] = {}
        fuzzy: dict[tuple[str, str], None] = {}
        for text, value, how in entries:
            key = fold(text)
            if not key:
                continue
            values = self.lookup.setdefault(key, {})
            if values.get(value) != "exact":
                values[value] = how
            candidate = fuzzy_key(key)
            if _compact_length(candidate) > SHORT_LENGTH:
                fuzzy[(candidate, value)] = None
        self.fuzzy = tuple(fuzzy)

    def match(self, raw: str) -> Match:
        """Exact or alias look-up, then fuzzy matching."""
        return self.look_up(raw) or self.fuzzy_match(raw)

    def look_up(self, raw: str) -> Match | None:
        """The exact or alias match of ``raw``; an unmatched Match if two values share the name; else None."""
        hit = self.lookup.get(fold(raw))
        if hit:
            for level in ("exact", "alias"):
                values = [value for value, how in hit.items() if how == level]
                if len(values) == 1:
                    return Match(raw, values[0], 100.0, level)
                if values:
                    return Match(raw, None, 100.0, "unmatched")  # two values share this name
        return None

    def fuzzy_match(self, raw: str) -> Match:
        """The fuzzy match of ``raw`` under the threshold and margin rules."""
        query = self.fuzzy_key(fold(raw))
        if _compact_length(query) <= SHORT_LENGTH:
            return Match(raw, None, 0.0, "unmatched")
        digits = sorted(_DIGITS.findall(query))
        best: dict[str, float] = {}
        for candidate, value in self.fuzzy:
            if sorted(_DIGITS.findall(candidate)) != digits:
                continue
            score = _score(query, candidate)
            if score > best.get(value, -1.0):
                best[value] = score
        if not best:
            return Match(raw, None, 0.0, "unmatched")
        ranked = sorted(best.items(), key=lambda item: item[1], reverse=True)
        value, top = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        if top >= FUZZY_THRESHOLD and top - runner_up >= FUZZY_MARGIN:
            return Match(raw, value, float(top), "fuzzy")
        return Match(raw, None, float(top), "unmatched")


def _match_whole_or_parts(raw: str | None, single: Callable[[str], Match]) -> Match:
    """Match ``raw`` as a whole; failing that, match when all its parts agree on one value."""
    raw = "" if raw is None else str(raw)
    if not fold(raw):
        return Match(raw, None, 0.0, "empty")
    whole = single(raw)
    if whole.how in ("exact", "alias"):
        return whole
    parts = [part for part in _PART_SPLIT.split(raw) if fold(part)]
    if len(parts) < 2:
        return whole
    matches = [single(part) for part in parts]
    values = {m.value for m in matches}
    if len(values) != 1 or None in values or (whole.matched and whole.value not in values):
        return whole
    how = next((h for h in ("fuzzy", "alias", "exact") if any(m.how == h for m in matches)), "exact")
    return Match(raw, matches[0].value, min(m.score for m in matches), how)


@lru_cache(maxsize=1)
def _ministry_index() -> _Index:
    entries = []
    for org in reference.ORGANISATIONS:
        entries.append((org.abbreviation, org.abbreviation, "exact"))
        entries.append((org.name, org.abbreviation, "exact"))
        entries.extend((alias, org.abbreviation, "alias") for alias in org.aliases)
    return _Index(entries, _ministry_stem)


@lru_cache(maxsize=1)
def _role_index() -> _Index:
    entries = []
    for role in reference.ROLES:
        entries.append((role.label, role.label, "exact"))
        entries.extend((alias, role.label, "alias") for alias in role.aliases)
    return _Index(entries)


@lru_cache(maxsize=32)
def _group_index(groups: tuple[GroupName, ...]) -> _Index:
    entries = []
    for group in groups:
        entries.append((group.name, group.name, "exact"))
        entries.extend((alias, group.name, "alias") for alias in group.aliases)
    return _Index(entries)


def match_ministry(raw: str) -> Match:
    """Match a ministry or agency; the value is its canonical abbreviation (agencies: short name)."""
    return _match_whole_or_parts(raw, _ministry_index().match)


def match_role(raw: str) -> Match:
    """Match an informant role; the value is the canonical Norwegian label (e.g. ``"sekretariatsleder"``)."""
    return _match_whole_or_parts(raw, _role_index().match)


def match_group(raw: str, groups: Sequence[GroupName]) -> Match:
    """Match a group against the project's group list; the value is the group's ``name``."""
    frozen = tuple(GroupName(g.name, tuple(g.aliases)) for g in groups)  # hashable even if aliases is a list
    return _match_whole_or_parts(raw, _group_index(frozen).match)


def default_group_names(include_measures: bool = True) -> tuple[GroupName, ...]:
    """The group list of a new project: the core groups (and the other measures) from :mod:`reference`."""
    names = []
    for group in reference.GROUPS:
        if group.is_core or include_measures:
            aliases = tuple(dict.fromkeys(n for n in group.names[1:] if n != group.short_name))
            names.append(GroupName(group.short_name, aliases))
    return tuple(names)


def _number_of(name: str) -> int | None:
    found = _PHASE_NUMBER.match(fold(name))
    if not found:
        return None
    if found.group(2):
        return int(found.group(2))
    number = found.group(1)
    return int(number) if number.isdigit() else _ROMAN[number]


@lru_cache(maxsize=32)
def _phase_tables(phases: tuple[str, ...]) -> tuple[_Index, dict[int, tuple[str, ...]]]:
    by_number: dict[int, tuple[str, ...]] = {}
    for phase in phases:
        number = _number_of(phase)
        if number is not None:
            by_number[number] = (*by_number.get(number, ()), phase)
    entries = [(phase, phase, "exact") for phase in phases]
    for ref in reference.PHASES:
        targets = (ref.name,) if ref.name in phases else by_number.get(ref.number, ())
        if len(targets) == 1:
            entries.extend((alias, targets[0], "alias") for alias in (*ref.aliases, ref.description))
    return _Index(entries), by_number


def _match_phase_single(raw: str, phases: tuple[str, ...]) -> Match:
    index, by_number = _phase_tables(phases)
    found = index.look_up(raw)
    if found is not None:
        return found
    number = _number_of(raw)
    if number is not None:
        targets = by_number.get(number, ())
        return Match(raw, targets[0], 100.0, "alias") if len(targets) == 1 else Match(raw, None, 0.0, "unmatched")
    return index.fuzzy_match(raw)


def match_phase(raw: str, phases: Sequence[str]) -> Match:
    """Match a phase against the project's phase names.

    ``"1"``, ``"fase1"``, ``"F1"``, ``"phase 1"``, ``"Fase I"`` and the words of
    :data:`reference.PHASES` (``"Oppstart"``, ``"Midtveis"``, ``"Slutt"``) all
    find the project's phase numbered 1 (2, 3), e.g. ``"Fase 1"``.
    """
    names = tuple(phases)
    return _match_whole_or_parts(raw, lambda text: _match_phase_single(text, names))
