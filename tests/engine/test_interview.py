"""The adaptive interview: order of questions, grouping, stopping."""

from __future__ import annotations

from bleedcheck import TriageLevel, assess
from bleedcheck.engine.interview import MAX_QUESTIONS
from bleedcheck.kb.compile import default_model

MODEL = default_model()


def run(
    truth: dict[str, str], age: int | None, *, clinician: bool = False
) -> tuple[list[tuple[str, ...]], object]:
    """Answer every question from ``truth`` ("unknown" when it does not say)."""
    evidence: dict[str, str] = {}
    asked: list[tuple[str, ...]] = []
    while True:
        result = assess(
            {"age": age, "evidence": evidence},
            clinician=clinician,
            questions_asked=len(asked),
            allow_empty=True,
        )
        if result.should_stop:
            return asked, result
        question = result.next_question
        assert question is not None
        asked.append(question.findings)
        for finding in question.findings:
            assert finding not in evidence, "a question was asked twice"
            evidence[finding] = truth.get(finding, "unknown")


def test_an_emergency_stops_at_once() -> None:
    result = assess({"age": 30, "evidence": {"signs_of_shock": "present"}})
    assert result.should_stop and result.next_question is None
    assert result.level == TriageLevel.emergency_ambulance


def test_context_first_then_danger_signs_together() -> None:
    first = assess({"age": 30, "evidence": {}}).next_question
    assert first is not None and first.tier == "context" and first.findings == ("pregnant",)
    older = assess({"age": 50, "evidence": {}}).next_question
    assert older is not None and older.findings == ("postmenopausal",)
    second = assess({"age": 30, "evidence": {"pregnant": "absent"}}).next_question
    assert second is not None and second.tier == "red_flag"
    assert {"bleeding_heavy", "signs_of_shock", "dizziness_or_fainting"} <= set(second.findings)


def test_interview_reaches_an_emergency_and_stops() -> None:
    truth = {
        "pregnancy_possible": "present",
        "pain_one_sided": "present",
        "lower_abdominal_pain": "present",
    }
    asked, result = run(truth, 27)
    assert result.level >= TriageLevel.emergency  # type: ignore[attr-defined]
    assert len(asked) <= 8


def test_interview_can_end_in_self_care() -> None:
    truth = {
        "first_intercourse": "present",
        "bleeding_spotting_only": "present",
        "pregnancy_possible": "absent",
        "pregnant": "absent",
    }
    # Everything not in truth is answered "no" by this person.
    evidence_truth = {f: truth.get(f, "absent") for f in MODEL.finding_ids}
    asked, result = run(evidence_truth, 18)
    assert result.level == TriageLevel.self_care  # type: ignore[attr-defined]
    assert len(asked) <= 15


def test_pregnancy_questions_follow_ask_when() -> None:
    truth = dict.fromkeys(MODEL.finding_ids, "absent") | {"postmenopausal": "present"}
    asked, _ = run(truth, 63)
    flat = {f for step in asked for f in step}
    assert "postmenopausal" in flat
    assert not flat & {"pregnant", "pregnancy_possible", "pregnancy_16_weeks_or_more"}


def test_clinician_findings_only_in_clinician_mode() -> None:
    truth = dict.fromkeys(MODEL.finding_ids, "absent")
    person, _ = run(truth, 35)
    assert not any(f.startswith(("exam_", "test_")) for step in person for f in step)
    clinician, _ = run(truth, 35, clinician=True)
    assert any(f.startswith(("exam_", "test_")) for step in clinician for f in step)


def test_never_more_than_the_limit() -> None:
    asked, result = run({}, None)
    assert len(asked) <= MAX_QUESTIONS
    assert result.should_stop  # type: ignore[attr-defined]


def test_at_emergency_only_ambulance_questions_are_left() -> None:
    result = assess({"age": 35, "evidence": {"bleeding_heavy": "present", "pregnant": "absent"}})
    assert result.level == TriageLevel.emergency
    question = result.next_question
    assert question is not None and question.tier == "red_flag"
    # Every finding asked could, with what is known, still call for an ambulance.
    assert {"dizziness_or_fainting", "signs_of_shock"} & set(question.findings)
    evidence = {"bleeding_heavy": "present", "pregnant": "absent"}
    evidence |= dict.fromkeys(question.findings, "absent")
    after = assess({"age": 35, "evidence": evidence})
    assert after.should_stop and after.level == TriageLevel.emergency
