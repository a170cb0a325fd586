"""Russian kinds the rules learnt from all the training texts (session 13).

The session-13 pass tuned the rules on every Russian training text (`ru.a`-`ru.l`),
negation first. Every sentence here was written for this test, not copied from any
corpus, and each kind has near-misses that must not fire. The rules are read alone
(`model=False`). Each case is (text, {finding: value or None}).
"""

from __future__ import annotations

import pytest

from tests.language.rules_alone import Expect, check_rules


def _check(text: str, expected: Expect) -> None:
    check_rules(text, "ru", expected)


# An existential denial ("нет", "не было") after a genitive item with its place: the
# preposition and the word it governs stand in the denied item.
PLACED: list[tuple[str, Expect]] = [
    ("После секса кровь. Боли в животе нет.", {"lower_abdominal_pain": "absent"}),
    ("мазнуло после мужа, жжения при мочеиспускании не было", {"pain_on_urination": "absent"}),
    ("Болей в нижней части живота нет, температуры нет", {"lower_abdominal_pain": "absent"}),
    (
        "Болей внизу живота, температуры — нет.",
        {"lower_abdominal_pain": "absent", "fever": "absent"},
    ),
    (
        "Болей во время близости не было, кровь потом",
        {"pain_deep_during_sex": "absent", "pain_superficial_during_sex": "absent"},
    ),
    # Near-misses: the spotting before the denied item stays; a verb ends the item.
    (
        "мажет после секса боли нет",
        {"bleeding_spotting_only": "present", "lower_abdominal_pain": "absent"},
    ),
    ("болит внизу живота температуры нет", {"lower_abdominal_pain": "present", "fever": "absent"}),
    (
        "кровомазание после ПА, межменструальных нет",
        {"bleeding_spotting_only": "present", "bleeding_between_periods": "absent"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACED)
def test_a_denied_item_holds_its_place(text: str, expected: Expect) -> None:
    _check(text, expected)


# A clinic form's sentence that is only two items and a denial closing it: the denial
# answers both, even when a phrase holds the denial's own words. A statement ("high
# temperature"), a number or her own verb is no list item.
FORM_PAIRS: list[tuple[str, Expect]] = [
    ("Кровоточивость десен, синяки отрицает.", {"easy_bruising_or_gum_bleeding": "absent"}),
    (
        "Антикоагулянты, гормональные препараты не принимает.",
        {"blood_thinner": "absent", "hormonal_contraception": "absent"},
    ),
    ("ЗГТ, антикоагулянты не получает.", {"on_hrt": "absent", "blood_thinner": "absent"}),
    ("Тошноту, головокружение отрицает.", {"dizziness_or_fainting": "absent"}),
    # Near-misses.
    (
        "Температура 38, таблетки не пью.",
        {"fever": "present", "hormonal_contraception": "absent"},
    ),
    ("Температура высокая, антикоагулянты не принимает.", {"fever": "present"}),
    ("Выделения обильные, зуд отрицает.", {"vulval_itch_or_soreness": "absent"}),
    ("Кровь идет, антикоагулянты не принимает.", {"bleeding_ongoing": "present"}),
    (
        "Антикоагулянты, гормональные препараты не принимает, боль внизу живота есть.",
        {"lower_abdominal_pain": "present"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORM_PAIRS)
def test_a_form_pair_is_denied_whole(text: str, expected: Expect) -> None:
    _check(text, expected)


def test_a_stated_item_keeps_its_discharge() -> None:
    from bleedcheck.language import read

    reading = read("Выделения обильные, зуд отрицает.", "ru", model=False)
    assert reading.evidence.get("discharge_abnormal") != "absent"


# Denials in their own words: formula feeding or a breastfeeding that ended; the
# emergency pill not taken; a period that came last week; no bleeding between periods
# or without sex said with the denial later in the clause; a usual discharge after a
# denial of something else; a "no" the doctors said is no refusal.
WORDED: list[tuple[str, Expect]] = [
    ("родила в мае, кормим смесью, после секса мажет", {"breastfeeding": "absent"}),
    ("грудью кормить бросила в январе", {"breastfeeding": "absent"}),
    ("кормить грудью не получилось, малыш на смесях", {"breastfeeding": "absent"}),
    ("эскапел покупать не стала, думала пронесет", {"emergency_contraception_recent": "absent"}),
    ("экстренную так и не выпила", {"emergency_contraception_recent": "absent"}),
    ("месячные были на прошлой неделе, а сегодня кровь после секса", {"period_due": "absent"}),
    ("Менструация пришла неделю назад, в срок.", {"period_due": "absent", "pregnant": None}),
    ("между месячными ничего не мажет, только после мужа", {"bleeding_between_periods": "absent"}),
    ("без близости у меня кровь никогда не идет", {"bleeding_between_periods": "absent"}),
    ("Температуры нет, выделения как обычно", {"discharge_abnormal": "absent", "fever": "absent"}),
    ("врач сказала полипов нет", {"known_polyp": "absent", "non_consensual_sex": None}),
    # Near-misses: still feeding; the pill taken; blood between periods; her "no".
    ("кормлю грудью и докармливаю смесью", {"breastfeeding": "present"}),
    ("пила постинор, когда он не успел вытащить", {"emergency_contraception_recent": "present"}),
    ("между месячными мажет, раньше такого не было", {"bleeding_between_periods": "present"}),
    ("мажет без секса уже неделю", {"bleeding_between_periods": "present"}),
    ("я сказала нет, а он продолжил", {"non_consensual_sex": "present"}),
    ("выделения не обычные, желтые", {"discharge_abnormal": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), WORDED)
def test_denials_in_their_own_words(text: str, expected: Expect) -> None:
    _check(text, expected)


# A negative pregnancy test said with the test before its result, in clinic short
# forms or with words between; another test named just before owns the result.
PREGNANCY_TEST: list[tuple[str, Expect]] = [
    ("Тест на беременность — отриц.", {"test_pregnancy_negative": "present"}),
    ("ХГЧ в крови отр.", {"test_pregnancy_negative": "present"}),
    ("тест сделала вчера утром отрицательный", {"test_pregnancy_negative": "present"}),
    ("тест на беременность negative", {"test_pregnancy_negative": "present"}),
    # Near-misses: another test's result.
    ("тест на хламидии отрицательный", {"test_pregnancy_negative": None}),
    ("сдала тест на ВПЧ, отрицательный", {"test_pregnancy_negative": None}),
    ("ПЦР на гонорею — отр.", {"test_pregnancy_negative": None}),
]


@pytest.mark.parametrize(("text", "expected"), PREGNANCY_TEST)
def test_a_negative_pregnancy_test_in_short_forms(text: str, expected: Expect) -> None:
    _check(text, expected)
