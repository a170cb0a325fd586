"""How much she bled: spotting, pad-level blood, a pad an hour.

The amount decides a red flag (heavy bleeding) and the spotting that reassures, so the
reader must tell a small bleed said in many words from blood that fills pads, and must
not take the amount from something else: spotting between periods, pink in his semen, a
pink discharge, her gums bleeding "loads".

Every sentence is written fresh for these tests (not taken from any corpus) and read
by the English rules alone, so the trained model cannot hide a broken phrase.
Near-misses that must NOT fire stand beside each mechanism.
"""

from __future__ import annotations

import pytest

from tests.language.wording_en.reading import rules


# A small bleed said in many words is spotting (conventions: "small amount").
@pytest.mark.parametrize(
    "text",
    [
        "Small amt of fresh blood after sex yesterday, settled.",
        "GP note: small PCB x1, no pain.",
        "there was a small bleed after we did it",
        "just a smal vaginal bleed after intercourse",
        "after sex only drops, bright red",
        "a smear of blood on my knickers after sex",
        "I saw a spot of blood on the sheet after sex",
        "Post-coital bleed, small volume, bright red.",
        "not a lot, just spotting after sex",
    ],
)
def test_a_small_bleed_is_spotting(text: str) -> None:
    assert rules(text).get("bleeding_spotting_only") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "eye drops make my eyes sting",
        "my smear was normal and I have a small lump on my arm",
        "she pointed to a spot on my cervix",
    ],
)
def test_small_words_about_something_else_are_not_spotting(text: str) -> None:
    assert "bleeding_spotting_only" not in rules(text)


# Pad-level blood below a pad an hour is more than spotting (conventions, Amount).
@pytest.mark.parametrize(
    "text",
    [
        "Bled after sex, about 1 pad every 3 hours since.",
        "PCB, ongoing loss ~1 pad/2hr, obs stable.",
        "bled after sex, 2 pads in 4 hrs so far",
        "after sex I had to wear a pad all evening",
        "I've changed my pad twice since we had sex",
        "bled after sex, on my second pad now",
        "Post-coital bleed, approx 20 ml, settling.",
        "bled after sex, more than a few drops this time",
    ],
)
def test_pad_level_blood_is_not_spotting(text: str) -> None:
    assert rules(text).get("bleeding_spotting_only") == "absent"


def test_a_pad_an_hour_is_heavy_not_read_as_pad_level() -> None:
    evidence = rules("bleeding after sex, 3 pads in 2 hours")
    assert evidence.get("bleeding_heavy") == "present"
    assert "bleeding_spotting_only" not in evidence


def test_a_pad_an_hour_is_heavy() -> None:
    assert rules("bleeding after sex, on my second pad in an hour")["bleeding_heavy"] == "present"
    assert rules("bled after sex, saturating a pad every hour")["bleeding_heavy"] == "present"
    # "now spotting" is both: going on, and spotting only.
    said = rules("small bleed after sex, now spotting")
    assert said.get("bleeding_spotting_only") == "present"


def test_not_needing_a_pad_is_not_read_as_spotting() -> None:
    evidence = rules("bled after sex but I didn't need a pad")
    assert "bleeding_spotting_only" not in evidence


# Spotting between periods is the bleeding between periods, not the amount after sex.
@pytest.mark.parametrize(
    "text",
    [
        "bled after sex twice, and I spot on random days as well",
        "heavy-ish bleeding after sex and random spotting mid-cycle",
        "bleeding after sex and spotting on other days too",
    ],
)
def test_spotting_between_periods_is_not_the_amount_after_sex(text: str) -> None:
    evidence = rules(text)
    assert evidence.get("bleeding_between_periods") == "present"
    assert "bleeding_spotting_only" not in evidence


def test_spotting_named_after_sex_is_still_spotting() -> None:
    assert rules("spotting after sex again").get("bleeding_spotting_only") == "present"


# Pink in his semen or the condom, or a pink discharge, is not her spotting.
@pytest.mark.parametrize(
    "text",
    [
        "the condom came out pinkish, nothing on me",
        "his semen looked kind of pinkish after",
    ],
)
def test_pink_in_the_condom_or_semen_is_his(text: str) -> None:
    evidence = rules(text)
    assert evidence.get("blood_in_semen_or_condom") == "present"
    assert "bleeding_spotting_only" not in evidence


def test_a_pink_discharge_is_a_discharge() -> None:
    evidence = rules("bleeding after sex and a watery pinkish discharge most days")
    assert evidence.get("discharge_abnormal") == "present"
    assert "bleeding_spotting_only" not in evidence


# Blood only on the outside of the condom, clean inside, is hers: none in the condom.
@pytest.mark.parametrize(
    "text",
    [
        "the condom had blood on the outside but nothing inside",
        "there was blood streaked on the outside of the condom, inside it was clean",
        "condom clean inside, blood on the outside and on my thighs",
    ],
)
def test_blood_only_outside_the_condom_is_not_in_it(text: str) -> None:
    assert rules(text).get("blood_in_semen_or_condom") == "absent"


