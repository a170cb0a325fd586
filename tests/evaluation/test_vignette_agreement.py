"""The blind second readings of the vignettes (vignettes/agreement/, session 8).

They show that the test split's expected answers are reproducible; these checks keep
it so if anyone edits the gold, and keep the readings complete and well formed.
"""

from __future__ import annotations

import pytest

from bleedcheck.evaluation import load_vignettes, score
from bleedcheck.evaluation.agreement import load_second_readings, second_reader_outcomes
from tests.conftest import ROOT

TEST = load_vignettes(ROOT / "vignettes" / "test.jsonl")
READERS = ("reader-x", "reader-y")


@pytest.mark.parametrize("reader", READERS)
def test_a_blind_reader_reproduces_the_test_gold(reader: str) -> None:
    readings = load_second_readings(ROOT / "vignettes" / "agreement" / f"{reader}.jsonl")
    outcomes = second_reader_outcomes(TEST, readings)
    assert len(outcomes) == len(TEST)
    metrics = score(outcomes)
    assert metrics.top1 is not None and metrics.top1 >= 0.90
    assert metrics.top3 == 1.0
    assert metrics.triage_safe == 1.0 and metrics.emergency_sensitivity == 1.0


def test_the_two_readers_mostly_agree_with_each_other() -> None:
    x, y = (
        {
            r.id: r.expected
            for r in load_second_readings(ROOT / "vignettes" / "agreement" / f"{n}.jsonl")
        }
        for n in READERS
    )
    both = sorted(x.keys() & y.keys())
    assert len(both) == len(TEST)
    first = sum(x[i].conditions[0] == y[i].conditions[0] for i in both) / len(both)
    assert first >= 0.9
    assert all(x[i].triage == y[i].triage for i in both)
