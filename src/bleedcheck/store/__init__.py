"""Interview sessions in SQLite (default) or PostgreSQL, via SQLAlchemy and Alembic."""

from bleedcheck.store.audit import DEFAULT_AUDIT_RETENTION, AuditEvent, AuditLog
from bleedcheck.store.database import DatabaseError, default_database_url, open_engine
from bleedcheck.store.interviews import (
    DEFAULT_MAX_ANSWERS,
    DEFAULT_TTL,
    AnswerLimitReached,
    InterviewNotFound,
    InterviewStore,
    StoredInterview,
)
from bleedcheck.store.migrate import upgrade

__all__ = [
    "DEFAULT_AUDIT_RETENTION",
    "DEFAULT_MAX_ANSWERS",
    "DEFAULT_TTL",
    "AnswerLimitReached",
    "AuditEvent",
    "AuditLog",
    "DatabaseError",
    "InterviewNotFound",
    "InterviewStore",
    "StoredInterview",
    "default_database_url",
    "open_engine",
    "upgrade",
]
