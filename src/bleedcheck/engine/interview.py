"""Which question to ask next, and when to stop asking.

The policy has tiers, tried in order:

0. **Context.** The presentation's opening questions (menopause, pregnancy),
   because other questions depend on them.
1. **Red flags.** Any unanswered finding that could still fire a red-flag rule
   more urgent than the current level. Safety questions come first, whatever
   their probability; the most urgent rule wins, then the finding shared by
   the most such rules.
2. **Reassurance.** A benign rule (e.g. "first time, light, stopped, no pain")
   that could still lower the level and is reasonably likely to hold: its
   missing answers are asked, the one most likely to fail first.
3. **Information.** The finding with the largest expected information gain
   over the differential, weighted up when its answer could change the triage.

Questions sharing an ``ask_together`` label are asked as one "any of these?"
list when more than one of them is open.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from bleedcheck.engine.differential import Posterior
from bleedcheck.engine.evidence import Evidence
from bleedcheck.engine.triage import RuleState, level_from, rule_state
from bleedcheck.kb.compile import CACHE_LIMIT, CompiledModel
from bleedcheck.kb.schema import TriageLevel

__all__ = ["MAX_QUESTIONS", "Question", "Step", "plan"]

Floats = NDArray[np.float64]
Bools = NDArray[np.bool_]

MAX_QUESTIONS = 20
# A benign explanation is pursued only while it is at least this likely.
REASSURANCE_MIN_PROBABILITY = 0.15
# The differential is "settled" when the top cause is this likely ...
SETTLED_TOP = 0.5
# ... or when no question is expected to teach us this many bits.
SETTLED_GAIN_BITS = 0.08
# How much a possible change of triage weighs against information gain.
TRIAGE_WEIGHT = 2.0


@dataclass(frozen=True)
class Question:
    """One step of the interview: a single finding, or several asked together."""

    findings: tuple[str, ...]
    text: str
    items: tuple[tuple[str, str], ...]  # (finding, its own question text)
    help: str
    tier: str  # "context" | "red_flag" | "reassurance" | "information"

    @property
    def finding(self) -> str:
        return self.findings[0]

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"finding": self.finding, "text": self.text}
        if len(self.findings) > 1:
            out["findings"] = list(self.findings)
            out["items"] = [{"finding": f, "text": t} for f, t in self.items]
        out["help"] = self.help
        return out


@dataclass(frozen=True)
class Step:
    question: Question | None
    should_stop: bool
    why: str


def _closed(model: CompiledModel, evidence: Evidence) -> tuple[Bools, Bools]:
    """Findings whose "ask when" is false now, and those of them for which it stays false.

    It stays false when it depends only on findings already answered. Both depend
    only on the case's context key (age and the answers "ask when" reads), so they
    are computed once per key.
    """
    memo = model.memo.setdefault("ask_when", {})
    cached: tuple[Bools, Bools] | None = memo.get(evidence.context)
    if cached is None:
        answers, age = evidence.answers, evidence.age
        closed = np.zeros(len(model.finding_ids), dtype=bool)
        final = np.zeros_like(closed)
        answered = answers.keys()
        for i in model.conditional_questions:
            test = model.ask_when[i]
            if test is not None and not test(answers, age):
                closed[i] = True
                final[i] = model.ask_when_depends[i] <= answered
        closed.setflags(write=False)
        final.setflags(write=False)
        cached = (closed, final)
        if len(memo) >= CACHE_LIMIT:
            memo.clear()
        memo[evidence.context] = cached
    return cached


def askable(model: CompiledModel, evidence: Evidence, clinician: bool) -> Bools:
    """Unanswered findings whose "ask when" holds (clinician-only ones in clinician mode)."""
    closed = _closed(model, evidence)[0]
    if clinician:
        out: Bools = ~(evidence.answered | closed)
    else:
        out = ~(evidence.answered | closed | model.is_clinician)
    return out


def _never_askable(model: CompiledModel, evidence: Evidence, clinician: bool) -> Bools:
    """Unanswered findings that can no longer be asked, whatever comes next.

    Either clinician-only outside clinician mode, or their "ask when" is false
    and depends only on findings already answered (so it will stay false).
    """
    final = _closed(model, evidence)[1]
    blocked = final if clinician else final | model.is_clinician
    out: Bools = blocked & ~evidence.answered
    return out


def _entropy(p: Floats) -> Floats:
    safe = np.where(p > 0, p, 1.0)
    out: Floats = -(p * np.log2(safe)).sum(axis=-1)
    return out


def plan(
    model: CompiledModel,
    evidence: Evidence,
    posterior: Posterior,
    level: TriageLevel,
    *,
    clinician: bool = False,
    asked: int = 0,
    language: str = "en",
    state: RuleState | None = None,
) -> Step:
    """Decide the next question, or that the interview should stop (and why)."""
    if level >= TriageLevel.emergency_ambulance:
        return Step(None, True, "an ambulance is needed")
    if asked >= MAX_QUESTIONS:
        return Step(None, True, f"{MAX_QUESTIONS} questions have been asked")
    open_now = askable(model, evidence, clinician)
    if not open_now.any():
        return Step(None, True, "no question is left to ask")

    # Tier 0: opening context questions, on which other questions depend.
    for i in model.ask_first:
        if open_now[i] and level < TriageLevel.emergency:
            return Step(
                _question(model, evidence, i, open_now, "context", language),
                False,
                "other questions depend on this one",
            )

    probabilities = posterior.probabilities
    lik = model.stratum_likelihood[evidence.stratum]
    p_present = lik @ probabilities
    state = state or rule_state(model, evidence)
    fired, age_ok = state.fired, state.age_ok
    # Answered the other way, or can never be asked: either way, settled.
    blocked = _never_askable(model, evidence, clinician)
    answered_not_present = blocked | (evidence.answered & ~evidence.present)
    answered_not_absent = blocked | (evidence.answered & ~evidence.absent)
    # A clause is still possible if none of its requirements went (or must go) the other way.
    possible = (
        ~fired
        & age_ok
        & ~(model.clause_present & answered_not_present).any(axis=1)
        & ~(model.clause_absent & answered_not_absent).any(axis=1)
    )

    # Tier 1: red flags that could still raise the level. The most urgent rule
    # first; within it, the answer expected to rule out the most clauses. At
    # "go to hospital now" this asks only what could still call for an
    # ambulance (so nobody drives herself while bleeding into shock).
    live_red = possible & ~model.clause_benign & (model.clause_level > int(level))
    if live_red.any():
        needs = model.clause_present[live_red] & open_now
        levels = np.where(needs, model.clause_level[live_red][:, None], 0)
        best_level = levels.max(axis=0)
        if best_level.max() > 0:
            at_top = needs & (levels == best_level.max())
            score = at_top.sum(axis=0) * (1.0 - p_present)
            score = np.where(at_top.any(axis=0), score + 1e-9, -1.0)
            return Step(
                _question(model, evidence, int(score.argmax()), open_now, "red_flag", language),
                False,
                "a red-flag rule could still apply",
            )

    if level >= TriageLevel.emergency:
        return Step(None, True, "an emergency level has been reached")

    # Tier 2: a benign explanation that could lower the level.
    red_level = int(model.clause_level[fired & ~model.clause_benign].max(initial=0))
    triage_probs, cond_level = state.probabilities, state.condition_level
    if max(red_level, cond_level) < int(level):
        live_benign = possible & model.clause_benign & (model.clause_level < int(level))
        best: tuple[float, int] | None = None
        for k in np.flatnonzero(live_benign):
            need_p = model.clause_present[k] & ~evidence.present
            need_a = model.clause_absent[k] & ~evidence.absent
            literal_p = np.concatenate([p_present[need_p], 1.0 - p_present[need_a]])
            chance = float(literal_p.prod())
            askable_now = np.flatnonzero((need_p | need_a) & open_now)
            if chance >= REASSURANCE_MIN_PROBABILITY and askable_now.size:
                lit = np.where(need_p, p_present, 1.0 - p_present)
                pick = int(askable_now[np.argmin(lit[askable_now])])
                if best is None or chance > best[0]:
                    best = (chance, pick)
        if best is not None:
            return Step(
                _question(model, evidence, best[1], open_now, "reassurance", language),
                False,
                "a harmless explanation could still apply",
            )

    # Tier 3: information gain, weighted by a possible change of triage.
    with np.errstate(divide="ignore", invalid="ignore"):
        post_yes = probabilities * lik / p_present[:, None]
        post_no = probabilities * (1.0 - lik) / (1.0 - p_present)[:, None]
    gain = _entropy(probabilities) - (
        p_present * _entropy(post_yes) + (1.0 - p_present) * _entropy(post_no)
    )
    gain = np.where(open_now & ~model.is_stratum_finding, np.nan_to_num(gain), -1.0)

    change = _triage_change(model, lik, triage_probs, fired, int(level), p_present)
    score = gain * (1.0 + TRIAGE_WEIGHT * change)
    triage_open = bool((change[open_now] > 0.05).any())
    settled = probabilities.max() >= SETTLED_TOP or gain.max() < SETTLED_GAIN_BITS
    if settled and not triage_open:
        return Step(None, True, "the triage and the most likely cause are settled")
    pick = int(score.argmax())
    if score[pick] <= 0:
        return Step(None, True, "no question would change the result")
    return Step(
        _question(model, evidence, pick, open_now, "information", language),
        False,
        "this answer is the most informative",
    )


def _triage_change(
    model: CompiledModel, lik: Floats, q: Floats, fired: Bools, level: int, p_present: Floats
) -> Floats:
    """Expected change in triage level (in levels) from answering each finding.

    Only the differential's part of triage can move this way: alarm findings act
    through rules (tier 1) and are left out of the triage differential.
    """
    with np.errstate(divide="ignore", invalid="ignore"):
        q_yes = q * lik / (lik @ q)[:, None]
        q_no = q * (1.0 - lik) / ((1.0 - lik) @ q)[:, None]
    # Everything but the differential stays as it is: rules and floor.
    fixed = level_from(model, fired, 0)
    levels = model.condition_level
    new_yes = np.maximum(fixed, np.where(q_yes >= model.condition_threshold, levels, 0).max(axis=1))
    new_no = np.maximum(fixed, np.where(q_no >= model.condition_threshold, levels, 0).max(axis=1))
    moved = p_present * np.abs(new_yes - level) + (1.0 - p_present) * np.abs(new_no - level)
    movable = ~model.is_red_flag & ~model.is_stratum_finding
    out: Floats = np.where(movable, moved, 0.0)
    return out


def _question(
    model: CompiledModel, evidence: Evidence, index: int, open_now: Bools, tier: str, language: str
) -> Question:
    kb = model.kb
    finding = kb.findings[model.finding_ids[index]]
    group = finding.ask_together
    members = [finding.id]
    if group is not None:
        members = [
            f
            for i, f in enumerate(model.finding_ids)
            if open_now[i] and kb.findings[f].ask_together == group
        ] or [finding.id]
        if finding.id in members:
            members.remove(finding.id)
            members.insert(0, finding.id)
    items = tuple((f, kb.findings[f].question.get(language)) for f in members)
    if len(members) > 1 and group is not None:
        lead = kb.presentation.question_groups[group]
        return Question(
            tuple(members),
            lead.get(language),
            items,
            " ".join(kb.findings[f].help.get(language) for f in members[:1]),
            tier,
        )
    return Question(
        (finding.id,), finding.question.get(language), items, finding.help.get(language), tier
    )
