"""Her periods: still coming or ended (the menopause), and when the next one is due.

Bleeding after the menopause is a red flag, so periods said to go on (a cycle, a recent
period, irregular ones) must read as not postmenopausal and periods long gone as
postmenopausal; periods stopped by a method or a baby, another person's periods, a last
smear, are neither. When the period is due separates spotting before a period from
bleeding that needs a look.

Every sentence is written fresh for these tests (not taken from any corpus) and read
by the English rules alone, so the trained model cannot hide a broken phrase.
Near-misses that must NOT fire stand beside each mechanism.
"""

from __future__ import annotations

import pytest

from tests.language.wording_en.reading import rules


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Periods said to continue (conventions): not postmenopausal.
        ("my cycle's regular, 30 days", "absent"),
        ("Cycles irregular lately", "absent"),
        ("periods come like clockwork", "absent"),
        ("my periods are getting closer together", "absent"),
        ("periods have gone haywire since I turned 48", "absent"),
        ("LMP 9 days ago", "absent"),
        # A last period long ago, or the ovaries out: postmenopausal.
        ("LMP aged 49", "present"),
        ("LMP 15 months ago", "present"),
        ("periods long gone", "present"),
        ("my periods finished 6 years ago", "present"),
        ("TAH and BSO in 2015", "present"),
    ],
)
def test_periods_continue_or_not(text: str, value: str) -> None:
    assert rules(text).get("postmenopausal") == value


@pytest.mark.parametrize(
    "text",
    [
        # Writers disagree whether a cycle day says periods continue: left unread.
        # (Between periods and a period in the last days read absent, as most training
        # texts code them: test_periods_that_go_on_are_not_the_menopause.)
        "day 14 of my cycle",
        "cycle day 15 today",
    ],
)
def test_period_dating_words_leave_menopause_unread(text: str) -> None:
    assert "postmenopausal" not in rules(text)


# How long ago the last period was: under a year, periods go on; a number wins.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I'm 51 and my periods stopped around seven months ago, then I bled after sex", "absent"),
        ("Pt 52F. LMP 4/12 ago. PCB x2.", "absent"),
        ("LMP 3/52, bled after intercourse", "absent"),
        ("52 year old, LMP 15/12 ago, bleeding after sex", "present"),
        ("my last period was about two years ago and now I bled after sex, I'm 54", "present"),
    ],
)
def test_how_long_ago_the_last_period_was(text: str, value: str) -> None:
    assert rules(text).get("postmenopausal") == value


def test_a_last_smear_is_not_a_last_period() -> None:
    """Near-miss: "the last one was two years ago" after a smear is about the smear."""
    text = "I'm 44, my smear was fine, the last one was about two years ago"
    assert "postmenopausal" not in rules(text)


def test_a_year_without_periods_under_forty_is_not_menopause() -> None:
    assert rules("I'm 26, LMP 14/12 ago on the implant").get("postmenopausal") != "present"


# More ways to say periods have ended.
@pytest.mark.parametrize(
    "text",
    [
        "she's sixty eight and hasn't had periods since her early fifties",
        "I've not had a period since I was about 51",
        "my nan is 72, she finished with her periods decades ago",
        "periods ceased some years ago",
        "63, PMB after intercourse",
        "nothing since the change",
    ],
)
def test_periods_ended(text: str) -> None:
    assert rules(text).get("postmenopausal") == "present"


def test_not_had_a_period_since_is_a_possible_pregnancy_when_young() -> None:
    evidence = rules("I'm 24 and I've not had a period since February")
    assert evidence.get("pregnancy_possible") == "present"
    assert "postmenopausal" not in evidence


# Periods said to continue, irregular ones too.
@pytest.mark.parametrize(
    "text",
    [
        "my periods are not regular at all",
        "periods were never regular for me",
        "Periods normal. No IMB.",
        "my periods come every five weeks or so",
        "periods still come though they're lighter",
        "my periods have got heavier this year",
    ],
)
def test_periods_going_on(text: str) -> None:
    assert rules(text).get("postmenopausal") == "absent"


