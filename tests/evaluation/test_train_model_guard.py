"""The training script's per-finding guard: what the model may not say is earned,
finding by finding, from its cross-validated record (``guard_for``)."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from bleedcheck.evaluation.text import AnnotatedText
from tests.conftest import script


@pytest.fixture(scope="module")
def train() -> ModuleType:
    return script("train_text_model")


def _example(train: ModuleType, n: int, gold: dict[str, str]) -> Any:
    text = AnnotatedText(id=f"x{n}", language="en", text=f"text {n}", findings=gold)
    return train.Example(text, {}, {}, frozenset())


def _sure(value: str) -> dict[str, float]:
    return {"none": 0.05, value: 0.95}


def test_a_finding_earns_its_denials_by_being_right_often_enough(train: ModuleType) -> None:
    # smoker: denied 4 times, right 4 times; on_hrt: denied 4 times, right twice;
    # vaginal_dryness: denied twice, right twice (too few to judge).
    golds = [
        {"smoker": "absent", "on_hrt": "absent", "vaginal_dryness": "absent"},
        {"smoker": "absent", "on_hrt": "present", "vaginal_dryness": "absent"},
        {"smoker": "absent", "on_hrt": "absent"},
        {"smoker": "absent", "on_hrt": "present"},
    ]
    beliefs = [{f: _sure("absent") for f in ("smoker", "on_hrt", "vaginal_dryness")} for _ in golds]
    data = [_example(train, n, gold) for n, gold in enumerate(golds)]
    guard = train.guard_for(data, beliefs, 0.5, bar=0.9)
    assert guard.deniers == {"smoker"}
    assert guard.muted == frozenset()
    assert guard.no_denial(["smoker", "on_hrt", "vaginal_dryness"]) == {
        "on_hrt",
        "vaginal_dryness",
    }
    revised = [train.revised(ex, b, 0.5, guard) for ex, b in zip(data, beliefs, strict=True)]
    assert all(r == {"smoker": "absent"} for r in revised)


def test_a_finding_read_present_against_a_denial_is_muted(train: ModuleType) -> None:
    golds = [{"smoker": "present"}, {"smoker": "absent"}, {}]
    beliefs = [{"smoker": _sure("present")} for _ in golds]
    data = [_example(train, n, gold) for n, gold in enumerate(golds)]
    guard = train.guard_for(data, beliefs, 0.5, bar=0.9)
    assert guard.muted == {"smoker"}
    assert all(train.revised(ex, b, 0.5, guard) == {} for ex, b in zip(data, beliefs, strict=True))
    # Below the threshold the wrong "present" is never said, so nothing is muted.
    assert train.guard_for(data, beliefs, 0.99, bar=0.9).muted == frozenset()


def test_red_flags_are_never_among_the_listed_no_denials(train: ModuleType) -> None:
    guard = train.Guard(frozenset(), frozenset())
    red_flag = next(iter(train.NEVER_DENY))
    assert guard.no_denial([red_flag, "smoker"]) == {"smoker"}


def test_each_fold_is_judged_by_the_guard_the_other_folds_earned(train: ModuleType) -> None:
    # The model reads "smoker" present in both folds; it is wrong in fold 0 only.
    golds = [{"smoker": "absent"}, {"smoker": "present"}]
    beliefs = [{"smoker": _sure("present")} for _ in golds]
    data = [_example(train, n, gold) for n, gold in enumerate(golds)]
    # A guard earned on both folds hides the mistake it is then scored on ...
    whole = train.guard_for(data, beliefs, 0.5, bar=0.9)
    assert [train.revised(ex, b, 0.5, whole) for ex, b in zip(data, beliefs, strict=True)] == [
        {},
        {},
    ]
    # ... nested, fold 0 meets the model as unseen text would (its guard, from fold 1,
    # saw no mistake), and fold 1 is muted by fold 0's record.
    nested = train.nested_revisions(data, beliefs, [0, 1], [0.5])
    assert nested == {0.5: [{"smoker": "present"}, {}]}
