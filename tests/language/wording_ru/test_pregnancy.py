"""Pregnant, possibly pregnant, or recently given birth (Russian).

A pregnancy changes the causes and the urgency, so the week of a pregnancy, a risk said
another way (a late period, emergency contraception, no condom, trying), a pregnancy
ruled out in other words, and the time since a birth must each read as what they are; an
outright exclusion outranks a possibility inferred from a late period.

Every sentence is written fresh for these tests (not taken from any corpus) and read
by the Russian rules alone (`model=False`), so the trained model cannot decide them.
Each kind has near-misses that must not fire. Each case is
(text, {finding: value or None}).
"""

from __future__ import annotations

import pytest

from tests.language.rules_alone import Expect
from tests.language.wording_ru.reading import check

# A pregnancy test not done denies nothing; facts that rule pregnancy in or out.
RULED_IN_OR_OUT: list[tuple[str, Expect]] = [
    (
        "Тест на беременность еще не делала, кровь после секса",
        {"pregnant": None, "pregnancy_possible": None},
    ),
    ("тест положительный, после секса кровь", {"pregnant": "present"}),
    ("мы ничем не предохраняемся, после секса мазня", {"pregnancy_possible": "present"}),
    ("было без презика, потом кровь", {"pregnancy_possible": "present"}),
    (
        "у мужа вазэктомия, так что беременной быть не могу",
        {"pregnant": "absent", "pregnancy_possible": "absent"},
    ),
    ("пьяная была, не помню был ли презерватив", {"pregnancy_possible": "unknown"}),
    # A denied pregnancy followed by a time is no week of pregnancy, nor is a time over a
    # sentence end (session 15); a form's question still leads to its answer.
    ("не беременна уже месяца два, а кровит после секса", {"pregnant": "absent"}),
    (
        "Спираль стоит, не беременна. Две недели выделения",
        {"pregnant": "absent", "pregnancy_16_weeks_or_more": None},
    ),
    ("Беременность? Да, 20 недель. Кровь после секса", {"pregnancy_16_weeks_or_more": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), RULED_IN_OR_OUT)
def test_facts_that_rule_a_pregnancy_in_or_out(text: str, expected: Expect) -> None:
    check(text, expected)


# Pregnancy: the week said as "я на N неделе"; a negative test alone says nothing of
# being pregnant (the writers code only the test); a doubt with a time ago in it is
# never a week of pregnancy.
WEEK_AND_TEST: list[tuple[str, Expect]] = [
    ("я на 9 неделе, после мужа кровь", {"pregnant": "present"}),
    ("я на седьмой неделе, мазнуло после секса", {"pregnant": "present"}),
    (
        "тест отрицательный, после секса кровь",
        {"pregnant": None, "test_pregnancy_negative": "present"},
    ),
    (
        "не знаю, беременна или нет, тест делала три недели назад",
        {"pregnant": None, "pregnancy_possible": "unknown"},
    ),
    ("могу ли я быть беременной после такого?", {"pregnant": None}),
    # Near-miss: a week in the calendar, not in a pregnancy.
    ("я на прошлой неделе забыла таблетку", {"pregnant": None}),
]


@pytest.mark.parametrize(("text", "expected"), WEEK_AND_TEST)
def test_the_week_and_the_test(text: str, expected: Expect) -> None:
    check(text, expected)


# A risk of pregnancy said another way: a late period, emergency contraception taken
# (there was a risk), no condom, trying to conceive. EC is read with it.
RISK: list[tuple[str, Expect]] = [
    ("месячные не пришли, должны были во вторник", {"pregnancy_possible": "present"}),
    ("задершка неделя, тест не делала", {"pregnancy_possible": "present"}),
    (
        "в среду выпила постинор, сегодня мажет",
        {"pregnancy_possible": "present", "emergency_contraception_recent": "present"},
    ),
    ("эскапел выпила позавчера", {"pregnancy_possible": "present"}),
    ("презерватива не было, он сказал что успеет", {"pregnancy_possible": "present"}),
    ("Пытаются зачать 5 мес.", {"pregnancy_possible": "present"}),
    # Session 15: a condom that slipped or burst, withdrawal, misspelt late period,
    # an emergency pill named before its verb.
    ("резинка сползла вчера, теперь мажет", {"pregnancy_possible": "present"}),
    ("лопнул презик в субботу", {"pregnancy_possible": "present"}),
    ("без резинки, он успел вытащить в последний момент", {"pregnancy_possible": "present"}),
    ("предохраняемся прерваным", {"pregnancy_possible": "present"}),
    ("задерка 3 дня", {"pregnancy_possible": "present"}),
    ("я эллаон пила в среду", {"pregnancy_possible": "present"}),
    # Near-misses: EC not taken says nothing of a risk by itself; periods not back
    # after a birth are no late period; a condom that was used.
    ("постинор не пила, а надо?", {"pregnancy_possible": None}),
    ("родила 2 месяца назад, месячные еще не пришли", {"pregnancy_possible": None}),
    ("презерватив был, не порвался", {"pregnancy_possible": "absent"}),
]


@pytest.mark.parametrize(("text", "expected"), RISK)
def test_pregnancy_risk_in_other_words(text: str, expected: Expect) -> None:
    check(text, expected)


# Pregnancy ruled out in other words: no womb, "не может быть", "точно нет", slang
# "залететь не могу", a hedged "вряд ли"; "pregnant" is denied with it.
RULED_OUT: list[tuple[str, Expect]] = [
    (
        "у меня нет матки, удалили три года назад, после секса кровь",
        {"pregnancy_possible": "absent", "pregnant": "absent"},
    ),
    ("беременности не может быть, муж после вазэктомии", {"pregnancy_possible": "absent"}),
    ("так что беременность точно нет, после секса мажет", {"pregnancy_possible": "absent"}),
    ("залететь я никак не могу, у нас девушки", {"pregnancy_possible": "absent"}),
    ("стоит спираль, беременность вряд ли", {"pregnancy_possible": "absent"}),
    # Near-misses: a question or a doubt stays open; failing to conceive while
    # trying is a possible pregnancy, never absent.
    ("не знаю, могу ли залететь после такого", {"pregnancy_possible": "unknown"}),
    ("не можем забеременеть уже год, пытаемся зачать", {"pregnancy_possible": "present"}),
    ("матка увеличена, сказали миома", {"pregnancy_possible": None, "pregnant": None}),
]


@pytest.mark.parametrize(("text", "expected"), RULED_OUT)
def test_pregnancy_ruled_out_in_other_words(text: str, expected: Expect) -> None:
    check(text, expected)


# An outright exclusion outranks a possibility inferred from a late period or a method;
# a denied exclusion is a possibility, never a pregnancy.
EXCLUDED: list[tuple[str, Expect]] = [
    (
        "Месячные должны были прийти позавчера, но беременность исключили, ХГЧ отрицательный",
        {"pregnancy_possible": "absent", "pregnant": "absent"},
    ),
    (
        "Задержка неделю. Матку удалили три года назад, яичники оставили",
        {"pregnancy_possible": "absent"},
    ),
    (
        "Беременность не исключена, месячные должны были начаться вчера",
        {"pregnancy_possible": "present", "pregnant": None},
    ),
    (
        "мы без защиты, не исключаю беременность",
        {"pregnancy_possible": "present", "pregnant": None},
    ),
    # Near-misses: a weaker denial does not outrank a late period.
    ("задержка 6 дней, презерватив вроде не порвался", {"pregnancy_possible": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), EXCLUDED)
def test_an_exclusion_outranks_an_inferred_possibility(text: str, expected: Expect) -> None:
    check(text, expected)


# How long ago the birth was, said as the child's age or a time since it: six months
# or less is recent; the number decides over "после родов" said elsewhere; weeks
# after a birth are no pregnancy.
BIRTH: list[tuple[str, Expect]] = [
    ("мне 29, дочке 4 месяца, после секса мазня", {"recently_gave_birth": "present"}),
    (
        "Сыну уже 11 месяцев, месячных после родов нет, а тут кровь после близости",
        {"recently_gave_birth": "absent"},
    ),
    ("рожала сына три года назад, сейчас после мужа кровь", {"recently_gave_birth": "absent"}),
    ("Родила 10 недель назад, кормлю, после секса мажет", {"recently_gave_birth": "present"}),
    ("кесарево было 5 лет назад, после ПА кровит", {"recently_gave_birth": "absent"}),
    (
        "я на 3 неделе после родов и уже кровь после мужа",
        {"recently_gave_birth": "present", "pregnant": None},
    ),
    (
        "5 недель после кесарева, после секса капли крови",
        {"recently_gave_birth": "present", "pregnant": None},
    ),
    # Near-misses: a pregnancy week, a count of times, a child with no number.
    ("я на 9 неделе, после секса мазня", {"pregnant": "present", "recently_gave_birth": None}),
    ("с сыном 2 раза гуляли, а после секса кровь", {"recently_gave_birth": None}),
    ("сыну нужен врач, а у меня кровь после близости", {"recently_gave_birth": None}),
]


@pytest.mark.parametrize(("text", "expected"), BIRTH)
def test_time_since_the_birth(text: str, expected: Expect) -> None:
    check(text, expected)
