"""General reading mechanisms on wording written for this test (not from the corpus):
past time, whose body, elliptic and listed denials, hedges, amenorrhoea by age and
misspellings. Each mechanism has sentences that must be read and near-misses that
must not change."""

from __future__ import annotations

import pytest

from bleedcheck import read

# (text, finding, value): value None means the finding must not be read at all.
Case = tuple[str, str, str | None]

PAST: list[Case] = [
    # A past state or event, told as such, is history: no current finding.
    ("had chlamydia last year, now bleeding after sex", "test_chlamydia_positive", None),
    (
        "I was treated for gonorrhoea in 2019. Bled after sex twice.",
        "test_gonorrhoea_positive",
        None,
    ),
    ("I used to bleed after sex when I was on the pill", "hormonal_contraception", None),
    ("I used to take warfarin, bled after sex last night", "blood_thinner", None),
    ("years ago I had genital warts, now spotting after sex", "warts_seen", None),
    ("I had a coil fitted 3 years ago, bled after sex", "iud_in_place", "present"),
    ("I was on HRT a few years back. Bleeding after sex now.", "on_hrt", None),
    ("as a teenager I fainted a lot, bled after sex yesterday", "dizziness_or_fainting", None),
    ("I had a lot of discharge in my twenties, spotted after sex", "discharge_abnormal", None),
    ("I was pregnant in 2021 and lost it, bleeding after sex", "pregnant", None),
    ("had a smelly discharge back in 2018, treated. Bled after sex", "discharge_offensive", None),
    ("in the past I had pain on one side, bled after sex", "pain_one_sided", None),
    # Near-misses: still now, recent, or history findings that are about the past.
    ("I've had discharge since last year and bled after sex", "discharge_abnormal", "present"),
    ("on the pill for the last 2 years, bled after sex", "hormonal_contraception", "present"),
    ("started the pill 2 years ago, bled after sex", "hormonal_contraception", "present"),
    (
        "tested positive for chlamydia last week, bleeding after sex",
        "test_chlamydia_positive",
        "present",
    ),
    ("had heavy bleeding after sex last night", "bleeding_heavy", "present"),
    ("my smear last year was normal", "screening_up_to_date", "present"),
    ("had an abnormal smear in 2019, bled after sex", "abnormal_screening_history", "present"),
    ("bled after sex last year as well, and again last night", "bleeding_recurrent", "present"),
    ("had sex last night and now there's pain low in my tummy", "lower_abdominal_pain", "present"),
    ("I've been on warfarin since 2019 and bled after sex", "blood_thinner", "present"),
]

WHOSE: list[Case] = [
    # The partner's body: his signs are partner_sti, never hers.
    ("there are blisters on his willy and I bled after sex", "lump_or_ulcer", None),
    ("there are blisters on his willy and I bled after sex", "partner_sti", "present"),
    ("my partner had chlamydia last month, I bled after sex", "test_chlamydia_positive", None),
    ("my partner had chlamydia last month, I bled after sex", "partner_sti", "present"),
    ("my boyfriend has warts, I'm spotting after sex", "warts_seen", None),
    ("my boyfriend has warts, I'm spotting after sex", "partner_sti", "present"),
    ("he's got a rash and sores on his penis. I bled after sex", "lump_or_ulcer", None),
    ("my husband says it burns when he pees", "pain_on_urination", None),
    ("he has a fever and I bled after sex", "fever", None),
    # Someone else's history is not hers.
    ("my mum bled after the menopause, I'm worried", "postmenopausal", None),
    ("my sister had a polyp, I bled after sex", "known_polyp", None),
    # Near-misses: the words are about her.
    ("he was rough and now I have a sore on my labia", "lump_or_ulcer", "present"),
    ("my boyfriend noticed a lump inside me", "lump_or_ulcer", "present"),
    (
        "he has been my partner for years, I have a smelly discharge",
        "discharge_offensive",
        "present",
    ),
    ("he pulled out, bled after sex", "pregnancy_possible", "present"),
]

DENIALS: list[Case] = [
    ("neither pain nor fever, just bled after sex", "lower_abdominal_pain", "absent"),
    ("neither pain nor fever, just bled after sex", "fever", "absent"),
    ("Fever? none. Bled after sex.", "fever", "absent"),
    ("no pain, discharge, itching, fever or smell", "lower_abdominal_pain", "absent"),
    ("no pain, discharge, itching, fever or smell", "discharge_abnormal", "absent"),
    ("no pain, discharge, itching, fever or smell", "vulval_itch_or_soreness", "absent"),
    ("no pain, discharge, itching, fever or smell", "fever", "absent"),
    ("no pain, discharge, itching, fever or smell", "discharge_offensive", "absent"),
    ("Denies fever, pelvic pain, discharge, dizziness, weight loss.", "fever", "absent"),
    (
        "Denies fever, pelvic pain, discharge, dizziness, weight loss.",
        "dizziness_or_fainting",
        "absent",
    ),
    (
        "Denies fever, pelvic pain, discharge, dizziness, weight loss.",
        "weight_loss_unexplained",
        "absent",
    ),
    ("no fever and no pain", "fever", "absent"),
    ("no fever and no pain", "lower_abdominal_pain", "absent"),
    ("pain? no. fever? no. bled after sex", "fever", "absent"),
    ("No pain. No fever either. Bled after sex.", "fever", "absent"),
    ("bled after sex, all fine otherwise", "feeling_very_unwell", "absent"),
    ("I feel fine in myself, spotted after sex", "feeling_very_unwell", "absent"),
    # Near-misses: a denial ends where another clause begins.
    ("no fever, but the pain is bad", "lower_abdominal_pain", None),
    ("bled after sex, nothing else", "feeling_very_unwell", None),
    ("no period pain, but discharge smells", "discharge_offensive", "present"),
]

