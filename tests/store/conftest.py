from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from bleedcheck.store import open_engine, upgrade


@pytest.fixture(scope="module")
def engine(database_url: str) -> Iterator[Engine]:
    """A migrated database (SQLite or PostgreSQL, from ``database_url``)."""
    engine = open_engine(database_url)
    upgrade(engine)
    yield engine
    engine.dispose()
