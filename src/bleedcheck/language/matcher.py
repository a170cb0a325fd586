"""Lexicon phrases -> spans of tokens, allowing a few words in between.

Pattern syntax (one phrase, words separated by spaces):

- ``bleed``: any word with the same key (stem or lemma), so "bleeding" matches;
- ``spot|spotting|streak``: any of these;
- ``кров*``: any word whose normal form or key starts with "кров";
- ``=stopped``: exactly this word form ("stopped", not "stop");
- ``^now``: this word right after the previous one, no word between ("bleeding
  ^now" is not "bled and now");
- ``...``: a wider gap (up to ``WIDE_GAP`` words) before the next word.

Between two words up to ``gap`` other words may stand ("bled a bit after sex"
matches "bleed after sex"), never across a sentence end.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from bleedcheck.language.normalise import Token

__all__ = ["WIDE_GAP", "Match", "Matcher", "Pattern", "PatternError", "outermost"]

WIDE_GAP = 6
P = TypeVar("P")


class PatternError(ValueError):
    """A phrase that cannot be a pattern (empty, or a gap with no word after it)."""


@dataclass(frozen=True, slots=True)
class _Word:
    keys: frozenset[str]
    prefixes: tuple[str, ...]
    exact: frozenset[str] = frozenset()

    def matches(self, token: Token) -> bool:
        if token.key in self.keys or token.norm in self.keys or token.norm in self.exact:
            return True
        return any(token.norm.startswith(p) or token.key.startswith(p) for p in self.prefixes)


@dataclass(frozen=True, slots=True)
class Pattern:
    words: tuple[_Word, ...]
    gaps: tuple[int, ...]  # gaps[i]: words allowed before words[i]; gaps[0] unused

    @classmethod
    def compile(cls, phrase: str, key: Callable[[str], str], gap: int) -> Pattern:
        words: list[_Word] = []
        gaps: list[int] = []
        pending = gap
        for part in phrase.split():
            if part == "...":
                pending = WIDE_GAP
                continue
            if part.startswith("^") and len(part) > 1:
                if not words:
                    raise PatternError(f"'^' needs a word before it in {phrase!r}")
                pending, part = 0, part[1:]
            keys: set[str] = set()
            exact: set[str] = set()
            prefixes: list[str] = []
            for alternative in part.split("|"):
                if not alternative:
                    raise PatternError(f"empty alternative in {phrase!r}")
                if alternative.startswith("^"):
                    raise PatternError(f"'^' stands once, before a whole word, in {phrase!r}")
                if alternative.endswith("*") and len(alternative) > 1:
                    prefixes.append(alternative[:-1])
                elif alternative.startswith("=") and len(alternative) > 1:
                    exact.add(alternative[1:])
                else:
                    keys.add(key(alternative))
            words.append(_Word(frozenset(keys), tuple(prefixes), frozenset(exact)))
            gaps.append(pending if words[:-1] else 0)
            pending = gap
        if not words:
            raise PatternError("a phrase needs at least one word")
        if pending != gap:
            raise PatternError(f"'...' must stand between two words in {phrase!r}")
        return cls(tuple(words), tuple(gaps))


# Gaps up to this many words are a phrase's own (a "..." gap is wider).
_CLAUSE_GAP = 2


@dataclass(frozen=True, slots=True)
class Match(Generic[P]):
    """A phrase found in the text: its payload and the token positions it used."""

    payload: P
    positions: tuple[int, ...]

    @property
    def first(self) -> int:
        return self.positions[0]

    @property
    def last(self) -> int:
        return self.positions[-1]


def outermost(matches: list[Match[P]]) -> list[Match[P]]:
    """Drop a match whose words are all words of a longer one: "pain" in "pain when
    I pee", "обнаружены" in "не обнаружены". Words in a gap do not count, so "the
    pill" survives inside "been on the pill for years"."""
    used = [frozenset(m.positions) for m in matches]
    return [m for m, own in zip(matches, used, strict=True) if not any(own < o for o in used)]


class Matcher(Generic[P]):
    """Finds every phrase of a list in a token sequence."""

    def __init__(
        self, patterns: Sequence[tuple[Pattern, P]], commas_end_gaps: bool = False
    ) -> None:
        self.commas_end_gaps = commas_end_gaps
        self._by_key: dict[str, list[tuple[Pattern, P]]] = {}
        # Phrases whose first word is a prefix ("кров*"), indexed by that prefix, each
        # with its place in the list so candidates keep the lexicon's order. Trying
        # every such phrase at every token was most of the Russian reading time.
        self._by_prefix: dict[str, list[tuple[int, Pattern, P]]] = {}
        order = 0
        for pattern, payload in patterns:
            first = pattern.words[0]
            for k in first.exact:
                self._by_key.setdefault(k, []).append((pattern, payload))
            for p in dict.fromkeys(first.prefixes):
                self._by_prefix.setdefault(p, []).append((order, pattern, payload))
            order += bool(first.prefixes)
            for k in first.keys:
                self._by_key.setdefault(k, []).append((pattern, payload))
        self._prefix_lengths = tuple(sorted({len(p) for p in self._by_prefix}))

    def _prefixed(self, token: Token) -> list[tuple[Pattern, P]]:
        """The prefix phrases whose first word's prefix starts the token's form or key,
        in lexicon order."""
        found: dict[int, tuple[Pattern, P]] = {}
        for length in self._prefix_lengths:
            for form in (token.norm, token.key):
                if len(form) >= length:
                    for order, pattern, payload in self._by_prefix.get(form[:length], ()):
                        found[order] = (pattern, payload)
        return [found[order] for order in sorted(found)]

    def find(self, tokens: Sequence[Token]) -> list[Match[P]]:
        out: list[Match[P]] = []
        for i, token in enumerate(tokens):
            seen: set[int] = set()
            candidates = [
                *self._by_key.get(token.key, ()),
                *(self._by_key.get(token.norm, ()) if token.norm != token.key else ()),
                *(self._prefixed(token) if self._by_prefix else ()),
            ]
            for pattern, payload in candidates:
                if id(pattern) in seen or not pattern.words[0].matches(token):
                    continue
                seen.add(id(pattern))
                positions = _extend(pattern, tokens, [i], self.commas_end_gaps)
                if positions is not None:
                    out.append(Match(payload, tuple(positions)))
        return out


def _extend(
    pattern: Pattern, tokens: Sequence[Token], got: list[int], commas_end_gaps: bool
) -> list[int] | None:
    n = len(got)
    if n == len(pattern.words):
        return got
    word, gap = pattern.words[n], pattern.gaps[n]
    sentence = tokens[got[0]].sentence
    for j in range(got[-1] + 1, min(len(tokens), got[-1] + 2 + gap)):
        if tokens[j].sentence != sentence:
            break
        # A short gap stays within a clause: "heavy smoker, bled" is no "heavy bleed"
        # (where the language's commas end clauses; Russian puts them inside one).
        comma = tokens[j].norm == "," and not word.matches(tokens[j])
        if commas_end_gaps and comma and gap <= _CLAUSE_GAP:
            break
        if word.matches(tokens[j]):
            found = _extend(pattern, tokens, [*got, j], commas_end_gaps)
            if found is not None:
                return found
    return None
