"""Pregnant, possibly pregnant, or recently given birth.

A pregnancy changes the causes and the urgency, and "could she be pregnant" is asked
when the text does not say, so the reader must keep apart a pregnancy, facts that make
one possible, denials of one, and cues that belong to something else (weeks after a
birth, a bump, an ovulation test, the moment he pulled out, an obstetric history).

Every sentence is written fresh for these tests (not taken from any corpus) and read
by the English rules alone, so the trained model cannot hide a broken phrase.
Near-misses that must NOT fire stand beside each mechanism.
"""

from __future__ import annotations

import pytest

from tests.language.wording_en.reading import rules


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # A postnatal time is not a week of pregnancy.
        ("mirena put in at 6 weeks after my daughter, spotted after sex", "pregnant", None),
        ("the gp cleared me at 8 weeks and we had sex, bled a little", "pregnant", None),
        ("7 wks pp and bled after sex", "pregnant", None),
        ("5 weeks post c-section, some blood after sex", "pregnant", None),
        ("3 wks now of spotting after sex", "pregnant", None),
        # Near-misses: a woman counting herself in weeks is pregnant.
        ("I'm at 22 weeks and bled after sex", "pregnant", "present"),
        ("14 weeks, bled after intercourse", "pregnant", "present"),
        # A bump or an ovulation test is not a pregnancy.
        ("there's a little bump near the entrance that bleeds", "pregnant", None),
        ("my ovulation stick got a positive this morning, spotted after sex", "pregnant", None),
        ("got a positive on a pregnancy test yesterday and bled after sex", "pregnant", "present"),
        ("my baby bump is growing, bled after sex", "pregnant", "present"),
        # A postnatal midwife is not a pregnancy now; a midwife to call still is.
        ("my midwife checked my stitches and said they healed", "pregnant", None),
        ("my midwife said to ring if I bled again", "pregnant", "present"),
    ],
)
def test_pregnancy_cues_that_belong_to_something_else(
    text: str, finding: str, value: str | None
) -> None:
    assert rules(text).get(finding) == value


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # A denied pregnancy followed by a time is no week of pregnancy (a safety bug
        # found in session 15: it read "pregnant" present), nor is a time over a
        # sentence end; a form's question mark still leads to its answer.
        (
            "the implant is in so I can't be pregnant. For two weeks I've had discharge",
            "pregnant",
            "absent",
        ),
        ("not pregnant since 5 weeks, just spotting after sex", "pregnant", "absent"),
        (
            "I'm pregnant. For one week now I've spotted after sex",
            "pregnancy_16_weeks_or_more",
            None,
        ),
        ("Pregnant? Yes, 11 wks by dates. Bled after sex", "pregnant", "present"),
        (
            "been pregnant for about 20 weeks, bled after sex",
            "pregnancy_16_weeks_or_more",
            "present",
        ),
        # "cannot" is a denial like "can't".
        ("I cannot be pregnant, I had a hysterectomy", "pregnant", "absent"),
        ("it cannot be my period, that finished last week", "pregnant", None),
        # Doubting a state is a hedged denial (conventions: a hedged denial is absent).
        ("I seriously doubt I'm pregnant, I'm on the injection", "pregnant", "absent"),
        ("no doubt it was blood, I'm pregnant by the way", "pregnant", "present"),
        # How she feels about pregnancy is not whether she could be.
        ("I've got the coil so I'm not worried about pregnancy", "pregnancy_possible", None),
        ("worried about pregnancy, the condom split", "pregnancy_possible", "present"),
        # Periods that still come are not a period that came (a late one would).
        ("my periods still come every month", "pregnancy_possible", None),
        ("my period came yesterday so not pregnant", "pregnancy_possible", "absent"),
        # The moment he withdrew is not the withdrawal method.
        ("when he pulled out there was blood on the sheet", "pregnancy_possible", None),
        ("he pulled out, we don't use anything else", "pregnancy_possible", "present"),
        # "use condoms" alone says nothing of whether she could be pregnant.
        ("my husband and I use condoms and I bled after", "pregnancy_possible", None),
        ("we always use condoms and I bled after", "pregnancy_possible", "absent"),
    ],
)
def test_pregnancy_denials_and_feelings(text: str, finding: str, value: str | None) -> None:
    assert rules(text).get(finding) == value


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
    assert rules(text).get("pregnancy_possible") == "present"


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
    assert rules(text).get("pregnancy_possible") != "present"


