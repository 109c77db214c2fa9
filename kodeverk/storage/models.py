"""The mapped tables of a project.

Offsets (``start``/``end`` of turns and codings) are Unicode code points into
``Transcript.text``, half-open ``[start, end)``. ``Transcript.text`` is stored
already normalised (``kodeverk.text.normalise``), so offsets never drift.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship, validates

from kodeverk.storage.base import Base, utc_now


def new_uuid() -> str:
    """A fresh random UUID as text (stable identity across copies and exports)."""
    return str(uuid_module.uuid4())


class ProjectInfo(Base):
    """The one row of project metadata."""

    __tablename__ = "project"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created: Mapped[dt.datetime] = mapped_column(default=utc_now)
    app_version: Mapped[str] = mapped_column(String(40))
    template: Mapped[str | None] = mapped_column(String(80))


class Coder(Base):
    """A person who codes; every coding belongs to one."""

    __tablename__ = "coder"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    colour: Mapped[str] = mapped_column(String(7), default="#1F77B4")
    initials: Mapped[str] = mapped_column(String(8), default="")


class Phase(Base):
    """A phase of the study (Fase 1, 2, 3)."""

    __tablename__ = "phase"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)


transcript_group = Table(
    "transcript_group",
    Base.metadata,
    Column("transcript_id", ForeignKey("transcript.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", ForeignKey("core_group.id", ondelete="CASCADE"), primary_key=True),
)


class Group(Base):
    """A core group (kjernegruppe) or other measure; the list is user-editable."""

    __tablename__ = "core_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    full_name: Mapped[str] = mapped_column(String(300), default="")
    lead_ministry: Mapped[str] = mapped_column(String(40), default="")
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(default=0)


class Informant(Base):
    """An interviewee, known in every export only by pseudonym."""

    __tablename__ = "informant"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    pseudonym: Mapped[str] = mapped_column(String(80), unique=True)
    ministry: Mapped[str | None] = mapped_column(String(80))
    role: Mapped[str | None] = mapped_column(String(120))
    is_manager: Mapped[bool | None] = mapped_column(Boolean)
    real_name: Mapped[str | None] = mapped_column(String(200))

    attributes: Mapped[list[InformantAttribute]] = relationship(
        back_populates="informant", cascade="all, delete-orphan", order_by="InformantAttribute.key"
    )


class InformantAttribute(Base):
    """A free key/value attribute of an informant (unknown manifest columns)."""

    __tablename__ = "informant_attribute"
    __table_args__ = (UniqueConstraint("informant_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    informant_id: Mapped[int] = mapped_column(ForeignKey("informant.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(120))
    value: Mapped[str] = mapped_column(Text, default="")

    informant: Mapped[Informant] = relationship(back_populates="attributes")


class Transcript(Base):
    """One interview: normalised text plus the original file for provenance."""

    __tablename__ = "transcript"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    original_filename: Mapped[str] = mapped_column(String(500), default="")
    original_bytes: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    source_format: Mapped[str] = mapped_column(String(10), default="")
    text: Mapped[str] = deferred(mapped_column(Text))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    char_count: Mapped[int] = mapped_column(default=0)
    word_count: Mapped[int] = mapped_column(default=0)
    phase_id: Mapped[int | None] = mapped_column(ForeignKey("phase.id", ondelete="SET NULL"))
    informant_id: Mapped[int | None] = mapped_column(ForeignKey("informant.id", ondelete="SET NULL"))
    interview_date: Mapped[dt.date | None] = mapped_column(Date)
    imported: Mapped[dt.datetime] = mapped_column(default=utc_now)

    phase: Mapped[Phase | None] = relationship()
    informant: Mapped[Informant | None] = relationship()
    groups: Mapped[list[Group]] = relationship(secondary=transcript_group, order_by="Group.position")
    turns: Mapped[list[Turn]] = relationship(
        back_populates="transcript", cascade="all, delete-orphan", order_by="Turn.start"
    )

    @validates("text")
    def _count_characters(self, _key: str, text: str | None) -> str | None:
        """``char_count`` follows the text (code points), so span checks need not load the text."""
        self.char_count = len(text) if text is not None else 0
        return text


class Turn(Base):
    """A speaker turn inside a transcript: ``[start, end)``, label in ``[start, label_end)``."""

    __tablename__ = "turn"
    __table_args__ = (
        CheckConstraint("start >= 0 AND label_end >= start AND \"end\" >= label_end", name="span"),
        Index("ix_turn_transcript_start", "transcript_id", "start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    transcript_id: Mapped[int] = mapped_column(ForeignKey("transcript.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    label_end: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[str] = mapped_column(String(120))
    is_interviewer: Mapped[bool] = mapped_column(Boolean, default=False)

    transcript: Mapped[Transcript] = relationship(back_populates="turns")


class Code(Base):
    """A code of the codebook; a tree through ``parent_id``, ordered by ``position``."""

    __tablename__ = "code"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("code.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[str] = mapped_column(String(7), default="#888888")
    position: Mapped[int] = mapped_column(default=0)
    shortcut: Mapped[int | None] = mapped_column(Integer)


class Coding(Base):
    """A coded segment: ``[start, end)`` of a transcript tagged with a code by a coder."""

    __tablename__ = "coding"
    __table_args__ = (
        UniqueConstraint("transcript_id", "code_id", "coder_id", "start", "end"),
        CheckConstraint("start >= 0 AND \"end\" > start", name="span"),
        Index("ix_coding_transcript_start", "transcript_id", "start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    transcript_id: Mapped[int] = mapped_column(ForeignKey("transcript.id", ondelete="CASCADE"))
    code_id: Mapped[int] = mapped_column(ForeignKey("code.id", ondelete="RESTRICT"), index=True)
    coder_id: Mapped[int] = mapped_column(ForeignKey("coder.id", ondelete="RESTRICT"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    created: Mapped[dt.datetime] = mapped_column(default=utc_now)
    memo: Mapped[str] = mapped_column(Text, default="")

    transcript: Mapped[Transcript] = relationship()
    code: Mapped[Code] = relationship()
    coder: Mapped[Coder] = relationship()


class Memo(Base):
    """A memo on the project (no target), a transcript or a code."""

    __tablename__ = "memo"

    id: Mapped[int] = mapped_column(primary_key=True)
    transcript_id: Mapped[int | None] = mapped_column(ForeignKey("transcript.id", ondelete="CASCADE"), index=True)
    code_id: Mapped[int | None] = mapped_column(ForeignKey("code.id", ondelete="CASCADE"), index=True)
    coder_id: Mapped[int | None] = mapped_column(ForeignKey("coder.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[dt.datetime] = mapped_column(default=utc_now)
    updated: Mapped[dt.datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class PersonName(Base):
    """A real name that must never appear in an export (informants' and others')."""

    __tablename__ = "person_name"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    informant_id: Mapped[int | None] = mapped_column(ForeignKey("informant.id", ondelete="CASCADE"))


class Guide(Base):
    """An interview guide: the questions an interviewer asked, in order."""

    __tablename__ = "guide"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[dt.datetime] = mapped_column(default=utc_now)

    questions: Mapped[list[GuideQuestion]] = relationship(
        back_populates="guide", cascade="all, delete-orphan", order_by="GuideQuestion.position"
    )


class GuideQuestion(Base):
    """One question of a guide, at ``position`` (0-based) in the guide's order."""

    __tablename__ = "guide_question"
    __table_args__ = (UniqueConstraint("guide_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    guide_id: Mapped[int] = mapped_column(ForeignKey("guide.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)

    guide: Mapped[Guide] = relationship(back_populates="questions")


class LostCoding(Base):
    """A coding whose passage a revision of its transcript removed: kept for review, never dropped.

    ``start``/``end`` are offsets into the text as it was before the revision
    (``passage`` holds that text); ``reason`` says why it could not be placed.
    """

    __tablename__ = "lost_coding"

    id: Mapped[int] = mapped_column(primary_key=True)
    transcript_id: Mapped[int] = mapped_column(ForeignKey("transcript.id", ondelete="CASCADE"), index=True)
    code_id: Mapped[int] = mapped_column(ForeignKey("code.id", ondelete="CASCADE"), index=True)
    coder_id: Mapped[int] = mapped_column(ForeignKey("coder.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    passage: Mapped[str] = mapped_column(Text)
    memo: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    lost: Mapped[dt.datetime] = mapped_column(default=utc_now)
