"""Interview sessions kept in the database, so no state lives in a process.

Any worker on any machine can serve the next request of an interview. Each answer
is its own row: two answers posted at the same moment are both kept, and posting
the same answer twice changes nothing.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bleedcheck.store.audit import unlink
from bleedcheck.store.tables import AnswerRow, InterviewRow

__all__ = [
    "DEFAULT_MAX_ANSWERS",
    "DEFAULT_TTL",
    "AnswerLimitReached",
    "InterviewNotFound",
    "InterviewStore",
    "StoredInterview",
]

DEFAULT_TTL = timedelta(days=30)
# A full interview asks a few dozen questions; even going back and changing every
# answer several times stays far below this. More is a script writing forever.
DEFAULT_MAX_ANSWERS = 500
_RETRIES = 5


class InterviewNotFound(LookupError):
    """No interview with that id: never created, erased, or expired."""


class AnswerLimitReached(ValueError):
    """The interview has taken as many answers as one interview may (changes count)."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"an interview takes at most {limit} answers")
        self.limit = limit


@dataclass(frozen=True)
class StoredInterview:
    id: str
    language: str
    clinician: bool
    age: int | None
    created_at: datetime
    updated_at: datetime
    expires_at: datetime
    # In the order they were given.
    answers: dict[str, str]
    origins: dict[str, str]
    # Interview steps taken (a grouped question counts once); answers given at
    # the start or read from text are not steps.
    steps: int
    # Answers written so far, changes included (what the answer limit counts).
    answers_taken: int = 0


