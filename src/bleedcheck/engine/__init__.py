"""The reasoning: red-flag triage, Bayesian differential, explanations, interview.

Nothing here knows about bleeding: every clinical fact comes from the compiled
knowledge base.
"""

from bleedcheck.engine.assessment import Assessment, ConditionResult, assess
from bleedcheck.engine.case import Answer, Case, CaseError
from bleedcheck.engine.differential import Posterior, batch_posterior, posterior
from bleedcheck.engine.evidence import Evidence
from bleedcheck.engine.interview import MAX_QUESTIONS, Question, Step, plan
from bleedcheck.engine.triage import Reason, Triage, triage

__all__ = [
    "MAX_QUESTIONS",
    "Answer",
    "Assessment",
    "Case",
    "CaseError",
    "ConditionResult",
    "Evidence",
    "Posterior",
    "Question",
    "Reason",
    "Step",
    "Triage",
    "assess",
    "batch_posterior",
    "plan",
    "posterior",
    "triage",
]
