"""Invariants of the engine, checked on random cases (hypothesis)."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from bleedcheck.engine import assess
from bleedcheck.engine.differential import batch_posterior, posterior
from bleedcheck.engine.evidence import Evidence
from bleedcheck.engine.triage import triage
from bleedcheck.kb.compile import default_model
from bleedcheck.kb.validate import red_flag_findings

MODEL = default_model()
FINDINGS = list(MODEL.finding_ids)
RED_FLAGS = sorted(red_flag_findings(MODEL.kb, above_floor=True))

answers = st.dictionaries(
    st.sampled_from(FINDINGS), st.sampled_from(["present", "absent", "unknown"]), max_size=25
)
ages = st.one_of(st.none(), st.integers(min_value=0, max_value=120))


@given(answers, ages)
def test_probabilities_sum_to_one(evidence: dict[str, str], age: int | None) -> None:
    probs = posterior(MODEL, Evidence.build(MODEL, evidence, age)).probabilities
    assert math.isclose(float(probs.sum()), 1.0, rel_tol=1e-9)
    assert (probs >= 0).all()


@given(answers, ages, st.randoms())
def test_order_of_answers_does_not_matter(evidence: dict[str, str], age: int | None, rnd) -> None:  # type: ignore[no-untyped-def]
    items = list(evidence.items())
    rnd.shuffle(items)
    first = assess({"age": age, "evidence": evidence}, allow_empty=True).to_dict()
    second = assess({"age": age, "evidence": dict(items)}, allow_empty=True).to_dict()
    first.pop("evidence"), second.pop("evidence")
    assert first == second


@given(answers, ages, st.sampled_from(FINDINGS))
def test_unknown_equals_unasked(evidence: dict[str, str], age: int | None, finding: str) -> None:
    without = {k: v for k, v in evidence.items() if k != finding}
    a = Evidence.build(MODEL, without, age)
    b = Evidence.build(MODEL, {**without, finding: "unknown"}, age)
    assert (posterior(MODEL, a).probabilities == posterior(MODEL, b).probabilities).all()
    assert triage(MODEL, a).level == triage(MODEL, b).level


@settings(max_examples=300)
@given(answers, ages, st.sampled_from(RED_FLAGS), st.sampled_from(["absent", "unknown", None]))
def test_a_present_red_flag_never_lowers_the_level(
    evidence: dict[str, str], age: int | None, finding: str, before: str | None
) -> None:
    base = {k: v for k, v in evidence.items() if k != finding}
    if before is not None:
        base[finding] = before
    lower = triage(MODEL, Evidence.build(MODEL, base, age)).level
    higher = triage(MODEL, Evidence.build(MODEL, {**base, finding: "present"}, age)).level
    assert higher >= lower


@settings(max_examples=200)
@given(answers, ages, st.sampled_from(sorted(red_flag_findings(MODEL.kb))))
def test_any_present_red_flag_keeps_at_least_its_rule_level(
    evidence: dict[str, str], age: int | None, finding: str
) -> None:
    # Floor-level red flags (e.g. bleeding that keeps coming back) rule out self-care.
    result = triage(MODEL, Evidence.build(MODEL, {**evidence, finding: "present"}, age))
    assert result.level >= MODEL.floor


@given(answers, ages)
def test_same_input_same_output(evidence: dict[str, str], age: int | None) -> None:
    case = {"age": age, "evidence": evidence}
    assert assess(case, allow_empty=True).to_dict() == assess(case, allow_empty=True).to_dict()


@given(st.lists(st.tuples(answers, ages), min_size=1, max_size=8))
def test_batch_path_matches_single_path(cases: list[tuple[dict[str, str], int | None]]) -> None:
    import numpy as np

    built = [Evidence.build(MODEL, e, a) for e, a in cases]
    batch = batch_posterior(
        MODEL,
        np.stack([e.present for e in built]),
        np.stack([e.absent for e in built]),
        np.array([e.stratum for e in built]),
    )
    for row, evidence in zip(batch, built, strict=True):
        assert np.allclose(row, posterior(MODEL, evidence).probabilities, atol=1e-12)


@given(answers, ages)
def test_result_is_well_formed(evidence: dict[str, str], age: int | None) -> None:
    result = assess({"age": age, "evidence": evidence}, allow_empty=True).to_dict()
    probs = [c["probability"] for c in result["conditions"]]
    assert len(probs) >= 5 and probs == sorted(probs, reverse=True)
    assert result["triage"]["reasons"] and result["triage"]["safety_net"]
    assert (result["next_question"] is None) == result["should_stop"]
    if result["next_question"] is not None:
        assert result["next_question"]["finding"] not in evidence
