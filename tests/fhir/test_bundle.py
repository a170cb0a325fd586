"""The Bundle: contents, references, snapshot, and the export-import-assess round trip."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

import bleedcheck
from bleedcheck.engine import CaseError
from bleedcheck.evaluation import load_vignettes
from bleedcheck.fhir import (
    FhirError,
    bundle,
    case_from_questionnaire_response,
    checked,
    problems,
)
from bleedcheck.fhir.codes import ICD10, TRIAGE_SYSTEM
from tests.fhir.conftest import CREATED, REFERENCE_CASE, assert_snapshot

ROOT = Path(__file__).resolve().parents[2]


def _bundle(case: dict[str, object]) -> dict[str, object]:
    return bundle(case, bleedcheck.assess(case), created=CREATED)


def _by_type(resource: dict[str, object], kind: str) -> list[dict[str, object]]:
    entries = resource["entry"]
    assert isinstance(entries, list)
    return [e["resource"] for e in entries if e["resource"]["resourceType"] == kind]


def test_snapshot_reference_case() -> None:
    assert_snapshot("bundle.reference.json", _bundle(REFERENCE_CASE))


def test_contents_of_the_reference_bundle() -> None:
    result = bleedcheck.assess(REFERENCE_CASE)
    b = bundle(REFERENCE_CASE, result, created=CREATED)
    assert b["type"] == "collection" and problems(b) == []
    observations = _by_type(b, "Observation")
    triage = [o for o in observations if "valueCodeableConcept" in o]
    (level,) = triage
    assert level["valueCodeableConcept"]["coding"][0] == {
        "system": TRIAGE_SYSTEM,
        "code": result.level.name,
        "display": level["valueCodeableConcept"]["text"],
    }
    findings = [o for o in observations if o not in triage]
    assert len(findings) == len(REFERENCE_CASE["evidence"])  # type: ignore[arg-type]
    smoker = next(o for o in findings if o["code"]["coding"][0]["code"] == "77176002")
    assert smoker["valueBoolean"] is True
    fever = next(o for o in findings if o["code"]["coding"][0]["code"] == "386661006")
    assert "valueBoolean" not in fever and fever["dataAbsentReason"]["coding"][0]["code"]
    (risk,) = _by_type(b, "RiskAssessment")
    predicted = [
        (p["outcome"]["coding"][0]["code"], p["probabilityDecimal"]) for p in risk["prediction"]
    ]
    assert predicted == [(c.icd10, round(c.probability, 4)) for c in result.conditions]
    assert all(p["outcome"]["coding"][0]["system"] == ICD10 for p in risk["prediction"])


def test_same_input_same_bundle_and_ids_follow_the_case() -> None:
    assert _bundle(REFERENCE_CASE) == _bundle(REFERENCE_CASE)
    other = copy.deepcopy(REFERENCE_CASE)
    other["age"] = 39
    assert _bundle(other)["id"] != _bundle(REFERENCE_CASE)["id"]


def test_dangling_reference_and_bad_status_are_refused() -> None:
    b = _bundle(REFERENCE_CASE)
    b["entry"][2]["resource"]["subject"] = {"reference": "urn:uuid:not-here"}  # type: ignore[index]
    b["entry"][3]["resource"]["status"] = "done"  # type: ignore[index]
    with pytest.raises(FhirError) as caught:
        checked(b)
    assert any("'urn:uuid:not-here' is not in the Bundle" in p for p in caught.value.problems)
    assert any(
        "status: 'done' is not in the required value set" in p for p in caught.value.problems
    )


def test_round_trip_gives_the_same_result_on_every_dev_vignette() -> None:
    vignettes = load_vignettes(ROOT / "vignettes" / "dev.jsonl")
    assert len(vignettes) > 50
    for vignette in vignettes:
        case = vignette.case("evidence")
        first = bleedcheck.assess(case)
        response = _by_type(bundle(case, first, created=CREATED), "QuestionnaireResponse")[0]
        again = bleedcheck.assess(case_from_questionnaire_response(response))
        assert again.to_dict() == first.to_dict(), vignette.id


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"resourceType": "Observation"}, "resourceType", "must be QuestionnaireResponse"),
        (
            {"item": [{"linkId": "fevr", "answer": [{"valueBoolean": True}]}]},
            "item[0].linkId",
            "'fevr' is not a question",
        ),
        (
            {"item": [{"linkId": "fever", "answer": [{"valueCoding": {"code": "maybe"}}]}]},
            "item[0].answer",
            "must be one coding",
        ),
        (
            {"item": [{"linkId": "age", "answer": [{"valueInteger": 130}]}]},
            "age",
            "between 0 and 120",
        ),
        ({"status": "finished"}, "status", "required value set"),
    ],
)
def test_bad_questionnaire_response_names_the_field(
    change: dict[str, object], field: str, message: str
) -> None:
    response = _by_type(_bundle(REFERENCE_CASE), "QuestionnaireResponse")[0]
    response.update(change)
    with pytest.raises(CaseError) as caught:
        case_from_questionnaire_response(response)
    assert caught.value.field == field
    assert message in caught.value.message
