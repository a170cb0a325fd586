"""A blind second reading of vignettes, scored with the engine's metrics."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bleedcheck.cli import app
from bleedcheck.evaluation import VignetteError, load_vignettes, score
from bleedcheck.evaluation.agreement import load_second_readings, second_reader_outcomes


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def _vignette(id_: str, triage: str, conditions: list[str]) -> dict[str, object]:
    return {
        "id": id_,
        "age": 30,
        "evidence": {"bleeding_recurrent": "present"},
        "expected": {"triage": triage, "conditions": conditions},
        "source": "hand-made",
    }


def _reading(id_: str, triage: str, conditions: list[str]) -> dict[str, object]:
    return {"id": id_, "expected": {"triage": triage, "conditions": conditions}}


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    return _write(
        tmp_path / "gold.jsonl",
        [
            _vignette("a", "consultation", ["cervical_ectropion"]),
            _vignette("b", "emergency", ["ectopic_pregnancy", "threatened_miscarriage"]),
            _vignette("c", "self_care", ["minor_coital_trauma"]),
            _vignette("d", "consultation", ["chlamydia"]),
        ],
    )


@pytest.fixture
def second(tmp_path: Path) -> Path:
    # d is not read; z belongs to another set the same reader answered.
    return _write(
        tmp_path / "second.jsonl",
        [
            _reading("a", "consultation", ["cervical_ectropion", "no_cause_found"]),
            _reading("b", "consultation_24", ["threatened_miscarriage", "ectopic_pregnancy"]),
            _reading("c", "consultation", ["vaginitis", "no_cause_found", "minor_coital_trauma"]),
            _reading("z", "self_care", ["vaginitis"]),
        ],
    )


def test_a_second_reading_is_scored_like_the_engine(gold: Path, second: Path) -> None:
    outcomes = second_reader_outcomes(load_vignettes(gold), load_second_readings(second))
    metrics = score(outcomes)
    assert [o.vignette.id for o in outcomes] == ["a", "b", "c"]
    assert metrics.cases == 3
    # a and b name an accepted cause first; c has it third.
    assert metrics.top1 == pytest.approx(2 / 3)
    assert metrics.top3 == 1.0
    assert metrics.triage_exact == pytest.approx(1 / 3)
    assert metrics.under_triage == pytest.approx(1 / 3)
    assert metrics.over_triage == pytest.approx(1 / 3)
    assert metrics.emergency_sensitivity == 0.0


def test_the_command_scores_the_second_reading(gold: Path, second: Path) -> None:
    result = CliRunner().invoke(app, ["eval", str(gold), "--against", str(second), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["cases"] == 3 and figures["top1"] == pytest.approx(0.6667)
    assert figures["per_case"][2]["top3"] == ["vaginitis", "no_cause_found", "minor_coital_trauma"]


def test_a_reading_of_other_vignettes_is_an_error_not_an_empty_score(
    gold: Path, tmp_path: Path
) -> None:
    other = _write(tmp_path / "other.jsonl", [_reading("z", "self_care", [])])
    with pytest.raises(VignetteError, match="no id in common"):
        second_reader_outcomes(load_vignettes(gold), load_second_readings(other))
    result = CliRunner().invoke(app, ["eval", str(gold), "--against", str(other)])
    assert result.exit_code == 2 and "no id in common" in result.output


def test_a_bad_second_reading_names_line_and_field(gold: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(_reading("a", "soon", [])) + "\n")
    result = CliRunner().invoke(app, ["eval", str(gold), "--against", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}:1:" in result.output and "expected.triage" in result.output


def test_a_second_reading_is_not_an_interview(gold: Path, second: Path) -> None:
    result = CliRunner().invoke(app, ["eval", str(gold), "--against", str(second), "--interview"])
    assert result.exit_code == 2 and "cannot be an --interview" in result.output
