"""Broken knowledge bases: each kind of error gives its precise, located message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bleedcheck.cli import app
from bleedcheck.kb import KnowledgeError, default_knowledge_path, load_knowledge


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "kb"
    shutil.copytree(default_knowledge_path(), target)
    return target


def edit(folder: Path, name: str, old: str, new: str) -> tuple[int, int]:
    """Replace the first ``old`` in a file; return the 1-based line and column of ``new``."""
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    before = text[: text.index(new)]
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


def problems(folder: Path, **kwargs: bool) -> list[str]:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder, **kwargs)
    return [str(p) for p in caught.value.problems]


def test_prior_out_of_range_names_file_line_column_and_field(folder: Path) -> None:
    line, col = edit(
        folder, "conditions.yaml", "      default: [0.22, S11]", "      default: [1.7, S11]"
    )
    assert problems(folder) == [
        f"conditions.yaml:{line}:{col + len('      default: [')}: "
        "cervical_ectropion.priors.default: must be between 0 and 1"
    ]


def test_unknown_field_is_refused(folder: Path) -> None:
    edit(folder, "conditions.yaml", "    severity: low\n", "    severity: low\n    colour: red\n")
    (message,) = problems(folder)
    assert message.startswith("conditions.yaml:")
    assert message.endswith("no_cause_found.colour: is not a known field")


def test_unknown_finding_in_likelihoods(folder: Path) -> None:
    line, _ = edit(folder, "conditions.yaml", "      exam_normal:", "      exam_normall:")
    (message,) = problems(folder)
    assert (
        message == f"conditions.yaml:{line}:7: no_cause_found.likelihoods.exam_normall: "
        "'exam_normall' is not a finding"
    )


def test_unknown_source(folder: Path) -> None:
    line, col = edit(folder, "rules.yaml", "sources: [S29, S36, S56]", "sources: [S999, S36, S56]")
    assert problems(folder) == [
        f"rules.yaml:{line}:{col + 10}: R2.sources.0: source S999 is not in sources.yaml"
    ]


def test_yaml_syntax_error(folder: Path) -> None:
    edit(folder, "findings.yaml", "    group: context\n", "    group: [context\n")
    (message,) = problems(folder)
    assert message.startswith("findings.yaml:") and "not valid YAML" in message


def test_red_flag_rule_may_not_use_not(folder: Path) -> None:
    edit(folder, "rules.yaml", "    when: signs_of_shock\n", "    when: {not: signs_of_shock}\n")
    (message,) = problems(folder)
    assert "R2.when: a red-flag rule may only ask for findings to be present" in message


def test_benign_rule_may_not_require_a_red_flag(folder: Path) -> None:
    edit(
        folder,
        "rules.yaml",
        "        - first_intercourse\n",
        "        - first_intercourse\n        - fever\n",
    )
    (message,) = problems(folder)
    assert message.endswith(
        "R20.when: a benign rule may not ask for red-flag finding 'fever' to be present"
    )


def test_missing_stratum_prior(folder: Path) -> None:
    edit(folder, "conditions.yaml", "      default: [0.22, S11]\n", "")
    (message,) = problems(folder)
    assert message.endswith("cervical_ectropion.priors: needs a prior for stratum 'default'")


def test_stratum_finding_cannot_be_a_likelihood(folder: Path) -> None:
    edit(
        folder,
        "conditions.yaml",
        "      exam_normal:",
        "      pregnant: [0.1, E]\n      exam_normal:",
    )
    (message,) = problems(folder)
    assert "no_cause_found.likelihoods.pregnant: 'pregnant' chooses the prior stratum" in message


def test_hard_english_is_refused_and_can_be_skipped(folder: Path) -> None:
    edit(
        folder,
        "rules.yaml",
        "      en: Heavy bleeding needs to be seen in hospital now.",
        "      en: Haemorrhagic presentations necessitate immediate institutional evaluation.",
    )
    (message,) = problems(folder)
    assert "R1.reason.en: reading grade" in message and "is above 7" in message
    load_knowledge(folder, check_readability=False)


def test_missing_translation(folder: Path) -> None:
    edit(
        folder,
        "rules.yaml",
        "      ru: При сильном кровотечении нужна срочная помощь в больнице.\n",
        "",
    )
    (message,) = problems(folder)
    assert message.endswith("R1.reason.ru: is required")


def test_duplicate_id(folder: Path) -> None:
    edit(folder, "rules.yaml", "  - id: R1\n", "  - id: R2\n")
    (message,) = problems(folder)
    assert message.endswith("R2: is defined twice")


def test_bad_level_name(folder: Path) -> None:
    edit(folder, "rules.yaml", "    level: emergency\n", "    level: urgent\n")
    (message,) = problems(folder)
    assert "level: must be one of self_care, consultation" in message


def test_missing_file(folder: Path) -> None:
    (folder / "sources.yaml").unlink()
    (message,) = problems(folder)
    assert message.startswith("sources.yaml:1:1: file is missing")


def test_every_problem_is_reported_at_once(folder: Path) -> None:
    edit(folder, "conditions.yaml", "      default: [0.22, S11]", "      default: [1.7, S11]")
    edit(folder, "rules.yaml", "    level: emergency\n", "    level: urgent\n")
    assert len(problems(folder)) == 2


def test_validate_command_exit_codes(folder: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(app, ["kb", "validate", str(folder)])
    assert ok.exit_code == 0 and ok.output.startswith("valid:")
    edit(folder, "conditions.yaml", "      default: [0.22, S11]", "      default: [1.7, S11]")
    edit(folder, "rules.yaml", "    level: emergency\n", "    level: urgent\n")
    bad = runner.invoke(app, ["kb", "validate", str(folder)])
    assert bad.exit_code == 1
    lines = bad.output.strip().splitlines()
    assert (
        len(lines) == 2
        and lines[0].startswith("conditions.yaml:")
        and lines[1].startswith("rules.yaml:")
    )


def test_background_rate_above_base_rate(folder: Path) -> None:
    line, col = edit(
        folder,
        "findings.yaml",
        "    background_rate: [0.01, E]  # with other causes: warts",
        "    background_rate: [0.5, E]  # with other causes: warts",
    )
    assert problems(folder) == [
        f"findings.yaml:{line}:{col + len('    background_rate: [')}: "
        "warts_seen.background_rate: must not be above the base rate (0.02)"
    ]


def test_stratum_finding_has_no_background_rate(folder: Path) -> None:
    edit(
        folder,
        "findings.yaml",
        "    base_rate: [0.08, E]  # mostly women 20-45",
        "    background_rate: [0.01, E]\n    base_rate: [0.08, E]  # mostly women 20-45",
    )
    (message,) = problems(folder)
    assert message.endswith(
        "postmenopausal.background_rate: 'postmenopausal' chooses the prior stratum;"
        " it has no background rate"
    )


def test_floor_for_an_unknown_stratum(folder: Path) -> None:
    line, col = edit(
        folder,
        "findings.yaml",
        "      age_55_plus: [0.45, E]  # most are past the menopause\n    ask_together",
        "      over_55: [0.45, E]  # most are past the menopause\n    ask_together",
    )
    (message,) = problems(folder)
    assert message == (
        f"findings.yaml:{line}:{col + len('      ')}: "
        "vaginal_dryness.floor_by_stratum.over_55: 'over_55' is not a stratum of the presentation"
    )


def test_stratum_finding_has_no_floor(folder: Path) -> None:
    edit(
        folder,
        "findings.yaml",
        "    base_rate: [0.08, E]  # mostly women 20-45",
        "    floor_by_stratum: {default: [0.1, E]}\n    base_rate: [0.08, E]  # mostly women 20-45",
    )
    (message,) = problems(folder)
    assert message.endswith(
        "postmenopausal.floor_by_stratum: 'postmenopausal' chooses the prior stratum;"
        " it has no floor"
    )
