"""Overlapping findings: k present answers about one fact count 1/√k each."""

from __future__ import annotations

import numpy as np
import pytest

from bleedcheck.engine.differential import batch_posterior, posterior, split_scores
from bleedcheck.engine.evidence import Evidence
from bleedcheck.kb.compile import default_model

MODEL = default_model()
GROUP = ["bleeding_heavy", "bleeding_clots", "bleeding_ongoing"]


def _scores(answers: dict[str, str]) -> np.ndarray:
    return split_scores(MODEL, Evidence.build(MODEL, answers, 40))[0]


def _log_present(finding: str) -> np.ndarray:
    return np.log(MODEL.likelihood[MODEL.finding_index[finding]])


def test_the_shipped_group_is_the_heavy_bleed() -> None:
    (row,) = MODEL.overlap_groups
    assert {MODEL.finding_ids[i] for i in np.flatnonzero(row)} == set(GROUP)


def test_one_present_finding_counts_in_full() -> None:
    base = _scores({"sti_risk": "absent"})
    one = _scores({"sti_risk": "absent", "bleeding_clots": "present"})
    np.testing.assert_allclose(one - base, _log_present("bleeding_clots"))


@pytest.mark.parametrize("k", [2, 3])
def test_k_present_findings_of_a_group_count_one_over_root_k_each(k: int) -> None:
    base = _scores({"sti_risk": "absent"})
    both = _scores({"sti_risk": "absent", **dict.fromkeys(GROUP[:k], "present")})
    shared = sum(_log_present(f) for f in GROUP[:k]) / np.sqrt(k)
    np.testing.assert_allclose(both - base, shared)


def test_absent_answers_and_other_findings_are_not_shared() -> None:
    base = _scores({})
    answers = {"bleeding_heavy": "absent", "bleeding_clots": "absent", "fever": "present"}
    expected = (
        np.log1p(-MODEL.likelihood[MODEL.finding_index["bleeding_heavy"]])
        + np.log1p(-MODEL.likelihood[MODEL.finding_index["bleeding_clots"]])
        + _log_present("fever")
    )
    np.testing.assert_allclose(_scores(answers) - base, expected)


def test_a_heavy_bleed_still_points_away_from_no_cause_found() -> None:
    # Sharing votes must not wash the fact out: a heavy bleed with clots that goes
    # on still makes a fibroid likelier than "no cause found".
    answers = dict.fromkeys(GROUP, "present")
    ranked = [c for c, _ in posterior(MODEL, Evidence.build(MODEL, answers, 44)).ranked()]
    assert ranked[0] == "endometrial_polyp_or_fibroid"


def test_a_tear_still_leads_with_sudden_severe_pain() -> None:
    answers = {**dict.fromkeys(GROUP, "present"), "sudden_severe_pain_with_sex": "present"}
    ranked = [c for c, _ in posterior(MODEL, Evidence.build(MODEL, answers, 30)).ranked()]
    assert ranked[0] == "vaginal_laceration"


def test_batch_path_shares_votes_like_the_single_path() -> None:
    cases = [
        {"bleeding_heavy": "present", "bleeding_clots": "present"},
        {"bleeding_heavy": "present", "bleeding_clots": "present", "bleeding_ongoing": "present"},
        {"bleeding_ongoing": "present", "fever": "absent"},
    ]
    built = [Evidence.build(MODEL, case, 30) for case in cases]
    batch = batch_posterior(
        MODEL,
        np.array([e.present for e in built]),
        np.array([e.absent for e in built]),
        np.array([e.stratum for e in built]),
    )
    for row, evidence in zip(batch, built, strict=True):
        np.testing.assert_allclose(row, posterior(MODEL, evidence).probabilities, atol=1e-12)
