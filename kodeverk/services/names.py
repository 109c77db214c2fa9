"""The per-project list of real names, masking them in quote text, and scanning a .docx for leaks.

The list is the union of the informants' real names (``Informant.real_name``,
from the manifest's ``ekte navn``) and the other persons users add
(``PersonName``). An informant's real name cannot be removed from the list.

Masking rules (:class:`NameMasker`):

- a listed full name matches in any case, with any white space between its
  parts: ``Tone Haugerud``, ``TONE  HAUGERUD``;
- each part of a name (first name alone, surname alone; parts of at least two
  letters, not particles such as ``van``/``de``) matches only when written
  with a capital first letter, so the noun ``tone`` ("en uformell tone") or
  ``liv`` is left alone but ``Tone`` and ``Haugerud`` are masked — also at
  the start of a sentence, where a capitalised noun is masked too (the safe
  side);
- matches are whole words: ``Liv`` never matches inside ``næringslivet``, and
  ``Live`` is not ``Liv``; the Norwegian genitive is included and kept:
  ``Tones`` → ``[navn]s``, ``Haugeruds`` / ``Haugerud's`` likewise;
- the replacement is ``[navn]`` or, with ``replacement="pseudonym"``, the
  informant's pseudonym when the match names exactly one informant (a full
  name, or a part only that one listed person has); otherwise ``[navn]``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from kodeverk.errors import ConflictError, FileProblem, NotFoundError, UsageError
from kodeverk.project import Project
from kodeverk.services.lookup import nearest
from kodeverk.storage import retrieval as store
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

PLACEHOLDER = "[navn]"
PARTICLES = frozenset({"van", "von", "de", "der", "den", "af", "av", "la", "le", "da", "di", "du"})
Replacement = Literal["placeholder", "pseudonym"]


@dataclass(frozen=True)
class ListedName:
    """A name on the list; ``pseudonym`` is set for an informant's real name."""

    name: str
    informant_id: int | None
    pseudonym: str | None

    @property
    def source(self) -> str:
        return "informant" if self.informant_id is not None else "added"

    def as_json(self) -> dict:
        return {"name": self.name, "informant": self.pseudonym, "source": self.source}


@dataclass(frozen=True)
class NameHit:
    """A listed name found in a text: the matched words and which listed name they belong to."""

    start: int
    end: int
    matched: str
    name: str


@dataclass(frozen=True)
class Leak:
    """A listed name found in a written file: where, and a few words around it."""

    name: str
    location: str
    context: str

    def as_json(self) -> dict:
        return {"name": self.name, "location": self.location, "context": self.context}


def list_names(project: Project) -> list[ListedName]:
    """The project's list of real names, sorted."""
    with project.reading() as session:
        return [ListedName(*entry) for entry in store.real_names(session)]


def add_names(project: Project, names: Iterable[str]) -> list[str]:
    """Add other persons' names; those listed already (any case) are skipped. Returns those added."""
    added = []
    with project.transaction() as session:
        known = {entry[0].casefold() for entry in store.real_names(session)}
        for raw in names:
            name = " ".join(raw.split())
            if not name or not any(c.isalpha() for c in name):
                raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "{raw!r} is not a name"), raw=raw))
            if name.casefold() in known:
                continue
            store.add_person_name(session, name)
            known.add(name.casefold())
            added.append(name)
    return added


def remove_names(project: Project, names: Iterable[str]) -> list[str]:
    """Remove added names from the list; an informant's real name is refused. Returns those removed."""
    removed = []
    with project.transaction() as session:
        entries = {entry[0].casefold(): entry for entry in store.real_names(session)}
        for raw in names:
            wanted = " ".join(raw.split()).casefold()
            entry = entries.get(wanted)
            if entry is None:
                raise NotFoundError("listed name", raw, nearest(raw, [e[0] for e in entries.values()]))
            if entry[1] is not None:
                raise ConflictError(Message(QT_TRANSLATE_NOOP("CoreMessages", "{name!r} is the real name of informant {informant}; it stays on the list (change the informant's real name instead)"),
                                            name=entry[0], informant=entry[2]))
            store.remove_person_name(session, entry[0])
            removed.append(entry[0])
    return removed


def _pattern(words: Sequence[str]) -> str:
    return r"\s+".join(re.escape(w) for w in words)


