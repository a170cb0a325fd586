"""The contract's evaluation figures, computed from case outcomes."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Any

from bleedcheck.evaluation.runner import CaseOutcome
from bleedcheck.kb.schema import TriageLevel

__all__ = ["TARGETS", "Metrics", "score"]

# Issue 4's targets on vignettes/test.jsonl with --use evidence.
TARGETS = {
    "emergency_sensitivity": (">=", 1.0),
    "triage_safe": (">=", 0.98),
    "triage_exact": (">=", 0.85),
    "over_triage": ("<=", 0.10),
    "top1": (">=", 0.75),
    "top3": (">=", 0.92),
}
INTERVIEW_TARGETS = {
    **{k: v for k, v in TARGETS.items() if k not in ("top1", "top3")},
    "questions_median": ("<=", 8),
}


@dataclass
class Metrics:
    cases: int
    triage_exact: float
    triage_safe: float
    under_triage: float
    over_triage: float
    emergency_sensitivity: float | None
    top1: float | None
    top3: float | None
    cases_with_conditions: int
    questions_median: float | None
    per_case: list[dict[str, Any]] = field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in self.__dict__.items() if k != "per_case"}
        out = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in out.items()}
        if self.questions_median is None:
            out.pop("questions_median")
        out["per_case"] = self.per_case
        return out

    def failures(self, targets: dict[str, tuple[str, float]]) -> list[str]:
        """Targets missed, as readable lines (empty when every target is met)."""
        missed = []
        for name, (op, bound) in targets.items():
            value = getattr(self, name)
            ok = value is not None and (value >= bound if op == ">=" else value <= bound)
            if not ok:
                missed.append(f"{name} = {value} (target {op} {bound})")
        return missed


def _share(count: int, total: int) -> float:
    return count / total if total else 0.0


def score(outcomes: list[CaseOutcome]) -> Metrics:
    per_case = []
    exact = safe = under = over = 0
    emergencies = caught = 0
    with_conditions = top1 = top3 = 0
    for outcome in outcomes:
        expected = TriageLevel[outcome.vignette.expected.triage]
        got = outcome.result.level
        exact += got == expected
        safe += got >= expected
        under += got < expected
        over += got > expected
        if expected >= TriageLevel.emergency:
            emergencies += 1
            caught += got >= TriageLevel.emergency
        ranked = [c.id for c in outcome.result.conditions]
        wanted = set(outcome.vignette.expected.conditions)
        if wanted:
            with_conditions += 1
            top1 += bool(ranked[:1] and ranked[0] in wanted)
            top3 += bool(wanted & set(ranked[:3]))
        row: dict[str, Any] = {
            "id": outcome.vignette.id,
            "expected_triage": expected.name,
            "triage": got.name,
            "expected_conditions": sorted(wanted),
            "top3": ranked[:3],
        }
        if outcome.questions is not None:
            row["questions"] = outcome.questions
        per_case.append(row)
    total = len(outcomes)
    questions = [o.questions for o in outcomes if o.questions is not None]
    return Metrics(
        cases=total,
        triage_exact=_share(exact, total),
        triage_safe=_share(safe, total),
        under_triage=_share(under, total),
        over_triage=_share(over, total),
        emergency_sensitivity=_share(caught, emergencies) if emergencies else None,
        top1=_share(top1, with_conditions) if with_conditions else None,
        top3=_share(top3, with_conditions) if with_conditions else None,
        cases_with_conditions=with_conditions,
        questions_median=statistics.median(questions) if questions else None,
        per_case=per_case,
    )
