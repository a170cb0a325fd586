"""One battery of checks over every condition, finding and rule of the shipped KB.

Adding an item to the knowledge base adds its checks here automatically.
"""

from __future__ import annotations

import pytest

from bleedcheck.kb import load_knowledge
from bleedcheck.kb.schema import Text, TriageLevel
from bleedcheck.kb.validate import MAX_READING_GRADE, reading_grade, texts
from tests.conftest import contract_rows

KB = load_knowledge()


def test_every_contract_condition_is_modelled() -> None:
    wanted = {row["id"]: row for row in contract_rows("conditions.csv")}
    assert set(wanted) <= set(KB.conditions)
    for ident, row in wanted.items():
        assert KB.conditions[ident].icd10 == row["icd10"], ident


def test_every_contract_finding_is_modelled() -> None:
    wanted = {row["id"]: row for row in contract_rows("findings.csv")}
    assert set(wanted) <= set(KB.findings)
    for ident, row in wanted.items():
        assert KB.findings[ident].asked_of == row["who can answer"], ident
        assert KB.findings[ident].group == row["group"], ident


def test_triage_levels_match_the_contract() -> None:
    rows = contract_rows("triage_levels.csv")
    assert {row["id"]: int(row["rank"]) for row in rows} == {
        lvl.name: lvl.value for lvl in TriageLevel
    }


def test_at_least_twenty_rules_cover_the_evidence_list() -> None:
    assert len(KB.rules) >= 20
    numbers = {rule.id.rstrip("abc") for rule in KB.rules}
    assert {f"R{i}" for i in range(1, 21)} <= numbers


def _items() -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = [("presentation", KB.presentation)]
    out += [(f"condition:{k}", v) for k, v in KB.conditions.items()]
    out += [(f"finding:{k}", v) for k, v in KB.findings.items()]
    out += [(f"rule:{r.id}", r) for r in KB.rules]
    return out


@pytest.mark.parametrize(("name", "item"), _items(), ids=[n for n, _ in _items()])
def test_item_cites_existing_sources(name: str, item: object) -> None:
    sources = item.sources
    assert sources, name
    assert set(sources) <= set(KB.sources)


@pytest.mark.parametrize(("name", "item"), _items(), ids=[n for n, _ in _items()])
def test_item_text_is_bilingual_and_readable(name: str, item: object) -> None:
    found = list(texts(item))  # type: ignore[arg-type]
    assert found, f"{name} has no person-facing text"
    for path, text in found:
        assert isinstance(text, Text)
        assert text.en.strip() and text.ru.strip(), (name, path)
        assert any("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in text.ru), (name, path)
        if "name" not in path:
            assert reading_grade(text.en) <= MAX_READING_GRADE, (name, path, text.en)


@pytest.mark.parametrize("ident", list(KB.conditions))
def test_condition_figures_are_probabilities_with_a_basis(ident: str) -> None:
    condition = KB.conditions[ident]
    figures = [
        *condition.priors.values(),
        *condition.likelihoods.values(),
        condition.urgency_threshold,
    ]
    for figure in figures:
        assert 0 < figure.value < 1
        assert figure.is_estimate or figure.basis in KB.sources
    assert set(condition.priors) == {s.id for s in KB.presentation.strata}
    assert set(condition.likelihoods) <= set(KB.findings)
    assert condition.doctor_will


@pytest.mark.parametrize("ident", list(KB.findings))
def test_finding_base_rate_and_references(ident: str) -> None:
    finding = KB.findings[ident]
    assert 0 < finding.base_rate.value < 1
    if finding.ask_when is not None:
        from bleedcheck.kb.expressions import referenced_findings

        assert referenced_findings(finding.ask_when) <= set(KB.findings)


def test_pregnancy_questions_respect_menopause_and_pregnancy() -> None:
    from bleedcheck.kb.compile import default_model

    model = default_model()
    i16 = model.finding_index["pregnancy_16_weeks_or_more"]
    assert not model.ask_when[i16]({}, 30)
    assert model.ask_when[i16]({"pregnant": "present"}, 30)
    pregnancy = [
        f for f in KB.findings if f.startswith("pregnan") or f == "test_pregnancy_negative"
    ]
    for finding in pregnancy:
        test = model.ask_when[model.finding_index[finding]]
        assert test is not None and not test({"postmenopausal": "present"}, 60), finding


def test_numbers_marked_as_estimates_are_counted() -> None:
    # The data must say which figures are ours: some are, and some are published.
    bases = [f.basis for c in KB.conditions.values() for f in c.likelihoods.values()]
    assert "E" in bases
    assert any(
        b != "E" for c in KB.conditions.values() for b in [f.basis for f in c.priors.values()]
    )
