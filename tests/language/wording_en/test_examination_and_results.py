"""What an examiner found and what her tests showed, in clinic shorthand.

A suspicious cervix is a red flag and a positive swab names a cause, so an examination
reported now must be read apart from one she remembers, a healthy cervix must deny a
suspicious one while a screening result must not, and a result must belong to the test
it names (a CT scan is no chlamydia test, a chlamydia result no pregnancy test).

Every sentence is written fresh for these tests (not taken from any corpus) and read
by the English rules alone, so the trained model cannot hide a broken phrase.
Near-misses that must NOT fire stand beside each mechanism.
"""

from __future__ import annotations

import pytest

from tests.language.rules_alone import Expect, check_rules
from tests.language.wording_en.reading import rules


# Examination findings: what an examiner reports (or she retells) is exam_*.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spec: 6mm smooth polyp sitting at the os, rest of the cervix healthy.",
            {"exam_polyp": "present", "known_polyp": None, "exam_cervix_suspicious": "absent"},
        ),
        (
            "O/E - cx: big ectropion, bleeds when touched with the swab.",
            {"exam_ectropion": "present", "known_ectropion": None},
        ),
        (
            "On examination today the cervix was red and friable with mucopurulent discharge.",
            {"exam_cervicitis": "present"},
        ),
        (
            "Bimanual exam: marked cervical motion tenderness, R adnexal tenderness.",
            {"exam_cervical_motion_tenderness": "present"},
        ),
        (
            "Bimanual: no CMT, uterus anteverted and mobile.",
            {"exam_cervical_motion_tenderness": "absent"},
        ),
        (
            "speculum showed thin, pale vaginal walls, atrophic looking",
            {"exam_atrophy": "present"},
        ),
        (
            "There was a 1cm laceration on the left vaginal wall, not bleeding now.",
            {"exam_vaginal_tear": "present"},
        ),
        (
            "Exam: normal vulva, vagina and cervix; no discharge seen.",
            {"exam_normal": "present", "exam_cervix_suspicious": None},
        ),
        (
            "Speculum today: vulva and vagina normal, cervix appears healthy, no ectropion.",
            {"exam_normal": "present", "exam_ectropion": "absent", "exam_cervix_suspicious": None},
        ),
        (
            "Spec - NAD.",
            {"exam_normal": "present"},
        ),
    ],
)
def test_examination_findings_are_read(text: str, expected: Expect) -> None:
    check_rules(text, "en", expected)


@pytest.mark.parametrize(
    "text",
    [
        "Cervix looks irregular and hard, appearance suspicious of malignancy.",
        "Spec: exophytic mass on the anterior lip of the cx, bleeds on contact.",
        "the doctor said the lesion on my cervix looked like cancer",
    ],
)
def test_a_suspicious_cervix_is_read_present(text: str) -> None:
    assert rules(text).get("exam_cervix_suspicious") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "Cervix looks healthy.",
        "O/E: cx normal, threads seen.",
        "Colposcopy: acetowhite area, no suspicious lesion.",
        "cervix not suspicious for malignancy on inspection",
    ],
)
def test_a_cervix_said_healthy_denies_a_suspicious_cervix(text: str) -> None:
    assert rules(text).get("exam_cervix_suspicious") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        # A screening result is not the look of the cervix (the red flag stays open).
        "Cx screening last normal, next due 2027.",
        "Cervical smear normal last year.",
        "my periods are irregular and my cervix hurts",
    ],
)
def test_loose_cervix_words_say_nothing_of_a_suspicious_cervix(text: str) -> None:
    assert "exam_cervix_suspicious" not in rules(text)


def test_cervix_normal_alone_is_not_a_normal_examination() -> None:
    evidence = rules("Speculum: cervix normal.")
    assert evidence.get("exam_cervix_suspicious") == "absent"
    assert "exam_normal" not in evidence


def test_a_polyp_she_was_told_about_is_her_history_not_an_examination() -> None:
    check_rules(
        "I was told I had a polyp a couple of years back.",
        "en",
        {"known_polyp": "present", "exam_polyp": None},
    )


def test_an_examination_last_year_is_her_history() -> None:
    check_rules(
        "gp had a look last year and said no erosion",
        "en",
        {"exam_ectropion": None, "known_ectropion": "absent"},
    )


def test_an_irregular_friable_cervix_is_suspicious_not_cervicitis() -> None:
    check_rules(
        "On speculum the cervix is irregular and friable.",
        "en",
        {"exam_cervix_suspicious": "present", "exam_cervicitis": None},
    )


