"""Request and response models: strict parsing of what comes in, and the OpenAPI
description of what goes out (results are built by the engine, not these models)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from bleedcheck.engine.case import Answer, Case, Language

__all__ = [
    "AnswerPost",
    "ErrorOut",
    "HealthOut",
    "InterviewCreate",
    "InterviewOut",
    "KnowledgeOut",
    "ResultOut",
    "request_body",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class InterviewCreate(_Strict):
    """Start an interview; everything optional, so it may start from nothing."""

    age: Annotated[int, Field(ge=0, le=120)] | None = None
    evidence: dict[str, Answer] = Field(default_factory=dict)
    text: Annotated[str, Field(max_length=10_000)] | None = None
    language: Language = "en"
    clinician: bool = False


class AnswerPost(_Strict):
    """One answer (``finding`` + ``answer``) or one grouped step (``answers``)."""

    finding: Annotated[str, Field(max_length=64)] | None = None
    answer: Answer | None = None
    answers: dict[str, Answer] | None = None
    language: Language | None = Field(
        default=None, description="Language of the returned texts; default: the interview's."
    )


class _Reason(BaseModel):
    id: str
    text: str


class _Triage(BaseModel):
    level: Literal[
        "emergency_ambulance", "emergency", "consultation_24", "consultation", "self_care"
    ]
    reasons: list[_Reason]
    safety_net: list[str]


class _Condition(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    id: str
    name: str
    icd10: str
    probability: float
    for_: list[str] = Field(alias="for")
    against: list[str]


class _QuestionItem(BaseModel):
    finding: str
    text: str


class _Question(BaseModel):
    finding: str
    text: str
    findings: list[str] | None = None
    items: list[_QuestionItem] | None = None
    help: str | None = None


class ResultOut(BaseModel):
    """The contract's result object."""

    triage: _Triage
    conditions: list[_Condition]
    next_question: _Question | None
    should_stop: bool
    evidence: dict[str, Answer]
    knowledge_version: str


class InterviewOut(BaseModel):
    id: Annotated[str, Field(pattern=r"^[0-9a-f]{32}$")]
    language: Language
    clinician: bool
    age: int | None
    created_at: str
    expires_at: str
    questions_asked: int
    result: ResultOut


class _ErrorDetail(BaseModel):
    status: int
    field: str
    message: str


class ErrorOut(BaseModel):
    error: _ErrorDetail


class HealthOut(BaseModel):
    status: Literal["ok"]
    knowledge_version: str
    database: Literal["ok"]


class _KnowledgeCondition(BaseModel):
    id: str
    name: str
    icd10: str
    severity: str
    usual_urgency: str


class _KnowledgeFinding(BaseModel):
    id: str
    group: str
    asked_of: str
    question: str
    help: str


class _KnowledgeRule(BaseModel):
    id: str
    kind: str
    level: str
    reason: str


class KnowledgeOut(BaseModel):
    knowledge_version: str
    language: Language
    levels: list[str]
    conditions: list[_KnowledgeCondition]
    findings: list[_KnowledgeFinding]
    rules: list[_KnowledgeRule]


def request_body(model: type[BaseModel], *, required: bool = True) -> dict[str, Any]:
    """An OpenAPI requestBody for a body the endpoint parses itself (so that its
    errors have our shape and its cost stays low)."""
    return {
        "requestBody": {
            "required": required,
            "content": {"application/json": {"schema": model.model_json_schema()}},
        }
    }


CASE_BODY = request_body(Case)
