"""Where interviews are kept: an SQLite file by default, PostgreSQL to scale out.

SQLite runs in WAL mode so readers never wait for the writer and several worker
processes can share one file on one machine. PostgreSQL is for several machines.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from platformdirs import user_data_path
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

__all__ = ["DatabaseError", "default_database_url", "open_engine"]

ENV_DATABASE_URL = "BLEEDCHECK_DATABASE_URL"


class DatabaseError(RuntimeError):
    """The database URL is wrong or the database cannot be reached."""


def default_database_url() -> str:
    """``$BLEEDCHECK_DATABASE_URL``, or an SQLite file in the user's data directory."""
    configured = os.environ.get(ENV_DATABASE_URL)
    if configured:
        return configured
    folder = user_data_path("bleedcheck", appauthor=False)
    return f"sqlite:///{folder / 'bleedcheck.sqlite3'}"


def open_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite files get their folder, WAL and a busy timeout."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(f"not a database URL: {url!r}") from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if backend == "postgresql":
        return create_engine(parsed, pool_pre_ping=True, pool_size=5, max_overflow=10)
    raise DatabaseError(
        f"unsupported database {backend!r}: use sqlite:/// or postgresql+psycopg://"
    )


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # NORMAL is durable across application crashes in WAL mode; only a power cut
    # may lose the last commits.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()
