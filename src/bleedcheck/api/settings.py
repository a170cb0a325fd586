"""Server settings: command-line options first, then ``BLEEDCHECK_*`` variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import timedelta

from bleedcheck.store import (
    DEFAULT_AUDIT_RETENTION,
    DEFAULT_MAX_ANSWERS,
    DEFAULT_TTL,
    default_database_url,
)

__all__ = ["UVICORN_OPTIONS", "Settings"]


def _int_env(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


@dataclass(frozen=True)
class Settings:
    database_url: str = field(default_factory=default_database_url)
    # Interviews are erased this long after their last answer.
    ttl: timedelta = field(
        default_factory=lambda: timedelta(days=_int_env("BLEEDCHECK_TTL_DAYS", DEFAULT_TTL.days))
    )
    # Audit events (no answers, only what the tool said) are kept this long.
    audit_retention: timedelta = field(
        default_factory=lambda: timedelta(
            days=_int_env("BLEEDCHECK_AUDIT_DAYS", DEFAULT_AUDIT_RETENTION.days)
        )
    )
    # A case is a few hundred bytes; 64 KiB leaves room for a long free text.
    max_body_bytes: int = field(default_factory=lambda: _int_env("BLEEDCHECK_MAX_BODY", 65_536))
    # Answers one interview may take, changed answers included (a script, not a person).
    max_answers: int = field(
        default_factory=lambda: _int_env("BLEEDCHECK_MAX_ANSWERS", DEFAULT_MAX_ANSWERS)
    )
    # New interviews per client address per minute, in each worker; 0 turns it off.
    interviews_per_minute: int = field(
        default_factory=lambda: _int_env("BLEEDCHECK_INTERVIEWS_PER_MINUTE", 30)
    )


# How uvicorn runs the app, wherever it is started: no "server" header to tell
# attackers what we run, and no access log by default (it would record addresses).
UVICORN_OPTIONS: dict[str, object] = {
    "server_header": False,
    "access_log": False,
    "log_level": "warning",
}
