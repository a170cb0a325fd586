"""Knowledge-base errors that point at the exact place in a YAML file."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["KnowledgeError", "KnowledgeProblem"]


@dataclass(frozen=True, order=True)
class KnowledgeProblem:
    """One problem in one file, e.g. ``conditions.yaml:7:12: polyp.priors: ...``."""

    file: str
    line: int
    column: int
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class KnowledgeError(Exception):
    """The knowledge base is invalid; ``problems`` lists every problem found."""

    def __init__(self, problems: list[KnowledgeProblem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
