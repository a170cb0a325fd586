"""The tuning vignettes (vignettes/train/): written blind to the engine in session 8.

They are a second tuning set beside dev; test stays the measure. These checks keep them
well formed and apart from dev and test, and hold the engine to what it reached on them.
"""

from __future__ import annotations

from collections import Counter

from bleedcheck.evaluation import evaluate, load_vignettes, score
from tests.conftest import ROOT, contract_rows

TRAIN = sorted((ROOT / "vignettes" / "train").glob("*.jsonl"))
VIGNETTES = [v for path in TRAIN for v in load_vignettes(path)]


def test_the_tuning_set_is_apart_from_dev_and_test() -> None:
    assert len(TRAIN) >= 3 and len(VIGNETTES) >= 135
    ids = [v.id for v in VIGNETTES]
    assert len(set(ids)) == len(ids)
    measured = {
        v.id
        for name in ("dev", "test")
        for v in load_vignettes(ROOT / "vignettes" / f"{name}.jsonl")
    }
    assert not measured & set(ids)
    assert all(v.id.startswith("vt-") and v.age is not None and v.source for v in VIGNETTES)


def test_every_condition_and_level_is_expected() -> None:
    conditions = Counter(c for v in VIGNETTES for c in v.expected.conditions)
    for row in contract_rows("conditions.csv"):
        assert conditions[row["id"]] >= 3, row["id"]
    levels = Counter(v.expected.triage for v in VIGNETTES)
    assert min(levels.values()) >= 10 and len(levels) == 5


def test_the_engine_holds_what_it_reached_on_them() -> None:
    metrics = score(evaluate(VIGNETTES, use="evidence"))
    assert metrics.emergency_sensitivity == 1.0
    assert metrics.triage_safe == 1.0
    assert metrics.top1 is not None and metrics.top1 >= 0.91
    assert metrics.top3 is not None and metrics.top3 >= 0.98