@pytest.mark.parametrize(
    "text",
    [
        "11 weeks pregnant after two years of TTC, bled after sex",
        "IVF pregnancy, 8 weeks, spotting after sex last night",
    ],
)
def test_a_pregnancy_leaves_whether_one_is_possible_unsaid(text: str) -> None:
    said = rules(text)
    assert said.get("pregnant") == "present"
    assert "pregnancy_possible" not in said


def test_obstetric_history_is_no_recent_birth() -> None:
    found = rules("PMH: 2 vaginal deliveries, menopause 10 yrs ago. PCB x1.")
    assert "recently_gave_birth" not in found
    assert found.get("postmenopausal") == "present"
    assert rules("I delivered my baby 3 months ago").get("recently_gave_birth") == "present"


# The baby's age or the time since the birth, in many words; the number decides over
# loose words ("postpartum") said elsewhere.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("DS is 9 weeks and I'm exclusively breastfeeding", "present"),
        ("youngest 3 mo, bottle fed", "present"),
        ("the wee one's 10 weeks now", "present"),
        ("he's 4 months and sleeping better", "present"),
        ("feeding my five month old at night", "present"),
        ("7 wks pp, first sex since", "present"),
        ("PN check 8/52, PCB x1", "present"),
        ("SVD 5/52 ago, 2nd degree tear", "present"),
        ("had my LO about 3 months ago", "present"),
        ("10 months postpartum and bled after sex", "absent"),
        ("my bub is 11 months now", "absent"),
        ("baby born 9 months ago, back at work after maternity leave", "absent"),
        ("had a coil since my daughter was born 4 years ago", "absent"),
    ],
)
def test_the_babys_age_decides_a_recent_birth(text: str, value: str) -> None:
    assert rules(text).get("recently_gave_birth") == value


@pytest.mark.parametrize(
    "text",
    [
        # The one written about is a daughter of 10 or more, not a baby.
        "my daughter is 16 and she bled after sex with her boyfriend",
        # Her own age and a pregnancy are not a baby's age.
        "I'm a 24 year old woman",
        "she's 12 weeks pregnant",
    ],
)
def test_other_ages_are_no_birth(text: str) -> None:
    assert "recently_gave_birth" not in rules(text)


# Session 13b: nothing used, said with other verb forms, is unprotected sex.
@pytest.mark.parametrize(
    "text",
    [
        "we never used anything and I bled after sex",
        "me and him havent used anything for months",
        "we weren't using anything that night",
        "they don't use nothing, she bled after",
    ],
)
def test_nothing_used_in_other_verb_forms(text: str) -> None:
    assert rules(text).get("pregnancy_possible") == "present"


def test_protection_used_is_not_unprotected() -> None:
    """Near-miss: a method used says nothing of a possible pregnancy."""
    assert (
        rules("we always use condoms and I bled after sex").get("pregnancy_possible") != "present"
    )


# Weeks of pregnancy said of someone else or of a supposed case are not hers (13c).
@pytest.mark.parametrize(
    "text",
    [
        "my sister is 14 weeks pregnant and I bled after sex last night",
        "my friend is 20 weeks along, I spotted after sex",
    ],
)
def test_someone_elses_weeks_of_pregnancy_are_not_hers(text: str) -> None:
    assert rules(text).get("pregnant") != "present"


def test_her_own_weeks_beside_someone_elses_are_hers() -> None:
    assert rules("I'm 14 weeks pregnant, same as my sister").get("pregnant") == "present"


