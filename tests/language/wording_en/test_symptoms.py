"""Her other symptoms: a fever, said as a measured temperature.

A fever with bleeding after sex points to an infection, so a measured temperature must
decide it by its number (38 C, 100.4 F), and taking a temperature, weeks of a
pregnancy or her age must not read as one.

Every sentence is written fresh for these tests (not taken from any corpus) and read
by the English rules alone, so the trained model cannot hide a broken phrase.
Near-misses that must NOT fire stand beside each mechanism.
"""

from __future__ import annotations

import pytest

from tests.language.wording_en.reading import rules


# A measured temperature decides fever: 38 C (100.4 F) and over is fever, under it none.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Obs: T 38.4, HR 96.", "present"),
        ("temp of 39 last night and shaky", "present"),
        ("Temperature was 37.1 C.", "absent"),
        ("T 36.5, BP 118/76.", "absent"),
        ("her temp is 101 F", "present"),
        ("temp 99F this morning", "absent"),
    ],
)
def test_a_measured_temperature_decides_fever(text: str, value: str) -> None:
    assert rules(text).get("fever") == value


@pytest.mark.parametrize(
    "text",
    [
        "I checked my temperature and it's fine I think",
        "hasn't taken her temp",
        "at 38 weeks I bled",
        "bled 3 times in 2 weeks, I'm 37",
    ],
)
def test_taking_a_temperature_or_other_numbers_say_no_fever(text: str) -> None:
    assert "fever" not in rules(text)


def test_a_stated_temperature_is_still_fever() -> None:
    assert rules("I have a temp and the shivers").get("fever") == "present"


# Session 15: soreness outside or down below, at the stitches or the perineum, and in
# clinic words; a sore that is an ulcer stays a lump, and pain low in the belly or
# stinging warts-free urine stay where they were.
@pytest.mark.parametrize(
    "text",
    [
        "a bit tender on the outside today after we had sex",
        "it's stinging round the outside since last night",
        "O/E: vulval pain and small abrasions.",
        "Perineal area tender, PCB x1.",
        "there's a pain at my stitches now when I sit",
        "burnin down below ever since, and itchin too",
    ],
)
def test_soreness_outside_in_many_words(text: str) -> None:
    assert rules(text).get("vulval_itch_or_soreness") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "my stitches are on my tummy from the section",
        "a pain below my belly button after sex",
    ],
)
def test_other_pains_are_not_vulval_soreness(text: str) -> None:
    assert "vulval_itch_or_soreness" not in rules(text)


def test_a_painful_ulcer_is_still_a_lump() -> None:
    assert rules("a painful ulcer on my labia since Monday").get("lump_or_ulcer") == "present"


# Session 15: a lump she can feel in more words (a single bump or knot, something hard
# inside, a sore patch, a sore on the lips); soreness inside, a growth on the cervix
# and an examiner's "no lesions" are not it.
@pytest.mark.parametrize(
    "text",
    [
        "I found a tiny hard knot on my left lip down there",
        "there's a raised bump just inside my opening",
        "when I shower I can feel something firm inside",
        "a white patch on my vulva that's itchy",
        "got a sore on the lips down there since Friday",
    ],
)
def test_a_lump_she_can_feel_in_more_words(text: str) -> None:
    assert rules(text).get("lump_or_ulcer") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "rough sex last night and I'm a bit sore inside today",
        "Spec: cervix looks healthy, no lesions seen.",
        "the scan years ago showed a small growth, polyp I think",
        "my baby bump is only small at 12 weeks",
        "still a bit sore on that side now",
    ],
)
def test_soreness_or_an_examiners_words_are_no_lump(text: str) -> None:
    assert "lump_or_ulcer" not in rules(text)


# Session 15: feeling ill in everyday and dialect words, and well otherwise in more
# words; being sick from a tummy bug that brought a pill back up is not it.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("honestly I feel proper rotten today, hot and shivery", "present"),
        ("she's been so crook since Tuesday", "present"),
        ("I feel really sick and my tummy hurts", "present"),
        ("I can barely get out of bed", "present"),
        ("grand otherwise, just the bleeding", "absent"),
        ("no pain, all good otherwise", "absent"),
        ("she says she's fine now", "absent"),
    ],
)
def test_feeling_ill_or_well_in_more_words(text: str, value: str) -> None:
    assert rules(text).get("feeling_very_unwell") == value


def test_a_sick_bug_with_the_pill_is_not_feeling_very_unwell() -> None:
    assert "feeling_very_unwell" not in rules("had a tummy bug and was vomiting after my pill")
