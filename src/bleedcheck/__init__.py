"""bleedcheck: triage and differential diagnosis for bleeding after sex."""

from bleedcheck._version import __version__
from bleedcheck.engine import (
    Assessment,
    Case,
    CaseError,
    ConditionResult,
    Posterior,
    Question,
    Triage,
    assess,
)
from bleedcheck.kb import KnowledgeBase, KnowledgeError, TriageLevel, load_knowledge
from bleedcheck.kb.compile import CompiledModel, compile_model
from bleedcheck.language import Reading, TextMatch, read

__all__ = [
    "Assessment",
    "Case",
    "CaseError",
    "CompiledModel",
    "ConditionResult",
    "KnowledgeBase",
    "KnowledgeError",
    "Posterior",
    "Question",
    "Reading",
    "TextMatch",
    "Triage",
    "TriageLevel",
    "__version__",
    "assess",
    "compile_model",
    "load_knowledge",
    "read",
]
