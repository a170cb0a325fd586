"""A second reader's answers to vignettes, scored with the engine's own metrics.

Why: a vignette's expected cause and triage are one writer's judgement. A second reader
who sees only the case (age, answers, clinician or not) and answers blind says how
reproducible that judgement is. Scored by :func:`~bleedcheck.evaluation.metrics.score`,
exactly as the engine is, the figures are the same kind: a second reader's top-1 against
the gold is a ceiling for what any engine can be expected to reach on the set.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from bleedcheck.evaluation.runner import CaseOutcome
from bleedcheck.evaluation.vignettes import Expected, Vignette, VignetteError, load_jsonl
from bleedcheck.kb.schema import TriageLevel

__all__ = ["SecondReading", "load_second_readings", "second_reader_outcomes"]


class SecondReading(BaseModel):
    """One vignette as a second reader answered it: triage and causes, most likely first."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    id: str
    expected: Expected
    notes: str | None = None


@dataclass(frozen=True)
class _Cause:
    id: str


@dataclass(frozen=True)
class _ReaderRanking:
    level: TriageLevel
    conditions: tuple[_Cause, ...]


def load_second_readings(path: Path | str) -> list[SecondReading]:
    return load_jsonl(SecondReading, path, what="second readings")


def second_reader_outcomes(
    vignettes: list[Vignette], readings: list[SecondReading]
) -> list[CaseOutcome]:
    """Outcomes for the vignettes the second reader answered, in the vignettes' order.

    A reader may answer several sets in one file, so readings of other vignettes are
    ignored; a file that answers none of these vignettes is an error, not an empty score.
    """
    by_id = {r.id: r for r in readings}
    outcomes = []
    for vignette in vignettes:
        reading = by_id.get(vignette.id)
        if reading is None:
            continue
        ranking = _ReaderRanking(
            TriageLevel[reading.expected.triage],
            tuple(_Cause(c) for c in reading.expected.conditions),
        )
        outcomes.append(CaseOutcome(vignette, ranking, None))
    if not outcomes:
        raise VignetteError("the second reading answers none of these vignettes (no id in common)")
    return outcomes