def test_blood_in_the_condom_is_still_read() -> None:
    assert rules("there was blood in the condom after").get("blood_in_semen_or_condom") == (
        "present"
    )


# Words that had raised a red flag from text about something else (dev triage
# over-triaged these to emergency): her gums bleeding "loads", a flow called normal,
# sex "this morning and after".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "my gums bleed loads and I bruise easily. some blood after sex twice now",
            {"easy_bruising_or_gum_bleeding": "present", "bleeding_heavy": None},
        ),
        ("after sex I bled loads, soaked my jeans", {"bleeding_heavy": "present"}),
        (
            "had sex this morning and after there was blood, now it's just my period, "
            "normal flow, not heavy",
            {"bleeding_heavy": "absent", "emergency_contraception_recent": None},
        ),
        ("blood was flowing down my legs after sex", {"bleeding_heavy": "present"}),
        ("took the morning after pill on sunday", {"emergency_contraception_recent": "present"}),
    ],
)
def test_a_red_flag_is_not_read_from_something_else(
    text: str, expected: dict[str, str | None]
) -> None:
    evidence = rules(text)
    assert {f: evidence.get(f) for f in expected} == expected, evidence


# A comparison with before says the bleeding is heavy now: the "never" or "nothing"
# belongs to the comparison and denies nothing (a red flag must not be read absent).
@pytest.mark.parametrize(
    "text",
    [
        "never this heavy before, what do I do",
        "Nothing this heavy has ever happened to me after sex",
        "it's never been this heavy and it won't stop",
        "I have never bled so much in my life",
    ],
)
def test_a_comparison_with_before_is_heavy(text: str) -> None:
    assert rules(text).get("bleeding_heavy") == "present"


@pytest.mark.parametrize(
    "text", ["not heavy, just spotting", "nothing heavy, a few drops", "never heavy at all"]
)
def test_a_plain_denial_of_heavy_still_denies(text: str) -> None:
    assert rules(text).get("bleeding_heavy") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "bled after sex, maybe half a pad by now",
        "perhaps half a pad over the evening after sex",
    ],
)
def test_a_rounded_amount_is_no_doubt_of_it(text: str) -> None:
    # "maybe" rounds the amount: pad-level blood is still more than spotting.
    assert rules(text).get("bleeding_spotting_only") == "absent"


@pytest.mark.parametrize(
    "text", ["maybe spotting after sex, not sure", "bled a bit, maybe just spotting"]
)
def test_a_doubt_before_the_amount_itself_stays_a_doubt(text: str) -> None:
    assert rules(text).get("bleeding_spotting_only") == "unknown"


# Session 15: spotting with a word of its amount or colour survives a longer phrase of
# another finding around it ("twice this week, just spotting"), texted misspellings
# included; a comparison above spotting is no spotting.
@pytest.mark.parametrize(
    "text",
    [
        "bled after sex three times this week, only spotting tho",
        "Bleeding since last night, now just spotting.",
        "PCB, spotting only, no pain.",
        "after sex I've got light brown spotting",
        "afterwards a bit of spoting on my pants",
        "there were a couple drops on the sheet after",
        "PCB x2 over 2/12, scant.",
        "pinkish blood when I wiped after we had sex",
    ],
)
def test_spotting_said_with_its_amount_or_colour_is_spotting(text: str) -> None:
    assert rules(text).get("bleeding_spotting_only") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "after sex it was a little more than spotting",
        "it was more than my usual spotting and bright red",
        "it was more than just spotting this time after sex",
        "bled after sex, about as much as a light period",
    ],
)
def test_more_than_spotting_said_with_more_words_is_no_spotting(text: str) -> None:
    assert rules(text).get("bleeding_spotting_only") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "I get some spotting between periods as well",
        "I've been getting spotting in between my periods",
        "bit of spotting at odd times during the month",
    ],
)
def test_spotting_between_periods_with_an_amount_is_between_periods(text: str) -> None:
    got = rules(text)
    assert got.get("bleeding_between_periods") == "present"
    assert "bleeding_spotting_only" not in got


# Session 15: a steady flow said by where the blood went is heavy; "not soaking
# anything" denies it; a pad
# over a night is pad-level, not heavy.
@pytest.mark.parametrize(
    "text",
    [
        "after sex the blood is streaming down her legs",
        "bled after sex and it's soaked through my pyjamas",
        "there was blood all over the bathroom after we had sex",
    ],
)
def test_a_flow_said_by_where_it_went_is_heavy(text: str) -> None:
    assert rules(text).get("bleeding_heavy") == "present"


def test_not_soaking_anything_is_not_heavy() -> None:
    assert (
        rules("bleeding after sex, bright red, but not soaking anything").get("bleeding_heavy")
        == "absent"
    )


@pytest.mark.parametrize(
    "text",
    [
        "bled after sex and filled a pad overnight",
    ],
)
def test_a_pad_over_a_night_is_not_heavy(text: str) -> None:
    assert rules(text).get("bleeding_heavy") != "present"


def test_a_pad_in_half_an_hour_stays_heavy() -> None:
    assert rules("after sex she filled a pad in half an hour").get("bleeding_heavy") == "present"
