"""Pydantic models for the knowledge-base files.

The models are deliberately strict (unknown fields are errors, no type coercion)
because the files are written by hand by clinicians: a typo in a field name must
fail loudly instead of silently dropping a likelihood.

Every number in the knowledge base is written as ``[value, basis]``, where the
basis is either a source id (the value is a published figure) or ``E`` (our
estimate, to be reviewed). That keeps the provenance of each figure next to it.
"""

from __future__ import annotations

import re
from enum import IntEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bleedcheck.kb.expressions import Expression

__all__ = [
    "ESTIMATE",
    "Condition",
    "Figure",
    "Finding",
    "LevelText",
    "Presentation",
    "Rule",
    "Source",
    "Stratum",
    "Text",
    "TriageLevel",
]

ESTIMATE = "E"

_ID = r"^[a-z][a-z0-9_]*$"
_SOURCE_ID = r"^S[0-9]+[a-z]?$"
_ICD10 = r"^[A-Z][0-9]{2}(\.[0-9A-Z]{1,2})?$"


class TriageLevel(IntEnum):
    """The five urgency levels of the contract, ranked (higher = more urgent)."""

    self_care = 1
    consultation = 2
    consultation_24 = 3
    emergency = 4
    emergency_ambulance = 5

    @classmethod
    def parse(cls, value: str) -> TriageLevel:
        try:
            return cls[value]
        except KeyError:
            names = ", ".join(level.name for level in cls)
            raise ValueError(f"must be one of {names}") from None


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Text(_Strict):
    """A piece of person-facing text in every supported language."""

    en: Annotated[str, Field(min_length=1)]
    ru: Annotated[str, Field(min_length=1)]

    def get(self, language: str) -> str:
        return self.ru if language == "ru" else self.en


