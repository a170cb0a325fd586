"""eval-text on the annotated set: the metrics, and gates on dev and held-out figures.

Issue 6 targets on the held-out split: F1 >= 0.90 (en), >= 0.85 (ru), negation
accuracy >= 0.95. Until they are met the target tests xfail with the figure
(strict: they fail loudly once met, so the gate can be switched on). The floors
are today's measured figures, so any regression fails now.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bleedcheck.evaluation import VignetteError
from bleedcheck.evaluation.text import AnnotatedText, load_texts, score_texts
from tests.conftest import ROOT

TEXTS = ROOT / "vignettes" / "text"
BIN = str(Path(sys.executable).with_name("bleedcheck"))
TARGET_F1 = {"en": 0.90, "ru": 0.85}
TARGET_NEGATION = 0.95
# Measured with docs/language.md's commands; a drop below these is a regression.
FLOOR = {
    # Session 6: the trained model (fitted on the training texts and the dev texts, so
    # the dev rows are in-sample for it) joined the rules. On the held-out texts it
    # raised F1 0.786 -> 0.799 (en) and 0.751 -> 0.774 (ru), negation accuracy level
    # (0.913 en, 0.804 -> 0.807 ru), as its cross-validation predicted.
    # Session 7: the rules tuned on the training texts, 630 more training texts, the
    # model refitted: held out en 0.799 / 0.913 (level), ru 0.815 / 0.839.
    # Session 8: the rules tuned on all training texts, the model refitted; its threshold
    # rule (negation no lower than the rules') switched the Russian model off (1.00), so
    # ru dev is the rules alone now: held out en 0.819 / 0.931, ru 0.812 / 0.858.
    # Session 9: the rules tuned again; the model's guard is per finding, so Russian
    # ships one again: held out en 0.837 / 0.936, ru 0.825 / 0.866 (dev 0.916, 0.929).
    # Session 10: exam findings and lab lists read, 210 fresh texts, both models
    # refitted: held out en 0.839 / 0.937, ru 0.827 / 0.853. The Russian model (chosen
    # at 0.50 by a cross-validation whose guard is scored on its own predictions) costs
    # 0.013 of negation on held out (rules alone 0.866): a regression, recorded here
    # and in docs/language.md, to be fixed by an honest (nested) guard, not by a
    # threshold picked on held out.
    # Session 11: the guard is nested in cross-validation (each fold judged under the
    # guard the other folds earned). The English model then costs negation at every
    # threshold, so none ships: English is read by the rules alone, and its dev figure
    # (in-sample for the old model) drops to the rules' 0.890. Held out: en 0.836 /
    # 0.942 (rules alone), ru 0.832 / 0.866 (the Russian model level on negation again).
    # Session 12: two rules passes a language, 420 more training texts; still no English
    # model (it costs negation at every threshold); held out en 0.843 / 0.946 (rules
    # alone), ru 0.843 / 0.868 (dev 0.893 / 0.964 en, 0.936 / 0.969 ru).
    # Read again after a third pass and refit: en 0.845 / 0.947, ru 0.842 / 0.868.
    # Session 13: four rules passes a language, 1,050 more training texts. An English
    # model ships again (0.90); the Russian one costs negation at every threshold in
    # cross-validation and is removed, so ru dev is the rules alone (0.927, in-sample for
    # the old model before). Held out: en 0.855 / 0.948, ru 0.845 / 0.899 (rules alone).
    # Session 14: five rules passes, 980 more training texts; at the refit neither model
    # kept negation at the rules' level (English 0.9666 at 0.90 against 0.9669), so both
    # languages are read by the rules alone (en dev 0.916 -> 0.906: the old model was
    # in-sample on dev). Held out: en 0.856 / 0.948, ru 0.846 / 0.908.
    # Session 15: seven rules passes (English lexicon families per finding group), 420
    # more training texts; no refit (no model ships). Held out: en 0.864 / 0.958 (the
    # negation target met), ru 0.855 / 0.916 (the F1 target met); dev en 0.910 / 0.983,
    # ru 0.929 / 0.977.
    ("en", "dev"): (0.90, 0.98),
    ("ru", "dev"): (0.92, 0.97),
    ("en", "test"): (0.86, 0.95),
    ("ru", "test"): (0.85, 0.91),
}


def _scores(language: str, part: str) -> dict[str, float]:
    path = TEXTS / f"{language}.{part}.jsonl"
    if not path.is_file():
        pytest.skip(f"{path.name} is not written yet")
    figures = score_texts(load_texts(path)).to_dict(per_finding=False)
    return figures["languages"][language]  # type: ignore[no-any-return]


def _floor_rows() -> list[object]:
    """The held-out rows carry the `held_out` marker, so a rules pass can leave them out.

    Pass/fail alone is a signal: a rule narrowed until the held-out floor passes is a rule
    tuned on held out (session 13 found it happening).
    """
    return [
        pytest.param(language, part, marks=[pytest.mark.held_out] if part == "test" else [])
        for language, part in sorted(FLOOR)
    ]


@pytest.mark.parametrize(("language", "part"), _floor_rows())
def test_no_regression_below_measured_floor(language: str, part: str) -> None:
    figures = _scores(language, part)
    f1, negation = FLOOR[(language, part)]
    assert figures["f1"] >= f1, figures
    assert figures["negation_accuracy"] >= negation, figures


@pytest.mark.held_out
@pytest.mark.parametrize("language", sorted(TARGET_F1))
def test_held_out_targets_of_issue_6(language: str) -> None:
    figures = _scores(language, "test")
    met = figures["f1"] >= TARGET_F1[language] and figures["negation_accuracy"] >= TARGET_NEGATION
    if not met:
        # The reason names no figure: whoever tunes the rules runs this suite, and a
        # held-out score shown on every run would be tuned on without anyone meaning to.
        # `bleedcheck eval-text vignettes/text/<language>.test.jsonl` measures it on purpose.
        pytest.xfail(
            f"{language} held out is below the issue's targets "
            f"(F1 {TARGET_F1[language]}, negation {TARGET_NEGATION})"
        )
    assert met


def test_metrics_on_a_known_example() -> None:
    gold = AnnotatedText(
        id="x",
        language="en",
        text="no fever, on the pill",
        findings={"fever": "absent", "hormonal_contraception": "present", "smoker": "present"},
    )

    def reader(text: str, language: str) -> tuple[dict[str, str], int | None]:
        return {"fever": "present", "hormonal_contraception": "present"}, None

    figures = score_texts([gold], reader).to_dict()
    assert (figures["tp"], figures["fp"], figures["fn"]) == (1, 1, 2)
    assert figures["precision"] == 0.5 and figures["recall"] == pytest.approx(1 / 3, abs=1e-4)
    # fever: gold absent, read present -> one negation case, wrong.
    assert (figures["negation_cases"], figures["negation_accuracy"]) == (1, 0.0)
    assert figures["per_finding"]["smoker"] == {
        "precision": 1.0,
        "recall": 0.0,
        "f1": 0.0,
        "tp": 0,
        "fp": 0,
        "fn": 1,
    }


def test_red_flag_findings_are_scored_apart() -> None:
    gold = AnnotatedText(
        id="x",
        language="en",
        text="bleeding loads, soaked pads, fainted, no tummy pain",
        findings={
            "bleeding_heavy": "present",
            "dizziness_or_fainting": "present",
            "lower_abdominal_pain": "absent",
            "smoker": "present",
        },
    )

    def reader(text: str, language: str) -> tuple[dict[str, str], int | None]:
        read = {"bleeding_heavy": "present", "dizziness_or_fainting": "absent"}
        return {**read, "shock_signs": "present", "smoker": "present"}, None

    flags = frozenset(
        {"bleeding_heavy", "dizziness_or_fainting", "shock_signs", "lower_abdominal_pain"}
    )
    red = score_texts([gold], reader, red_flags=flags).to_dict()["red_flags"]
    # Only "present" pairs of red-flag findings count: a denial said and not read is
    # a miss of the main figures, not a missed alarm; the smoker is no red flag.
    assert (red["tp"], red["fn"], red["fp"], red["denied"]) == (1, 1, 1, 1)
    assert red["recall"] == 0.5 and red["precision"] == 0.5


def test_bad_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "language": "en", "text": "x", "findings": {"fever": "yes"}}\n')
    with pytest.raises(VignetteError, match=r"bad.jsonl:1: findings.fever"):
        load_texts(path)


def test_eval_text_command_json_and_table() -> None:
    path = TEXTS / "en.dev.jsonl"
    if not path.is_file():
        pytest.skip("no English dev texts yet")
    out = subprocess.run(
        [BIN, "eval-text", str(path), "--json"], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    figures = json.loads(out.stdout)
    assert {"precision", "recall", "f1", "negation_accuracy", "per_finding"} <= set(figures)
    table = subprocess.run(
        [BIN, "eval-text", str(path)], capture_output=True, text=True, timeout=120
    )
    assert table.returncode == 0 and "negation accuracy" in table.stdout
    assert "red-flag findings said to be present" in table.stdout


@pytest.mark.held_out
def test_triage_from_text_alone_on_held_out_vignettes() -> None:
    from bleedcheck.evaluation import evaluate, load_vignettes, score

    metrics = score(evaluate(load_vignettes(ROOT / "vignettes" / "test.jsonl"), use="text"))
    figures = metrics.to_dict()
    assert figures["cases"] >= 30  # only vignettes that carry text
    assert figures["triage_safe"] >= 0.95, figures["triage_safe"]
    # Issue 6 target, met since the red-flag paraphrase pass: no emergency missed.
    assert figures["emergency_sensitivity"] == 1.0, figures["emergency_sensitivity"]
