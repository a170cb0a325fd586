"""Any text up to the limit is read without a crash, deterministically."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bleedcheck.language import MAX_TEXT, read

WORDS = st.sampled_from(
    [
        "no",
        "not",
        "pain",
        "bleeding",
        "pregnant",
        "не",
        "болит",
        "кровь",
        ",",
        ".",
        "?",
        "5",
        "weeks",
        "недель",
        "'",
        "-",
        "…",
        "ё",
        "İ",
        "ß",
        "🙄",
        "\n",
        "...",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.one_of(
        st.text(max_size=400),
        st.lists(WORDS, max_size=80).map(" ".join),
        # Long texts, up to the limit: a short random text repeated.
        st.text(min_size=1, max_size=60).map(lambda s: (s * (MAX_TEXT // len(s) + 1))[:MAX_TEXT]),
    ),
    language=st.sampled_from(["en", "ru"]),
)
def test_any_text_is_read_without_a_crash(text: str, language: str) -> None:
    reading = read(text, language)
    assert read(text, language) == reading
    assert set(reading.evidence.values()) <= {"present", "absent", "unknown"}
    for match in reading.matches:
        assert 0 <= match.start <= match.end <= len(text)
        assert text[match.start : match.end] == match.words


def test_letters_without_a_unicode_name_are_read_without_a_crash() -> None:
    # Found by the property test above: pymorphy3 raised ValueError on a Tangut letter.
    from bleedcheck.language.lemmas import is_known_russian, russian_lemma

    assert russian_lemma("\U00017000") == "\U00017000"
    assert is_known_russian("\U00017000") is False
