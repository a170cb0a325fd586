"""Text -> tokens with their place in the original text, normalised for matching.

Offsets always point into the text the person wrote, so what was understood can
be shown with their own words. Normalisation works per token: case, ё -> е,
typographic apostrophes, a per-language list of misspellings and slang, then a
bounded edit-distance repair of long unknown words against the lexicon's words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

__all__ = ["Speller", "Token", "tokenise"]

# An English ordinal in figures ("1st", "3rd") is one token, as the lexicon writes it.
_TOKEN = re.compile(
    r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d{1,3}(?i:st|nd|rd|th)(?![^\W\d_])|\d+(?:[.,]\d+)?|[^\w\s]",
    re.UNICODE,
)
_SENTENCE_END = frozenset({".", "!", "?", ";", "…"})


@dataclass(frozen=True, slots=True)
class Token:
    """One word, number or sign; ``key`` is what patterns compare against."""

    text: str
    start: int
    end: int
    norm: str
    key: str
    sentence: int
    is_word: bool


def fold(word: str) -> str:
    """Case, compatibility forms, ё and apostrophes: the spelling-free form."""
    word = unicodedata.normalize("NFKC", word).lower()
    return word.replace("ё", "е").replace("’", "'").replace("`", "'")


def _deletes(word: str) -> Iterable[str]:
    return (word[:i] + word[i + 1 :] for i in range(len(word)))


def _within_one(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance <= 1 (one edit or one swap of neighbours)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(short == d for d in _deletes(long_))


class Speller:
    """Repairs a long key that is one typo away from exactly one lexicon key.

    Only keys of ``min_length`` or more are repaired, and only when the match is
    unique, so short words ("pain"/"pan") and ambiguous typos are left alone.
    """

    def __init__(
        self, vocabulary: Iterable[str], min_length: int = 6, keep: Iterable[str] = ()
    ) -> None:
        self.min_length = min_length
        self.vocabulary = frozenset(vocabulary)
        # Real words one edit from a lexicon word ("cancel"/"cancer"): never repaired.
        self.keep = frozenset(keep)
        self._index: dict[str, set[str]] = {}
        for word in self.vocabulary:
            if len(word) >= min_length - 1:
                for variant in (word, *_deletes(word)):
                    self._index.setdefault(variant, set()).add(word)

    def repair(self, key: str) -> str:
        if (
            len(key) < self.min_length
            or key in self.vocabulary
            or key in self.keep
            or not key.isalpha()
        ):
            return key
        candidates: set[str] = set()
        for variant in (key, *_deletes(key)):
            candidates |= self._index.get(variant, set())
        found = {c for c in candidates if c[0] == key[0] and _within_one(c, key)}
        return found.pop() if len(found) == 1 else key


def tokenise(
    text: str,
    misspellings: dict[str, str],
    word_forms: dict[str, str],
    keyer: Callable[[str], str],
    speller: Speller | None = None,
    known: Callable[[str], bool] | None = None,
    abbreviations: frozenset[str] = frozenset(),
) -> list[Token]:
    """Split ``text`` into tokens; sentences end at . ! ? ; and blank lines, but not at
    the dot of an abbreviation the sentence goes on after ("8 мес. назад: норма", "в
    наст. вр. не беспокоят"; a capital after it still starts a new sentence)."""
    tokens: list[Token] = []
    sentence = 0
    last_end = 0
    abbreviated = False  # the last token was an abbreviation's dot
    for m in _TOKEN.finditer(text):
        new_line = "\n" in text[last_end : m.start()] and bool(tokens)
        if new_line or (abbreviated and not _goes_on(m.group())):
            sentence += 1
        last_end = m.end()
        raw = m.group()
        norm = fold(raw)
        is_word = norm[:1].isalpha()
        if is_word:
            norm = misspellings.get(norm, norm)
            key = keyer(word_forms.get(norm, norm))
            if speller is not None and (known is None or not known(norm)):
                key = speller.repair(key)
        else:
            key = norm
        abbreviated = norm == "." and len(tokens) > 0 and fold(tokens[-1].text) in abbreviations
        tokens.append(Token(raw, m.start(), m.end(), norm, key, sentence, is_word))
        if norm in _SENTENCE_END and not abbreviated:
            sentence += 1
    return tokens


def _goes_on(raw: str) -> bool:
    """After an abbreviation's dot: a small letter, a number or a colon or dash goes on
    with the sentence."""
    return raw[:1].islower() or raw[:1].isdigit() or raw in (":", "—", "–", "-", ",")
