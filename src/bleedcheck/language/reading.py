"""What a text was understood to say: the result types of the reader.

They live apart from the reader so that the rules and the trained model, which
both make readings, can share them without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bleedcheck.engine.case import Answer

__all__ = ["Reading", "TextMatch"]


@dataclass(frozen=True, slots=True)
class TextMatch:
    """One thing understood: the finding, its value, and the words it came from.

    ``cue`` is the word(s) that set the value when context changed it ("no",
    "не уверена"), else ``None``; ``phrase`` is the lexicon phrase or rule.
    """

    finding: str
    value: Answer
    start: int
    end: int
    words: str
    cue: str | None
    phrase: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "finding": self.finding,
            "value": self.value,
            "start": self.start,
            "end": self.end,
            "words": self.words,
            "cue": self.cue,
        }


@dataclass(frozen=True)
class Reading:
    """What a text says: evidence (contract ids and answers), age, and why."""

    language: str
    evidence: dict[str, Answer]
    age: int | None
    matches: tuple[TextMatch, ...]
    age_words: str | None = None
    # Findings whose lexicon words the rules met, whatever they decided ("had
    # chlamydia years ago" is met and set aside as history): the trained model
    # leaves them alone and only fills the gaps where no lexicon word stood.
    seen: frozenset[str] = frozenset()

    def to_dict(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "age": self.age,
            "evidence": dict(self.evidence),
            "matches": [m.to_dict() for m in self.matches],
        }

    def words_for(self, finding: str) -> list[str]:
        """The person's words behind a finding's final value, in text order."""
        value = self.evidence.get(finding)
        return [m.words for m in self.matches if m.finding == finding and m.value == value]