class NameMasker:
    """Finds and masks listed names in text (rules in the module docstring)."""

    def __init__(self, names: Sequence[ListedName], *, replacement: Replacement = "placeholder",
                 placeholder: str = PLACEHOLDER):
        if replacement not in ("placeholder", "pseudonym"):
            raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "replacement must be 'placeholder' or 'pseudonym', not {replacement!r}"),
                                     replacement=replacement))
        self.names = tuple(names)
        self.replacement = replacement
        self.placeholder = placeholder
        self._full: dict[str, ListedName] = {}
        self._parts: dict[str, list[ListedName]] = {}
        for entry in self.names:
            words = entry.name.split()
            if not words:
                continue
            self._full[" ".join(words).casefold()] = entry
            if len(words) > 1:
                for word in words:
                    if len(word) >= 2 and word.casefold() not in PARTICLES:
                        owners = self._parts.setdefault(word.casefold(), [])
                        if entry not in owners:
                            owners.append(entry)
        alternatives = sorted({_pattern(n.split()) for n in self._full} | {re.escape(p) for p in self._parts},
                              key=len, reverse=True)
        self._regex = (re.compile(r"(?<!\w)(" + "|".join(alternatives) + r")((?:['’]s|s|['’])?)(?!\w)",
                                  re.IGNORECASE) if alternatives else None)

    def _owner(self, match: re.Match[str]) -> tuple[str, ListedName | None] | None:
        """(listed name, the one informant it names or None), or None if the match is not a name."""
        words = match.group(1).split()
        key = " ".join(words).casefold()
        if key in self._full and (len(words) > 1 or key not in self._parts):
            entry = self._full[key]
            if len(words) == 1 and not match.group(1)[0].isupper():
                return None
            return entry.name, entry if entry.informant_id is not None else None
        if not match.group(1)[0].isupper():
            return None
        owners = self._parts.get(key, [])
        if not owners:
            return None
        only = owners[0] if len(owners) == 1 and owners[0].informant_id is not None else None
        return owners[0].name, only

    def find(self, text: str) -> list[NameHit]:
        """Every listed name in ``text``, in order."""
        if self._regex is None or not text:
            return []
        hits = []
        for match in self._regex.finditer(text):
            owner = self._owner(match)
            if owner is not None:
                hits.append(NameHit(match.start(), match.end(), match.group(0), owner[0]))
        return hits

    def mask(self, text: str) -> str:
        """``text`` with every listed name replaced (genitive ending kept)."""
        if self._regex is None or not text:
            return text

        def replace(match: re.Match[str]) -> str:
            owner = self._owner(match)
            if owner is None:
                return match.group(0)
            informant = owner[1]
            label = (informant.pseudonym if self.replacement == "pseudonym" and informant is not None
                     and informant.pseudonym else self.placeholder)
            genitive = match.group(2)
            return label + ("s" if genitive else "")

        return self._regex.sub(replace, text)


def masker_for(project: Project, *, replacement: Replacement = "placeholder",
               placeholder: str = PLACEHOLDER) -> NameMasker:
    """A masker for the project's current list of names."""
    return NameMasker(list_names(project), replacement=replacement, placeholder=placeholder)


def _docx_texts(path: Path) -> Iterable[tuple[str, str]]:
    """(location, text) of everything a reader can see in a .docx, and its properties."""
    import docx

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several unrelated types for a bad file
        raise FileProblem(path,
                          Message(QT_TRANSLATE_NOOP("CoreMessages", "cannot be read as a Word document ({detail})"),
                                  detail=exc)) from exc

    def blocks(container: object, where: str) -> Iterable[tuple[str, str]]:
        for number, paragraph in enumerate(container.paragraphs, start=1):  # type: ignore[attr-defined]
            yield f"{where} paragraph {number}", paragraph.text
        for t, table in enumerate(container.tables, start=1):  # type: ignore[attr-defined]
            for r, row in enumerate(table.rows, start=1):
                for c, cell in enumerate(row.cells, start=1):
                    yield from blocks(cell, f"{where} table {t} row {r} cell {c}")

    yield from blocks(document, "body")
    for s, section in enumerate(document.sections, start=1):
        for kind, part in (("header", section.header), ("footer", section.footer)):
            if not part.is_linked_to_previous or s == 1:
                yield from blocks(part, f"section {s} {kind}")
    props = document.core_properties
    for field in ("title", "subject", "author", "keywords", "comments", "last_modified_by", "category"):
        yield f"document property {field}", getattr(props, field) or ""


def scan_docx(path: Path | str, masker: NameMasker) -> list[Leak]:
    """Every listed name that remains in the Word file at ``path``."""
    leaks = []
    for location, text in _docx_texts(Path(path)):
        for hit in masker.find(text):
            left, right = max(0, hit.start - 30), min(len(text), hit.end + 30)
            leaks.append(Leak(hit.name, location, " ".join(text[left:right].split())))
    return leaks
