"""The input of an assessment: age, answers and free text, strictly validated."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

__all__ = ["ANSWERS", "Answer", "Case", "CaseError", "Language", "case_error"]

Answer = Literal["present", "absent", "unknown"]
Language = Literal["en", "ru"]
ANSWERS: tuple[Answer, ...] = ("present", "absent", "unknown")

_MESSAGES = {
    "extra_forbidden": "is not a known field",
    "int_type": "must be a whole number",
    "dict_type": "must be an object of finding id -> answer",
    "string_type": "must be text",
    "greater_than_equal": "must be between 0 and 120",
    "less_than_equal": "must be between 0 and 120",
    "model_type": "must be a JSON object",
    "string_too_long": "is too long",
    "bool_type": "must be true or false",
    "missing": "is required",
}


class CaseError(ValueError):
    """A case that cannot be assessed; ``field`` names the offending input."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}" if field else message)


class Case(BaseModel):
    """What is known about one person: the contract's case object."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    age: Annotated[int, Field(ge=0, le=120)] | None = None
    evidence: dict[str, Answer] = Field(default_factory=dict)
    text: Annotated[str, Field(max_length=10_000)] | None = None
    language: Language = "en"

    @classmethod
    def parse(cls, data: Any, *, allow_empty: bool = False) -> Case:
        """Validate raw input (e.g. parsed JSON); raise one CaseError naming the field.

        An interview starts from nothing, so it may pass ``allow_empty``.
        """
        if isinstance(data, Case):
            # Validated when it was made (the model is strict and frozen).
            case = data
        elif not isinstance(data, Mapping):
            raise CaseError("", "a case must be a JSON object")
        else:
            case = cls._validate(data)
        if (
            not allow_empty
            and case.age is None
            and not case.evidence
            and not (case.text and case.text.strip())
        ):
            raise CaseError("", "the case is empty: give an age, some evidence or a text")
        return case

    @classmethod
    def _validate(cls, data: Mapping[str, Any]) -> Case:
        try:
            return cls.model_validate(dict(data))
        except ValidationError as exc:
            raise case_error(exc) from None


def case_error(exc: ValidationError) -> CaseError:
    """The first problem pydantic found, as one plain CaseError naming the field."""
    error = exc.errors()[0]
    field = ".".join(str(p) for p in error["loc"])
    if error["type"] == "literal_error":
        if field.startswith(("evidence.", "answers.")):
            message = "must be one of present, absent, unknown"
        else:
            expected = str(error["ctx"]["expected"])
            message = "must be one of " + expected.replace("'", "").replace(" or ", ", ")
    else:
        message = _MESSAGES.get(error["type"], str(error["msg"]).lower())
    return CaseError(field, message)