# Periods said to go on, in many words, are no menopause (conventions:
# a last period under 12 months ago); between periods, even denied or doubted, still
# has periods (implied_absent).
@pytest.mark.parametrize(
    "text",
    [
        "I'm 47 and I get some spotting in between my periods as well.",
        "No bleeding between periods, just after sex. I'm 49.",
        "not sure if ive been bleeding inbetween periods too, 48",
        "Had my period last week and bled after sex last night.",
        "my period only finished on Thursday, now blood after sex",
        "Periods came back after I stopped feeding, then this bleed after sex.",
        "52, my last period was in March, bleeding after sex since",
        "period just finish 4 days ago then bleeding after sex",
    ],
)
def test_periods_that_go_on_are_not_the_menopause(text: str) -> None:
    assert rules(text).get("postmenopausal") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        # Another person's, or a period in general: nothing about hers.
        "My sister has bleeding between periods, I only bleed after sex.",
        "my last smear was in March",
        "Depo every 12 weeks, my last one was in January",
        "I'm 55 and don't know if my period is coming back or this is something else",
    ],
)
def test_other_words_about_periods_say_nothing_of_the_menopause(text: str) -> None:
    assert rules(text).get("postmenopausal") != "absent"


@pytest.mark.parametrize(
    "text",
    [
        "I'm 63, finished with periods at 51, now bleeding after sex.",
        "Her menses stopped about ten years ago.",
        "I ain't had a period since I was fifty one",
        "periods done since I was 50, and now blood after sex",
        "70F, menopause at 52, PCB x1.",
    ],
)
def test_periods_that_ended_long_ago_are_the_menopause(text: str) -> None:
    assert rules(text).get("postmenopausal") == "present"


# Periods stopped by a contraceptive, while breastfeeding or since the
# baby are not the menopause, and the method itself is still read.
@pytest.mark.parametrize(
    "text",
    [
        "I'm 48 and have had no periods on the implant for years.",
        "periods stopped altogether on the depo shot",
        "I'm 51, no period since the Mirena went in.",
        "no periods at the moment cos I'm breastfeeding",
    ],
)
def test_periods_stopped_by_a_method_or_a_baby_are_not_the_menopause(text: str) -> None:
    read = rules(text)
    assert read.get("postmenopausal") is None
    assert "hormonal_contraception" in read or "breastfeeding" in read
    assert read.get("hormonal_contraception") != "absent"


def test_periods_stopped_with_no_method_named_are_still_the_menopause() -> None:
    read = rules("I'm 57, periods stopped 6 years ago. Used the pill in my thirties.")
    assert read.get("postmenopausal") == "present"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A period in the last two weeks, a mid-cycle day, one a week or more away.
        ("LMP 9/7 ago. PCB x1", "absent"),
        ("LMP 1/52, PCB last night", "absent"),
        ("I had a period eight days ago and bled after sex", "absent"),
        ("cycle day 12, bled a bit after sex", "absent"),
        ("day 16 of a 30-day cycle, pink after sex", "absent"),
        ("my period should come in about 9 days", "absent"),
        ("bled after sex, my period is due next week", "absent"),
        # Due within a day or two.
        ("day 29 of 30, spotted after sex", "present"),
        ("my period is due in 2 days and I bled after sex", "present"),
        ("bled after sex, my period is starting like tomorrow", "present"),
        # Unsure when it is due: a doubt, not a hypothetical.
        ("not sure if I'm due, my cycle is random", "unknown"),
        ("no clue when it's due", "unknown"),
        # Near-misses that say nothing of when it is due.
        ("LMP 5/52, bled after sex", None),
        ("day 3 of my pill pack and I bled after sex", None),
        ("my periods still come every month", None),
        ("my periods finished at 52", None),
        ("next injection due next week, bled after sex", None),
    ],
)
def test_when_the_period_is_due(text: str, value: str | None) -> None:
    assert rules(text).get("period_due") == value


def test_a_recent_period_is_no_period_due() -> None:
    assert rules("my period finished on Sunday, bled after sex").get("period_due") == "absent"


