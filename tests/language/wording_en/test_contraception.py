"""Her contraception now: hormonal methods, none used, HRT.

Hormonal contraception is a common cause of spotting after sex and "no contraception"
makes a pregnancy possible, so her own method must be read apart from other pills, a
plan, emergency contraception or an HRT patch, and a denial must not reach into the
reason given after it.

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
        # Other pills, jabs and plans are not contraception now.
        ("I finished the pills for chlamydia and now I'm bleeding after sex", None),
        ("my HIV is controlled with pills, bled after sex", None),
        ("never had the HPV shot, bled after sex", None),
        ("plans Nexplanon at her review, PCB x1", None),
        ("levonorgestrel EHC given today", None),
        # "is it the pill?" asks about a pill already named.
        ("took the morning after pill, now spotting, is it the pill?", None),
        # Near-misses: her own method.
        ("I'm on the pill and bled after sex", "present"),
        ("she has a levonorgestrel coil", "present"),
        ("Contraception: condoms only", "absent"),
        ("not on contraception, bled after sex", "absent"),
        # A bracket gives the reason: the denial before it does not reach into it.
        ("Not pregnant (Mirena, UPT neg). PCB today", "present"),
        ("Not pregnant (has the implant)", "present"),
    ],
)
def test_hormonal_contraception_is_her_method_now(text: str, value: str | None) -> None:
    assert rules(text).get("hormonal_contraception") == value


def test_no_contraception_used_still_denies_hormones() -> None:
    """The longer pregnancy phrase hides "no contraception", so it says both."""
    said = rules("Spotting after sex. No contraception used.")
    assert said.get("hormonal_contraception") == "absent"
    assert said.get("pregnancy_possible") == "present"


def test_a_reason_clause_is_not_denied_by_the_clause_before() -> None:
    said = rules("Not on any contraception since we're trying for a baby.")
    assert said.get("pregnancy_possible") == "present"
    assert said.get("hormonal_contraception") == "absent"


# Whether she missed pills, said any way, says she is on the pill.
@pytest.mark.parametrize(
    "text",
    [
        "forgot 3 pills this week and we had sex",
        "I never miss a pill",
        "not sure if I missed one last week",
    ],
)
def test_missed_pills_say_she_is_on_the_pill(text: str) -> None:
    said = rules(text)
    assert "missed_pills" in said
    assert said.get("hormonal_contraception") == "present"


def test_no_missed_pills_word_says_nothing_of_the_pill() -> None:
    assert "hormonal_contraception" not in rules("bled after sex, no pain")


# "on nothing", and bare words for birth control when denied.
@pytest.mark.parametrize(
    "text",
    [
        "bled after sex, im on nothing, 24",
        "she's on nothing for contraception",
        "Contraception: none.",
        "we are not using any contraceptives",
        "not on any family planning",
        "we're not using anything",
    ],
)
def test_no_birth_control_in_many_words(text: str) -> None:
    assert rules(text).get("hormonal_contraception") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "on OCP, no missed doses",
        "LNG-IUS in situ 3 yrs",
        "im 25, implanon",
        "I have the hormone spiral",
        "DMPA last shot 6 weeks ago",
        "I am on pills but bled after sex",
    ],
)
def test_birth_control_in_more_names(text: str) -> None:
    assert rules(text).get("hormonal_contraception") == "present"


@pytest.mark.parametrize(
    "text",
    [
        # A bare word for birth control, not denied, says nothing.
        "Contraception: condoms only.",
        # Cereal is food, not the Cerelle pill.
        "I mostly live on cereal and toast",
    ],
)
def test_loose_birth_control_words_say_nothing(text: str) -> None:
    assert rules(text).get("hormonal_contraception") != "present"


# How long a method has been used, in a clinic's fractions of a year or a month.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pill review. On Microgynon 2/12, new start.", "present"),
        ("Started Cerazette 3/52 ago.", "present"),
        ("Implant in situ 20/12. PCB x1.", "absent"),
        ("on Yasmin POP 9/12, no missed pills", "absent"),
    ],
)
def test_a_methods_time_in_clinic_fractions(text: str, value: str) -> None:
    assert rules(text).get("contraception_started_recently") == value


def test_a_bleeding_span_after_the_method_is_not_its_time() -> None:
    said = rules("On the pill. PCB x3 over 6/52.")
    assert "contraception_started_recently" not in said


def test_hrt_patches_are_not_the_contraceptive_patch() -> None:
    found = rules("I'm 54 and on HRT the patches, last period 2 years ago")
    assert found.get("on_hrt") == "present"
    assert "hormonal_contraception" not in found


# Session 13d: missed pills by their count with the pill or a time after it, taken hours
# late, or missed often; a count of periods is no missed pill.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Missed 2 POP this pack.", "present"),
        ("i forgot three in a row over the weekend", "present"),
        ("on microgynon but missed a couple last week", "present"),
        ("she admits forgetting a few this month", "present"),
        ("took Tuesday's pill about 5 hours late", "present"),
        ("I'm useless at remembering the pill", "present"),
        ("I take the pill but sometimes I forget", "present"),
        ("On COCP, no missed doses.", "absent"),
        ("Yasmin 3 yrs, perfect use.", "absent"),
        ("I missed two periods in a row", None),
        ("I was 3 hours late for work", None),
    ],
)
def test_missed_pills_by_count_lateness_and_habit(text: str, value: str | None) -> None:
    assert rules(text).get("missed_pills") == value


# Session 14b: emergency contraception by its clinic names, generic drugs and brands,
# a coil fitted as EC, and one offered but turned down; a bare "EC discussed" or a
# girl's name "Ella" states nothing.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("EHC (ulipristal) supplied at the pharmacy this morning.", "present"),
        ("EC: levonorgestrel 1.5mg given.", "present"),
        ("I took an ella tablet on Tuesday", "present"),
        ("she took the P2 pill two days ago", "present"),
        ("got the i-pill from the chemist yesterday", "present"),
        ("Copper IUD inserted as EC on Monday.", "present"),
        ("Offered EHC, declined.", "absent"),
        ("EC not required, condom intact.", "absent"),
        ("I haven't taken the mornin after pill", "absent"),
        ("EHC discussed with patient.", None),
        ("my little sister Ella is staying over", None),
    ],
)
def test_emergency_contraception_in_many_names(text: str, value: str | None) -> None:
    assert rules(text).get("emergency_contraception_recent") == value


def test_a_brand_pill_of_emergency_contraception_is_not_the_daily_pill() -> None:
    found = rules("she took the P2 pill two days ago")
    assert "hormonal_contraception" not in found


def test_a_coil_turned_down_is_not_in_place() -> None:
    assert rules("Copper coil declined; levonelle given instead.").get("iud_in_place") != "present"


# Session 14c: a method begun weeks ago or used a long time, said in other words; the
# method is still read as in use, and HRT or copper near "for years" is not a method.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("been using the ring since this month", "present"),
        ("on the patch since last month", "present"),
        ("got the implant put in a couple of weeks ago", "present"),
        ("I've had the Mirena for ages", "absent"),
        ("on the depo since I was 17", "absent"),
        ("copper coil in for years", None),
        ("I had a sore throat for years", None),
    ],
)
def test_contraception_started_recently_in_other_words(text: str, value: str | None) -> None:
    assert rules(text).get("contraception_started_recently") == value


def test_a_long_used_method_is_still_in_use() -> None:
    assert rules("on the depo since I was 17").get("hormonal_contraception") == "present"


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # A method suggested, offered, discussed, booked, wanted or refused is not in use.
        ("the nurse suggested the implant, bled after sex twice", "hormonal_contraception", None),
        ("I'm booked in for the coil next month", "iud_in_place", None),
        # A method she refused is denied outright by the lexicon (as "Declined POP").
        ("Refused depo. PCB x2.", "hormonal_contraception", "absent"),
        ("she is keen to try the patch", "hormonal_contraception", None),
        ("Nexplanon discussed, pt to think about it", "hormonal_contraception", None),
        ("Mirena to be fitted after her next period", "iud_in_place", None),
        # Near-misses: an offer does not reach past a comma or "but" to her own method.
        ("offered the jab but I'm on the pill", "hormonal_contraception", "present"),
        ("GP suggested I come in, I have the copper coil", "iud_in_place", "present"),
    ],
)
def test_an_offered_or_refused_method_is_not_in_use(
    text: str, finding: str, value: str | None
) -> None:
    assert rules(text).get(finding) == value


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # Asking whether she needs or may get emergency contraception tells nothing taken.
        ("should I buy the morning after pill?", "emergency_contraception_recent", None),
        ("i have to go get plan b tomorrow don't i?", "emergency_contraception_recent", None),
        # Asking whether she can fall pregnant is a doubt, never a pregnancy.
        ("can I get pregnant if he pulled out?", "pregnant", None),
        ("could I still fall pregnant at 47?", "pregnancy_possible", "unknown"),
        # Near-misses: a question ends at a comma, and a method taken is read.
        ("should I go to A&E, I'm soaking a pad an hour", "bleeding_heavy", "present"),
        ("took the morning after pill on Sunday", "emergency_contraception_recent", "present"),
    ],
)
def test_a_question_about_a_step_is_no_fact(text: str, finding: str, value: str | None) -> None:
    assert rules(text).get(finding) == value


# Session 15: nothing used, no hormones, no medicines, a form's non-hormonal method and
# a method turned down all deny a hormonal method; a bare medicine-free word does not.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("we never used anything and now I'm spotting after sex", "absent"),
        ("me and him were using nothing, I bled after", "absent"),
        ("wasnt on anythin when we had sex and I bled", "absent"),
        ("I do not take hormones of any kind, bled after sex", "absent"),
        ("she's not on hormones. PCB x1", "absent"),
        ("No meds. Bled after sex on Sunday", "absent"),
        ("Method: condoms. PCB twice", "absent"),
        ("Refused the implant at her last visit, PCB", "absent"),
        # Near-misses: a hormone named but not denied, a method used.
        ("my hormones are all over the place, bled after sex", None),
        ("the pill was restarted, then I bled after sex", "present"),
    ],
)
def test_hormonal_method_denied_in_other_words(text: str, value: str | None) -> None:
    assert rules(text).get("hormonal_contraception") == value


def test_no_medicines_denies_every_medicine_finding() -> None:
    said = rules("no medications, bled after intercourse")
    assert said.get("blood_thinner") == "absent"
    assert said.get("on_hrt") == "absent"
    assert said.get("hormonal_contraception") == "absent"


# A hormonal method dated to a past year, or fitted months or years ago, is not a
# recent start; the method and a coil are still read.
@pytest.mark.parametrize(
    ("text", "started", "coil"),
    [
        ("Implanon since 2019, bleeding after sex", "absent", None),
        ("had the Kylena put in since 2021 and now I bleed after sex", "absent", "present"),
        ("LNG-IUS fitted 8/12 ago, PCB x3", "absent", "present"),
        ("the jab was started two years ago, now PCB", "absent", None),
        # Near-miss: weeks ago is recent.
        ("got the implant fitted a couple of weeks ago and bled after sex", "present", None),
    ],
)
def test_a_method_dated_long_ago_is_not_a_recent_start(
    text: str, started: str, coil: str | None
) -> None:
    said = rules(text)
    assert said.get("contraception_started_recently") == started
    assert said.get("hormonal_contraception") == "present"
    assert said.get("iud_in_place") == coil


def test_a_copper_coil_dated_long_ago_is_no_hormonal_method() -> None:
    said = rules("Cu-IUD since 2018. PCB")
    assert said.get("iud_in_place") == "present"
    assert "hormonal_contraception" not in said


# A coil by its clinic names and as a "spiral"; a coil taken out is not in place.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("LNG IUS in situ 4 yrs, PCB x2", "present"),
        ("I have a copper spiral and I bled after sex", "present"),
        ("Cu-T in situ. PCB", "present"),
        ("had my Mirena for years, spotting after sex", "present"),
        ("my Kyleena came out in March, now bleeding after sex", "absent"),
        ("IUD removed last year and bled after sex", "absent"),
        # Near-miss: another method, no coil named.
        ("bled after sex, on the pill", None),
    ],
)
def test_a_coil_by_its_clinic_names(text: str, value: str | None) -> None:
    assert rules(text).get("iud_in_place") == value
