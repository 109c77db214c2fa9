"""Fixed texts written into exports, in Norwegian bokmål (default) and English.

These are document content, not UI strings: the language follows the
export's ``lang`` option (the desktop app passes its UI language).
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["nb", "en"]

LABELS: dict[str, dict[str, str]] = {
    "nb": {
        "subtitle.group": "Kodede utdrag per kjernegruppe",
        "subtitle.phase": "Kodede utdrag per fase",
        "subtitle.code": "Kodede utdrag per kode",
        "subtitle.informant": "Kodede utdrag per informant",
        "date": "Dato",
        "filters": "Utvalg",
        "no_filters": "alle kodinger",
        "filter.group": "kjernegruppe",
        "filter.phase": "fase",
        "filter.code": "kode",
        "filter.coder": "koder",
        "coders": "Kodere",
        "totals": "Omfang",
        "totals.text": "{quotes} sitater ({codings} kodinger) fra {transcripts} intervjuer med {informants} informanter",
        "attribution": "Kildehenvisning",
        "names": "Personnavn",
        "names.text": "{count} navn på prosjektets navneliste er erstattet med {placeholder} eller pseudonym.",
        "contents": "Innhold",
        "toc.placeholder": "Oppdater feltet (F9) for å få sidetall i innholdsfortegnelsen.",
        "no_quotes": "Ingen sitater.",
        "ladder.caption": "Samordningstrappen: {group}",
        "ladder.step": "Trinn",
        "ladder.codings": "Kodinger",
        "ladder.informants": "Informanter",
        "ladder.quote": "Sterkeste sitat",
        "ladder.none": "–",
        "coder.one": "koder",
        "coder.many": "kodere",
        "memo": "Memo",
        "no_informant": "uten informant",
        "phase.word": "fase",
        "count.one": "{n} sitat",
        "count.many": "{n} sitater",
    },
    "en": {
        "subtitle.group": "Coded excerpts by core group",
        "subtitle.phase": "Coded excerpts by phase",
        "subtitle.code": "Coded excerpts by code",
        "subtitle.informant": "Coded excerpts by informant",
        "date": "Date",
        "filters": "Selection",
        "no_filters": "all codings",
        "filter.group": "core group",
        "filter.phase": "phase",
        "filter.code": "code",
        "filter.coder": "coder",
        "coders": "Coders",
        "totals": "Extent",
        "totals.text": "{quotes} quotes ({codings} codings) from {transcripts} interviews with {informants} informants",
        "attribution": "Attribution",
        "names": "Personal names",
        "names.text": "{count} names on the project's name list are replaced by {placeholder} or a pseudonym.",
        "contents": "Contents",
        "toc.placeholder": "Update this field (F9) to get page numbers in the table of contents.",
        "no_quotes": "No quotes.",
        "ladder.caption": "Coordination ladder: {group}",
        "ladder.step": "Step",
        "ladder.codings": "Codings",
        "ladder.informants": "Informants",
        "ladder.quote": "Strongest quote",
        "ladder.none": "–",
        "coder.one": "coder",
        "coder.many": "coders",
        "memo": "Memo",
        "no_informant": "no informant",
        "phase.word": "phase",
        "count.one": "{n} quote",
        "count.many": "{n} quotes",
    },
}

ATTRIBUTION_WORDS: dict[str, dict[str, str]] = {
    "nb": {"pseudonym": "pseudonym", "phase": "fase", "role": "rolle", "ministry": "departement", "coder": "koder"},
    "en": {"pseudonym": "pseudonym", "phase": "phase", "role": "role", "ministry": "ministry", "coder": "coder"},
}


def label(lang: str, key: str, **values: object) -> str:
    """The fixed text ``key`` in ``lang``, formatted with ``values``."""
    text = LABELS.get(lang, LABELS["nb"])[key]
    return text.format(**values) if values else text


def phase_label(lang: str, phase: str | None) -> str:
    """A phase name as written in an attribution: ``Fase 3`` → ``fase 3`` (``phase 3`` in English)."""
    if not phase:
        return ""
    words = phase.split()
    if len(words) == 2 and words[0].casefold() in ("fase", "phase") and words[1].isdigit():
        return f"{label(lang, 'phase.word')} {words[1]}"
    return phase[0].lower() + phase[1:] if phase[:1].isupper() and not phase[1:2].isupper() else phase
