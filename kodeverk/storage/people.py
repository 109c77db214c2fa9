"""Queries on coders, phases, groups, informants and the list of real names."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kodeverk.storage.models import Coder, Coding, Group, Informant, LostCoding, Memo, PersonName, Phase, ProjectInfo


def project_info(session: Session) -> ProjectInfo:
    info = session.scalar(select(ProjectInfo))
    assert info is not None, "every project has its metadata row"
    return info


def all_coders(session: Session) -> list[Coder]:
    return list(session.scalars(select(Coder).order_by(Coder.name)))


def coder_by_name(session: Session, name: str) -> Coder | None:
    return session.scalar(select(Coder).where(Coder.name == name))


def coder_usage(session: Session, coder_id: int) -> tuple[int, int, int]:
    """How many codings, lost codings and memos belong to the coder."""
    return tuple(session.scalar(select(func.count()).select_from(table).where(table.coder_id == coder_id)) or 0
                 for table in (Coding, LostCoding, Memo))  # type: ignore[return-value]


def all_phases(session: Session) -> list[Phase]:
    return list(session.scalars(select(Phase).order_by(Phase.position, Phase.id)))


def phase_by_name(session: Session, name: str) -> Phase | None:
    return session.scalar(select(Phase).where(Phase.name == name))


def all_groups(session: Session) -> list[Group]:
    return list(session.scalars(select(Group).order_by(Group.position, Group.id)))


def group_by_name(session: Session, name: str) -> Group | None:
    return session.scalar(select(Group).where(Group.name == name))


def all_informants(session: Session) -> list[Informant]:
    return list(session.scalars(select(Informant).order_by(Informant.pseudonym)))


def informant_by_pseudonym(session: Session, pseudonym: str) -> Informant | None:
    return session.scalar(select(Informant).where(Informant.pseudonym == pseudonym))


def all_person_names(session: Session) -> list[PersonName]:
    return list(session.scalars(select(PersonName).order_by(PersonName.name)))


def person_name(session: Session, name: str) -> PersonName | None:
    return session.scalar(select(PersonName).where(PersonName.name == name))
