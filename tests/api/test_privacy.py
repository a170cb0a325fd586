"""Nothing that identifies a person reaches the database: not the free text, not
the address, not the browser. Checked on the whole database after real requests,
on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import Engine, inspect, select

from bleedcheck.store import open_engine
from bleedcheck.store.tables import Base
from tests.conftest import LiveServer

# Every column the store has; a new one must be added here on purpose, after
# asking whether it could identify someone.
ALLOWED_COLUMNS = {
    "interviews": {
        "id",
        "language",
        "clinician",
        "age",
        "created_at",
        "updated_at",
        "expires_at",
        "answers_taken",
    },
    "answers": {"id", "interview_id", "finding", "answer", "step", "origin", "created_at"},
    # What the tool said, never what the person answered (see store/audit.py).
    "audit_events": {
        "id",
        "at",
        "interview_ref",
        "action",
        "knowledge_version",
        "language",
        "clinician",
        "level",
        "conditions",
        "should_stop",
        "questions",
        "answers",
    },
    "alembic_version": {"version_num"},
}

MARKERS = ("Zenobia Quackenbush", "Mozilla/5.0 (Marker 7731)", "203.0.113.77", "ZQ-7731")


@pytest.fixture(scope="module")
def engine(database_url: str) -> Iterator[Engine]:
    engine = open_engine(database_url)
    yield engine
    engine.dispose()


def _everything(engine: Engine) -> str:
    """Every value in every table, as one text to search."""
    tables = set(inspect(engine).get_table_names())
    dumped = []
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if table.name in tables:
                dumped += [repr(tuple(row)) for row in connection.execute(select(table))]
    return "\n".join(dumped)


def test_only_the_known_columns_exist(engine: Engine, live_server: LiveServer) -> None:
    columns = {
        table: {c["name"] for c in inspect(engine).get_columns(table)}
        for table in inspect(engine).get_table_names()
    }
    assert columns == ALLOWED_COLUMNS


def test_no_text_address_or_browser_is_stored(engine: Engine, live_server: LiveServer) -> None:
    name, agent, address, code = MARKERS
    headers = {"user-agent": agent, "x-forwarded-for": address, "x-real-ip": address}
    text = f"My name is {name}, patient {code}. I bled after sex, heavily, and feel faint."
    with httpx.Client(base_url=live_server.url, headers=headers, timeout=30) as client:
        started = client.post("/v1/interviews", json={"age": 33, "text": text})
        assert started.status_code == 201, started.text
        interview = started.json()["id"]
        answered = client.post(
            f"/v1/interviews/{interview}/answers", json={"finding": "fever", "answer": "absent"}
        )
        assert answered.status_code == 200
    stored = _everything(engine)
    assert interview in stored  # the dump really holds this interview
    for marker in MARKERS:
        assert marker not in stored
    # What the text said is kept only as answers (finding ids), never its words.
    assert "I bled after sex" not in stored and "feel faint" not in stored
    assert "dizziness_or_fainting" in stored
