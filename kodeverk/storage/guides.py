"""Queries on interview guides and their questions."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kodeverk.storage.models import Guide, GuideQuestion


def all_guides(session: Session) -> list[Guide]:
    return list(session.scalars(select(Guide).options(selectinload(Guide.questions)).order_by(Guide.name)))


def guide_by_name(session: Session, name: str) -> Guide | None:
    return session.scalar(select(Guide).options(selectinload(Guide.questions)).where(Guide.name == name))


def add_guide(session: Session, name: str, description: str, questions: list[str]) -> Guide:
    guide = Guide(name=name, description=description,
                  questions=[GuideQuestion(position=i, text=q) for i, q in enumerate(questions)])
    session.add(guide)
    session.flush()
    return guide
