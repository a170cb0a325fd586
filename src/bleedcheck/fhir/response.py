"""Read a QuestionnaireResponse back into a case, with errors that name the item.

Accepts the answers our Questionnaire defines (Yes / No / Don't know codings,
or a plain ``valueBoolean``) and the integer age, nested in groups or flat.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from bleedcheck.engine.case import Case, CaseError
from bleedcheck.fhir.codes import AGE_LINK_ID, ANSWER_OF
from bleedcheck.kb.compile import CompiledModel, default_model

__all__ = ["case_from_questionnaire_response"]

_ANSWER_HELP = "must be one coding: Yes (v2-0136 Y), No (v2-0136 N) or Don't know (NullFlavor ASKU)"


def case_from_questionnaire_response(resource: Any, *, model: CompiledModel | None = None) -> Case:
    """The contract case behind a QuestionnaireResponse; CaseError names the bad field."""
    from bleedcheck.fhir.validate import problems

    if not isinstance(resource, dict):
        raise CaseError("", "a QuestionnaireResponse must be a JSON object")
    if resource.get("resourceType") != "QuestionnaireResponse":
        raise CaseError("resourceType", "must be QuestionnaireResponse")
    found = problems(resource)
    if found:
        field, _, message = found[0].partition(": ")
        raise CaseError(field, message or found[0])
    findings = (model or default_model()).kb.findings
    age: Any = None
    evidence: dict[str, str] = {}
    for path, item in _walk(resource.get("item", [])):
        link = item.get("linkId")
        answers = item.get("answer", [])
        if not answers:
            continue
        if link != AGE_LINK_ID and link not in findings:
            raise CaseError(f"{path}.linkId", f"{link!r} is not a question of this questionnaire")
        if len(answers) != 1:
            raise CaseError(f"{path}.answer", "must have exactly one answer")
        answer = answers[0]
        if link == AGE_LINK_ID:
            if "valueInteger" not in answer:
                raise CaseError(f"{path}.answer", "the age must be a valueInteger")
            age = answer["valueInteger"]
            continue
        evidence[str(link)] = _answer(answer, f"{path}.answer")
    data: dict[str, Any] = {"evidence": evidence}
    if age is not None:
        data["age"] = age
    return Case.parse(data)


def _answer(answer: dict[str, Any], field: str) -> str:
    if "valueBoolean" in answer:
        return "present" if answer["valueBoolean"] else "absent"
    value = answer.get("valueCoding")
    if isinstance(value, dict):
        found = ANSWER_OF.get((str(value.get("system")), str(value.get("code"))))
        if found:
            return found
    raise CaseError(field, _ANSWER_HELP)


def _walk(items: list[dict[str, Any]], base: str = "item") -> Iterator[tuple[str, dict[str, Any]]]:
    for i, item in enumerate(items):
        path = f"{base}[{i}]"
        yield path, item
        yield from _walk(item.get("item", []), f"{path}.item")
