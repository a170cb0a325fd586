"""The sex itself: her first sex ever.

Bleeding at the first sex has its own, reassuring cause, so the first sex said in many
words must read, while a first bleed, a first time since a baby or with someone new, and
years of sex must not.

Every sentence is written fresh for these tests (not taken from any corpus) and read
by the English rules alone, so the trained model cannot hide a broken phrase.
Near-misses that must NOT fire stand beside each mechanism.
"""

from __future__ import annotations

import pytest

from tests.language.wording_en.reading import rules


# The first sex ever in more words; a first bleed, a first time since
# something or with someone new, and "having sex for years" are not it.
@pytest.mark.parametrize(
    "text",
    [
        "first time w my boyfriend on saturday and there was blood",
        "it was only our second time ever and I bled again",
        "we were both each other's first, both our firsts actually",
        "Clinic note. 18F. PCB after first vaginal intercourse yesterday.",
        "Coitarche 3 days ago, bleeding since.",
        "lost it to my bf on friday and bled after",
    ],
)
def test_the_first_sex_in_many_words(text: str) -> None:
    assert rules(text).get("first_intercourse") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "I bled after sex for the first time ever last night, I'm 36.",
        "first time posting, I've been bleeding after sex",
        "First intercourse since the birth 2 weeks ago, some blood after.",
        "we did it first time after the baby and there was blood",
        "first sex with my new partner, bled a bit",
    ],
)
def test_other_first_times_are_not_the_first_sex(text: str) -> None:
    assert rules(text).get("first_intercourse") != "present"


@pytest.mark.parametrize(
    "text",
    [
        "not my first rodeo, but I bled after sex",
        "been having sex for years and never bled like this",
    ],
)
def test_not_the_first_sex(text: str) -> None:
    assert rules(text).get("first_intercourse") == "absent"


def test_having_sex_for_the_first_time_is_not_years_of_it() -> None:
    assert rules("had sex for the first time on friday").get("first_intercourse") == "present"


# Session 15: pain at the way in, in many words (the entrance, the start, as he goes
# in, on penetration, borrowed and texted words); stinging on passing urine, warts at
# the introitus and soreness only afterwards are not pain during sex.
@pytest.mark.parametrize(
    "text",
    [
        "it was so uncomfy at the entrance last night and there was blood",
        "honestly it kills at the start, then bleeding after",
        "hurt a lot when he first pushed it in",
        "pain on entry, then spotting",
        "burning at the opening while we were doing it",
        "ya it was eina when he went in",
        "felt stinging as he put it in and I bled",
    ],
)
def test_pain_at_the_way_in(text: str) -> None:
    assert rules(text).get("pain_superficial_during_sex") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "bled after sex and now it stings when I pee",
        "it stung a bit on the loo this morning after we had sex",
        "O/E small warts at introitus, PCB x2",
        "bled after sex, was a bit sore after but fine during",
        "it hurts when he goes deep and I bled after",
    ],
)
def test_other_stinging_is_not_pain_at_the_way_in(text: str) -> None:
    assert rules(text).get("pain_superficial_during_sex") != "present"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Not wanting something else is no word about consent (session 15: "I don't want
        # to be pregnant" was read as non-consent, through a denied "I wanted to").
        ("I really don't want to be pregnant, spotted after sex", None),
        ("I do not want it to happen again, there was blood on the sheets", None),
        ("I told him I don't want to get pregnant yet", None),
        # Near-misses: not wanting the sex itself, in past or present words.
        ("I did not want to but he carried on", "present"),
        ("even when I don't want to he keeps going", "present"),
        ("I told him I don't want it but he did anyway", "present"),
        ("I wanted it, we were both sober", "absent"),
        ("I want to say first that it was all consensual", "absent"),
    ],
)
def test_wanting_the_sex_or_not(text: str, value: str | None) -> None:
    assert rules(text).get("non_consensual_sex") == value