def _utc(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; everything stored is UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _now() -> datetime:
    return datetime.now(UTC)


def _rows(
    interview_id: str, answers: Mapping[str, str], origin: str, now: datetime
) -> list[AnswerRow]:
    """One step's answers as rows sharing a fresh step token."""
    step = secrets.token_hex(8)
    return [
        AnswerRow(
            interview_id=interview_id,
            finding=finding,
            answer=answer,
            step=step,
            origin=origin,
            created_at=now,
        )
        for finding, answer in answers.items()
    ]


class InterviewStore:
    def __init__(
        self,
        engine: Engine,
        *,
        ttl: timedelta = DEFAULT_TTL,
        clock: Callable[[], datetime] = _now,
        max_answers: int = DEFAULT_MAX_ANSWERS,
    ) -> None:
        self.engine = engine
        self.ttl = ttl
        self.clock = clock
        self.max_answers = max_answers

    def create(
        self,
        *,
        language: str,
        clinician: bool,
        age: int | None,
        answers: Mapping[str, str] | None = None,
        origin: str = "initial",
    ) -> StoredInterview:
        now = self.clock()
        interview_id = secrets.token_hex(16)
        if len(answers or {}) > self.max_answers:
            raise AnswerLimitReached(self.max_answers)
        with Session(self.engine) as session, session.begin():
            session.add(
                InterviewRow(
                    id=interview_id,
                    language=language,
                    clinician=clinician,
                    age=age,
                    created_at=now,
                    updated_at=now,
                    expires_at=now + self.ttl,
                    answers_taken=len(answers or {}),
                )
            )
            session.flush()
            session.add_all(_rows(interview_id, answers or {}, origin, now))
        return self.get(interview_id)

    def get(self, interview_id: str) -> StoredInterview:
        with Session(self.engine) as session:
            return self._read(session, interview_id)

    def record(
        self, interview_id: str, answers: Mapping[str, str], *, origin: str = "question"
    ) -> StoredInterview:
        """Save one step's answers. Unchanged answers are ignored (idempotent);
        a changed answer replaces the old one and becomes part of this step."""
        for attempt in range(_RETRIES):
            try:
                with Session(self.engine) as session, session.begin():
                    self._touch(session, interview_id)
                    rows = session.execute(
                        select(AnswerRow.finding, AnswerRow.answer).where(
                            AnswerRow.interview_id == interview_id,
                            AnswerRow.finding.in_(list(answers)),
                        )
                    ).all()
                    old = {row.finding: row.answer for row in rows}
                    changed = {f: a for f, a in answers.items() if old.get(f) != a}
                    if changed:
                        self._count(session, interview_id, len(changed))
                        session.execute(
                            delete(AnswerRow).where(
                                AnswerRow.interview_id == interview_id,
                                AnswerRow.finding.in_(list(changed)),
                            )
                        )
                        session.add_all(_rows(interview_id, changed, origin, self.clock()))
                break
            except IntegrityError:
                # Another request wrote the same finding at the same moment: try again
                # on top of what it wrote.
                if attempt == _RETRIES - 1:
                    raise
        return self.get(interview_id)

    def undo_last_step(self, interview_id: str) -> StoredInterview:
        """Forget the most recent interview step (the "back" button)."""
        with Session(self.engine) as session, session.begin():
            self._touch(session, interview_id)
            last = session.execute(
                select(AnswerRow.step)
                .where(AnswerRow.interview_id == interview_id, AnswerRow.origin == "question")
                .order_by(AnswerRow.id.desc())
                .limit(1)
            ).scalar_one_or_none()
            if last is not None:
                session.execute(
                    delete(AnswerRow).where(
                        AnswerRow.interview_id == interview_id, AnswerRow.step == last
                    )
                )
        return self.get(interview_id)

    def forget(self, interview_id: str, findings: list[str]) -> StoredInterview:
        """Remove answers (e.g. something misread from the person's words)."""
        with Session(self.engine) as session, session.begin():
            self._touch(session, interview_id)
            session.execute(
                delete(AnswerRow).where(
                    AnswerRow.interview_id == interview_id, AnswerRow.finding.in_(findings)
                )
            )
        return self.get(interview_id)

    def set_age(self, interview_id: str, age: int | None) -> StoredInterview:
        with Session(self.engine) as session, session.begin():
            self._touch(session, interview_id, age=age)
        return self.get(interview_id)

    def set_language(self, interview_id: str, language: str) -> StoredInterview:
        with Session(self.engine) as session, session.begin():
            self._touch(session, interview_id, language=language)
        return self.get(interview_id)

    def delete(self, interview_id: str) -> str | None:
        """Erase an interview and all its answers; None if there was none.

        Returns the new, unlinked reference its audit events now carry.
        """
        with Session(self.engine) as session, session.begin():
            new_ref = unlink(session, interview_id)
            session.execute(delete(AnswerRow).where(AnswerRow.interview_id == interview_id))
            gone = session.execute(delete(InterviewRow).where(InterviewRow.id == interview_id))
            return new_ref if gone.rowcount else None  # type: ignore[attr-defined]

    def purge_expired(self) -> int:
        """Delete every expired interview; return how many."""
        now = self.clock()
        with Session(self.engine) as session, session.begin():
            expired = select(InterviewRow.id).where(InterviewRow.expires_at < now)
            for interview_id in session.execute(expired).scalars().all():
                unlink(session, interview_id)
            session.execute(delete(AnswerRow).where(AnswerRow.interview_id.in_(expired)))
            gone = session.execute(delete(InterviewRow).where(InterviewRow.expires_at < now))
            return int(gone.rowcount)  # type: ignore[attr-defined]

    def count(self) -> int:
        with Session(self.engine) as session:
            return int(session.execute(select(func.count()).select_from(InterviewRow)).scalar_one())

    def _touch(self, session: Session, interview_id: str, **values: object) -> None:
        """Mark activity (and lock the row, so writes to one interview take turns)."""
        now = self.clock()
        result = session.execute(
            update(InterviewRow)
            .where(InterviewRow.id == interview_id, InterviewRow.expires_at >= now)
            .values(updated_at=now, expires_at=now + self.ttl, **values)
        )
        if not result.rowcount:  # type: ignore[attr-defined]
            raise InterviewNotFound(interview_id)

    def _count(self, session: Session, interview_id: str, more: int) -> None:
        """Add to the interview's answer count, or refuse past the limit. The row is
        already locked by ``_touch``, so concurrent writes cannot both slip under it."""
        taken = session.execute(
            select(InterviewRow.answers_taken).where(InterviewRow.id == interview_id)
        ).scalar_one()
        if taken + more > self.max_answers:
            raise AnswerLimitReached(self.max_answers)
        session.execute(
            update(InterviewRow)
            .where(InterviewRow.id == interview_id)
            .values(answers_taken=InterviewRow.answers_taken + more)
        )

    def _read(self, session: Session, interview_id: str) -> StoredInterview:
        row = session.get(InterviewRow, interview_id)
        if row is None or _utc(row.expires_at) < self.clock():
            raise InterviewNotFound(interview_id)
        answers = session.execute(
            select(AnswerRow.finding, AnswerRow.answer, AnswerRow.origin, AnswerRow.step)
            .where(AnswerRow.interview_id == interview_id)
            .order_by(AnswerRow.id)
        ).all()
        return StoredInterview(
            id=row.id,
            language=row.language,
            clinician=row.clinician,
            age=row.age,
            created_at=_utc(row.created_at),
            updated_at=_utc(row.updated_at),
            expires_at=_utc(row.expires_at),
            answers={a.finding: a.answer for a in answers},
            origins={a.finding: a.origin for a in answers},
            steps=len({a.step for a in answers if a.origin == "question"}),
            answers_taken=row.answers_taken,
        )