# Test results in clinic shorthand, and a list of tests with one result.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Swabs: CT/GC neg.",
            {"test_chlamydia_positive": "absent", "test_gonorrhoea_positive": "absent"},
        ),
        (
            "her gonorrhoea and chlamydia swabs were both clear",
            {"test_chlamydia_positive": "absent", "test_gonorrhoea_positive": "absent"},
        ),
        (
            "Results today: GC pos, CT negative.",
            {"test_gonorrhoea_positive": "present", "test_chlamydia_positive": "absent"},
        ),
        (
            "CT NAAT +ve, treated with doxy.",
            {"test_chlamydia_positive": "present"},
        ),
        (
            "the clinic texted, my swab is showing trichomonas",
            {"test_trichomonas_positive": "present"},
        ),
        (
            "TV negative on wet mount.",
            {"test_trichomonas_positive": "absent"},
        ),
        ("UPT neg in clinic.", {"test_pregnancy_negative": "present"}),
        ("Serum hCG negative.", {"test_pregnancy_negative": "present"}),
        ("did a test this morning, only one line", {"test_pregnancy_negative": "present"}),
        ("UPT positive today.", {"pregnant": "present"}),
    ],
)
def test_test_results_in_clinic_shorthand(text: str, expected: Expect) -> None:
    check_rules(text, "en", expected)


@pytest.mark.parametrize(
    "text",
    [
        "CT scan of the abdomen was normal",
        "planning a pregnancy test next week",
    ],
)
def test_shorthand_near_misses_read_no_test(text: str) -> None:
    evidence = rules(text)
    assert "test_chlamydia_positive" not in evidence
    assert "test_pregnancy_negative" not in evidence


def test_a_clinic_name_is_no_plan() -> None:
    evidence = rules("results from planned parenthood: chlamydia neg, gonorrhea neg")
    assert evidence.get("test_chlamydia_positive") == "absent"
    assert evidence.get("test_gonorrhoea_positive") == "absent"


# A result belongs to the test it names.
@pytest.mark.parametrize(
    "text",
    [
        "my chlamydia test came back negative",
        "had a full STI screen last week, all tests negative",
        "HIV test was negative in May",
        "Swab test negative for thrush.",
    ],
)
def test_another_tests_result_is_no_negative_pregnancy_test(text: str) -> None:
    assert rules(text).get("test_pregnancy_negative") is None


@pytest.mark.parametrize(
    "text",
    [
        "Did a test this morning, negative.",
        "pregnancy test and chlamydia swab both negative",
        "chlamydia swab taken. Pregnancy test negative.",
    ],
)
def test_a_pregnancy_test_result_still_reads(text: str) -> None:
    assert rules(text).get("test_pregnancy_negative") == "present"


# Several tests with their results in one breath: each result answers the tests named
# since the last result (or the test a "for" ties it to), never another kind of test.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clinic rang back: the gonorrhoea swab came back positive, chlamydia negative.",
            {"test_gonorrhoea_positive": "present", "test_chlamydia_positive": "absent"},
        ),
        (
            "chlamydia was positive, gonorea negative, trich neg",
            {
                "test_chlamydia_positive": "present",
                "test_gonorrhoea_positive": "absent",
                "test_trichomonas_positive": "absent",
            },
        ),
        (
            "The letter says negative for chlamydia and positive for the gonorrhea.",
            {"test_chlamydia_positive": "absent", "test_gonorrhoea_positive": "present"},
        ),
        (
            "Chlamydia and gonorrhoea both negative, pregnancy test positive.",
            {"test_chlamydia_positive": "absent", "test_gonorrhoea_positive": "absent"},
        ),
    ],
)
def test_each_result_answers_its_own_tests(text: str, expected: Expect) -> None:
    check_rules(text, "en", expected)


@pytest.mark.parametrize(
    "text",
    [
        # Another kind of test's result answers no infection test named after it.
        "Pregnancy test negative, chlamydia swab sent.",
        "negative pregnancy test, worried about chlamydia",
        # A result not back yet says nothing of the test.
        "Swabs for chlamydia and gonorrhoea sent, results awaited.",
    ],
)
def test_a_result_does_not_reach_other_tests(text: str) -> None:
    reading = rules(text)
    assert reading.get("test_chlamydia_positive") is None
    assert reading.get("test_gonorrhoea_positive") is None


# Session 15: her STI results by clinic shorthand ("NG", "PCR +ve", "TV seen"), said
# plainly ("came back trich", misspelt "gonnorea came back clear"), or all clear.
@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        ("NAAT CT/NG neg. PCB x2", "test_chlamydia_positive", "absent"),
        ("NAAT CT/NG neg. PCB x2", "test_gonorrhoea_positive", "absent"),
        ("chlamydia PCR positive, bled after sex", "test_chlamydia_positive", "present"),
        ("NG detected. PCB", "test_gonorrhoea_positive", "present"),
        ("gonnorea came back clear, bleeding after sex", "test_gonorrhoea_positive", "absent"),
        ("Wet prep: trichomonads seen", "test_trichomonas_positive", "present"),
        ("my swab came back trichomonas", "test_trichomonas_positive", "present"),
        ("Microscopy: TV not seen", "test_trichomonas_positive", "absent"),
        ("results back, negative for all STIs", "test_chlamydia_positive", "absent"),
        # Near-misses: a test only planned, his results are not hers.
        ("NAAT CT/NG sent today, PCB", "test_chlamydia_positive", None),
        ("my husband was negative for everything, I bled", "test_chlamydia_positive", None),
    ],
)
def test_sti_results_in_clinic_and_plain_words(text: str, finding: str, value: str | None) -> None:
    assert rules(text).get(finding) == value
