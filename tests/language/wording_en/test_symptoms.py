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
