"""The interview store on real SQLite and PostgreSQL."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, inspect, text

from bleedcheck.store import (
    AnswerLimitReached,
    InterviewNotFound,
    InterviewStore,
    upgrade,
)
from bleedcheck.store.migrate import current_revision, head_revision


@pytest.fixture
def store(engine: Engine) -> InterviewStore:
    return InterviewStore(engine)


def test_migrations_reach_head_and_can_run_again(engine: Engine) -> None:
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    assert {"interviews", "answers"} <= set(inspect(engine).get_table_names())


def test_sqlite_runs_in_wal_mode(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite only")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_ids_are_random_128_bit_tokens(store: InterviewStore) -> None:
    ids = {store.create(language="en", clinician=False, age=None).id for _ in range(20)}
    assert len(ids) == 20
    assert all(len(i) == 32 and int(i, 16) >= 0 for i in ids)


def test_answers_keep_their_order_and_count_steps(store: InterviewStore) -> None:
    interview = store.create(
        language="ru", clinician=True, age=41, answers={"postmenopausal": "absent"}
    )
    assert interview.steps == 0 and interview.age == 41 and interview.clinician
    store.record(interview.id, {"fever": "absent"})
    after = store.record(interview.id, {"discharge_abnormal": "present", "fever": "absent"})
    assert list(after.answers) == ["postmenopausal", "fever", "discharge_abnormal"]
    assert after.origins["postmenopausal"] == "initial"
    assert after.steps == 2


def test_the_same_answer_twice_changes_nothing(store: InterviewStore) -> None:
    interview = store.create(language="en", clinician=False, age=30)
    once = store.record(interview.id, {"fever": "present"})
    twice = store.record(interview.id, {"fever": "present"})
    assert twice.answers == once.answers and twice.steps == once.steps == 1


def test_a_changed_answer_replaces_the_old_one(store: InterviewStore) -> None:
    interview = store.create(language="en", clinician=False, age=30)
    store.record(interview.id, {"fever": "present"})
    after = store.record(interview.id, {"fever": "absent"})
    assert after.answers == {"fever": "absent"}


def test_back_forgets_the_last_step_only(store: InterviewStore) -> None:
    interview = store.create(language="en", clinician=False, age=30, answers={"pregnant": "absent"})
    store.record(interview.id, {"fever": "absent"})
    store.record(interview.id, {"lump_or_ulcer": "absent", "warts_seen": "present"})
    after = store.undo_last_step(interview.id)
    assert after.answers == {"pregnant": "absent", "fever": "absent"}
    assert store.undo_last_step(interview.id).answers == {"pregnant": "absent"}
    # Nothing left to undo: the answers given at the start stay.
    assert store.undo_last_step(interview.id).answers == {"pregnant": "absent"}


def test_answers_posted_at_the_same_moment_are_all_kept(store: InterviewStore) -> None:
    interview = store.create(language="en", clinician=False, age=30)
    findings = [
        "fever",
        "lump_or_ulcer",
        "warts_seen",
        "smoker",
        "sti_risk",
        "partner_sti",
        "discharge_abnormal",
        "pain_on_urination",
    ]
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda f: store.record(interview.id, {f: "present"}), findings))
    assert store.get(interview.id).answers == dict.fromkeys(findings, "present") | {}
    assert store.get(interview.id).steps == len(findings)


def test_racing_answers_to_one_question_leave_one_answer(store: InterviewStore) -> None:
    interview = store.create(language="en", clinician=False, age=30)
    values = ["present", "absent"] * 6
    with ThreadPoolExecutor(max_workers=6) as pool:
        list(pool.map(lambda v: store.record(interview.id, {"fever": v}), values))
    assert store.get(interview.id).answers["fever"] in ("present", "absent")


def test_delete_erases_everything(store: InterviewStore, engine: Engine) -> None:
    interview = store.create(language="en", clinician=False, age=30, answers={"fever": "absent"})
    assert store.delete(interview.id)
    assert not store.delete(interview.id)
    with pytest.raises(InterviewNotFound):
        store.get(interview.id)
    with engine.connect() as connection:
        left = connection.execute(
            text("SELECT count(*) FROM answers WHERE interview_id = :i"), {"i": interview.id}
        ).scalar()
    assert left == 0


def test_expired_interviews_are_gone_and_purged(engine: Engine) -> None:
    now = [datetime(2026, 1, 1, tzinfo=UTC)]
    store = InterviewStore(engine, ttl=timedelta(days=30), clock=lambda: now[0])
    old = store.create(language="en", clinician=False, age=30, answers={"fever": "absent"})
    now[0] += timedelta(days=20)
    kept = store.create(language="en", clinician=False, age=30)
    store.record(old.id, {"smoker": "absent"})  # activity pushes expiry back
    now[0] += timedelta(days=31)
    with pytest.raises(InterviewNotFound):
        store.get(old.id)
    with pytest.raises(InterviewNotFound):
        store.record(old.id, {"fever": "present"})
    assert store.purge_expired() >= 2
    now[0] = datetime(2026, 1, 15, tzinfo=UTC)
    with pytest.raises(InterviewNotFound):
        store.get(kept.id)


def test_nothing_personal_is_stored(engine: Engine) -> None:
    columns = {
        table: {c["name"] for c in inspect(engine).get_columns(table)}
        for table in ("interviews", "answers")
    }
    stored = set().union(*columns.values())
    assert not stored & {"name", "ip", "ip_address", "user_agent", "email", "text", "phone"}


def test_an_interview_takes_at_most_its_limit_of_answers(engine: Engine) -> None:
    store = InterviewStore(engine, max_answers=3)
    interview = store.create(language="en", clinician=False, age=30, answers={"fever": "absent"})
    store.record(interview.id, {"fever": "present"})  # a change counts
    store.record(interview.id, {"fever": "present"})  # the same answer again does not
    store.record(interview.id, {"smoker": "absent"})
    assert store.get(interview.id).answers_taken == 3
    with pytest.raises(AnswerLimitReached):
        store.record(interview.id, {"smoker": "present"})
    kept = store.get(interview.id)
    assert kept.answers == {"fever": "present", "smoker": "absent"} and kept.answers_taken == 3
    with pytest.raises(AnswerLimitReached):
        store.create(language="en", clinician=False, age=30, answers=dict.fromkeys("abcd", "x"))


def test_racing_writes_cannot_slip_past_the_answer_limit(engine: Engine) -> None:
    store = InterviewStore(engine, max_answers=5)
    interview = store.create(language="en", clinician=False, age=30)
    findings = ["fever", "lump_or_ulcer", "warts_seen", "smoker", "sti_risk", "partner_sti"]
    findings += ["discharge_abnormal", "pain_on_urination"]

    def write(finding: str) -> bool:
        try:
            store.record(interview.id, {finding: "present"})
        except AnswerLimitReached:
            return False
        return True

    with ThreadPoolExecutor(max_workers=8) as pool:
        accepted = sum(pool.map(write, findings))
    stored = store.get(interview.id)
    assert accepted == 5 == len(stored.answers) == stored.answers_taken
