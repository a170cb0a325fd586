"""The Questionnaire: generated from the knowledge base, valid, and "ask when" kept exactly."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bleedcheck.fhir import FhirError, checked, problems, questionnaire
from bleedcheck.fhir.codes import AGE_LINK_ID, QUESTION_SYSTEM, SNOMED
from bleedcheck.fhir.enable_when import ENABLE_WHEN_EXPRESSION, enable_when
from bleedcheck.kb import KnowledgeBase
from bleedcheck.kb.expressions import parse_expression
from tests.fhir.conftest import assert_snapshot


def test_snapshot_en() -> None:
    assert_snapshot("questionnaire.en.json", questionnaire("en"))


def test_one_item_per_finding_with_codes(kb: KnowledgeBase) -> None:
    q = questionnaire("ru")
    items = {i["linkId"]: i for i in q["item"]}
    assert set(items) == {AGE_LINK_ID, *kb.findings}
    assert q["language"] == "ru" and q["status"] == "active"
    for ident in kb.findings:
        systems = [c["system"] for c in items[ident]["code"]]
        assert systems[-1] == QUESTION_SYSTEM
        assert (SNOMED in systems) == (kb.coding[ident].snomed is not None)
    assert items["pregnant"]["code"][0]["code"] == "77386006"
    assert "Вы беременны?" in items["pregnant"]["text"]
    assert problems(q) == []


def test_every_ask_when_becomes_plain_enable_when(kb: KnowledgeBase) -> None:
    """Today's knowledge base needs no FHIRPath fallback: every condition is exact."""
    items = {i["linkId"]: i for i in questionnaire("en")["item"]}
    for ident, finding in kb.findings.items():
        if finding.ask_when is None:
            assert "enableWhen" not in items[ident]
        else:
            assert items[ident]["enableWhen"], ident
            assert "extension" not in items[ident]


def test_nested_expression_falls_back_to_fhirpath() -> None:
    node = parse_expression({"all": [{"any": ["fever", "pregnant"]}, {"not": {"age_below": 40}}]})
    out = enable_when(node)
    (extension,) = out["extension"]
    assert extension["url"] == ENABLE_WHEN_EXPRESSION
    expression = extension["valueExpression"]["expression"]
    assert "linkId = 'fever'" in expression and "answer.value < 40" in expression


def _enabled(item: dict[str, Any], answers: dict[str, str], age: int | None) -> bool:
    """FHIR R4 enableWhen semantics (questionnaire-enable-operator definitions)."""
    code = {"present": "Y", "absent": "N", "unknown": "ASKU"}

    def one(cond: dict[str, Any]) -> bool:
        op = cond["operator"]
        if cond["question"] == AGE_LINK_ID:
            if op == "exists":
                return (age is not None) == cond["answerBoolean"]
            if age is None:
                return False
            limit = cond["answerInteger"]
            return age < limit if op == "<" else age >= limit
        given_code = code.get(answers.get(cond["question"], ""))
        if op == "=":
            return given_code == cond["answerCoding"]["code"]
        assert op == "!="
        return given_code != cond["answerCoding"]["code"]

    results = [one(c) for c in item["enableWhen"]]
    return any(results) if item.get("enableBehavior") == "any" else all(results)


@pytest.fixture(scope="module")
def items() -> dict[str, dict[str, Any]]:
    return {i["linkId"]: i for i in questionnaire("en")["item"]}


@settings(max_examples=150, deadline=None)
@given(
    answers=st.dictionaries(
        st.sampled_from(
            [
                "postmenopausal",
                "pregnant",
                "hormonal_contraception",
                "discharge_abnormal",
                "bleeding_recurrent",
                "fever",
            ]
        ),
        st.sampled_from(["present", "absent", "unknown"]),
    ),
    age=st.one_of(st.none(), st.integers(min_value=10, max_value=80)),
)
def test_enable_when_means_the_same_as_ask_when(
    kb: KnowledgeBase, items: dict[str, dict[str, Any]], answers: dict[str, str], age: int | None
) -> None:
    for ident, finding in kb.findings.items():
        if finding.ask_when is not None:
            expected = finding.ask_when.evaluate(answers, age)
            assert _enabled(items[ident], answers, age) == expected, (ident, answers, age)


def test_value_sets_are_checked_where_the_library_does_not() -> None:
    q = questionnaire("en")
    q["status"] = "nonsense"
    q["item"][1]["enableWhen"] = [{"question": "x", "operator": "~", "answerBoolean": True}]
    with pytest.raises(FhirError) as caught:
        checked(q)
    assert any(p.startswith("status:") for p in caught.value.problems)
    assert any("operator '~'" in p for p in caught.value.problems)
