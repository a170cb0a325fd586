"""The audit trail: what the tool told each interview, when, and with which knowledge.

A health service running a triage tool must be able to answer, months later,
"what did it tell this person, and why?" The answers themselves are erased with
the interview, so the trail keeps only the result of every change (level, top
causes, knowledge version) and counts. It is written by the interview service
after each change, read by the operator with ``bleedcheck audit``, and never
served over HTTP (the API has no operator login).
"""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.orm import Session

from bleedcheck.store.tables import AuditRow

__all__ = ["DEFAULT_AUDIT_RETENTION", "AuditEvent", "AuditLog", "unlink"]

# Long enough to look into a complaint or an incident report after a year.
DEFAULT_AUDIT_RETENTION = timedelta(days=400)


@dataclass(frozen=True)
class AuditEvent:
    at: datetime
    interview_ref: str
    action: str
    knowledge_version: str
    language: str
    clinician: bool
    level: str | None
    conditions: tuple[str, ...]
    should_stop: bool | None
    questions: int
    answers: int

    def to_dict(self) -> dict[str, object]:
        out = asdict(self)
        out["at"] = self.at.isoformat()
        out["conditions"] = list(self.conditions)
        return out


def unlink(session: Session, interview_id: str) -> str:
    """Cut the trail's link to an interview that is being erased or has expired.

    The rows keep a fresh random reference, so they still read as one interview,
    but nobody holding the old id can find them. Called inside the transaction
    that deletes the interview, so the two never disagree. Returns the new reference.
    """
    new_ref = secrets.token_hex(16)
    session.execute(
        update(AuditRow).where(AuditRow.interview_ref == interview_id).values(interview_ref=new_ref)
    )
    return new_ref


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class AuditLog:
    def __init__(
        self,
        engine: Engine,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        retention: timedelta = DEFAULT_AUDIT_RETENTION,
    ) -> None:
        self.engine = engine
        self.clock = clock
        self.retention = retention

    def write(
        self,
        interview_ref: str,
        action: str,
        *,
        knowledge_version: str,
        language: str,
        clinician: bool,
        level: str | None = None,
        conditions: tuple[str, ...] = (),
        should_stop: bool | None = None,
        questions: int = 0,
        answers: int = 0,
    ) -> None:
        with Session(self.engine) as session, session.begin():
            session.add(
                AuditRow(
                    at=self.clock(),
                    interview_ref=interview_ref,
                    action=action,
                    knowledge_version=knowledge_version,
                    language=language,
                    clinician=clinician,
                    level=level,
                    conditions=",".join(conditions[:3]) or None,
                    should_stop=should_stop,
                    questions=questions,
                    answers=answers,
                )
            )

    def events(
        self, *, since: datetime | None = None, interview_ref: str | None = None
    ) -> Iterator[AuditEvent]:
        """Events in the order they happened, optionally from a moment or for one interview."""
        query = select(AuditRow).order_by(AuditRow.id)
        if since is not None:
            query = query.where(AuditRow.at >= since)
        if interview_ref is not None:
            query = query.where(AuditRow.interview_ref == interview_ref)
        with Session(self.engine) as session:
            for row in session.execute(query).scalars():
                yield AuditEvent(
                    at=_utc(row.at),
                    interview_ref=row.interview_ref,
                    action=row.action,
                    knowledge_version=row.knowledge_version,
                    language=row.language,
                    clinician=row.clinician,
                    level=row.level,
                    conditions=tuple(row.conditions.split(",")) if row.conditions else (),
                    should_stop=row.should_stop,
                    questions=row.questions,
                    answers=row.answers,
                )

    def outcomes(self, *, since: datetime | None = None) -> dict[date, Counter[str]]:
        """Per day an interview started, how many ended at each level.

        An interview's outcome is the last level it was shown, so a service can
        watch how many people it sends to emergency departments (over-triage
        floods them) and whether a new knowledge version shifts that.
        """
        first: dict[str, date] = {}
        last: dict[str, str] = {}
        for event in self.events(since=since):
            first.setdefault(event.interview_ref, event.at.date())
            if event.level is not None:
                last[event.interview_ref] = event.level
        days: dict[date, Counter[str]] = {}
        for ref, day in first.items():
            if ref in last:
                days.setdefault(day, Counter())[last[ref]] += 1
        return dict(sorted(days.items()))

    def purge(self) -> int:
        """Delete events older than the retention period; return how many."""
        cutoff = self.clock() - self.retention
        with Session(self.engine) as session, session.begin():
            gone = session.execute(delete(AuditRow).where(AuditRow.at < cutoff))
            return int(gone.rowcount)  # type: ignore[attr-defined]
