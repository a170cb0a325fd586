"""Vignette evaluation: run the engine on cases with known answers and score it."""

from bleedcheck.evaluation.metrics import Metrics, score
from bleedcheck.evaluation.runner import CaseOutcome, evaluate
from bleedcheck.evaluation.vignettes import Vignette, VignetteError, load_vignettes

__all__ = [
    "CaseOutcome",
    "Metrics",
    "Vignette",
    "VignetteError",
    "evaluate",
    "load_vignettes",
    "score",
]