HEDGES: list[Case] = [
    # A hedged denial is a denial (conventions, "Doubt and denial").
    ("I don't think I'm pregnant, bled after sex", "pregnant", "absent"),
    ("probably not pregnant, bled after sex", "pregnant", "absent"),
    ("pretty sure I'm not pregnant", "pregnant", "absent"),
    ("no fever I think", "fever", "absent"),
    ("we always use condoms", "pregnancy_possible", "absent"),
    # Doubt: unknown, and never "pregnant" for the person.
    ("not sure if I'm pregnant, bled after sex", "pregnancy_possible", "unknown"),
    ("not sure if I'm pregnant, bled after sex", "pregnant", None),
    ("could I be pregnant? bled after sex", "pregnant", None),
    ("I might be pregnant, bled after sex", "pregnant", None),
    ("scared I'm pregnant, the condom split", "pregnant", None),
    ("scared I'm pregnant, the condom split", "pregnancy_possible", "present"),
    ("worried I could be pregnant", "pregnant", None),
]

AGE: list[Case] = [
    # "No period since ..." means menopause or a possible pregnancy by her age.
    ("I'm 58 and haven't had a period since 2015, bled after sex", "postmenopausal", "present"),
    ("I'm 58 and haven't had a period since 2015, bled after sex", "pregnancy_possible", None),
    ("I'm 24, no period since March, bled after sex", "pregnancy_possible", "present"),
    ("I'm 24, no period since March, bled after sex", "postmenopausal", None),
    ("no period since I was fifty, bled after sex", "postmenopausal", "present"),
    ("no period since I was fifty, bled after sex", "pregnancy_possible", None),
    ("62 years old, no periods since my early fifties", "pregnancy_possible", None),
]

TYPOS: list[Case] = [
    # One edit from a lexicon word (6+ letters) is that word.
    ("I have a smelly discharrge", "discharge_offensive", "present"),
    ("I nearly fainnted after sex", "dizziness_or_fainting", "present"),
    ("I'm on warfrin and bled after sex", "blood_thinner", "present"),
    ("did a pregnacy test, negative", "test_pregnancy_negative", "present"),
    ("diagnosed with chlamydya last week", "test_chlamydia_positive", "present"),
    ("bled after sex on the contraceptve pill", "hormonal_contraception", "present"),
    # Ordinary words one edit from a lexicon word are not typos.
    ("I had to cancel my smear", "abnormal_screening_history", None),
    ("I had to cancel my appointment, bled after sex", "sti_risk", None),
    ("my partner is a modest man, bled after sex", "non_consensual_sex", None),
    ("unwilling to see a doctor, bled after sex", "feeling_very_unwell", None),
    ("the server was down so I write here: bled after sex", "bleeding_heavy", None),
]


def _check(text: str, finding: str, value: str | None) -> None:
    evidence = read(text, "en").evidence
    assert evidence.get(finding) == value, evidence


@pytest.mark.parametrize(("text", "finding", "value"), PAST)
def test_past_states_are_history(text: str, finding: str, value: str | None) -> None:
    _check(text, finding, value)


@pytest.mark.parametrize(("text", "finding", "value"), WHOSE)
def test_whose_body(text: str, finding: str, value: str | None) -> None:
    _check(text, finding, value)


@pytest.mark.parametrize(("text", "finding", "value"), DENIALS)
def test_elliptic_and_listed_denials(text: str, finding: str, value: str | None) -> None:
    _check(text, finding, value)


@pytest.mark.parametrize(("text", "finding", "value"), HEDGES)
def test_hedges_follow_the_conventions(text: str, finding: str, value: str | None) -> None:
    _check(text, finding, value)


@pytest.mark.parametrize(("text", "finding", "value"), AGE)
def test_amenorrhoea_by_age(text: str, finding: str, value: str | None) -> None:
    _check(text, finding, value)


@pytest.mark.parametrize(("text", "finding", "value"), TYPOS)
def test_misspellings(text: str, finding: str, value: str | None) -> None:
    _check(text, finding, value)
