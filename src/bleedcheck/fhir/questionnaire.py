"""The interview as a FHIR R4 Questionnaire, generated from the knowledge base.

One ``choice`` item per finding (linkId = finding id), answered Yes / No /
Don't know, coded in SNOMED CT where a checked code exists and always in
bleedcheck's own question code system; "ask when" becomes ``enableWhen``.
Clinician-only findings (examination, tests) are included, so a clinic can
record them too; the person-facing interview asks them only in clinician mode.
"""

from __future__ import annotations

from typing import Any

from bleedcheck.fhir.codes import (
    AGE_LINK_ID,
    ANSWERS,
    QUESTION_SYSTEM,
    SNOMED,
    coding,
    questionnaire_url,
)
from bleedcheck.fhir.enable_when import enable_when
from bleedcheck.fhir.validate import checked
from bleedcheck.kb.compile import CompiledModel, default_model
from bleedcheck.kb.loader import KnowledgeBase

__all__ = ["finding_codings", "questionnaire"]

_AGE = {"en": "How old are you (in years)?", "ru": "Сколько вам полных лет?"}
_ANSWER_TEXT = {
    "en": {"present": "Yes", "absent": "No", "unknown": "Don't know"},
    "ru": {"present": "Да", "absent": "Нет", "unknown": "Не знаю"},
}


def finding_codings(kb: KnowledgeBase, ident: str, language: str = "en") -> list[dict[str, Any]]:
    """SNOMED CT first where a checked code exists, then bleedcheck's own code."""
    entry = kb.coding.get(ident)
    out = []
    if entry is not None and entry.snomed is not None:
        out.append(coding(SNOMED, entry.snomed.code, entry.snomed.display))
    term = entry.term.get(language) if entry is not None else ident
    out.append(coding(QUESTION_SYSTEM, ident, term))
    return out


def questionnaire(language: str = "en", *, model: CompiledModel | None = None) -> dict[str, Any]:
    """The Questionnaire resource (JSON-ready), checked with fhir.resources."""
    if language not in ("en", "ru"):
        raise ValueError("language must be en or ru")
    kb = (model or default_model()).kb
    p = kb.presentation
    answer_options = [
        {"valueCoding": {**ANSWERS[a], "display": _ANSWER_TEXT[language][a]}}
        for a in ("present", "absent", "unknown")
    ]
    items: list[dict[str, Any]] = [
        {
            "linkId": AGE_LINK_ID,
            "code": [coding(QUESTION_SYSTEM, AGE_LINK_ID, "Age in years")],
            "text": _AGE[language],
            "type": "integer",
        }
    ]
    for ident, finding in kb.findings.items():
        item: dict[str, Any] = {
            "linkId": ident,
            "code": finding_codings(kb, ident, language),
            "text": finding.question.get(language),
            "type": "choice",
            "answerOption": answer_options,
        }
        if finding.ask_when is not None:
            item.update(enable_when(finding.ask_when))
        items.append(item)
    presenting = kb.coding.get(p.id)
    resource: dict[str, Any] = {
        "resourceType": "Questionnaire",
        "id": p.id.replace("_", "-"),
        "language": language,
        "url": questionnaire_url(p.id),
        "version": p.version,
        "name": "".join(part.title() for part in p.id.split("_")),
        "title": p.name.get(language),
        "status": "active",
        "subjectType": ["Patient"],
        "description": p.intro.get(language),
        "item": items,
    }
    if presenting is not None and presenting.snomed is not None:
        resource["code"] = [coding(SNOMED, presenting.snomed.code, presenting.snomed.display)]
    return checked(resource)