# Not knowing whether a condom or anything was used or held is a doubt (13c), however
# the not-knowing is said; knowing it is no doubt.
@pytest.mark.parametrize(
    "text",
    [
        "honestly I don't know if he even used anything",
        "she's got no idea whether he wore a condom",
        "idk if the condom stayed on the whole way through",
        "not sure whether the condom split or not",
        "we had a condom on but it may have slipped near the end",
        "unsure if he used protection",
    ],
)
def test_not_knowing_whether_protection_was_used_is_a_doubt(text: str) -> None:
    assert rules(text).get("pregnancy_possible") == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "I know he used a condom, it was fine",
        "not sure if the blood was in the condom or on him",
    ],
)
def test_knowing_about_the_condom_is_no_doubt(text: str) -> None:
    assert rules(text).get("pregnancy_possible") != "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "the johnny ripped halfway through",
        "we rely on withdrawal, nothing else",
        "withdrawal only as contraception",
        "no contraception as we want a baby",
    ],
)
def test_more_ways_a_pregnancy_is_possible(text: str) -> None:
    assert rules(text).get("pregnancy_possible") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "I had a hysterectomy four years back",
        "PMH: TAH 2019",
        "there's no chance of pregnancy, I've only slept with women",
        "I haven't been with a man in ten years",
    ],
)
def test_no_womb_or_no_man_means_no_pregnancy(text: str) -> None:
    evidence = rules(text)
    assert evidence.get("pregnancy_possible") == "absent"
    assert evidence.get("pregnant") == "absent"


def test_someone_elses_hysterectomy_is_not_hers() -> None:
    assert rules("my mum had a hysterectomy at 50").get("pregnancy_possible") is None


# Session 14b: breastfeeding said in other words (feeding him herself, only breast milk,
# still latching, a feed at bedtime, "exclusively" with a typo), stopping or formula as
# not feeding; a pump bottle or feeding a pet is not it.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She's 7 weeks and I'm exclusivly breastfeading.", "present"),
        ("I'm still feeding her myself, no bottles", "present"),
        ("he gets only breast milk from me", "present"),
        ("baby still latching every couple of hours", "present"),
        ("I still nurse him at bedtime", "present"),
        ("I gave up breastfeeding at 3 months", "absent"),
        ("he's fully formula now", "absent"),
        ("the gel comes in a pump bottle", None),
        ("I was feeding the dog when it started", None),
    ],
)
def test_breastfeeding_in_other_words(text: str, value: str | None) -> None:
    assert rules(text).get("breastfeeding") == value


# Session 14c: nothing used in more words and dialects, a condom's failure in any
# order or slang, a late period said at length, a baby wanted; a condom that held
# means no pregnancy, and doubt about it still stays unknown.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("We did not use anything that night.", "present"),
        ("me an him ain use nuttin", "present"),
        ("so the condom bust halfway through", "present"),
        ("there was a split condom on saturday", "present"),
        ("my priods are late by a week", "present"),
        ("we want a baby so we're not careful", "present"),
        ("no condom and no other contraception", "present"),
        ("I was told my period was meant to come a week ago but nothing yet", "present"),
        ("we had a condom on and it didn't break", "absent"),
        ("Condom used throughout and intact.", "absent"),
        ("not sure if the condom was on the whole time", "unknown"),
        ("my period is supposed to come next week", None),
        ("we talked about family planning with the nurse", None),
    ],
)
def test_pregnancy_possible_in_other_words(text: str, value: str | None) -> None:
    assert rules(text).get("pregnancy_possible") == value


# Session 15: pregnant in slang; denied it is absent, doubted or guessed never present.
@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        ("she's up the duff again and bled after sex", "pregnant", "present"),
        ("got knocked up in spring, bled after we did it", "pregnant", "present"),
        ("on the implant so can't be up the duff", "pregnant", "absent"),
        ("i think im knocked up, bled a bit", "pregnant", None),
        ("i think im knocked up, bled a bit", "pregnancy_possible", "present"),
        ("could i be up the duff??", "pregnant", None),
        ("the car got knocked about, then I bled after sex", "pregnant", None),
    ],
)
def test_pregnant_in_slang(text: str, finding: str, value: str | None) -> None:
    assert rules(text).get(finding) == value


# Session 15: another child wanted, and no protection "at all", make a pregnancy
# possible; a pregnancy test not done says nothing of one.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("we are hoping for one more baby so nothing used", "present"),
        ("we want another child, bled after sex", "present"),
        ("trying for number three, bled after sex", "present"),
        ("sex with no protection whatsoever", "present"),
        ("sex with no protecshun, spotted after", "present"),
        ("we are not trying for another baby", "absent"),
        ("no preg test done, bled after sex", None),
        ("UPT not done, bleeding since intercourse", None),
    ],
)
def test_another_child_and_no_protection(text: str, value: str | None) -> None:
    assert rules(text).get("pregnancy_possible") == value
