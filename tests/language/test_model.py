"""The trained model beside the rules: it may add or raise, never remove or lower.

These tests use small hand-written model files in a copy of the knowledge folder, so
they check the mechanism whatever the shipped model's numbers are.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bleedcheck.kb import default_knowledge_path, load_knowledge
from bleedcheck.language import check_lexicons, read
from bleedcheck.language.model import CLASSES, ModelError, decide, load_text_model, model_path


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "kb"
    shutil.copytree(default_knowledge_path(), target)
    for language in ("en", "ru"):
        model_path(language, target).unlink(missing_ok=True)
    return target


def _write(folder: Path, findings: dict[str, Any], language: str = "en", **extra: Any) -> None:
    data = {
        "language": language,
        "threshold": 0.5,
        "trained_on": {"texts": 1},
        "settings": {"C": 1.0},
        "measured": {},
        "findings": findings,
        **extra,
    }
    model_path(language, folder).write_text(json.dumps(data), encoding="utf-8")


@given(
    weights=st.lists(st.floats(0.0, 1.0), min_size=4, max_size=4),
    threshold=st.floats(0.01, 1.0),
    may_deny=st.booleans(),
)
def test_decide_adds_only_the_likeliest_value_when_sure_enough(
    weights: list[float], threshold: float, may_deny: bool
) -> None:
    total = sum(weights) or 1.0
    probabilities = {label: w / total for label, w in zip(CLASSES, weights, strict=True)}
    value = decide(probabilities, threshold, may_deny=may_deny)  # type: ignore[arg-type]
    if value != "none":
        assert probabilities[value] >= threshold
        assert probabilities[value] == max(p for k, p in probabilities.items() if k != "none")
        assert may_deny or value != "absent"


def test_decide_adds_a_value_the_model_is_sure_enough_of() -> None:
    sure = {"none": 0.6, "present": 0.35, "absent": 0.05}
    assert decide(sure, 0.3) == "present"
    assert decide(sure, 0.4) == "none"


@pytest.fixture(scope="module")
def contrary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A knowledge copy whose model is sure of the opposite of what the rules read."""
    target = tmp_path_factory.mktemp("contrary") / "kb"
    shutil.copytree(default_knowledge_path(), target)
    sure = {"present": [0, 0, 9], "absent": [0, 9, 0]}
    findings = {
        finding: {"classes": ["none", "present", "absent"], "bias": sure[value], "weights": {}}
        for finding, value in {
            "fever": "absent",
            "lower_abdominal_pain": "absent",
            "pain_on_urination": "present",
            "vaginal_dryness": "present",
            "hormonal_contraception": "absent",
            "bleeding_recurrent": "present",
        }.items()
    }
    _write(target, findings)
    return target


@settings(deadline=None, max_examples=40)
@given(
    st.lists(
        st.sampled_from(
            [
                "no fever",
                "I have a fever",
                "awful pain in my tummy",
                "no tummy pain",
                "no burning when I pee",
                "not dry at all",
                "I'm on the pill",
                "first time this happened",
                "had chlamydia years ago",
                "my friend had a temperature",
                "bled after sex",
            ]
        ),
        min_size=1,
        max_size=4,
    )
)
def test_a_model_never_removes_or_changes_what_the_rules_read(
    contrary: Path, parts: list[str]
) -> None:
    text = ". ".join(parts)
    rules = read(text, "en", knowledge=contrary, model=False).evidence
    both = read(text, "en", knowledge=contrary).evidence
    assert rules.items() <= both.items()


def test_a_model_adds_what_the_rules_missed_with_its_words(folder: Path) -> None:
    text = "bled after sex and I feel roasting hot"
    assert "fever" not in read(text, "en", knowledge=folder).evidence
    _write(
        folder,
        {
            "fever": {
                "classes": ["none", "present"],
                "bias": [0, -2],
                "weights": {"w:roast": [0, 3], "b:roast_hot": [0, 2]},
            }
        },
    )
    load_text_model.cache_clear()
    reading = read(text, "en", knowledge=folder)
    assert reading.evidence["fever"] == "present"
    (match,) = [m for m in reading.matches if m.finding == "fever"]
    assert match.phrase == "model"
    assert match.words == "roasting"
    assert reading.words_for("fever") == ["roasting"]
    # The person and the clinician are told which readings are the model's guesses.
    assert match.to_dict()["source"] == "model"
    assert reading.guessed("fever")
    assert all(m.to_dict()["source"] == "rules" for m in reading.matches if m.finding != "fever")
    assert not any(reading.guessed(f) for f in reading.evidence if f != "fever")
    assert "fever" not in read(text, "en", knowledge=folder, model=False).evidence