class Figure(_Strict):
    """A probability with its basis: a source id, or ``E`` for our estimate."""

    value: float
    basis: str

    @property
    def is_estimate(self) -> bool:
        return self.basis == ESTIMATE

    @model_validator(mode="before")
    @classmethod
    def _from_pair(cls, data: Any) -> Any:
        if isinstance(data, list | tuple):
            if len(data) != 2:
                raise ValueError("must be [value, basis], e.g. [0.3, E] or [0.3, S12]")
            return {"value": data[0], "basis": data[1]}
        if isinstance(data, dict):
            return data
        raise ValueError("must be [value, basis], e.g. [0.3, E] or [0.3, S12]")

    @field_validator("value", mode="before")
    @classmethod
    def _number(cls, value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError("must be a number")
        return float(value)

    @field_validator("value")
    @classmethod
    def _open_unit_interval(cls, value: float) -> float:
        if not 0.0 < value < 1.0:
            raise ValueError("must be between 0 and 1")
        return value

    @field_validator("basis", mode="before")
    @classmethod
    def _basis(cls, value: Any) -> Any:
        if not isinstance(value, str) or not (value == ESTIMATE or re.match(_SOURCE_ID, value)):
            raise ValueError("basis must be a source id such as S12, or E for an estimate")
        return value


SourceId = Annotated[str, Field(pattern=_SOURCE_ID)]
Identifier = Annotated[str, Field(pattern=_ID)]


class Source(_Strict):
    id: SourceId
    title: Annotated[str, Field(min_length=3)]
    authors: str
    year: int | None = None
    where: Annotated[str, Field(min_length=3)]
    note: str | None = None


class Finding(_Strict):
    """One answerable fact: a symptom, a piece of history, an exam finding or a test."""

    id: Identifier
    group: Identifier
    asked_of: Literal["person", "clinician"]
    question: Text
    help: Text
    # When the question makes sense; omitted = always.
    ask_when: Expression | None = None
    # P(present) among people with this presentation, used for every condition
    # that does not give its own figure for this finding.
    base_rate: Figure
    # P(present) when the bleeding has a cause that does not produce this finding
    # (optional). The base rate mixes in the causes that do produce it, so for a
    # sign that points at a cause (warts, a lump, burning on passing urine) it is
    # too high for the other causes: they would explain the sign as well as
    # everyone does, and the common causes would win on their priors alone.
    # Omitted: the base rate is used for those conditions.
    background_rate: Figure | None = None
    # The least P(present) in a stratum whatever the cause (optional): a finding
    # that is a trait of the group rather than a sign of one cause, such as vaginal
    # dryness after the menopause (about half of all women then). There every
    # condition's figure is raised to at least this, so the trait does not count
    # as strong evidence for the one cause that lists it.
    floor_by_stratum: dict[Identifier, Figure] = Field(default_factory=dict)
    # Yes/no questions sharing a group label may be asked together.
    ask_together: Identifier | None = None
    # Findings sharing this label describe one thing in overlapping words (clots
    # and ongoing bleeding are both signs of a heavy bleed). When several of them
    # are present each counts 1/√k of its weight, k being how many of the group
    # are present, so one fact is not counted as k independent signs.
    overlaps: Identifier | None = None
    sources: Annotated[list[SourceId], Field(min_length=1)]


class Condition(_Strict):
    id: Identifier
    name: Text
    icd10: Annotated[str, Field(pattern=_ICD10)]
    group: Identifier
    severity: Literal["low", "moderate", "high", "critical"]
    # The level this condition usually needs once it is likely enough ...
    urgency: str
    # ... where "likely enough" means a probability at or above this.
    urgency_threshold: Figure
    # Relative prior weight in each stratum of the presentation.
    priors: dict[Identifier, Figure]
    # P(finding present | condition) for the findings that matter.
    likelihoods: dict[Identifier, Figure] = Field(default_factory=dict)
    explanation: Text
    doctor_will: Annotated[list[Text], Field(min_length=1)]
    self_care: list[Text] = Field(default_factory=list)
    sources: Annotated[list[SourceId], Field(min_length=1)]

    @field_validator("urgency")
    @classmethod
    def _level(cls, value: str) -> str:
        TriageLevel.parse(value)
        return value

    @property
    def level(self) -> TriageLevel:
        return TriageLevel.parse(self.urgency)


class Rule(_Strict):
    """A deterministic triage rule, evaluated before any probability.

    ``red_flag`` rules force at least their level. ``benign`` rules describe a
    harmless, explained bleed and allow a level below the presentation's floor.
    """

    id: Annotated[str, Field(pattern=r"^R[0-9]+[a-z]?$")]
    kind: Literal["red_flag", "benign"]
    level: str
    when: Expression
    reason: Text
    sources: Annotated[list[SourceId], Field(min_length=1)]

    @field_validator("level")
    @classmethod
    def _level(cls, value: str) -> str:
        TriageLevel.parse(value)
        return value

    @property
    def triage_level(self) -> TriageLevel:
        return TriageLevel.parse(self.level)


class Stratum(_Strict):
    """A context that selects prior probabilities (first match wins)."""

    id: Identifier
    when: Expression | None = None
    description: str


class LevelText(_Strict):
    title: Text
    advice: Text
    safety_net: Annotated[list[Text], Field(min_length=1)]


class Presentation(_Strict):
    """The presenting symptom: metadata, strata, floor and per-level texts."""

    id: Identifier
    version: Annotated[str, Field(min_length=1)]
    name: Text
    intro: Text
    strata: Annotated[list[Stratum], Field(min_length=1)]
    # Context questions asked first, in this order, because other questions
    # depend on them (e.g. nothing about pregnancy after the menopause).
    ask_first: list[Identifier] = Field(default_factory=list)
    # The lowest level for any presentation not explained by a benign rule.
    floor: str
    floor_reason: Text
    benign_reason: Text
    # Template for a reason raised by a likely condition; {name} is filled in.
    condition_reason: Text
    levels: dict[str, LevelText]
    # Lead-in for yes/no questions asked together ("Do you have any of these?").
    question_groups: dict[Identifier, Text] = Field(default_factory=dict)
    sources: Annotated[list[SourceId], Field(min_length=1)]

    @field_validator("floor")
    @classmethod
    def _floor(cls, value: str) -> str:
        TriageLevel.parse(value)
        return value

    @field_validator("levels")
    @classmethod
    def _all_levels(cls, value: dict[str, LevelText]) -> dict[str, LevelText]:
        for name in value:
            TriageLevel.parse(name)
        missing = [level.name for level in TriageLevel if level.name not in value]
        if missing:
            raise ValueError(f"missing levels: {', '.join(missing)}")
        return value
