"""Kinds of English wording the rules missed on the training texts (session 11).

Each sentence is written fresh for this test (not taken from any corpus) and read by
the rules alone, so the trained model cannot hide a broken phrase. Near-misses that
must NOT fire stand beside each mechanism.
"""

from __future__ import annotations

import pytest

from tests.language.rules_alone import rules_evidence


def _rules(text: str) -> dict[str, str]:
    return rules_evidence(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        # Nothing used, as a clinic note puts it or with no method named.
        "Bled after intercourse 2/7 ago. No contraception used.",
        "PCB x1. Not on contraception, no condom used.",
        "we did it with no condom and I'm not on anything",
        "UPSI 3/7 ago, requesting advice about the bleeding",
        "had sex w/o a condom on saturday and bled after",
        "we're NTNP at the moment and I bled after sex",
        # Careless use.
        "we haven't really been careful the last month and I bled after sex",
        "been a bit slack with condoms lately, bled after sex tonight",
        "he didn't pull out in time and now I'm bleeding a bit",
        # Trying for a baby, said short.
        "we've been trying for about a year and I bled after sex",
        "Not on the pill because we're trying.",
        # A late period said another way.
        "my period didn't come this month and I bled after sex",
        "cycles like clockwork but this time I'm late by nearly a week",
    ],
)
def test_facts_that_make_a_pregnancy_possible(text: str) -> None:
    assert _rules(text).get("pregnancy_possible") == "present"


@pytest.mark.parametrize(
    "text",
    [
        # A method that held, periods not yet back after a baby, a restless cycle.
        "we use condoms every time and I bled after sex",
        "baby is 6 months and my periods haven't come back yet, bled after sex",
        "my periods have been all over the place lately and I bled after sex",
        "condom used throughout, bled afterwards",
    ],
)
def test_near_misses_are_no_possible_pregnancy(text: str) -> None:
    assert _rules(text).get("pregnancy_possible") != "present"


def test_no_contraception_used_still_denies_hormones() -> None:
    """The longer pregnancy phrase hides "no contraception", so it says both."""
    said = _rules("Spotting after sex. No contraception used.")
    assert said.get("hormonal_contraception") == "absent"
    assert said.get("pregnancy_possible") == "present"


def test_a_reason_clause_is_not_denied_by_the_clause_before() -> None:
    said = _rules("Not on any contraception since we're trying for a baby.")
    assert said.get("pregnancy_possible") == "present"
    assert said.get("hormonal_contraception") == "absent"


def test_a_doubt_answering_a_form_field_ends_at_its_comma() -> None:
    """ "Pregnant: not sure, period 10 days late": the late period is a fact."""
    said = _rules("Pregnant: not sure, period 10 days late. Pain: none.")
    assert said.get("pregnancy_possible") == "present"
    # A doubt that is not a field's answer still carries over its comma.
    assert _rules("maybe, I think my period is late").get("pregnancy_possible") == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "11 weeks pregnant after two years of TTC, bled after sex",
        "IVF pregnancy, 8 weeks, spotting after sex last night",
    ],
)
def test_a_pregnancy_leaves_whether_one_is_possible_unsaid(text: str) -> None:
    said = _rules(text)
    assert said.get("pregnant") == "present"
    assert "pregnancy_possible" not in said


@pytest.mark.parametrize(
    "text",
    [
        # Bleeding as she writes, said with "now" or "still" in many words.
        "small bleed after sex, now spotting",
        "had sex an hour ago, now bright red bleeding",
        "sex last night, now pink when I wipe",
        "bled after sex yesterday, still a lil brown today",
        "still losing some bright red blood this morning",
        "still some blood on my pad",
    ],
)
def test_bleeding_said_as_going_on_now(text: str) -> None:
    assert _rules(text).get("bleeding_ongoing") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "few drops after sex, none now",
        "bled after sex, nil since",
        "Bled after sex last night. Today no bleeding.",
        "pink streaks after sex, nothing on my pad since",
        "some bleeding after sex on Sunday, it was gone by bedtime",
        "bleeding after sex, now stop",
    ],
)
def test_bleeding_said_to_have_stopped(text: str) -> None:
    assert _rules(text).get("bleeding_ongoing") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        # Where the blood was seen, or a habit, is not when it stopped.
        "I only see blood on the tissue, nothing on the sheets",
        "for months I bleed every time we have sex, gone by morning",
    ],
)
def test_where_or_how_often_is_not_a_stop(text: str) -> None:
    assert "bleeding_ongoing" not in _rules(text)


def test_a_pad_an_hour_is_heavy() -> None:
    assert _rules("bleeding after sex, on my second pad in an hour")["bleeding_heavy"] == "present"
    assert _rules("bled after sex, saturating a pad every hour")["bleeding_heavy"] == "present"
    # "now spotting" is both: going on, and spotting only.
    said = _rules("small bleed after sex, now spotting")
    assert said.get("bleeding_spotting_only") == "present"


@pytest.mark.parametrize(
    ("text", "recurrent"),
    [
        ("my periods have been all over the place lately", None),
        ("I've been spotting lately after sex", "present"),
        ("lately I bleed every time we do it", "present"),
    ],
)
def test_lately_is_recurrent_only_of_the_bleeding(text: str, recurrent: str | None) -> None:
    assert rules_evidence(text, "en").get("bleeding_recurrent") == recurrent


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
    evidence = _rules(text)
    assert {f: evidence.get(f) for f in expected} == expected, evidence