def test_a_model_cannot_talk_a_reading_down(folder: Path) -> None:
    _write(
        folder,
        {
            "fever": {"classes": ["none", "present", "absent"], "bias": [9, 0, 0], "weights": {}},
            "lower_abdominal_pain": {
                "classes": ["none", "present", "absent"],
                "bias": [0, 0, 9],
                "weights": {},
            },
        },
    )
    load_text_model.cache_clear()
    reading = read("no fever, but awful pain in my tummy after sex", "en", knowledge=folder)
    assert reading.evidence["fever"] == "absent"
    assert reading.evidence["lower_abdominal_pain"] == "present"


def test_a_broken_model_file_is_named_by_validation_and_on_load(folder: Path) -> None:
    _write(folder, {"not_a_finding": {"classes": ["none", "present"], "bias": [0], "weights": {}}})
    problems = [str(p) for p in check_lexicons(load_knowledge(folder))]
    assert any("model.en.json" in p and "bias" in p for p in problems), problems
    load_text_model.cache_clear()
    with pytest.raises(ModelError, match=r"model\.en\.json"):
        load_text_model("en", folder)
    _write(
        folder, {"not_a_finding": {"classes": ["none", "present"], "bias": [0, 0], "weights": {}}}
    )
    problems = [str(p) for p in check_lexicons(load_knowledge(folder))]
    assert any("findings.not_a_finding" in p for p in problems), problems


def test_no_model_file_means_the_rules_alone(folder: Path) -> None:
    load_text_model.cache_clear()
    assert load_text_model("ru", folder) is None
    text = "кровь после секса, не болит"
    assert read(text, "ru", knowledge=folder).evidence == read(text, "ru", model=False).evidence


def test_decide_adds_no_denial_where_it_may_not_deny() -> None:
    sure_no = {"none": 0.1, "absent": 0.9}
    assert decide(sure_no, 0.5) == "absent"
    assert decide(sure_no, 0.5, may_deny=False) == "none"
    assert decide({"none": 0.1, "unknown": 0.9}, 0.5, may_deny=False) == "unknown"


def test_a_model_never_adds_a_denial_of_a_red_flag(folder: Path) -> None:
    """A wrong "no" to a red-flag finding would keep the interview from asking it."""
    deny = {"classes": ["none", "absent"], "bias": [0, 9], "weights": {}}
    _write(folder, {"dizziness_or_fainting": deny, "vaginal_dryness": deny})
    load_text_model.cache_clear()
    evidence = read("a little blood after sex", "en", knowledge=folder).evidence
    assert "dizziness_or_fainting" not in evidence
    assert evidence["vaginal_dryness"] == "absent"


def test_a_model_file_can_take_away_denials_finding_by_finding(folder: Path) -> None:
    """Training lists the findings whose denials were not earned in cross-validation;
    the model may still say they are present, and the rules may still deny them."""
    deny = {"classes": ["none", "absent"], "bias": [0, 9], "weights": {}}
    say = {"classes": ["none", "present"], "bias": [0, 9], "weights": {}}
    _write(
        folder,
        {"vaginal_dryness": deny, "smoker": deny, "pain_on_urination": say},
        no_denial=["vaginal_dryness", "pain_on_urination"],
    )
    load_text_model.cache_clear()
    evidence = read("a little blood after sex", "en", knowledge=folder).evidence
    assert "vaginal_dryness" not in evidence
    assert evidence["smoker"] == "absent"
    assert evidence["pain_on_urination"] == "present"
    assert read("not dry at all", "en", knowledge=folder).evidence["vaginal_dryness"] == "absent"


def test_a_denial_list_naming_no_finding_is_a_knowledge_problem(folder: Path) -> None:
    _write(folder, {}, no_denial=["not_a_finding"])
    problems = [str(p) for p in check_lexicons(load_knowledge(folder))]
    assert any("no_denial.not_a_finding" in p for p in problems), problems
