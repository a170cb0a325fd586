"""``assess``: one case in, the contract's result out."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bleedcheck.engine.case import Case, CaseError
from bleedcheck.engine.differential import Posterior, explain, posterior
from bleedcheck.engine.evidence import Evidence
from bleedcheck.engine.interview import Question, Step, plan
from bleedcheck.engine.triage import Triage, triage
from bleedcheck.kb.compile import CompiledModel, default_model
from bleedcheck.kb.schema import TriageLevel

__all__ = ["Assessment", "ConditionResult", "assess"]

# The contract asks for at least the top five; we list a few more.
CONDITIONS_LISTED = 8


@dataclass(frozen=True)
class ConditionResult:
    id: str
    name: str
    icd10: str
    probability: float
    for_: list[str]
    against: list[str]
    severity: str
    explanation: str
    doctor_will: list[str]
    self_care: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "icd10": self.icd10,
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
    model = model or default_model()
    evidence = Evidence.build(model, parsed.evidence, parsed.age)
    post = posterior(model, evidence)
    result_triage = triage(model, evidence, language)
    asked = len(parsed.evidence) if questions_asked is None else questions_asked
    step: Step = plan(
        model,
        evidence,
        post,
        result_triage.level,
        clinician=clinician,
        asked=asked,
        language=language,
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
    )


def _conditions(
    model: CompiledModel, evidence: Evidence, post: Posterior, language: str
) -> list[ConditionResult]:
    out = []
    for condition_id, probability in post.ranked()[:CONDITIONS_LISTED]:
        condition = model.kb.conditions[condition_id]
        for_, against = explain(model, evidence, model.condition_index[condition_id])
        out.append(
            ConditionResult(
                id=condition_id,
                name=condition.name.get(language),
                icd10=condition.icd10,
                probability=probability,
                for_=for_,
                against=against,
                severity=condition.severity,
                explanation=condition.explanation.get(language),
                doctor_will=[t.get(language) for t in condition.doctor_will],
                self_care=[t.get(language) for t in condition.self_care],
            )
        )
    return out
