"""The engine's per-model caches are invisible: warm or cold, the results are the same."""

from __future__ import annotations

import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bleedcheck.engine import assess
from bleedcheck.engine.case import Case
from bleedcheck.engine.evidence import Evidence
from bleedcheck.engine.interview import askable
from bleedcheck.kb.compile import compile_model, default_model

# By path: the package re-exports functions of the same names as these modules.
triage_module = importlib.import_module("bleedcheck.engine.triage")
interview_module = importlib.import_module("bleedcheck.engine.interview")
MODEL = default_model()
# A second compiled model whose caches each test empties, so it always computes afresh.
COLD = compile_model(MODEL.kb)
FINDINGS = list(MODEL.finding_ids)

answers = st.dictionaries(
    st.sampled_from(FINDINGS), st.sampled_from(["present", "absent", "unknown"]), max_size=25
)
ages = st.one_of(st.none(), st.integers(min_value=0, max_value=120))


def _cold() -> None:
    COLD.memo.clear()
    COLD._stratum_cache.clear()
    COLD._age_cache.clear()


@settings(max_examples=300)
@given(answers, ages, st.booleans(), st.sampled_from(["en", "ru"]))
def test_warm_caches_give_the_cold_result(
    evidence: dict[str, str], age: int | None, clinician: bool, language: str
) -> None:
    case = {"age": age, "evidence": evidence}
    warm = assess(case, allow_empty=True, clinician=clinician, language=language, model=MODEL)
    _cold()
    cold = assess(case, allow_empty=True, clinician=clinician, language=language, model=COLD)
    assert warm.to_dict() == cold.to_dict()
    assert warm.stop_reason == cold.stop_reason


@given(answers, ages, st.booleans())
def test_askable_follows_the_ask_when_expressions(
    evidence: dict[str, str], age: int | None, clinician: bool
) -> None:
    built = Evidence.build(MODEL, evidence, age)
    expected = [
        f not in evidence
        and (clinician or not MODEL.is_clinician[i])
        and (MODEL.ask_when[i] is None or MODEL.ask_when[i](evidence, age))  # type: ignore[misc]
        for i, f in enumerate(FINDINGS)
    ]
    assert askable(MODEL, built, clinician).tolist() == expected


@given(answers, ages)
def test_stratum_is_the_first_whose_test_holds(evidence: dict[str, str], age: int | None) -> None:
    tests = MODEL.stratum_tests
    expected = next(
        (i for i, test in enumerate(tests) if test is None or test(evidence, age)), len(tests) - 1
    )
    assert Evidence.build(MODEL, evidence, age).stratum == expected


def test_changing_a_result_does_not_change_the_next_one() -> None:
    case = {"age": 30, "evidence": {"bleeding_heavy": "present"}}
    first = assess(case)
    first.triage.reasons.clear()
    first.triage.safety_net.append("changed by a caller")
    second = assess(case).to_dict()["triage"]
    assert second["reasons"] and "changed by a caller" not in second["safety_net"]


def test_caches_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(triage_module, "CACHE_LIMIT", 3)
    monkeypatch.setattr(interview_module, "CACHE_LIMIT", 3)
    _cold()
    for age in range(14, 80):
        for answer in ("present", "absent"):
            evidence = {"postmenopausal": answer, "bleeding_heavy": answer}
            assess({"age": age, "evidence": evidence}, model=COLD)
    assert 0 < len(COLD.memo["triage"]) <= 3
    assert 0 < len(COLD.memo["ask_when"]) <= 3


def test_a_case_object_is_taken_as_it_is() -> None:
    data = {"age": 41, "evidence": {"bleeding_recurrent": "present"}}
    assert assess(Case.parse(data)).to_dict() == assess(data).to_dict()


def test_an_empty_case_object_is_still_refused() -> None:
    from bleedcheck import CaseError

    with pytest.raises(CaseError, match="empty"):
        assess(Case())
