"""Running the engine on vignettes, directly or as a simulated interview."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from bleedcheck.engine import Assessment, assess
from bleedcheck.evaluation.vignettes import Vignette
from bleedcheck.kb.compile import CompiledModel, default_model
from bleedcheck.kb.schema import TriageLevel

__all__ = ["CaseOutcome", "Ranking", "evaluate", "interview"]


class _Named(Protocol):
    @property
    def id(self) -> str: ...


class Ranking(Protocol):
    """What scoring needs of an answer: a triage level and causes, most likely first.

    The engine's ``Assessment`` is one; a second human reading is another, so both are
    scored by the same code (``bleedcheck eval --against``)."""

    @property
    def level(self) -> TriageLevel: ...

    @property
    def conditions(self) -> Sequence[_Named]: ...


@dataclass(frozen=True)
class CaseOutcome:
    vignette: Vignette
    result: Ranking
    questions: int | None  # with --interview: steps asked (a grouped question counts once)


def interview(vignette: Vignette, use: str, model: CompiledModel) -> tuple[Assessment, int]:
    """Ask ``next_question`` until the engine stops, answering from the vignette.

    The interview starts from the vignette's text when ``use`` allows it, else from
    nothing but the age; a question the vignette does not answer gets "unknown".
    """
    start = vignette.case("text" if use in ("text", "both") else "none")
    evidence: dict[str, str] = {}
    asked = 0
    while True:
        case = {**start, "evidence": evidence}
        result = assess(
            case,
            clinician=vignette.clinician,
            language=vignette.language,
            questions_asked=asked,
            allow_empty=True,
            model=model,
        )
        if result.should_stop or result.next_question is None:
            return result, asked
        asked += 1
        for finding in result.next_question.findings:
            evidence[finding] = vignette.evidence.get(finding, "unknown")


def evaluate(
    vignettes: list[Vignette],
    *,
    use: str = "both",
    interview_mode: bool = False,
    model: CompiledModel | None = None,
) -> list[CaseOutcome]:
    if use not in ("evidence", "text", "both"):
        raise ValueError("use must be one of evidence, text, both")
    model = model or default_model()
    if use == "text":
        # Scoring the reader on a vignette with no text would score age alone.
        vignettes = [v for v in vignettes if v.text]
    outcomes = []
    for vignette in vignettes:
        if interview_mode:
            result, asked = interview(vignette, use, model)
            outcomes.append(CaseOutcome(vignette, result, asked))
        else:
            result = assess(
                vignette.case(use),
                clinician=vignette.clinician,
                language=vignette.language,
                allow_empty=True,
                model=model,
            )
            outcomes.append(CaseOutcome(vignette, result, None))
    return outcomes
