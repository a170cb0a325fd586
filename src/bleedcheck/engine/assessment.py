"""``assess``: one case in, the contract's result out."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from bleedcheck.engine.case import Case, CaseError
from bleedcheck.engine.differential import Posterior, _normalise, explain, split_scores
from bleedcheck.engine.evidence import Evidence
from bleedcheck.engine.interview import Question, Step, plan
from bleedcheck.engine.triage import Triage, triage
from bleedcheck.kb.compile import CompiledModel, default_model
from bleedcheck.kb.schema import Condition, TriageLevel
from bleedcheck.language.reader import Reading

__all__ = ["Assessment", "ConditionResult", "assess"]

# The contract asks for at least the top five; we list a few more.
CONDITIONS_LISTED = 8


@dataclass(frozen=True)
class ConditionResult:
    """One ranked condition; its longer texts are looked up only when read."""

    condition: Condition
    language: str
    probability: float
    for_: list[str]
    against: list[str]

    @property
    def id(self) -> str:
        return self.condition.id

    @property
    def name(self) -> str:
        return self.condition.name.get(self.language)

    @property
    def icd10(self) -> str:
        return self.condition.icd10

    @property
    def severity(self) -> str:
        return self.condition.severity

    @property
    def explanation(self) -> str:
        return self.condition.explanation.get(self.language)

    @property
    def doctor_will(self) -> list[str]:
        return [t.get(self.language) for t in self.condition.doctor_will]

    @property
    def self_care(self) -> list[str]:
        return [t.get(self.language) for t in self.condition.self_care]

    def to_dict(self) -> dict[str, Any]:
        condition = self.condition  # direct reads: this runs for every listed condition
        return {
            "id": condition.id,
            "name": condition.name.get(self.language),
            "icd10": condition.icd10,
            "probability": round(self.probability, 4),
            "for": self.for_,
            "against": self.against,
        }


@dataclass(frozen=True)
class Assessment:
    """The full result of one assessment; ``to_dict`` gives the contract JSON."""

    triage: Triage
    conditions: list[ConditionResult]
    next_question: Question | None
    should_stop: bool
    evidence: dict[str, str]
    knowledge_version: str
    language: str
    posterior: Posterior
    stop_reason: str
    reading: Reading | None = None  # what was understood from the case's text, if any

    @property
    def level(self) -> TriageLevel:
        return self.triage.level

    def to_dict(self) -> dict[str, Any]:
        return {
            "triage": {
                "level": self.triage.level.name,
                "reasons": [{"id": r.id, "text": r.text} for r in self.triage.reasons],
                "safety_net": list(self.triage.safety_net),
            },
            "conditions": [c.to_dict() for c in self.conditions],
            "next_question": self.next_question.to_dict() if self.next_question else None,
            "should_stop": self.should_stop,
            "evidence": dict(self.evidence),
            "knowledge_version": self.knowledge_version,
        }


def assess(
    case: Case | Mapping[str, Any],
    *,
    clinician: bool = False,
    language: str = "en",
    questions_asked: int | None = None,
    allow_empty: bool = False,
    model: CompiledModel | None = None,
) -> Assessment:
    """Triage, differential and next question for one case.

    ``questions_asked`` is how many interview steps produced the evidence (a
    grouped question counts once); by default every answer counts as one.
    ``allow_empty`` lets an interview start with no answers at all.
    Raises :class:`CaseError` naming the field when the case is not valid.
    """
    if language not in ("en", "ru"):
        raise CaseError("language", "must be one of en, ru")
    parsed = Case.parse(case, allow_empty=allow_empty)
    explicit = len(parsed.evidence)
    parsed, reading = _with_text(parsed)
    model = model or default_model()
    evidence = Evidence.build(model, parsed.evidence, parsed.age)
    both = _normalise(split_scores(model, evidence))
    post = Posterior(model.condition_ids, both[0])
    result_triage = triage(model, evidence, language, triage_probabilities=both[1])
    asked = explicit if questions_asked is None else questions_asked
    step: Step = plan(
        model,
        evidence,
        post,
        result_triage.level,
        clinician=clinician,
        asked=asked,
        language=language,
        state=result_triage.state,
    )
    return Assessment(
        triage=result_triage,
        conditions=_conditions(model, evidence, post, language),
        next_question=None if step.should_stop else step.question,
        should_stop=step.should_stop,
        evidence=dict(parsed.evidence),
        knowledge_version=model.version,
        language=language,
        posterior=post,
        stop_reason=step.why,
        reading=reading,
    )


def _with_text(case: Case) -> tuple[Case, Reading | None]:
    from bleedcheck.language.case import with_text

    return with_text(case)


def _conditions(
    model: CompiledModel, evidence: Evidence, post: Posterior, language: str
) -> list[ConditionResult]:
    probabilities = post.probabilities
    top = np.argsort(-probabilities, kind="stable")[:CONDITIONS_LISTED].tolist()
    reasons = explain(model, evidence, top)
    conditions = model.kb.conditions
    return [
        ConditionResult(conditions[model.condition_ids[c]], language, float(probabilities[c]), f, a)
        for c, (f, a) in zip(top, reasons, strict=True)
    ]
