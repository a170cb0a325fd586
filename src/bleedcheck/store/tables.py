"""The tables. Nothing that identifies a person is stored: no name, no IP
address, no user agent, and no free text (only the answers read from it)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

__all__ = ["AnswerRow", "AuditRow", "Base", "InterviewRow"]


class Base(DeclarativeBase):
    pass


class InterviewRow(Base):
    __tablename__ = "interviews"

    # A random 128-bit token (32 hex digits): knowing it is the only key.
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    language: Mapped[str] = mapped_column(String(2))
    clinician: Mapped[bool] = mapped_column(Boolean)
    age: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    # Every answer written, changes included: the store refuses more than its limit.
    answers_taken: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class AnswerRow(Base):
    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("interview_id", "finding"),)

    # Autoincrement: the order answers arrived in, which "back" undoes.
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    interview_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("interviews.id", ondelete="CASCADE"), index=True
    )
    finding: Mapped[str] = mapped_column(String(64))
    answer: Mapped[str] = mapped_column(String(8))
    # Answers given in one step (a grouped question) share a step token.
    step: Mapped[str] = mapped_column(String(32))
    # "question" (asked by the interview), "initial" (given at the start) or "text".
    origin: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AuditRow(Base):
    """What the tool told someone, and when, with which knowledge: one row per change.

    It holds no answers, so it can outlive the interview it describes. When the
    interview is erased or expires, ``interview_ref`` is replaced by a new random
    token: the rows of one interview stay together, but the id the person holds
    no longer leads to them.
    """

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    interview_ref: Mapped[str] = mapped_column(String(32), index=True)
    # "started", "answered", "went_back", "corrected" or "erased".
    action: Mapped[str] = mapped_column(String(16))
    knowledge_version: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(2))
    clinician: Mapped[bool] = mapped_column(Boolean)
    # The result shown after the change (empty for "erased").
    level: Mapped[str | None] = mapped_column(String(24), nullable=True)
    # The three most likely condition ids, most likely first, comma-separated.
    conditions: Mapped[str | None] = mapped_column(String(200), nullable=True)
    should_stop: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    questions: Mapped[int] = mapped_column(Integer)
    answers: Mapped[int] = mapped_column(Integer)
