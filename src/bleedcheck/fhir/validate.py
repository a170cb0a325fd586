"""Checks on the resources we emit and accept, beyond what fhir.resources does.

fhir.resources validates structure and types but not required value-set
bindings (it accepts ``status: "nonsense"``) nor references inside a Bundle.
We check those ourselves for the resources and elements we produce, so a
clinic's server never receives a Bundle it would reject.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import ValidationError

__all__ = ["FhirError", "bundle_problems", "checked", "problems"]

# R4 binds Observation.status and RiskAssessment.status to the same codes.
_OBSERVATION_STATUS = frozenset(
    {
        "registered",
        "preliminary",
        "final",
        "amended",
        "corrected",
        "cancelled",
        "entered-in-error",
        "unknown",
    }
)
# Required bindings of the elements we use (FHIR R4 value sets).
_REQUIRED: dict[tuple[str, str], frozenset[str]] = {
    ("Questionnaire", "status"): frozenset({"draft", "active", "retired", "unknown"}),
    ("QuestionnaireResponse", "status"): frozenset(
        {"in-progress", "completed", "amended", "entered-in-error", "stopped"}
    ),
    ("Observation", "status"): _OBSERVATION_STATUS,
    ("RiskAssessment", "status"): _OBSERVATION_STATUS,
    ("Bundle", "type"): frozenset(
        {
            "document",
            "message",
            "transaction",
            "transaction-response",
            "batch",
            "batch-response",
            "history",
            "searchset",
            "collection",
        }
    ),
}
_ITEM_TYPES = frozenset(
    {
        "group",
        "display",
        "boolean",
        "decimal",
        "integer",
        "date",
        "dateTime",
        "time",
        "string",
        "text",
        "url",
        "choice",
        "open-choice",
        "attachment",
        "reference",
        "quantity",
    }
)
_OPERATORS = frozenset({"exists", "=", "!=", ">", "<", ">=", "<="})


class FhirError(ValueError):
    """A resource that is not valid; ``problems`` lists each as 'path: message'."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


def problems(resource: dict[str, Any]) -> list[str]:
    """Everything wrong with one resource (empty when valid)."""
    from fhir.resources.R4B import get_fhir_model_class

    kind = resource.get("resourceType")
    if not isinstance(kind, str):
        return ["resourceType: is required"]
    try:
        model = get_fhir_model_class(kind)
    except ValueError:
        return [f"resourceType: {kind!r} is not a FHIR resource"]
    out: list[str] = []
    try:
        model.model_validate(resource)
    except ValidationError as exc:
        for error in exc.errors():
            where = ".".join(str(p) for p in error["loc"]) or kind
            out.append(f"{where}: {error['msg']}")
    out.extend(_bindings(resource))
    if kind == "Bundle":
        out.extend(bundle_problems(resource))
    return out


def checked(resource: dict[str, Any]) -> dict[str, Any]:
    """Return the resource unchanged if valid; raise FhirError otherwise."""
    found = problems(resource)
    if found:
        raise FhirError(found)
    return resource


def _bindings(resource: dict[str, Any]) -> Iterator[str]:
    kind = str(resource.get("resourceType"))
    for (rtype, element), allowed in _REQUIRED.items():
        if rtype == kind and element in resource and resource[element] not in allowed:
            yield f"{element}: {resource[element]!r} is not in the required value set"
    if kind == "Questionnaire":
        for item in _items(resource.get("item", [])):
            if item.get("type") not in _ITEM_TYPES:
                yield f"item {item.get('linkId')}: type {item.get('type')!r} is not allowed"
            for when in item.get("enableWhen", []):
                if when.get("operator") not in _OPERATORS:
                    yield f"item {item.get('linkId')}: operator {when.get('operator')!r}"
    if kind in ("Bundle",):
        for entry in resource.get("entry", []):
            inner = entry.get("resource")
            if isinstance(inner, dict):
                yield from (f"entry {entry.get('fullUrl')}: {p}" for p in _bindings(inner))


def _items(items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for item in items:
        yield item
        yield from _items(item.get("item", []))


def bundle_problems(bundle: dict[str, Any]) -> list[str]:
    """Every reference inside the Bundle must point at an entry's fullUrl."""
    entries = bundle.get("entry", [])
    urls = [e.get("fullUrl") for e in entries]
    out = [f"entry {u}: fullUrl is used twice" for u in set(urls) if urls.count(u) > 1]
    known = set(urls)
    for entry in entries:
        for ref in _references(entry.get("resource", {})):
            if ref not in known:
                out.append(f"entry {entry.get('fullUrl')}: reference {ref!r} is not in the Bundle")
    return out


def _references(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "reference" and isinstance(value, str):
                yield value
            else:
                yield from _references(value)
    elif isinstance(node, list):
        for value in node:
            yield from _references(value)
