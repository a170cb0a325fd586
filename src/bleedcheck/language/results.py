"""Lab results said of a list of named tests: which result answers which test.

A clinic line or a message names tests and gives their results in one breath:
"ПЦР на хламидии и гонорею — отрицательно", "хламидии положительный, гонорея и
трихомонады — отрицательно", "все отрицательные — хламидии, гонорея, трихомонада".
A denial trigger cannot read these (a positive and a negative result share one
sentence, and the result may stand after a list of commas), so a result word
answers the tests named before it since the previous result word; a result with
no test before it answers the tests listed after it. A test named with no result
keeps what the lexicon read; a result never reaches past another test's name
("тест на беременность отрицательный") or a turn ("но", "а").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar

from bleedcheck.language.matcher import Match, Matcher, outermost
from bleedcheck.language.normalise import Token

__all__ = ["Result", "ResultReader"]

Result = Literal["present", "absent", "pending"]
P = TypeVar("P")


@dataclass(frozen=True)
class ResultReader:
    """The compiled ``test_results`` block of a lexicon."""

    findings: frozenset[str]
    words: Matcher[Result]
    blockers: frozenset[str]
    links: frozenset[str] = frozenset()

    def answers(
        self, tokens: Sequence[Token], mentions: Sequence[Match[P]]
    ) -> dict[tuple[int, ...], tuple[Result, int, int]]:
        """Each mention (by its positions) that a result answers, with the result
        and the first and last position of its words."""
        results = outermost(self.words.find(tokens))
        results = [r for r in results if self._stands(tokens, r, mentions)]
        segment = _segments(tokens)
        out: dict[tuple[int, ...], tuple[Result, int, int]] = {}
        linked = self._linked(tokens, results, mentions)
        out.update(linked)
        mentions = [m for m in mentions if m.positions not in linked]
        for seg in sorted({segment[r.first] for r in results}):
            here = sorted((r for r in results if segment[r.first] == seg), key=lambda r: r.first)
            tests = sorted((m for m in mentions if segment[m.first] == seg), key=lambda m: m.first)
            previous = -1
            claimed_back = False
            for r in here:
                claimed_back = False
                for m in tests:
                    if previous < m.first < r.first and not self._blocked(tokens, m.last, r.first):
                        out[m.positions] = (r.payload, r.first, r.last)
                        claimed_back = True
                previous = r.last
            last = here[-1]
            if not claimed_back:
                # "все отрицательные — хламидии, гонорея, трихомонада"
                for m in tests:
                    if m.first > last.last and not self._blocked(tokens, last.last, m.first):
                        out[m.positions] = (last.payload, last.first, last.last)
        return out

    def _linked(
        self,
        tokens: Sequence[Token],
        results: Sequence[Match[Result]],
        mentions: Sequence[Match[P]],
    ) -> dict[tuple[int, ...], tuple[Result, int, int]]:
        """Tests a result said just before them names through a link word ("positive
        for gonorrhoea"): answered by that result, whatever comes after."""
        out: dict[tuple[int, ...], tuple[Result, int, int]] = {}
        if not self.links:
            return out
        for m in mentions:
            for r in results:
                # Empty unless the result stands before the test with words between.
                between = range(r.last + 1, m.first)
                if between and all(tokens[j].key in self.links for j in between):
                    out[m.positions] = (r.payload, r.first, r.last)
        return out

    def _blocked(self, tokens: Sequence[Token], after: int, before: int) -> bool:
        return any(tokens[j].key in self.blockers for j in range(after + 1, before))

    @staticmethod
    def _stands(
        tokens: Sequence[Token], result: Match[Result], mentions: Sequence[Match[P]]
    ) -> bool:
        """A sign ("+", "−") is a result only right after a test's name and before a
        pause: "C. trachomatis +," (not the dash in "хламидии - положительно")."""
        if any(tokens[p].is_word for p in result.positions):
            return True
        nxt = result.last + 1
        pause = nxt >= len(tokens) or not tokens[nxt].is_word
        return pause and any(m.last == result.first - 1 for m in mentions)


def _segments(tokens: Sequence[Token]) -> list[int]:
    """Sentences, except that a full stop after a single letter is an initial
    ("C. trachomatis", "N. gonorrhoeae"), not a sentence end."""
    out: list[int] = []
    seg = 0
    for i, token in enumerate(tokens):
        if i and token.sentence != tokens[i - 1].sentence:
            initial = (
                tokens[i - 1].norm == "."
                and i >= 2
                and tokens[i - 2].is_word
                and len(tokens[i - 2].norm) == 1
                and tokens[i - 2].sentence == tokens[i - 1].sentence
                and tokens[i - 2].end == tokens[i - 1].start
            )
            if not initial:
                seg += 1
        out.append(seg)
    return out
