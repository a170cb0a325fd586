"""Every rule fires on a case built from it, and some clinical examples by hand."""

from __future__ import annotations

import pytest

from bleedcheck import TriageLevel, assess
from bleedcheck.kb.compile import default_model

MODEL = default_model()
CLAUSES = {clause.rule: clause for clause in reversed(MODEL.clauses)}  # first clause of each rule


def _case_for(rule_id: str) -> dict[str, object]:
    clause = CLAUSES[rule_id]
    evidence = dict.fromkeys(clause.present, "present") | dict.fromkeys(clause.absent, "absent")
    age = (
        clause.age_min
        if clause.age_min > 0
        else (clause.age_max - 1 if clause.age_max < 1000 else 30)
    )
    return {"age": age, "evidence": evidence}


RED = [r.id for r in MODEL.kb.rules if r.kind == "red_flag"]
BENIGN = [r.id for r in MODEL.kb.rules if r.kind == "benign"]


@pytest.mark.parametrize("rule_id", RED)
def test_red_flag_rule_forces_its_level(rule_id: str) -> None:
    rule = next(r for r in MODEL.kb.rules if r.id == rule_id)
    result = assess(_case_for(rule_id))
    assert result.level >= rule.triage_level
    assert rule_id in {reason.id for reason in result.triage.reasons}


@pytest.mark.parametrize("rule_id", BENIGN)
def test_benign_rule_allows_self_care(rule_id: str) -> None:
    case = _case_for(rule_id)
    result = assess(case)
    assert result.level == TriageLevel.self_care, result.triage.reasons
    assert result.triage.reasons[0].id == rule_id


@pytest.mark.parametrize(
    ("age", "evidence", "level"),
    [
        (30, {"bleeding_heavy": "present"}, TriageLevel.emergency),
        (30, {"signs_of_shock": "present"}, TriageLevel.emergency_ambulance),
        (
            26,
            {"pregnancy_possible": "present", "dizziness_or_fainting": "present"},
            TriageLevel.emergency_ambulance,
        ),
        (27, {"pregnant": "present", "pain_one_sided": "present"}, TriageLevel.emergency),
        (
            24,
            {"pregnancy_possible": "present", "cramping_pain": "present"},
            TriageLevel.consultation_24,
        ),
        (
            31,
            {"pregnant": "present", "bleeding_spotting_only": "present"},
            TriageLevel.consultation_24,
        ),
        (
            34,
            {
                "pregnant": "present",
                "pregnancy_16_weeks_or_more": "present",
                "cramping_pain": "present",
            },
            TriageLevel.emergency,
        ),
        (22, {"fever": "present", "lower_abdominal_pain": "present"}, TriageLevel.consultation_24),
        (29, {"non_consensual_sex": "present"}, TriageLevel.consultation_24),
        (15, {"first_intercourse": "present"}, TriageLevel.consultation_24),
        (62, {"postmenopausal": "present", "vaginal_dryness": "present"}, TriageLevel.consultation),
        (40, {"bleeding_recurrent": "present"}, TriageLevel.consultation),
        (
            30,
            {"sudden_severe_pain_with_sex": "present", "bleeding_ongoing": "present"},
            TriageLevel.emergency,
        ),
        (
            45,
            {"blood_thinner": "present", "bleeding_ongoing": "present"},
            TriageLevel.consultation_24,
        ),
    ],
)
def test_clinical_examples(age: int, evidence: dict[str, str], level: TriageLevel) -> None:
    assert assess({"age": age, "evidence": evidence}).level == level


def test_first_intercourse_bleed_that_stopped_can_be_self_care() -> None:
    evidence = {
        "first_intercourse": "present",
        "bleeding_heavy": "absent",
        "bleeding_ongoing": "absent",
        "bleeding_recurrent": "absent",
        "lower_abdominal_pain": "absent",
        "pregnancy_possible": "absent",
        "non_consensual_sex": "absent",
    }
    result = assess({"age": 19, "evidence": evidence})
    assert result.level == TriageLevel.self_care
    assert result.conditions[0].id == "first_intercourse_bleeding"
    # ... but not if she could be pregnant.
    unsure = assess({"age": 19, "evidence": {**evidence, "pregnancy_possible": "unknown"}})
    assert unsure.level == TriageLevel.consultation


def test_red_flag_beats_a_benign_explanation() -> None:
    evidence = {
        "first_intercourse": "present",
        "bleeding_heavy": "present",
        "bleeding_ongoing": "absent",
        "bleeding_recurrent": "absent",
        "lower_abdominal_pain": "absent",
        "pregnancy_possible": "absent",
        "non_consensual_sex": "absent",
    }
    assert assess({"age": 19, "evidence": evidence}).level == TriageLevel.emergency


def test_a_likely_serious_condition_raises_the_level() -> None:
    """The differential adds urgency when no rule fires (engine-level, on a tweaked KB)."""
    import dataclasses

    from bleedcheck.kb import load_knowledge
    from bleedcheck.kb.compile import compile_model

    kb = load_knowledge(check_readability=False)
    chlamydia = kb.conditions["chlamydia"].model_copy(update={"urgency": "consultation_24"})
    model = compile_model(
        dataclasses.replace(kb, conditions={**kb.conditions, "chlamydia": chlamydia})
    )
    evidence = {
        "test_chlamydia_positive": "present",
        "sti_risk": "present",
        "exam_cervicitis": "present",
    }
    result = assess({"age": 20, "evidence": evidence}, clinician=True, model=model)
    assert result.conditions[0].id == "chlamydia"
    assert result.level == TriageLevel.consultation_24
    assert "chlamydia" in {r.id for r in result.triage.reasons}
    # The shipped KB keeps chlamydia at an appointment within days.
    assert (
        assess({"age": 20, "evidence": evidence}, clinician=True).level == TriageLevel.consultation
    )


def test_reasons_are_plain_words_in_the_chosen_language() -> None:
    result = assess({"age": 30, "evidence": {"bleeding_heavy": "present"}}, language="ru")
    assert result.triage.reasons[0].id == "R1"
    assert "кровотечен" in result.triage.reasons[0].text
    assert all(any("а" <= ch <= "я" for ch in line.lower()) for line in result.triage.safety_net)
