"""Why a cause went up or down: ratios against the base rate of the woman's own stratum."""

from __future__ import annotations

from bleedcheck.engine.differential import explain
from bleedcheck.engine.evidence import Evidence
from bleedcheck.kb.compile import default_model

MODEL = default_model()
C = MODEL.condition_index


def _reasons(answers: dict[str, str], age: int, condition: str) -> tuple[list[str], list[str]]:
    evidence = Evidence.build(MODEL, answers, age)
    return explain(MODEL, evidence, [C[condition]], limit=10)[0]


def _floored_finding() -> tuple[str, str]:
    """A finding with a stratum floor, and that stratum's id (the KB's first such)."""
    for finding in MODEL.kb.findings.values():
        for stratum in finding.floor_by_stratum:
            return finding.id, stratum
    raise AssertionError("the knowledge base has no floor_by_stratum any more")


def _rarer_with(finding: str) -> str:
    """A condition under which the finding is rarer than in everyone (ratio < 1/1.25)."""
    f = MODEL.finding_index[finding]
    for condition, c in C.items():
        if MODEL.likelihood[f, c] * 1.25 < MODEL.base_rate[f]:
            return condition
    raise AssertionError(f"no condition makes {finding} rarer")


def test_a_trait_of_the_whole_stratum_is_no_reason_against_a_cause() -> None:
    finding, stratum = _floored_finding()
    after = {"postmenopausal": "present", finding: "present"}
    assert MODEL.stratum_ids[Evidence.build(MODEL, after, 60).stratum] == stratum
    rarer = _rarer_with(finding)
    # Before the menopause the answer argues against that cause...
    assert finding in _reasons({"postmenopausal": "absent", finding: "present"}, 30, rarer)[1]
    # ...after it, nearly everyone has it, the engine reasons with the floor, and
    # the explanation must not claim a reason the posterior did not use.
    assert finding not in _reasons(after, 60, rarer)[1]


def test_a_cause_that_nearly_always_has_it_still_names_it_in_that_stratum() -> None:
    finding, _ = _floored_finding()
    f = MODEL.finding_index[finding]
    strongest = max(C, key=lambda c: MODEL.likelihood[f, C[c]])
    after = {"postmenopausal": "present", finding: "present"}
    assert finding in _reasons(after, 60, strongest)[0]
