"""Which clinician next steps (``next_steps.yaml``) apply to one assessment.

The knowledge base says what each step is for; this module only evaluates the
triggers, so the summary and any other consumer agree on the same list.
"""

from __future__ import annotations

from collections.abc import Mapping

from bleedcheck.kb.handover import NextStep
from bleedcheck.kb.loader import KnowledgeBase
from bleedcheck.kb.schema import TriageLevel

__all__ = ["suggested_steps"]


def suggested_steps(
    kb: KnowledgeBase,
    evidence: Mapping[str, str],
    age: int | None,
    probabilities: Mapping[str, float],
    level: TriageLevel,
) -> list[NextStep]:
    """The steps whose triggers match, in the order of the knowledge base."""
    return [step for step in kb.next_steps if _applies(step, evidence, age, probabilities, level)]


def _applies(
    step: NextStep,
    evidence: Mapping[str, str],
    age: int | None,
    probabilities: Mapping[str, float],
    level: TriageLevel,
) -> bool:
    if step.always:
        return True
    if step.when is not None and step.when.evaluate(evidence, age):
        return True
    if step.level is not None and level >= step.level:
        return True
    threshold = step.min_probability.value if step.min_probability else 1.0
    return any(probabilities.get(c, 0.0) >= threshold for c in step.conditions)
