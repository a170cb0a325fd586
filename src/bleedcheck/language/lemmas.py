"""Word keys for matching: a light English stemmer and Russian lemmas (pymorphy3).

Patterns in the lexicon go through the same function as the text, so the
stemmer only has to be consistent, not linguistically right: "bleeding",
"bleeds" and "bleed" all become "bleed"; "кровью" and "кровь" become "кровь".
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

__all__ = [
    "english_stem",
    "is_finite_verb",
    "is_known_russian",
    "may_be_genitive",
    "russian_lemma",
]

_UNDOUBLE = frozenset("bdfgkmnprt")


def _undouble(stem: str) -> str:
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] in _UNDOUBLE:
        return stem[:-1]
    return stem


@lru_cache(maxsize=65536)
def english_stem(word: str) -> str:
    """A small suffix stripper: plural, -ing, -ed, -ly, a final -e or -y."""
    # "cycle's" keys like "cycle" (session 9: it kept its final -e, so "my cycle's
    # all over the place" missed the phrases written with "cycle").
    word = word.removesuffix("'s")
    if not word.isalpha() or len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("ing") and len(word) > 5:
        word = _undouble(word[:-3])
    elif word.endswith("ed") and not word.endswith("eed") and len(word) > 4:
        # "bleed", "need": the -ed is the root, so "bleed" keys like "bleeding".
        word = _undouble(word[:-2])
    elif word.endswith("ly") and len(word) > 5:
        word = word[:-2]
    if len(word) > 3 and word[-1] in "ey":
        word = word[:-1] if word[-1] == "e" else word[:-1] + "i"
    return word


@lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=65536)
def russian_lemma(word: str) -> str:
    """The dictionary form of the most likely parse (ё already folded to е)."""
    if not word or not word.isalpha():
        return word
    try:
        parses = _morph().parse(word)
    except ValueError:
        # pymorphy3 asks unicodedata for each letter's name, and some letters
        # (Tangut, U+17000) have none: such a word is no Russian word anyway.
        return word
    # A common word before a name: pymorphy3 ranks "бугорков" as a surname first.
    common = [p for p in parses if "Surn" not in p.tag.grammemes]
    best = (common or parses)[0] if parses else None
    return str(best.normal_form).replace("ё", "е") if best is not None else word


@lru_cache(maxsize=65536)
def may_be_genitive(word: str) -> bool:
    """Whether a word can be genitive: a Russian denial takes its list in the
    genitive ("нет боли и температуры"), so a genitive word after "и" is still
    denied and "кровь идет" after "и" is not."""
    if not word.replace("-", "").isalpha():
        return False
    # Also a state word, denied the same way: "больно не было", "сухо не было".
    marks = {"gent", "gen2", "PRED", "ADJS"}
    return any(marks & p.tag.grammemes for p in _morph().parse(word))


@lru_cache(maxsize=65536)
def is_finite_verb(word: str) -> bool:
    """Whether a word is most likely a verb in a personal form ("мажет", "идет"): a
    verb denial said after it ("до сих пор мажет таблетку не пила") denies its own
    clause, not the verb's."""
    if not word.isalpha():
        return False
    parses = _morph().parse(word)
    return bool(parses) and parses[0].tag.POS == "VERB"


@lru_cache(maxsize=65536)
def is_known_russian(word: str) -> bool:
    """Whether the word is in the dictionary (unknown words may be misspellings)."""
    return bool(_morph().word_is_known(word))


@lru_cache(maxsize=65536)
def part_of_speech(word: str) -> str | None:
    """The most likely part of speech ("PREP", "ADJF", "NOUN"...), or None for a word
    pymorphy3 cannot parse: what a word governs or says decides where a denied list
    ends ("боли в животе нет"; "Температура высокая, ..." is a statement, no item)."""
    if not word.isalpha():
        return None
    parses = _morph().parse(word)
    return str(parses[0].tag.POS) if parses and parses[0].tag.POS else None
