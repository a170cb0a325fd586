"""Bad cases raise one clear error naming the field."""

from __future__ import annotations

import pytest

from bleedcheck import CaseError, assess


@pytest.mark.parametrize(
    ("case", "field", "words"),
    [
        (
            {"age": 30, "evidence": {"nosebleed": "present"}},
            "evidence.nosebleed",
            "not a known finding",
        ),
        ({"age": 30, "evidence": {"fever": "yes"}}, "evidence.fever", "present, absent, unknown"),
        ({"age": 130}, "age", "between 0 and 120"),
        ({"age": -1}, "age", "between 0 and 120"),
        ({"age": "30"}, "age", "whole number"),
        ({}, "", "empty"),
        ({"evidence": {}}, "", "empty"),
        ({"age": 30, "colour": "red"}, "colour", "not a known field"),
        ({"age": 30, "language": "de"}, "language", "en, ru"),
        ({"age": 30, "evidence": ["fever"]}, "evidence", "object"),
    ],
)
def test_bad_case(case: dict[str, object], field: str, words: str) -> None:
    with pytest.raises(CaseError) as caught:
        assess(case)
    assert caught.value.field == field
    assert words in caught.value.message


def test_not_an_object() -> None:
    with pytest.raises(CaseError, match="JSON object"):
        assess(["age", 30])  # type: ignore[arg-type]


def test_text_only_case_is_accepted() -> None:
    assert assess({"text": "bled a bit after sex"}).to_dict()["triage"]["level"]


def test_to_dict_has_exactly_the_contract_keys() -> None:
    result = assess({"age": 28, "evidence": {"hormonal_contraception": "present"}}).to_dict()
    assert set(result) == {
        "triage",
        "conditions",
        "next_question",
        "should_stop",
        "evidence",
        "knowledge_version",
    }
    assert set(result["triage"]) == {"level", "reasons", "safety_net"}
    assert set(result["conditions"][0]) == {"id", "name", "icd10", "probability", "for", "against"}
    assert result["conditions"][0]["for"] == ["hormonal_contraception"]
