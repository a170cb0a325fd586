"""Where a clinician's examination is reported in a text ("Осмотр в зеркалах: ...").

Examination findings (an ectropion seen, a tear, atrophic walls) are the
clinician's, so they are read only inside a reported examination: a field that
opens a sentence with an examination heading ("Осмотр:", "В зеркалах:",
"Бимануально без особенностей") and runs to the end of its line, to the next
field ("ПЦР:") or over at most a few sentences. A past examination told in a
sentence ("на осмотре нашли полип", "сказали шейка чистая") is no heading, and
what it found is history, not this examination.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bleedcheck.language.matcher import Matcher
from bleedcheck.language.normalise import Token

__all__ = ["ExamSections"]

# An examination field seldom runs over more sentences than this when no line
# break or next field ends it ("Осмотр: слизистая бледная. Шейка без патологии.").
_SENTENCES = 3
# A heading's colon may follow a word or two of it ("Осмотр гинеколога:").
_COLON_WITHIN = 3
_FIELD_MARKS = frozenset({":", "—", "–", "-"})


@dataclass(frozen=True)
class ExamSections:
    """The compiled ``exam_sections`` block of a lexicon."""

    findings: frozenset[str]
    headings: Matcher[bool]  # payload: a bare heading, needing no colon
    normal: str | None

    def positions(self, text: str, tokens: Sequence[Token]) -> frozenset[int]:
        """The token positions inside a reported examination."""
        inside: set[int] = set()
        for heading in self.headings.find(tokens):
            first = heading.first
            if not _opens_sentence(tokens, first):
                continue
            after = tokens[heading.last + 1 : heading.last + 1 + _COLON_WITHIN]
            if not heading.payload and not any(t.norm in _FIELD_MARKS for t in after):
                continue  # "В 2022 г. при осмотре выявлен полип": a past exam told
            sentence = tokens[first].sentence
            j = heading.last + 1
            while j < len(tokens):
                token = tokens[j]
                if token.sentence - sentence >= _SENTENCES:
                    break
                if "\n" in text[tokens[j - 1].end : token.start]:
                    break
                if _opens_field(tokens, j) and j > heading.last + 1:
                    break
                j += 1
            inside.update(range(first, j))
        return frozenset(inside)


def _opens_sentence(tokens: Sequence[Token], i: int) -> bool:
    return i == 0 or tokens[i - 1].sentence != tokens[i].sentence


def _opens_field(tokens: Sequence[Token], j: int) -> bool:
    """A word at a sentence start followed by a colon ("ПЦР:", "ХГЧ:") opens the
    next field of a form."""
    return (
        tokens[j].is_word
        and j + 1 < len(tokens)
        and tokens[j + 1].norm == ":"
        and (_opens_sentence(tokens, j) or tokens[j - 1].norm in {".", ";"})
    )
