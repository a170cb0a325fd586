"""The matcher's indexes are a speed-up only: it must find exactly what trying every
phrase at every word finds, in the same order (the reader breaks ties by order)."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from bleedcheck.language.matcher import Match, Matcher, Pattern, _extend
from bleedcheck.language.normalise import Token

_WORDS = ["кровь", "кровит", "крово", "кр", "мажет", "мазня", "не", "болит", "бол", ","]
_PARTS = ["кровь", "кров*", "кр*", "маж*", "маз*", "мажет", "=болит", "бол*", "не", "..."]


def _key(word: str) -> str:
    return word[:4]


def _tokens(words: Sequence[str]) -> list[Token]:
    tokens, at = [], 0
    for i, word in enumerate(words):
        tokens.append(Token(word, at, at + len(word), word, _key(word), i // 5, word != ","))
        at += len(word) + 1
    return tokens


def _every_phrase_at_every_word(
    patterns: Sequence[tuple[Pattern, int]], tokens: Sequence[Token]
) -> list[Match[int]]:
    """The reference: no index, each phrase tried once at each word, in lexicon order
    (the indexed matcher tries the phrases of the token's key first, then those of its
    form, then prefix phrases: the same phrase is never tried twice at one word)."""
    out: list[Match[int]] = []
    for i, token in enumerate(tokens):
        by_key = [
            p
            for p in patterns
            if token.key in p[0].words[0].keys or token.key in p[0].words[0].exact
        ]
        by_norm = [
            p
            for p in patterns
            if token.norm != token.key
            and (token.norm in p[0].words[0].keys or token.norm in p[0].words[0].exact)
        ]
        prefixed = [
            p
            for p in patterns
            if any(
                token.norm.startswith(x) or token.key.startswith(x) for x in p[0].words[0].prefixes
            )
        ]
        seen: set[int] = set()
        for pattern, payload in [*by_key, *by_norm, *prefixed]:
            if id(pattern) in seen or not pattern.words[0].matches(token):
                continue
            seen.add(id(pattern))
            found = _extend(pattern, tokens, [i], True)
            if found is not None:
                out.append(Match(payload, tuple(found)))
    return out


_phrase = st.lists(st.sampled_from(_PARTS), min_size=1, max_size=3).map(
    lambda parts: " ".join(p for p in parts if p != "...") or "кровь"
)
_alternatives = st.lists(
    st.sampled_from([p for p in _PARTS if p != "..."]), min_size=1, max_size=2
).map("|".join)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(_alternatives, _phrase), min_size=1, max_size=8),
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12),
)
def test_the_indexed_matcher_finds_what_trying_every_phrase_finds(
    phrases: list[tuple[str, str]], words: list[str]
) -> None:
    patterns = [
        (Pattern.compile(f"{first} {rest}", _key, 2), n) for n, (first, rest) in enumerate(phrases)
    ]
    tokens = _tokens(words)
    assert Matcher(patterns, commas_end_gaps=True).find(tokens) == (
        _every_phrase_at_every_word(patterns, tokens)
    )


def test_a_prefix_phrase_matches_any_word_starting_so() -> None:
    matcher = Matcher([(Pattern.compile("кров* не", _key, 2), "x")])
    assert [m.positions for m in matcher.find(_tokens(["кровит", "не", "кр", "не"]))] == [(0, 1)]
