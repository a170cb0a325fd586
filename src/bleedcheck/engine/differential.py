"""The single-cause Bayesian differential, in log space.

    log P(c | answers) = log P(c | stratum) + Σ log P(answer_f | c) - log Z

Findings that were not asked, or answered "don't know", are simply left out,
which is exact marginalisation in this model. Findings that choose the stratum
(pregnant, postmenopausal) act through the prior only, never twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
from numpy.typing import NDArray

from bleedcheck.engine.evidence import Evidence
from bleedcheck.kb.compile import CompiledModel

__all__ = ["Posterior", "batch_posterior", "explain", "posterior", "split_scores"]

Floats = NDArray[np.float64]


@dataclass(frozen=True, eq=False)
class Posterior:
    """Probabilities over the model's conditions (same order as ``condition_ids``)."""

    condition_ids: tuple[str, ...]
    probabilities: Floats

    def ranked(self) -> list[tuple[str, float]]:
        order = np.argsort(-self.probabilities, kind="stable")
        return [(self.condition_ids[i], float(self.probabilities[i])) for i in order]


def _normalise(scores: Floats) -> Floats:
    shifted = np.exp(scores - scores.max(axis=-1, keepdims=True))
    out: Floats = shifted / shifted.sum(axis=-1, keepdims=True)
    return out


def split_scores(model: CompiledModel, evidence: Evidence) -> Floats:
    """Log scores with all answers (row 0) and without the alarm findings (row 1).

    Row 1 is the triage differential (see ``engine.triage``). Both come from one
    matrix product: the case's answers as (2, 2 * findings) rows (built with the
    evidence: 1 per answer, 1/√k for k overlapping findings present together) times
    the stacked log-likelihood table, whose stratum-finding rows are zero.
    """
    table = model.log_answers[evidence.stratum]
    out: Floats = model.log_prior[evidence.stratum] + evidence.score_rows @ table
    return out


def posterior(model: CompiledModel, evidence: Evidence) -> Posterior:
    return Posterior(model.condition_ids, _normalise(split_scores(model, evidence)[0]))


def batch_posterior(
    model: CompiledModel,
    present: NDArray[np.bool_],
    absent: NDArray[np.bool_],
    strata: NDArray[np.int64],
) -> Floats:
    """Posteriors for many cases at once: (cases, findings) masks -> (cases, conditions).

    One matrix product over the same stacked table as ``split_scores``, with the
    same vote weights for overlapping findings; this is the path the benchmarks use.
    Strata differ only in the few findings that have a floor there, so every case
    is scored with stratum 0's table and then corrected on those findings alone
    (not a full product per stratum).
    """
    findings = len(model.finding_ids)
    votes = model.vote_weights(present.astype(np.float64))
    reference = model.log_answers[0]  # present rows, then absent rows
    scores = model.log_prior[strata] + votes @ reference[:findings] + absent @ reference[findings:]
    for stratum in np.unique(strata):
        delta = model.log_answers[stratum] - reference
        changed = np.flatnonzero(delta.any(axis=1))
        if changed.size == 0:
            continue
        yes, no = changed[changed < findings], changed[changed >= findings]
        rows = np.flatnonzero(strata == stratum)[:, None]
        scores[rows[:, 0]] += (
            votes[rows, yes] @ delta[yes] + absent[rows, no - findings] @ delta[no]
        )
    return _normalise(scores)


def explain(
    model: CompiledModel,
    evidence: Evidence,
    conditions: Sequence[int],
    *,
    limit: int = 3,
    min_ratio: float = 1.25,
) -> list[tuple[list[str], list[str]]]:
    """For each condition, the answers that raised (``for``) and lowered (``against``) it most.

    Each answer is scored by its log likelihood ratio against the base rate: how
    much more (or less) common that answer is with this condition than among
    everyone with the symptom in the same stratum. A stratum finding (e.g. pregnant) counts through
    the change it makes to the prior. Ties are broken by finding id, so the
    output does not depend on the order the answers came in.
    """
    present_rows = model.llr_present_rows[evidence.stratum]
    absent_rows = model.llr_absent_rows[evidence.stratum]
    index, is_stratum = model.finding_index, model.is_stratum_finding
    observed: list[tuple[str, list[float]]] = []
    for finding, answer in evidence.answers.items():
        if answer == "unknown":
            continue
        i = index[finding]
        if is_stratum[i]:
            continue
        observed.append((finding, (present_rows if answer == "present" else absent_rows)[i]))
    stratum_finding = model.stratum_finding(evidence.answers, evidence.stratum)
    if stratum_finding is not None:
        shift = model.log_prior[evidence.stratum] - model.log_prior[len(model.stratum_ids) - 1]
        observed.append((stratum_finding, shift.tolist()))
    threshold = _log(min_ratio)
    out = []
    # One pass over the answers per condition; plain floats, as numpy's per-call
    # cost would dominate on ten answers and eight conditions.
    for c in conditions:
        up: list[tuple[float, str]] = []
        down: list[tuple[float, str]] = []
        for name, row in observed:
            value = row[c]
            if value >= threshold:
                up.append((-value, name))
            if value <= -threshold:
                down.append((value, name))
        up.sort()
        down.sort()
        out.append(([n for _, n in up[:limit]], [n for _, n in down[:limit]]))
    return out


@cache
def _log(ratio: float) -> float:
    return float(np.log(ratio))
