"""Finding transcripts, coders, phases, groups and informants by the names users type."""

from __future__ import annotations

from rapidfuzz import fuzz, process
from sqlalchemy.orm import Session

from kodeverk.errors import NotFoundError, UsageError
from kodeverk.storage import people, transcripts
from kodeverk.storage.models import Coder, Group, Informant, Phase, Transcript
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

CODER_COLOURS = ("#1F77B4", "#D62728", "#2CA02C", "#9467BD", "#FF7F0E", "#17BECF", "#8C564B", "#E377C2")


def nearest(name: str, choices: list[str], limit: int = 3) -> list[str]:
    """The choices nearest to ``name``, best first."""
    return [c for c, _s, _i in process.extract(name, choices, scorer=fuzz.WRatio, limit=limit, score_cutoff=55)]


def find_transcript(session: Session, name: str) -> Transcript:
    found = transcripts.transcript_by_name(session, name)
    if found is None:
        names = transcripts.transcript_names(session)
        folded = [n for n in names if n.casefold() == name.casefold()]
        if len(folded) == 1:
            return transcripts.transcript_by_name(session, folded[0])  # type: ignore[return-value]
        raise NotFoundError("transcript", name, nearest(name, names))
    return found


def find_coder(session: Session, name: str) -> Coder:
    found = people.coder_by_name(session, name)
    if found is None:
        raise NotFoundError("coder", name, nearest(name, [c.name for c in people.all_coders(session)]))
    return found


def initials_of(name: str) -> str:
    parts = [p for p in name.replace("-", " ").split() if p]
    if len(parts) >= 2:
        return (parts[0][0] + parts[-1][0]).upper()
    return name[:2].upper()


def ensure_coder(session: Session, name: str, colour: str | None = None) -> Coder:
    """The coder named ``name``, created (with a colour of its own) if new."""
    name = name.strip()
    if not name:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "a coder needs a name")))
    found = people.coder_by_name(session, name)
    if found is not None:
        return found
    count = len(people.all_coders(session))
    coder = Coder(name=name, colour=colour or CODER_COLOURS[count % len(CODER_COLOURS)], initials=initials_of(name))
    session.add(coder)
    session.flush()
    return coder


def find_phase(session: Session, name: str) -> Phase:
    from kodeverk.importing.matching import match_phase

    found = people.phase_by_name(session, name)
    if found is None:
        names = [p.name for p in people.all_phases(session)]
        match = match_phase(name, names)
        if match.value:
            return people.phase_by_name(session, match.value)  # type: ignore[return-value]
        raise NotFoundError("phase", name, names)
    return found


def find_group(session: Session, name: str) -> Group:
    from kodeverk.importing.matching import match_group
    from kodeverk.services.groups import group_names

    found = people.group_by_name(session, name)
    if found is None:
        groups = people.all_groups(session)
        match = match_group(name, group_names(groups))
        if match.value:
            return people.group_by_name(session, match.value)  # type: ignore[return-value]
        raise NotFoundError("group", name, nearest(name, [g.name for g in groups]))
    return found


def find_informant(session: Session, pseudonym: str) -> Informant:
    found = people.informant_by_pseudonym(session, pseudonym)
    if found is None:
        names = [i.pseudonym for i in people.all_informants(session)]
        raise NotFoundError("informant", pseudonym, nearest(pseudonym, names))
    return found
