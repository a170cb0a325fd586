"""Compiling the knowledge base: which figure each (finding, condition) cell gets."""

from __future__ import annotations

import numpy as np
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


def test_a_stratum_floor_raises_every_condition_to_it_in_that_stratum_only() -> None:
    # After the menopause about half of all women have a dry vagina, whatever made
    # them bleed: there dryness is a trait of the group, not a sign of atrophy alone.
    f = MODEL.finding_index["vaginal_dryness"]
    floor = KB.findings["vaginal_dryness"].floor_by_stratum["postmenopausal"].value
    for s, stratum in enumerate(MODEL.stratum_ids):
        table = MODEL.stratum_likelihood[s, f]
        if stratum == "postmenopausal":
            np.testing.assert_array_equal(table, np.maximum(MODEL.likelihood[f], floor))
        elif stratum not in KB.findings["vaginal_dryness"].floor_by_stratum:
            np.testing.assert_array_equal(table, MODEL.likelihood[f])
    atrophy = MODEL.condition_index["atrophic_vaginitis"]
    none = MODEL.condition_index["no_cause_found"]
    post = MODEL.stratum_ids.index("postmenopausal")
    young = MODEL.stratum_ids.index("age_25_34")

    def ratio(s: int) -> float:
        row = MODEL.stratum_likelihood[s, f]
        return float(row[atrophy] / row[none])

    assert ratio(post) < ratio(young) / 3
