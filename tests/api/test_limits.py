"""The abuse limits over real HTTP: new interviews per minute (429 + Retry-After),
answers per interview (422), text length (422). Each test runs a server whose limits
are set low, on SQLite and on PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest

from bleedcheck.api import Settings, create_app
from bleedcheck.api.ratelimit import SlidingWindow
from tests.conftest import LiveServer

PER_MINUTE = 3
MAX_ANSWERS = 4


@pytest.fixture(scope="module")
def limited(database_url: str) -> Iterator[LiveServer]:
    settings = Settings(
        database_url=database_url, interviews_per_minute=PER_MINUTE, max_answers=MAX_ANSWERS
    )
    with LiveServer(create_app(settings)) as server:
        yield server


@pytest.fixture
def client(limited: LiveServer) -> Iterator[httpx.Client]:
    # A fresh limiter per test, so the tests do not spend each other's allowance.
    limited.server.config.app.state.new_interviews = SlidingWindow(PER_MINUTE)
    with httpx.Client(base_url=limited.url, timeout=30) as client:
        yield client


def test_too_many_new_interviews_get_429_with_retry_after(client: httpx.Client) -> None:
    for _ in range(PER_MINUTE):
        assert client.post("/v1/interviews", json={}).status_code == 201
    refused = client.post("/v1/interviews", json={"age": 30})
    assert refused.status_code == 429
    assert 1 <= int(refused.headers["retry-after"]) <= 60
    error = refused.json()["error"]
    assert error["status"] == 429 and "try again in" in error["message"]
    # Only starting is limited: reading and answering existing interviews goes on.
    started = client.get("/healthz")
    assert started.status_code == 200


def test_a_refused_start_is_not_counted_and_bad_bodies_do_not_spend_the_allowance(
    client: httpx.Client,
) -> None:
    for _ in range(PER_MINUTE + 2):
        assert client.post("/v1/interviews", json={"age": "x"}).status_code == 422
    assert client.post("/v1/interviews", json={}).status_code == 201


def test_the_start_page_is_limited_too_and_still_says_when_to_call_an_ambulance(
    client: httpx.Client,
) -> None:
    def start() -> httpx.Response:
        page = client.get("/").text
        token = re.search(r'name="csrf" value="([^"]+)"', page)
        assert token
        return client.post("/start", data={"csrf": token.group(1), "age": "30"})

    for _ in range(PER_MINUTE):
        assert start().status_code == 303
    refused = start()
    assert refused.status_code == 429
    assert int(refused.headers["retry-after"]) >= 1
    assert "call an ambulance now" in refused.text
    assert "112" in refused.text


def test_an_interview_takes_only_so_many_answers(client: httpx.Client) -> None:
    interview = client.post("/v1/interviews", json={}).json()
    url = f"/v1/interviews/{interview['id']}/answers"
    # Changing an answer back and forth counts; posting the same answer again does not.
    for answer in ("present", "absent", "present", "absent"):
        assert client.post(url, json={"finding": "fever", "answer": answer}).status_code == 200
    assert client.post(url, json={"finding": "fever", "answer": "absent"}).status_code == 200
    refused = client.post(url, json={"finding": "smoker", "answer": "absent"})
    assert refused.status_code == 422
    error = refused.json()["error"]
    assert error["field"] == "answers" and f"limit of {MAX_ANSWERS} answers" in error["message"]
    # The refused answer was not stored, and the interview still reads.
    stored = client.get(f"/v1/interviews/{interview['id']}").json()
    assert stored["result"]["evidence"]["fever"] == "absent"
    assert "smoker" not in stored["result"]["evidence"]


def test_too_many_answers_at_the_start_are_refused(client: httpx.Client) -> None:
    findings = ["fever", "smoker", "postmenopausal", "pregnant", "pain_one_sided"]
    body = {"evidence": dict.fromkeys(findings, "absent")}
    refused = client.post("/v1/interviews", json=body)
    assert refused.status_code == 422 and refused.json()["error"]["field"] == "answers"


def test_text_over_the_limit_is_refused_naming_the_field(client: httpx.Client) -> None:
    for path in ("/v1/assess", "/v1/interviews"):
        refused = client.post(path, json={"age": 30, "text": "a" * 10_001})
        assert refused.status_code == 422, path
        assert refused.json()["error"]["field"] == "text"