# Session 13b: "periods regular" said bare was hidden by an old ignore phrase; it says
# her periods go on (conventions). "regularly" is recurrent only beside a bleeding word.
@pytest.mark.parametrize(
    "text",
    [
        "Periods regular. Bled after sex.",
        "46, regular periods, copper coil",
        "periods regular as clockwork, bled after sex last night",
        "my periods come regular, bled after sex",
    ],
)
def test_regular_periods_are_periods_that_go_on(text: str) -> None:
    evidence = rules(text)
    assert evidence.get("postmenopausal") == "absent"
    assert "bleeding_recurrent" not in evidence


def test_spotting_regularly_is_recurrent() -> None:
    assert rules("I spot after sex quite regularly now").get("bleeding_recurrent") == "present"


# Session 13b: a daughter writing for her mother: the mother's words are the patient's.
@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        (
            "my mother is 71, her periods ended 20 years ago, she bled after sex",
            "postmenopausal",
            "present",
        ),
        ("writing for my mum, she is on warfarin and bled after sex", "blood_thinner", "present"),
        (
            "asking on behalf of my mother, she has found a lump down below",
            "lump_or_ulcer",
            "present",
        ),
    ],
)
def test_writing_for_her_mother_keeps_the_mothers_findings(
    text: str, finding: str, value: str
) -> None:
    assert rules(text).get(finding) == value


def test_a_mothers_history_is_still_someone_elses() -> None:
    """Near-miss: a mother named for her own history is not the patient."""
    assert "on_hrt" not in rules("my mum was on HRT for years and I bled after sex")


def test_a_denial_stops_at_her_own_subject() -> None:
    """Writing for someone: "she is not dieting her periods stopped years ago"."""
    text = "no fever her periods stopped years ago"
    evidence = rules(text)
    assert evidence.get("postmenopausal") == "present"
    assert evidence.get("fever") == "absent"


# Session 13b: the end of periods in more words.
@pytest.mark.parametrize(
    "text",
    [
        "I'm 60 and been through the change, bled after sex",
        "62, through the change 8 years now",
        "my periods packed it in at 52",
        "it's been 9 years since my last period",
    ],
)
def test_periods_ended_in_more_words(text: str) -> None:
    assert rules(text).get("postmenopausal") == "present"


@pytest.mark.parametrize(
    "text",
    ["I'm 48 and going through the change", "it's been 3 weeks since my last period"],
)
def test_the_change_under_way_or_a_recent_period_is_not_menopause(text: str) -> None:
    assert rules(text).get("postmenopausal") != "present"


# Session 13c: periods that still come, said by their length or her regularity.
@pytest.mark.parametrize(
    "text",
    [
        "my periods every 27 days like always",
        "cycle every 30 days",
        "I'm really regular, never late",
    ],
)
def test_periods_by_their_length_or_regularity_go_on(text: str) -> None:
    assert rules(text).get("postmenopausal") == "absent"


def test_a_stated_menopause_outweighs_a_regular_word() -> None:
    evidence = rules("I'm 61, periods stopped 9 years ago, I was always regular before")
    assert evidence.get("postmenopausal") == "present"


# Session 13d: HRT by more names, HRT stopped, hormones denied in the singular; vaginal
# oestrogen is local, not HRT (no writer codes it present), so it is left unread and a
# "not on HRT" beside it still speaks.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She takes Premarin 0.625 daily.", "present"),
        ("on Estrogel and Prometrium since March", "present"),
        ("Pt on MHT (Estradot patch).", "present"),
        ("I'm not on hormone therapy.", "absent"),
        ("not taking any hormone at the moment", "absent"),
        ("I came off HRT two years ago.", "absent"),
        ("she stopped her HRT at 60", "absent"),
        ("stopped my oestrogen tablets last year", "absent"),
        ("Not on HRT, uses Vagifem twice weekly.", "absent"),
        ("the nurse gave me an estrogen cream for dryness", None),
        ("Plan: vaginal oestrogen, review in 3 months.", None),
        ("I pop an Ovestin pessary in twice a week", None),
    ],
)
def test_hrt_by_name_stopped_or_local(text: str, value: str | None) -> None:
    assert rules(text).get("on_hrt") == value


