"""Knowledge base: schema, loading, validation and compilation to arrays."""

from bleedcheck.kb.errors import KnowledgeError, KnowledgeProblem
from bleedcheck.kb.loader import KnowledgeBase, default_knowledge_path, load_knowledge
from bleedcheck.kb.schema import TriageLevel

__all__ = [
    "KnowledgeBase",
    "KnowledgeError",
    "KnowledgeProblem",
    "TriageLevel",
    "default_knowledge_path",
    "load_knowledge",
]
