"""Schema for what the knowledge base tells the clinician who sees the person next.

Two files feed the doctor summary and the FHIR export: ``coding.yaml`` maps
findings to standard codes (only codes someone checked; the rest fall back to
the Questionnaire's own code system), and ``next_steps.yaml`` lists the tests,
examinations and referral pathways the guidelines give, each with the answers,
likely conditions or triage levels that call for it. Keeping them as data means
a clinician can review the "what to do next" list without reading Python.
"""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import Field, field_validator, model_validator

from bleedcheck.kb.expressions import Expression
from bleedcheck.kb.schema import Figure, Identifier, SourceId, Text, TriageLevel, _Strict

__all__ = ["CODE_SYSTEMS", "Code", "NextStep", "Snomed"]

# Code systems a finding may be coded in, by the short name used in coding.yaml.
CODE_SYSTEMS = {"snomed": "http://snomed.info/sct"}


class Snomed(_Strict):
    """A SNOMED CT concept that someone checked (number and preferred term)."""

    code: Annotated[str, Field(pattern=r"^[0-9]{6,18}$")]
    display: Annotated[str, Field(min_length=2)]
    # Where the code and its display were checked, in words (a browser, a value set).
    checked: Annotated[str, Field(min_length=3)]

    system: ClassVar[str] = CODE_SYSTEMS["snomed"]


class Code(_Strict):
    """How one finding (or the presentation) is written for clinicians and machines."""

    id: Identifier
    # The clinical term for the doctor summary; exempt from the person's reading grade.
    term: Text
    snomed: Snomed | None = None
    sources: list[SourceId] = Field(default_factory=list)

    @model_validator(mode="after")
    def _cited(self) -> Code:
        if self.snomed is not None and not self.sources:
            raise ValueError("a SNOMED CT code needs sources (S74 and any for the mapping)")
        return self


class NextStep(_Strict):
    """One step for the clinician: a test, an examination, a referral or a safeguard.

    The step is suggested when any trigger matches: ``always``; the ``when``
    expression over answers and age; any of ``conditions`` at or above
    ``min_probability``; or a triage level at or above ``level_at_least``.
    """

    id: Identifier
    kind: Literal["test", "examination", "referral", "safeguarding", "treatment"]
    always: bool = False
    when: Expression | None = None
    conditions: list[Identifier] = Field(default_factory=list)
    min_probability: Figure | None = None
    level_at_least: str | None = None
    # Clinical wording for the clinician (not held to the person's reading grade).
    text: Text
    sources: Annotated[list[SourceId], Field(min_length=1)]

    @field_validator("level_at_least")
    @classmethod
    def _level(cls, value: str | None) -> str | None:
        if value is not None:
            TriageLevel.parse(value)
        return value

    @model_validator(mode="after")
    def _triggers(self) -> NextStep:
        if not (self.always or self.when or self.conditions or self.level_at_least):
            raise ValueError("needs a trigger: always, when, conditions or level_at_least")
        if self.always and (self.when or self.conditions or self.level_at_least):
            raise ValueError("'always' cannot be combined with other triggers")
        if bool(self.conditions) != (self.min_probability is not None):
            raise ValueError("'conditions' and 'min_probability' go together")
        return self

    @property
    def level(self) -> TriageLevel | None:
        return TriageLevel.parse(self.level_at_least) if self.level_at_least else None
