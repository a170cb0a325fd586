"""How words are cut into tokens and how a lexicon phrase is written.

Every lexicon phrase rests on these: a caret that ties a word to the one before it keeps
"bleeding ^now" from matching a story, and an ordinal in figures must be one token or no
phrase written with one ever matches.

Every sentence is written fresh for these tests (not taken from any corpus) and read
by the English rules alone, so the trained model cannot hide a broken phrase.
Near-misses that must NOT fire stand beside each mechanism.
"""

from __future__ import annotations

import pytest

from bleedcheck.language.lemmas import english_stem
from bleedcheck.language.matcher import Matcher, Pattern, PatternError
from bleedcheck.language.normalise import tokenise
from bleedcheck.language.reader import read_rules
from tests.language.wording_en.reading import rules


def test_caret_joins_a_word_to_the_one_before() -> None:
    """ "bleeding ^now" needs the two words side by side: "bled and now" is a story."""
    matcher = Matcher([(Pattern.compile("bleeding ^now", english_stem, 2), "x")])
    assert matcher.find(tokenise("i am bleeding now", {}, {}, english_stem))
    assert not matcher.find(tokenise("i am bleeding and now it hurts", {}, {}, english_stem))


@pytest.mark.parametrize("phrase", ["^now", "bleeding now|^then"])
def test_a_misplaced_caret_is_an_error(phrase: str) -> None:
    with pytest.raises(PatternError):
        Pattern.compile(phrase, english_stem, 2)


# Found at the end of the session: "1st", "2nd", "3rd" were split into a number and
# "st", so every lexicon phrase written with them ("on my 3rd pad", "for the 1st time")
# never matched. An ordinal in figures is one token now; a number followed by a word
# ("3 stitches") is still two.
@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        ("had sex for the 1st time last night and bled", "first_intercourse", "present"),
        ("on my 3rd pad since midnight, bleeding after sex", "bleeding_spotting_only", "absent"),
    ],
)
def test_ordinals_in_figures_are_read(text: str, finding: str, value: str) -> None:
    assert rules(text).get(finding) == value


def test_an_ordinal_is_one_token_and_a_number_before_a_word_is_two() -> None:
    _, tokens, _ = read_rules("my 2nd smear, 3 stitches, the 21st", "en")
    assert [t.norm for t in tokens] == [
        "my",
        "2nd",
        "smear",
        ",",
        "3",
        "stitches",
        ",",
        "the",
        "21st",
    ]
