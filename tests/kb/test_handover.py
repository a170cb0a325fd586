"""coding.yaml and next_steps.yaml: complete, cited, and located errors when broken."""

from __future__ import annotations

from pathlib import Path

from bleedcheck.kb import KnowledgeBase
from tests.kb.test_broken import edit, folder, problems  # noqa: F401 (fixture)


def test_every_finding_has_a_term_and_codes_are_cited(kb: KnowledgeBase) -> None:
    assert set(kb.findings) <= set(kb.coding)
    for ident, code in kb.coding.items():
        if code.snomed is not None:
            assert "S74" in code.sources, ident
            assert code.snomed.checked


def test_unknown_finding_in_coding(folder: Path) -> None:  # noqa: F811
    line, col = edit(folder, "coding.yaml", "  - id: on_hrt", "  - id: on_hrtt")
    found = problems(folder)
    assert (
        f"coding.yaml:{line}:{col + len('  - id: ')}: on_hrtt.id: "
        "'on_hrtt' is neither a finding nor 'postcoital_bleeding'" in found
    )
    assert any("finding 'on_hrt' has no entry" in p for p in found)


def test_step_without_trigger(folder: Path) -> None:  # noqa: F811
    edit(
        folder,
        "next_steps.yaml",
        "    always: true\n",
        "",
    )
    (message,) = problems(folder)
    assert message.startswith("next_steps.yaml:")
    assert message.endswith(
        "sti_tests: needs a trigger: always, when, conditions or level_at_least"
    )


def test_step_with_unknown_condition(folder: Path) -> None:  # noqa: F811
    line, _ = edit(
        folder,
        "next_steps.yaml",
        "conditions: [pelvic_inflammatory_disease]",
        "conditions: [pelvic_inflammatory_diseas]",
    )
    (message,) = problems(folder)
    assert message.startswith(f"next_steps.yaml:{line}:")
    assert "suspected_pid.conditions.0: 'pelvic_inflammatory_diseas' is not a condition" in message
