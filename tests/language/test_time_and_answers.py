"""Numbers in words, spans of time and answered questions, on wording written for this
test (not taken from the annotated corpus)."""

from __future__ import annotations

import pytest

from bleedcheck import read


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # Weeks of pregnancy in words or midwife shorthand read like digits.
        ("I'm twenty six weeks and spotted after sex", "pregnancy_16_weeks_or_more", "present"),
        ("currently nineteen weeks along, a bit of blood", "pregnant", "present"),
        ("im thirty plus four, bled after we had sex", "pregnancy_16_weeks_or_more", "present"),
        (
            "just reached 17 weeks, light bleeding after sex",
            "pregnancy_16_weeks_or_more",
            "present",
        ),
        # A stated span under four weeks is not persistent; a named past time is.
        ("bled after sex 3 times over the last 10 days", "bleeding_persistent_4_weeks", "absent"),
        (
            "bleeding after intercourse x2 in the past fortnight",
            "bleeding_persistent_4_weeks",
            "absent",
        ),
        ("spotting after sex twice in 3 weeks", "bleeding_persistent_4_weeks", "absent"),
        (
            "bleeding after sex on and off since about March",
            "bleeding_persistent_4_weeks",
            "present",
        ),
        ("pcb most times since Xmas", "bleeding_persistent_4_weeks", "present"),
        (
            "bleeding after sex since our wedding, that is four months back",
            "bleeding_persistent_4_weeks",
            "present",
        ),
        ("PCB x1 last week", "bleeding_recurrent", "absent"),
        ("spotting after sex twice this week", "bleeding_persistent_4_weeks", "absent"),
        ("PCB x 2/52", "bleeding_persistent_4_weeks", "absent"),
        # A pregnancy that is not possible is not there.
        ("I'm sterilised so I can't get pregnant", "pregnant", "absent"),
        # Answers to a form's questions.
        ("Could you be pregnant? No. Age 40", "pregnancy_possible", "absent"),
        ("Pregnant?? nope", "pregnant", "absent"),
        ("Any fever? Yes.", "fever", "present"),
        # When the last screening was, against the interval for her age.
        ("my last pap was 2 years ago and it was normal", "screening_up_to_date", "present"),
        ("Last smear 4 yrs ago, normal.", "screening_overdue_or_never", "present"),
        ("I'm 58, last smear four years ago, all clear", "screening_up_to_date", "present"),
        ("Last smear ?6 yrs, pt unsure.", "screening_overdue_or_never", "unknown"),
        # How old the baby is: gave birth in the last 6 months or not.
        ("our baby is 10 weeks old and I bled after sex", "recently_gave_birth", "present"),
        ("had my son four months ago", "recently_gave_birth", "present"),
        ("my daughter is 2, bled after sex", "recently_gave_birth", "absent"),
        # "Still" having periods answers the menopause question.
        ("I'm 50 and still have regular periods", "postmenopausal", "absent"),
        ("46, periods still regular, bled after sex", "postmenopausal", "absent"),
    ],
)
def test_reads_time_numbers_and_answers(text: str, finding: str, value: str) -> None:
    evidence = read(text, "en").evidence
    assert evidence.get(finding) == value, evidence


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # The span belongs to something else, or is too vague to say "under 4 weeks".
        ("discharge for about a week, bled after sex once", "bleeding_persistent_4_weeks"),
        ("bleeding after sex a few times in the last few weeks", "bleeding_persistent_4_weeks"),
        ("on the pill since January, bled after sex last night", "bleeding_persistent_4_weeks"),
        ("period due in 2 days, spotted after sex", "bleeding_persistent_4_weeks"),
        ("discharge x 1 week, bleeding after sex", "bleeding_recurrent"),
        # A smear long ago with an abnormal result is not "up to date".
        ("smear 2 years ago showed borderline changes", "screening_up_to_date"),
        # Bleeding after sex as a habit is not bleeding right now.
        ("now I'm also bleeding between periods", "bleeding_ongoing"),
        ("deep pain ongoing, bled after sex last week", "bleeding_ongoing"),
        # "No idea" is not an answer "no".
        ("Any chance you are pregnant? No idea", "pregnant"),
    ],
)
def test_leaves_other_spans_and_non_answers_alone(text: str, finding: str) -> None:
    evidence = read(text, "en").evidence
    assert evidence.get(finding) in (None, "unknown"), evidence


@pytest.mark.parametrize(
    ("text", "language", "finding", "value"),
    [
        # An open answer leaves the question open in English too, and a doubt about
        # pregnancy is coded as whether she could be (never as "pregnant").
        ("Pregnant? not sure. Pain? no", "en", "pregnancy_possible", "unknown"),
        ("bleeding after sex. pregnant? dunno", "en", "pregnancy_possible", "unknown"),
        ("am i pregnant?? spotted after sex last night", "en", "pregnancy_possible", "unknown"),
        # A period that has not come since a named time: "не" + verb, decided by age.
        ("месячные не приходят с весны, мне 52", "ru", "postmenopausal", "present"),
        ("мне 24, месячных не было с марта", "ru", "pregnancy_possible", "present"),
    ],
)
def test_open_answers_and_periods_that_have_not_come(
    text: str, language: str, finding: str, value: str
) -> None:
    evidence = read(text, language).evidence
    assert evidence.get(finding) == value
    assert evidence.get("pregnant") != "present"


@pytest.mark.parametrize(
    ("text", "language", "age"),
    [
        ("Температура? Да, 38. Кровь после секса", "ru", None),
        ("кровь после секса, жар 39", "ru", None),
        ("Temperature: 38, bled after sex", "en", None),
        ("Температура 37, мне 38", "ru", 38),
        ("im 38, no fever", "en", 38),
    ],
)
def test_a_temperature_is_not_an_age(text: str, language: str, age: int | None) -> None:
    assert read(text, language).age == age
