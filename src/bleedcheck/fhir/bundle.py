"""One assessment as a FHIR R4 Bundle (type ``collection``).

Contents: an anonymous Patient (the subject every resource points at), the
QuestionnaireResponse with every answer, one Observation per reported finding,
a RiskAssessment with one ICD-10 coded prediction per listed condition, and an
Observation carrying the triage level as a code. Ids are UUIDs derived from
the case and ``created``, so the same input always gives the same Bundle.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from bleedcheck._version import __version__
from bleedcheck.engine.assessment import Assessment
from bleedcheck.engine.case import Case
from bleedcheck.fhir.codes import (
    AGE_LINK_ID,
    ANSWERS,
    BASE,
    ICD10,
    OBSERVATION_SYSTEM,
    TRIAGE_SYSTEM,
    coding,
    questionnaire_url,
)
from bleedcheck.fhir.questionnaire import finding_codings
from bleedcheck.fhir.validate import checked
from bleedcheck.kb.compile import CompiledModel, default_model
from bleedcheck.kb.loader import KnowledgeBase

__all__ = ["bundle", "questionnaire_response"]

_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
_ABSENT_REASON = "http://terminology.hl7.org/CodeSystem/data-absent-reason"
# Finding group -> Observation category: what the person says is a survey answer.
_GROUP_CATEGORY = {"examination": "exam", "test": "laboratory"}


def _iso(when: datetime) -> str:
    aware = when if when.tzinfo else when.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _ids(case: Case, created: datetime) -> Any:
    seed = hashlib.sha256(
        json.dumps([case.model_dump(exclude_none=True), _iso(created)], sort_keys=True).encode()
    ).hexdigest()

    def make(kind: str) -> str:
        return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"{BASE}/{kind}/{seed}"))

    return make


def questionnaire_response(
    kb: KnowledgeBase,
    evidence: Mapping[str, str],
    age: int | None,
    *,
    authored: datetime,
    subject: str | None = None,
    language: str = "en",
) -> dict[str, Any]:
    """The answers as a QuestionnaireResponse to :func:`questionnaire` (same linkIds)."""
    items: list[dict[str, Any]] = []
    if age is not None:
        items.append({"linkId": AGE_LINK_ID, "answer": [{"valueInteger": age}]})
    for ident, finding in kb.findings.items():
        if ident in evidence:
            items.append(
                {
                    "linkId": ident,
                    "text": finding.question.get(language),
                    "answer": [{"valueCoding": dict(ANSWERS[evidence[ident]])}],
                }
            )
    p = kb.presentation
    out: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse",
        "language": language,
        "questionnaire": f"{questionnaire_url(p.id)}|{p.version}",
        "status": "completed",
        "authored": _iso(authored),
        "item": items,
    }
    if subject:
        out["subject"] = {"reference": subject}
    return out


def bundle(
    case: Case | Mapping[str, Any],
    assessment: Assessment,
    *,
    created: datetime,
    language: str = "en",
    model: CompiledModel | None = None,
) -> dict[str, Any]:
    """The Bundle for one assessment (JSON-ready), checked before it is returned."""
    parsed = Case.parse(case)
    kb = (model or default_model()).kb
    make = _ids(parsed, created)
    when = _iso(created)
    patient, response = make("Patient"), make("QuestionnaireResponse")
    subject = {"reference": patient}
    entries: list[tuple[str, dict[str, Any]]] = [
        (patient, {"resourceType": "Patient", "active": True}),
        (
            response,
            questionnaire_response(
                kb,
                assessment.evidence,
                parsed.age,
                authored=created,
                subject=patient,
                language=language,
            ),
        ),
    ]
    observations = []
    for ident, finding in kb.findings.items():
        answer = assessment.evidence.get(ident)
        if answer is None:
            continue
        url = make(f"Observation/{ident}")
        observations.append(url)
        category = _GROUP_CATEGORY.get(finding.group, "survey")
        obs: dict[str, Any] = {
            "resourceType": "Observation",
            "status": "final",
            "category": [{"coding": [coding(_CATEGORY, category)]}],
            "code": {"coding": finding_codings(kb, ident, language)},
            "subject": subject,
            "effectiveDateTime": when,
            "derivedFrom": [{"reference": response}],
        }
        if answer == "unknown":
            obs["dataAbsentReason"] = {
                "coding": [coding(_ABSENT_REASON, "asked-unknown", "Asked But Unknown")]
            }
        else:
            obs["valueBoolean"] = answer == "present"
        entries.append((url, obs))

    level = assessment.level.name
    title = kb.presentation.levels[level].title.get(language)
    entries.append(
        (
            make("Observation/triage"),
            {
                "resourceType": "Observation",
                "status": "final",
                "code": {"coding": [coding(OBSERVATION_SYSTEM, "triage", "Triage level")]},
                "subject": subject,
                "effectiveDateTime": when,
                "valueCodeableConcept": {
                    "coding": [coding(TRIAGE_SYSTEM, level, title)],
                    "text": title,
                },
                "note": [{"text": r.text} for r in assessment.triage.reasons],
                "derivedFrom": [{"reference": response}],
            },
        )
    )
    entries.append(
        (
            make("RiskAssessment"),
            {
                "resourceType": "RiskAssessment",
                "status": "final",
                "method": {
                    "coding": [coding(f"{BASE}/CodeSystem/method", "bleedcheck", "bleedcheck")],
                    "text": f"bleedcheck {__version__}, {assessment.knowledge_version}",
                },
                "code": {"coding": finding_codings(kb, kb.presentation.id, language)[:1]},
                "subject": subject,
                "occurrenceDateTime": when,
                "basis": [{"reference": response}] + [{"reference": u} for u in observations],
                "prediction": [
                    {
                        "outcome": {
                            "coding": [coding(ICD10, c.icd10, c.condition.name.get(language))],
                            "text": c.condition.name.get(language),
                        },
                        "probabilityDecimal": round(c.probability, 4),
                        "rationale": _rationale(kb, c.for_, c.against, language),
                    }
                    for c in assessment.conditions
                ],
            },
        )
    )
    resource = {
        "resourceType": "Bundle",
        "id": make("Bundle").removeprefix("urn:uuid:"),
        "type": "collection",
        "timestamp": when,
        "entry": [{"fullUrl": url, "resource": res} for url, res in entries],
    }
    return checked(resource)


def _rationale(kb: KnowledgeBase, for_: list[str], against: list[str], language: str) -> str:
    def terms(ids: list[str]) -> str:
        return ", ".join(kb.coding[i].term.get(language) if i in kb.coding else i for i in ids)

    parts = []
    if for_:
        parts.append(("for: " if language == "en" else "за: ") + terms(for_))
    if against:
        parts.append(("against: " if language == "en" else "против: ") + terms(against))
    return "; ".join(parts) or "-"