# Session 14: periods said to continue in more words (conventions: postmenopausal absent);
# "stopped just after I turned 50" is the menopause, not a period just finished.
@pytest.mark.parametrize(
    "text",
    [
        "I'm 47 and my periods are all over the shop",
        "48, my cycle is a mess these days",
        "my cycles are kinda random",
        "periods always come on time",
        "my period comes about every five weeks",
        "my cycles run anywhere from 24 to 40 days",
        "my period finished just before the holiday",
        "my periods ended just 5 days ago",
    ],
)
def test_periods_said_to_go_on_are_not_the_menopause(text: str) -> None:
    assert rules(text).get("postmenopausal") == "absent"


def test_periods_stopped_just_after_fifty_is_still_the_menopause() -> None:
    assert rules("my periods stopped just after I turned 50").get("postmenopausal") == "present"


def test_a_period_finished_just_before_is_not_due() -> None:
    assert rules("my period finished just before the weekend").get("period_due") == "absent"


# Session 15: the end of periods in other verbs, dated by her age in digits or words,
# and the change said to be done or past, are the menopause.
@pytest.mark.parametrize(
    "text",
    [
        "I'm 63, my periods quit when I was fifty two",
        "menstruation ceased eight years ago, I am 61",
        "my menses ended at 51 and now I'm 60",
        "my last period was at forty eight, I'm 59 now",
        "she is 70, her last period was when she was around fifty",
        "had the menopause at fifty three, 64 now",
        "68 and well past the change",
        "I'm 60, my change was over at 52",
    ],
)
def test_periods_ended_at_an_age_are_the_menopause(text: str) -> None:
    assert rules(text).get("postmenopausal") == "present"


# Session 15: periods that go on in other words (erratic, tailing off, coming every so
# often, unchanged, a last one months ago under a year) are not the menopause; typed
# "perids" is periods.
@pytest.mark.parametrize(
    "text",
    [
        "I'm 48, periods erratic for a year",
        "51 and my periods are tailing off",
        "my cycle has gone crazy since I turned 45",
        "my menses come every six weeks or so",
        "periods every 2 to 3 weeks lately",
        "my periods haven't changed at all",
        "the last period was about 4 months ago, 50 now",
        "20, no pain, perids normal",
    ],
)
def test_periods_going_on_in_other_words_are_not_the_menopause(text: str) -> None:
    assert rules(text).get("postmenopausal") == "absent"


# Near-misses: the change of something else at an age is not the menopause, and a
# period that has not come back after a baby is left out (most writers leave it out).
@pytest.mark.parametrize(
    "text",
    [
        "the change in my discharge at 45 was checked",
        "baby is 5 months, my periods haven't come back yet",
        "my period quit on me last month",
    ],
)
def test_near_misses_leave_the_menopause_unread(text: str) -> None:
    assert rules(text).get("postmenopausal") is None


def test_months_without_a_period_when_young_stay_a_possible_pregnancy() -> None:
    reading = rules("I'm 24 and haven't had my period in three months")
    assert reading.get("pregnancy_possible") == "present"


# Session 15: a period that came is due only when it came on the heels of the sex; one
# that came or ended a week or two ago is not due (conventions); cramps "like my period
# is coming" and being due a smear say nothing of when the period is due.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("bled after sex and then my period came the next day", "present"),
        ("my period came this morning after we had sex last night", "present"),
        ("my period is suposed to start tomorrow", "present"),
        ("my period came last week so I'm not pregnant", "absent"),
        ("period was a week back, bled after sex", "absent"),
        ("my period was 12 days ago", "absent"),
        ("crampy, like my period is coming, bled after sex", None),
        ("I think I'm due a smear", None),
        ("not sure whether I'm due a pap test", None),
    ],
)
def test_a_period_that_came_and_other_dues(text: str, value: str | None) -> None:
    assert rules(text).get("period_due") == value
