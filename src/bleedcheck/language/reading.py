"""What a text was understood to say: the result types of the reader.

They live apart from the reader so that the rules and the trained model, which
both make readings, can share them without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bleedcheck.engine.case import Answer

__all__ = ["MODEL_PHRASE", "Reading", "TextMatch"]

# The ``phrase`` of a match the trained model made: no lexicon phrase stood behind it.
MODEL_PHRASE = "model"


@dataclass(frozen=True, slots=True)
class TextMatch:
    """One thing understood: the finding, its value, and the words it came from.

    ``cue`` is the word(s) that set the value when context changed it ("no",
    "не уверена"), else ``None``; ``phrase`` is the lexicon phrase or rule, or
    ``MODEL_PHRASE`` when the trained model read it. A clinician, and the person
    confirming what was understood, should know which: a lexicon phrase is a
    reviewed rule, a model reading is a statistical guess from the words around.
    """

    finding: str
    value: Answer
    start: int
    end: int
    words: str
    cue: str | None
    phrase: str

    @property
    def source(self) -> str:
        """``rules`` (a lexicon phrase) or ``model`` (the trained model)."""
        return "model" if self.phrase == MODEL_PHRASE else "rules"

    def to_dict(self) -> dict[str, Any]:
        return {
            "finding": self.finding,
            "value": self.value,
            "start": self.start,
            "end": self.end,
            "words": self.words,
            "cue": self.cue,
            "source": self.source,
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

    def behind(self, finding: str) -> list[TextMatch]:
        """The matches behind a finding's final value, in text order."""
        value = self.evidence.get(finding)
        return [m for m in self.matches if m.finding == finding and m.value == value]

    def words_for(self, finding: str) -> list[str]:
        """The person's words behind a finding's final value, in text order."""
        return [m.words for m in self.behind(finding)]

    def guessed(self, finding: str) -> bool:
        """True when only the trained model stands behind a finding's final value."""
        behind = self.behind(finding)
        return bool(behind) and all(m.source == "model" for m in behind)
