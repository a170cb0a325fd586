"""Triage: how urgently to get care, from rules first and probabilities second.

The level is the most urgent of three things:

1. every red-flag rule that fired (deterministic; never outweighed);
2. the usual urgency of every condition whose probability reaches its own
   threshold, where that probability is computed *without* the alarm findings
   (those of red-flag rules above the floor), so that a worrying answer can
   only ever raise the level (through the rules) and never argue it down by
   shifting the differential;
3. the presentation's floor, unless a benign rule explains the bleed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from bleedcheck.engine.differential import _normalise, split_scores
from bleedcheck.engine.evidence import Evidence
from bleedcheck.kb.compile import CACHE_LIMIT, CompiledModel
from bleedcheck.kb.schema import TriageLevel

__all__ = [
    "Reason",
    "RuleState",
    "Triage",
    "clause_state",
    "condition_level",
    "rule_state",
    "triage",
]

Bools = NDArray[np.bool_]
Ints = NDArray[np.int64]


@dataclass(frozen=True)
class Reason:
    """Why the level is what it is: a rule, a condition or the floor."""

    id: str
    kind: str  # "red_flag" | "condition" | "benign" | "floor"
    level: TriageLevel
    text: str


@dataclass(frozen=True, eq=False)
class RuleState:
    """What the rules and the triage differential say for one case.

    Computed once by :func:`triage` and reused by the interview policy.
    """

    fired: Bools
    age_ok: Bools
    probabilities: NDArray[np.float64]  # the triage differential (alarm findings left out)
    condition_level: int
    likely: Bools


@dataclass(frozen=True)
class Triage:
    level: TriageLevel
    reasons: list[Reason]
    safety_net: list[str]
    fired_rules: tuple[str, ...] = field(default=())
    state: RuleState | None = field(default=None, repr=False, compare=False)


def clause_state(
    model: CompiledModel, evidence: Evidence
) -> tuple[Bools, NDArray[np.float64], NDArray[np.float64], Bools]:
    """For every rule clause: whether it fired, and what it still misses.

    Returns ``(fired, missing_present, missing_absent, age_ok)``, where the
    ``missing_*`` counts say how many required answers are not (yet) given.
    """
    missing_present = model.clause_present_f @ ~evidence.present
    missing_absent = model.clause_absent_f @ ~evidence.absent
    age_ok = model.clause_age_ok(evidence.age)
    fired = (missing_present + missing_absent == 0) & age_ok
    return fired, missing_present, missing_absent, age_ok


def condition_probabilities(model: CompiledModel, evidence: Evidence) -> NDArray[np.float64]:
    """The differential as triage sees it: red-flag findings left out."""
    return _normalise(split_scores(model, evidence)[1])


def condition_level(model: CompiledModel, probabilities: NDArray[np.float64]) -> tuple[int, Bools]:
    """Most urgent usual level among conditions at or over their threshold."""
    likely = probabilities >= model.condition_threshold
    level = int(model.condition_level[likely].max()) if likely.any() else 0
    return level, likely


def level_from(model: CompiledModel, fired: Bools, cond_level: int) -> int:
    red = fired & ~model.clause_benign
    benign = fired & model.clause_benign
    red_level = int(model.clause_level[red].max()) if red.any() else 0
    base = int(model.clause_level[benign].min()) if benign.any() else model.floor
    return max(base, red_level, cond_level)


def rule_state(
    model: CompiledModel,
    evidence: Evidence,
    triage_probabilities: NDArray[np.float64] | None = None,
) -> RuleState:
    """Rules and the triage differential (pass it in if ``split_scores`` made it)."""
    fired, _, _, age_ok = clause_state(model, evidence)
    probabilities = (
        condition_probabilities(model, evidence)
        if triage_probabilities is None
        else triage_probabilities
    )
    cond_level, likely = condition_level(model, probabilities)
    return RuleState(fired, age_ok, probabilities, cond_level, likely)


def triage(
    model: CompiledModel,
    evidence: Evidence,
    language: str = "en",
    *,
    triage_probabilities: NDArray[np.float64] | None = None,
) -> Triage:
    state = rule_state(model, evidence, triage_probabilities)
    # The level and its texts depend only on which clauses fired, which conditions
    # are likely and the language, and few such combinations occur: build them once.
    key = (state.fired.tobytes(), state.likely.tobytes(), language)
    memo = model.memo.setdefault("triage", {})
    explained: _Explained | None = memo.get(key)
    if explained is None:
        explained = _explain(model, state, language)
        if len(memo) >= CACHE_LIMIT:
            memo.clear()
        memo[key] = explained
    level, reasons, safety_net, fired_rules = explained
    # Fresh lists: a caller may change its own result without touching the cache.
    return Triage(level, list(reasons), list(safety_net), fired_rules, state)


_Explained = tuple[TriageLevel, tuple[Reason, ...], tuple[str, ...], tuple[str, ...]]


def _explain(model: CompiledModel, state: RuleState, language: str) -> _Explained:
    """The level, its reasons (most urgent first) and the safety net for that level."""
    fired, likely = state.fired, state.likely
    level = TriageLevel(level_from(model, fired, state.condition_level))

    kb = model.kb
    reasons: list[Reason] = []
    seen: set[str] = set()
    rules = model.rules_by_id
    red_clauses = np.flatnonzero(fired & ~model.clause_benign)
    for k in sorted(red_clauses, key=lambda k: -int(model.clause_level[k])):
        rule = rules[model.clauses[k].rule]
        if rule.id not in seen:
            seen.add(rule.id)
            reasons.append(
                Reason(rule.id, "red_flag", rule.triage_level, rule.reason.get(language))
            )
    template = kb.presentation.condition_reason.get(language)
    for c in np.flatnonzero(likely):
        c_level = TriageLevel(int(model.condition_level[c]))
        if c_level > model.floor:
            condition = kb.conditions[model.condition_ids[c]]
            text = template.format(name=condition.name.get(language))
            reasons.append(Reason(condition.id, "condition", c_level, text))
    benign = np.flatnonzero(fired & model.clause_benign)
    if benign.size and level < model.floor:
        rule = rules[model.clauses[benign[0]].rule]
        reasons.append(Reason(rule.id, "benign", rule.triage_level, rule.reason.get(language)))
    elif level == model.floor and not any(r.level == level for r in reasons):
        reasons.append(Reason("floor", "floor", level, kb.presentation.floor_reason.get(language)))
    reasons.sort(key=lambda r: -int(r.level))

    safety_net = tuple(t.get(language) for t in kb.presentation.levels[level.name].safety_net)
    fired_rules = tuple(dict.fromkeys(r.id for r in reasons if r.kind == "red_flag"))
    return level, tuple(reasons), safety_net, fired_rules
