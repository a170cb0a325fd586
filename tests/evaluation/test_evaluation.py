"""The vignette set, the harness and the figures it reports."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bleedcheck.cli import app
from bleedcheck.evaluation import VignetteError, evaluate, load_vignettes, score
from bleedcheck.evaluation.metrics import INTERVIEW_TARGETS, TARGETS
from tests.conftest import ROOT, contract_rows

DEV = ROOT / "vignettes" / "dev.jsonl"
TEST = ROOT / "vignettes" / "test.jsonl"
ALL = load_vignettes(DEV) + load_vignettes(TEST)


def test_the_set_covers_what_issue_4_asks() -> None:
    assert len(ALL) >= 150
    assert len({v.id for v in ALL}) == len(ALL)
    conditions = Counter(c for v in ALL for c in v.expected.conditions)
    for row in contract_rows("conditions.csv"):
        assert conditions[row["id"]] >= 3, row["id"]
    levels = Counter(v.expected.triage for v in ALL)
    assert all(
        levels[level] >= 15
        for level in (
            "emergency_ambulance",
            "emergency",
            "consultation_24",
            "consultation",
            "self_care",
        )
    )
    texts = Counter(v.language for v in ALL if v.text)
    assert texts["en"] >= 40 and texts["ru"] >= 20
    assert any("pregnant" in v.evidence and v.evidence["pregnant"] == "present" for v in ALL)
    assert any(v.evidence.get("postmenopausal") == "present" for v in ALL)
    assert any(v.age is not None and 13 <= v.age <= 17 for v in ALL)
    assert sum(v.clinician for v in ALL) >= 25
    assert all(v.source for v in ALL)


def test_test_split_is_about_a_third() -> None:
    share = len(load_vignettes(TEST)) / len(ALL)
    assert 0.28 <= share <= 0.38


@pytest.mark.parametrize("interview", [False, True], ids=["evidence", "interview"])
def test_triage_targets_hold_on_the_test_split(interview: bool) -> None:
    """Regression gate: the targets of issue 4 that are met must stay met."""
    metrics = score(evaluate(load_vignettes(TEST), use="evidence", interview_mode=interview))
    targets = INTERVIEW_TARGETS if interview else TARGETS
    # top1 is not met yet (docs/evaluation.md); everything else, top3 included, is enforced.
    enforced = {k: v for k, v in targets.items() if k != "top1"}
    assert metrics.failures(enforced) == []


def test_metrics_on_a_hand_made_set(tmp_path: Path) -> None:
    rows = [
        {
            "id": "a",
            "age": 30,
            "evidence": {"signs_of_shock": "present"},
            "expected": {"triage": "emergency_ambulance", "conditions": []},
            "source": "test",
        },
        {
            "id": "b",
            "age": 30,
            "evidence": {"signs_of_shock": "present"},
            "expected": {"triage": "consultation", "conditions": []},
            "source": "test",
        },
        {
            "id": "c",
            "age": 19,
            "evidence": {"first_intercourse": "present"},
            "expected": {"triage": "emergency", "conditions": ["first_intercourse_bleeding"]},
            "source": "test",
        },
    ]
    path = tmp_path / "v.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    metrics = score(evaluate(load_vignettes(path), use="evidence"))
    assert metrics.cases == 3
    assert metrics.triage_exact == pytest.approx(1 / 3)
    assert metrics.over_triage == pytest.approx(1 / 3)
    assert metrics.under_triage == pytest.approx(1 / 3)
    assert metrics.triage_safe == pytest.approx(2 / 3)
    assert metrics.emergency_sensitivity == pytest.approx(1 / 2)
    assert metrics.top1 == 1.0 and metrics.cases_with_conditions == 1


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"id": "x", "expected": {"triage": "soon"}, "source": "s s"}', "expected.triage"),
        (
            '{"id": "x", "colour": 1, "expected": {"triage": "self_care"}, "source": "sss"}',
            "colour",
        ),
    ],
)
def test_bad_vignette_files_name_line_and_field(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("\n" + line + "\n")
    with pytest.raises(VignetteError, match=message) as caught:
        load_vignettes(path)
    assert f"{path}:2:" in str(caught.value)


def test_eval_command_json_and_report(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        app,
        ["eval", str(TEST), "--use", "evidence", "--json", "--report", str(tmp_path / "report")],
    )
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert {
        "cases",
        "triage_exact",
        "triage_safe",
        "under_triage",
        "over_triage",
        "emergency_sensitivity",
        "top1",
        "top3",
        "cases_with_conditions",
        "per_case",
    } <= set(figures)
    assert figures["cases"] == len(figures["per_case"])
    assert {"id", "expected_triage", "triage", "top3"} <= set(figures["per_case"][0])
    for name in ("index.html", "triage_confusion.png", "recall_per_condition.png"):
        assert (tmp_path / "report" / name).stat().st_size > 1000


def test_interview_mode_reports_questions() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["eval", str(TEST), "--use", "evidence", "--interview", "--json"])
    figures = json.loads(result.stdout)
    assert figures["questions_median"] <= 20
    assert all("questions" in row for row in figures["per_case"])


def test_eval_command_rejects_bad_options(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["eval", str(TEST), "--use", "smell"]).exit_code == 2
    missing = runner.invoke(app, ["eval", str(tmp_path / "none.jsonl")])
    assert missing.exit_code == 2 and "cannot be read" in missing.output
