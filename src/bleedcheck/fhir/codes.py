"""Code systems and canonical URLs of the FHIR resources bleedcheck produces.

Standard systems are used where they exist (SNOMED CT for checked finding
codes, ICD-10 for conditions, HL7 yes/no and null-flavour codes for answers);
everything else lives under :data:`BASE`, bleedcheck's own namespace. A site
that publishes its own copy may change ``BASE``: it is only ever read here.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "ANSWERS",
    "ANSWER_OF",
    "BASE",
    "ICD10",
    "QUESTION_SYSTEM",
    "SNOMED",
    "TRIAGE_SYSTEM",
    "coding",
    "questionnaire_url",
]

BASE = "https://bleedcheck.example/fhir"
QUESTION_SYSTEM = f"{BASE}/CodeSystem/question"  # finding ids, and "age"
TRIAGE_SYSTEM = f"{BASE}/CodeSystem/triage-level"  # the contract's five levels
OBSERVATION_SYSTEM = f"{BASE}/CodeSystem/observation"  # "triage"
SNOMED = "http://snomed.info/sct"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
YES_NO = "http://terminology.hl7.org/CodeSystem/v2-0136"
NULL_FLAVOR = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor"

# Contract answer -> the coding written in a QuestionnaireResponse.
ANSWERS: dict[str, dict[str, str]] = {
    "present": {"system": YES_NO, "code": "Y", "display": "Yes"},
    "absent": {"system": YES_NO, "code": "N", "display": "No"},
    "unknown": {"system": NULL_FLAVOR, "code": "ASKU", "display": "asked but unknown"},
}
# (system, code) -> contract answer, for reading a QuestionnaireResponse.
ANSWER_OF: dict[tuple[str, str], str] = {(c["system"], c["code"]): a for a, c in ANSWERS.items()}

AGE_LINK_ID = "age"


def questionnaire_url(presentation: str) -> str:
    return f"{BASE}/Questionnaire/{presentation}"


def coding(system: str, code: str, display: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"system": system, "code": code}
    if display:
        out["display"] = display
    return out
