"""Cervical screening: overdue or never, an abnormal result cleared or not, the HPV vaccine.

Screening missed and an abnormal result not yet cleared raise the chance of cancer, so
the reader must read a last smear long ago or never, a doubt about when, a result that
later tests cleared (the last said wins), and must not take the HPV vaccine for HPV or
for a contraceptive shot.

Every sentence is written fresh for these tests (not taken from any corpus) and read
by the English rules alone, so the trained model cannot hide a broken phrase.
Near-misses that must NOT fire stand beside each mechanism.
"""

from __future__ import annotations

import pytest

from tests.language.wording_en.reading import rules


# Screening missed or never done, in the many ways people say it.
@pytest.mark.parametrize(
    "text",
    [
        "I'm 39 and my last pap was back in 2014.",
        "46F. Last CST 2017, ignored recall letters.",
        "Age 42. Last CST 6 yrs ago.",
        "I have ignored the last two smear invites, I know.",
        "She has never attended for screening.",
        "pap smear i never did one",
        "Last smear: never.",
        "I've never, ever had a pap.",
        "my smear was due last year but i keep cancelling it",
        "she hasnt had a smear in over a decade",
        "I should have had a smear ages ago.",
        "Colposcopy follow-up was booked, I never got the recall letter.",
        "HPV positive, told to repeat in a year and I didn't.",
        "my last smear was before my youngest was born and she's 7 now",
    ],
)
def test_screening_overdue_or_never_said_many_ways(text: str) -> None:
    assert rules(text).get("screening_overdue_or_never") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "Last smear: can't remember when.",
        "Last pap: not sure.",
        "no idea when my last smear was tbh",
        "I don't remember when I last had a pap.",
        "I'm 44, last smear maybe 2015?",
    ],
)
def test_not_knowing_when_the_last_smear_was_is_a_doubt(text: str) -> None:
    assert rules(text).get("screening_overdue_or_never") == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        # A recent year is not overdue from the year alone.
        f"I'm 40. Last smear {__import__('datetime').date.today().year - 1}, normal.",
        # Never a bad result is no missed screening.
        "I'm 60 and never had a bad smear in my life.",
        "Never had an abnormal pap.",
        # A year of something else.
        "I'm 38, had my son in 2015, smear last year was fine.",
    ],
)
def test_screening_near_misses_are_not_overdue(text: str) -> None:
    assert rules(text).get("screening_overdue_or_never") is None


# An abnormal result cleared by later tests is absent (the last said wins).
@pytest.mark.parametrize(
    "text",
    [
        "CIN3 treated with a LLETZ in 2018, every smear since has been normal.",
        "had an abnormal pap years ago but my test of cure was clear",
        "HPV positive 3 years ago, follow up smears all clear since",
        "Abnormal cells in 2020, LEEP, back on routine recall now.",
    ],
)
def test_an_abnormal_result_cleared_later_is_absent(text: str) -> None:
    assert rules(text).get("abnormal_screening_history") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        # Not cleared: the abnormal result is the last thing said.
        "My smears were always normal until last year, when it came back abnormal.",
        "Smear clear in 2019, then HPV positive in 2023.",
    ],
)
def test_an_abnormal_result_said_last_stays_present(text: str) -> None:
    assert rules(text).get("abnormal_screening_history") == "present"


@pytest.mark.parametrize(
    ("text", "vaccinated", "history"),
    [
        ("I had both HPV shots at 12", "present", None),
        ("never had the HPV jabs", "absent", None),
        ("I have HPV, found at my last smear", None, "present"),
    ],
)
def test_an_hpv_vaccine_is_not_hpv(text: str, vaccinated: str | None, history: str | None) -> None:
    evidence = rules(text)
    assert evidence.get("hpv_vaccinated") == vaccinated
    assert evidence.get("abnormal_screening_history") == history


# The HPV vaccine on forms and in short words; another jab is not it, and
# the HPV shot is no contraceptive shot.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("HPV vacc: yes (school).", "present"),
        ("had the gardasil shots at 13", "present"),
        ("got the HPV vacine in year 8", "present"),
        ("HPV vax: no.", "absent"),
        ("HPV vaccine: not received.", "absent"),
        ("Never had the Cervarix jabs.", "absent"),
        ("I was too old for the HPV jab.", "absent"),
        ("missed the HPV jab at school, I was ill", "absent"),
    ],
)
def test_the_hpv_vaccine_on_forms_and_in_short_words(text: str, value: str) -> None:
    assert rules(text).get("hpv_vaccinated") == value


def test_the_hpv_shot_is_no_contraceptive_shot() -> None:
    found = rules("never had the HPV shot, I take the pill")
    assert found.get("hpv_vaccinated") == "absent"
    assert found.get("hormonal_contraception") == "present"
    assert "hpv_vaccinated" not in rules("had my flu jab last week")


# Session 13d: screening up to date as a kind - the clinic's names for the test, its
# plain words, an abnormal result that later tests cleared, the next one not due yet.
@pytest.mark.parametrize(
    "text",
    [
        "41F. CST 2024 NAD.",
        "Co-test done in spring, negative.",
        "my smear in june was grand",
        "Smears UTD, non-smoker.",
        "CIN1 in 2021, follow-up pap smears have all been normal since.",
        "had a LEEP, the test of cure came back clear",
        "after the colposcopy I'm back on routine recall",
        "my next smear isn't due till 2028",
    ],
)
def test_screening_up_to_date_said_many_ways(text: str) -> None:
    assert rules(text).get("screening_up_to_date") == "present"


@pytest.mark.parametrize(
    "text",
    [
        # A positive HPV screen with normal cells is no clear screen.
        "CST last spring: HPV 16 pos, cytology negative.",
        # Her partner's tests are no cervical screen.
        "He had an STI check last month, all clear.",
    ],
)
def test_a_positive_or_other_test_is_not_screening_up_to_date(text: str) -> None:
    assert rules(text).get("screening_up_to_date") != "present"


# A screen whose result she does not know is a doubt on up to date only (never both
# screening findings), whether she forgot it or never got it.
@pytest.mark.parametrize(
    "text",
    [
        "I honestly can't remember if my last pap came back normal.",
        "Last smear about 2 years ago, I don't remember the result.",
        "did a cst at the clinic but never got the results",
        "My smear was 18 months ago and I think it was ok, not totally sure though.",
        "No idea whether the smear in March was clear.",
    ],
)
def test_a_result_she_does_not_know_is_a_doubt_on_up_to_date(text: str) -> None:
    found = rules(text)
    assert found.get("screening_up_to_date") == "unknown"
    assert "screening_overdue_or_never" not in found


def test_not_knowing_when_stays_a_doubt_on_overdue() -> None:
    found = rules("I can't remember when my last smear was.")
    assert found.get("screening_overdue_or_never") == "unknown"
    assert "screening_up_to_date" not in found
