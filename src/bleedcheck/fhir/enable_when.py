"""Translate an "ask when" expression into Questionnaire ``enableWhen``.

FHIR ``enableWhen`` is a flat list joined by one ``enableBehavior`` (all/any), so
only flat expressions translate exactly. The mapping keeps the knowledge
base's meaning, including unanswered questions: ``{not: x}`` ("not present":
no, don't know or unasked) is ``x != Y``, which FHIR defines as true when no
answer equals Y; ``age_below`` is ``age < n``, false when the age is missing.
Anything else falls back to an SDC ``enableWhenExpression`` in FHIRPath, so
the condition is never silently dropped.
"""

from __future__ import annotations

from typing import Any

from bleedcheck.fhir.codes import AGE_LINK_ID, ANSWERS
from bleedcheck.kb.expressions import Absent, AgeAtLeast, AgeBelow, All, Any_, Node, Not, Present

__all__ = ["ENABLE_WHEN_EXPRESSION", "enable_when", "fhirpath"]

ENABLE_WHEN_EXPRESSION = (
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression"
)

Condition = dict[str, Any]


def enable_when(node: Node) -> dict[str, Any]:
    """The fields to add to a Questionnaire item so it is asked only when ``node`` holds."""
    exact = _exact(node)
    if exact is not None:
        conditions, behaviour = exact
        out: dict[str, Any] = {"enableWhen": conditions}
        if len(conditions) > 1:
            out["enableBehavior"] = behaviour
        return out
    return {
        "extension": [
            {
                "url": ENABLE_WHEN_EXPRESSION,
                "valueExpression": {"language": "text/fhirpath", "expression": fhirpath(node)},
            }
        ]
    }


def _exact(node: Node) -> tuple[list[Condition], str] | None:
    atom = _atom(node)
    if atom is not None:
        return atom
    if isinstance(node, All | Any_):
        behaviour = "all" if isinstance(node, All) else "any"
        out: list[Condition] = []
        for item in node.items:
            part = _atom(item)
            if part is None or (len(part[0]) > 1 and part[1] != behaviour):
                return None
            out.extend(part[0])
        return out, behaviour
    return None


def _atom(node: Node) -> tuple[list[Condition], str] | None:
    """One condition (or an 'any' pair for a negated age), or None."""
    yes, no = ANSWERS["present"], ANSWERS["absent"]
    if isinstance(node, Present):
        return [_answer(node.finding, "=", yes)], "all"
    if isinstance(node, Absent):
        return [_answer(node.finding, "=", no)], "all"
    if isinstance(node, AgeBelow):
        return [_age("<", node.years)], "all"
    if isinstance(node, AgeAtLeast):
        return [_age(">=", node.years)], "all"
    if isinstance(node, Not):
        inner = node.item
        if isinstance(inner, Present):
            return [_answer(inner.finding, "!=", yes)], "all"
        if isinstance(inner, Absent):
            return [_answer(inner.finding, "!=", no)], "all"
        # not(age < n) is true when the age is n or more, or not given.
        missing = {"question": AGE_LINK_ID, "operator": "exists", "answerBoolean": False}
        if isinstance(inner, AgeBelow):
            return [_age(">=", inner.years), missing], "any"
        if isinstance(inner, AgeAtLeast):
            return [_age("<", inner.years), missing], "any"
    return None


def _answer(finding: str, operator: str, answer: dict[str, str]) -> Condition:
    return {"question": finding, "operator": operator, "answerCoding": dict(answer)}


def _age(operator: str, years: int) -> Condition:
    return {"question": AGE_LINK_ID, "operator": operator, "answerInteger": years}


def fhirpath(node: Node) -> str:
    """The expression in FHIRPath over the QuestionnaireResponse being filled in."""

    def answered(link_id: str, test: str) -> str:
        return f"%resource.repeat(item).where(linkId = '{link_id}' and {test}).exists()"

    if isinstance(node, Present | Absent):
        code = ANSWERS["present" if isinstance(node, Present) else "absent"]["code"]
        return answered(node.finding, f"answer.value.code = '{code}'")
    if isinstance(node, AgeBelow):
        return answered(AGE_LINK_ID, f"answer.value < {node.years}")
    if isinstance(node, AgeAtLeast):
        return answered(AGE_LINK_ID, f"answer.value >= {node.years}")
    if isinstance(node, Not):
        return f"({fhirpath(node.item)}).not()"
    joiner = " and " if isinstance(node, All) else " or "
    return "(" + joiner.join(fhirpath(item) for item in node.items) + ")"
