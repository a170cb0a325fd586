"""Folding a case's free text into its evidence, as the contract says.

Explicit evidence always wins over what was read, and an age read from the text
is used only when the case gives none: the person's own answers are the truth.
"""

from __future__ import annotations

from bleedcheck.engine.case import Case
from bleedcheck.language.reader import Reading, read

__all__ = ["with_text"]


def with_text(case: Case) -> tuple[Case, Reading | None]:
    """The case with its text read into evidence and age, and the reading itself."""
    if not case.text or not case.text.strip():
        return case, None
    reading = read(case.text, case.language)
    if not reading.evidence and reading.age is None:
        return case, reading
    merged = case.model_copy(
        update={
            "evidence": {**reading.evidence, **case.evidence},
            "age": case.age if case.age is not None else reading.age,
        }
    )
    return merged, reading
