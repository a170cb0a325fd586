"""The single-cause Bayesian differential, in log space.

    log P(c | answers) = log P(c | stratum) + Σ log P(answer_f | c) - log Z

Findings that were not asked, or answered "don't know", are simply left out,
which is exact marginalisation in this model. Findings that choose the stratum
(pregnant, postmenopausal) act through the prior only, never twice.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from bleedcheck.engine.evidence import Evidence
from bleedcheck.kb.compile import CompiledModel

__all__ = ["Posterior", "batch_posterior", "explain", "log_scores", "posterior"]

Floats = NDArray[np.float64]


@dataclass(frozen=True, eq=False)
class Posterior:
    """Probabilities over the model's conditions (same order as ``condition_ids``)."""

    condition_ids: tuple[str, ...]
    probabilities: Floats

    def ranked(self) -> list[tuple[str, float]]:
        order = np.argsort(-self.probabilities, kind="stable")
        return [(self.condition_ids[i], float(self.probabilities[i])) for i in order]

    def __getitem__(self, condition: str) -> float:
        return float(self.probabilities[self.condition_ids.index(condition)])


def _normalise(scores: Floats) -> Floats:
    shifted = np.exp(scores - scores.max(axis=-1, keepdims=True))
    out: Floats = shifted / shifted.sum(axis=-1, keepdims=True)
    return out


def log_scores(
    model: CompiledModel, evidence: Evidence, *, skip: NDArray[np.bool_] | None = None
) -> Floats:
    """Unnormalised log posterior; ``skip`` masks findings to leave out."""
    usable = ~model.is_stratum_finding if skip is None else ~(model.is_stratum_finding | skip)
    present = np.flatnonzero(evidence.present & usable)
    absent = np.flatnonzero(evidence.absent & usable)
    scores: Floats = model.log_prior[evidence.stratum].copy()
    if present.size:
        scores += model.log_present[present].sum(axis=0)
    if absent.size:
        scores += model.log_absent[absent].sum(axis=0)
    return scores


def posterior(
    model: CompiledModel, evidence: Evidence, *, skip: NDArray[np.bool_] | None = None
) -> Posterior:
    return Posterior(model.condition_ids, _normalise(log_scores(model, evidence, skip=skip)))


def batch_posterior(
    model: CompiledModel,
    present: NDArray[np.bool_],
    absent: NDArray[np.bool_],
    strata: NDArray[np.int64],
) -> Floats:
    """Posteriors for many cases at once: (cases, findings) masks -> (cases, conditions).

    One matrix product per answer kind; this is the path evaluation and
    benchmarks use. Stratum findings are masked out exactly as in ``posterior``.
    """
    usable = (~model.is_stratum_finding).astype(np.float64)
    scores = (
        model.log_prior[strata]
        + (present * usable) @ model.log_present
        + (absent * usable) @ model.log_absent
    )
    return _normalise(scores)


def explain(
    model: CompiledModel,
    evidence: Evidence,
    condition: int,
    *,
    limit: int = 3,
    min_ratio: float = 1.25,
) -> tuple[list[str], list[str]]:
    """The answers that raised (``for``) and lowered (``against``) one condition most.

    Each answer is scored by its log likelihood ratio against the base rate: how
    much more (or less) common that answer is with this condition than among
    everyone with the symptom. The stratum finding counts through its prior.
    """
    threshold = float(np.log(min_ratio))
    scored: list[tuple[float, str]] = []
    for i in np.flatnonzero(evidence.present & ~model.is_stratum_finding):
        scored.append((float(model.llr_present[i, condition]), model.finding_ids[i]))
    for i in np.flatnonzero(evidence.absent & ~model.is_stratum_finding):
        scored.append((float(model.llr_absent[i, condition]), model.finding_ids[i]))
    stratum_finding = _stratum_finding(model, evidence)
    if stratum_finding is not None:
        default = len(model.stratum_ids) - 1
        ratio = float(
            model.log_prior[evidence.stratum, condition] - model.log_prior[default, condition]
        )
        scored.append((ratio, stratum_finding))
    raised = sorted((s for s in scored if s[0] >= threshold), key=lambda s: (-s[0], s[1]))
    lowered = sorted((s for s in scored if s[0] <= -threshold), key=lambda s: (s[0], s[1]))
    return [f for _, f in raised[:limit]], [f for _, f in lowered[:limit]]


def _stratum_finding(model: CompiledModel, evidence: Evidence) -> str | None:
    """The finding that put the case in its stratum, if a finding did."""
    for i in np.flatnonzero(evidence.present & model.is_stratum_finding):
        finding = model.finding_ids[i]
        stratum = model.kb.presentation.strata[evidence.stratum]
        if stratum.when is not None and finding in _names(stratum.when):
            return finding
    return None


def _names(node: object) -> set[str]:
    from bleedcheck.kb.expressions import referenced_findings

    return referenced_findings(node)  # type: ignore[arg-type]
