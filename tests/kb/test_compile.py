"""Compiling the knowledge base: which figure each (finding, condition) cell gets."""

from __future__ import annotations

import pytest

from bleedcheck.kb.compile import default_model

MODEL = default_model()
KB = MODEL.kb


def _cell(finding: str, condition: str) -> float:
    return float(MODEL.likelihood[MODEL.finding_index[finding], MODEL.condition_index[condition]])


@pytest.mark.parametrize("finding", list(KB.findings))
def test_unlisted_conditions_take_the_background_or_else_the_base_rate(finding: str) -> None:
    item = KB.findings[finding]
    expected = (item.background_rate or item.base_rate).value
    for ident, condition in KB.conditions.items():
        figure = condition.likelihoods.get(finding)
        assert _cell(finding, ident) == (expected if figure is None else figure.value)


def test_a_sign_that_points_at_a_cause_is_rarer_with_the_other_causes() -> None:
    # Warts are a sign of the warts condition; ectropion does not produce them, so
    # it must explain them less well than "everyone with bleeding after sex" does.
    assert KB.findings["warts_seen"].background_rate is not None
    assert _cell("warts_seen", "cervical_ectropion") < KB.findings["warts_seen"].base_rate.value
    # The base rate still anchors the explanations' likelihood ratios.
    assert MODEL.base_rate[MODEL.finding_index["warts_seen"]] == pytest.approx(0.02)
