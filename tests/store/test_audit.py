"""The audit trail on real SQLite and PostgreSQL: every change of an interview is
recorded with the result it led to, erasure and expiry cut the link to the id, and
old events are purged."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from bleedcheck.cli import app
from bleedcheck.kb.compile import CompiledModel
from bleedcheck.kb.schema import TriageLevel
from bleedcheck.service import InterviewService
from bleedcheck.store import AuditLog, InterviewStore


class Clock:
    """A clock the test moves by hand (expiry and retention without waiting)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 21, 2, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(engine: Engine, model: CompiledModel, clock: Clock) -> InterviewService:
    store = InterviewStore(engine, clock=clock, ttl=timedelta(days=30))
    return InterviewService(store, model, AuditLog(engine, clock=clock))


def _trail(service: InterviewService, ref: str) -> list[dict[str, object]]:
    return [e.to_dict() for e in service.audit.events(interview_ref=ref)]


def test_every_change_is_recorded_with_the_result_it_led_to(
    service: InterviewService, model: CompiledModel
) -> None:
    view = service.start(age=30, evidence={"postmenopausal": "absent"})
    service.answer(view.id, {"pregnant": "absent"})
    answered = service.answer(view.id, {"bleeding_heavy": "present"})
    back = service.back(view.id)
    trail = _trail(service, view.id)
    assert [e["action"] for e in trail] == ["started", "answered", "answered", "went_back"]
    assert {e["knowledge_version"] for e in trail} == {model.version}
    # Each event holds what the person was shown at that moment.
    assert trail[2]["level"] == answered.assessment.level.name
    assert answered.assessment.level >= TriageLevel.emergency
    assert trail[3]["level"] == back.assessment.level.name != trail[2]["level"]
    assert trail[2]["conditions"] == [c.id for c in answered.assessment.conditions[:3]]
    assert trail[2]["should_stop"] is answered.assessment.should_stop
    assert [e["answers"] for e in trail] == [1, 2, 3, 2]
    assert [e["questions"] for e in trail] == [0, 1, 2, 1]


def test_the_trail_holds_no_answers(service: InterviewService) -> None:
    view = service.start(age=30, evidence={"fever": "present"})
    for event in _trail(service, view.id):
        assert "fever" not in json.dumps(event)


def test_erasing_cuts_the_link_but_keeps_the_events(service: InterviewService) -> None:
    view = service.start(age=22, evidence={"first_intercourse": "present"})
    service.answer(view.id, {"pregnant": "absent"})
    assert len(_trail(service, view.id)) == 2
    assert service.erase(view.id)
    assert _trail(service, view.id) == []  # the id the person held leads nowhere now
    last = list(service.audit.events())[-1]
    assert last.action == "erased" and last.level is None
    # The erasure sits with the interview's own (re-labelled) events.
    together = _trail(service, last.interview_ref)
    assert [e["action"] for e in together] == ["started", "answered", "erased"]
    assert last.interview_ref != view.id
    assert not service.erase(view.id)


def test_expiry_cuts_the_link_too(service: InterviewService, clock: Clock) -> None:
    view = service.start(age=40, evidence={"postmenopausal": "absent"})
    clock.now += timedelta(days=31)
    assert service.store.purge_expired() >= 1
    assert _trail(service, view.id) == []


def test_old_events_are_purged_after_the_retention_period(engine: Engine, clock: Clock) -> None:
    log = AuditLog(engine, clock=clock, retention=timedelta(days=10))
    log.write("a" * 32, "started", knowledge_version="v", language="en", clinician=False)
    clock.now += timedelta(days=11)
    log.write("b" * 32, "started", knowledge_version="v", language="en", clinician=False)
    assert log.purge() >= 1
    refs = {e.interview_ref for e in log.events()}
    assert "b" * 32 in refs and "a" * 32 not in refs


def test_outcomes_count_the_last_level_of_each_interview(engine: Engine) -> None:
    clock = Clock()
    clock.now = datetime(2031, 1, 5, 9, tzinfo=UTC)  # a day no other test writes
    log = AuditLog(engine, clock=clock)
    common = {"knowledge_version": "v", "language": "ru", "clinician": False}
    log.write("c" * 32, "started", level="consultation", **common)  # type: ignore[arg-type]
    log.write("c" * 32, "answered", level="emergency", **common)  # type: ignore[arg-type]
    log.write("d" * 32, "started", level="self_care", **common)  # type: ignore[arg-type]
    days = log.outcomes(since=clock.now)
    assert days == {clock.now.date(): {"emergency": 1, "self_care": 1}}


def test_the_audit_command_prints_json_lines_and_a_summary(
    database_url: str, service: InterviewService
) -> None:
    view = service.start(age=35, evidence={"postmenopausal": "absent"})
    runner = CliRunner()
    lines = runner.invoke(app, ["audit", "--database-url", database_url, "--interview", view.id])
    assert lines.exit_code == 0, lines.output
    events = [json.loads(line) for line in lines.output.splitlines()]
    assert [e["action"] for e in events] == ["started"]
    assert events[0]["interview_ref"] == view.id
    table = runner.invoke(app, ["audit", "--database-url", database_url, "--summary"])
    assert table.exit_code == 0 and "consultation_24" in table.output
    bad = runner.invoke(app, ["audit", "--database-url", database_url, "--since", "yesterday"])
    assert bad.exit_code == 2 and "--since must be a date" in bad.output
