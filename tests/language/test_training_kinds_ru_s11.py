"""Russian kinds the rules learnt from all the training texts (session 11).

The session-11 pass tuned the rules on every Russian training text (`ru.a`-`ru.h`),
fixing whole kinds: a last period or a gap without periods given as a span (numbers
in words, misspelt), cycle statements, pregnancy ruled out in other words, a risk of
pregnancy said another way. Every sentence here was written for this test, not
copied from any corpus, and each kind has near-misses that must not fire. The rules
are read alone (`model=False`). Each case is (text, {finding: value or None}).
"""

from __future__ import annotations

import pytest

from tests.language.rules_alone import Expect, check_rules


def _check(text: str, expected: Expect) -> None:
    check_rules(text, "ru", expected)


# A last period under a year ago, from 40 (where the menopause is a question), says
# the periods go on; a year or more is the menopause. Spans in words and misspelt.
LAST_PERIOD: list[tuple[str, Expect]] = [
    ("Мне 52. Последние месячные были семь месяцев назад", {"postmenopausal": "absent"}),
    ("мне 48, месячные закончились дней двенадцать назад", {"postmenopausal": "absent"}),
    ("Ж., 44 г. ПМ 6 дней назад. Кровь после ПА.", {"postmenopausal": "absent"}),
    ("мне 50 месячных нету уже месецев девять", {"postmenopausal": "absent"}),
    ("Мне 55, месячных нет месяцев восемь", {"postmenopausal": "absent"}),
    ("мне 49, пол года не было месячных, а тут кровь", {"postmenopausal": "absent"}),
    ("Мне 56, последние месячные были 3 года назад", {"postmenopausal": "present"}),
    ("Мне 58, месячных нет уже два года", {"postmenopausal": "present"}),
    # At 53 the words are about the menopause (not yet), not a possible pregnancy.
    ("Мне 53, месячных нет восемь месяцев", {"pregnancy_possible": None}),
    # Near-misses: a young woman's recent period only dates the bleed; a span that is
    # about something else; "назад" of another thing.
    ("мне 26, месячные закончились 4 дня назад, а сегодня кровь", {"postmenopausal": None}),
    ("Мне 47, кровь после секса уже 5 месяцев", {"postmenopausal": None}),
    ("Мне 45, родила 8 месяцев назад, месячные еще не пришли", {"postmenopausal": None}),
]


@pytest.mark.parametrize(("text", "expected"), LAST_PERIOD)
def test_last_period_as_a_span(text: str, expected: Expect) -> None:
    _check(text, expected)


# An irregular or clockwork cycle still says the periods come.
CYCLE: list[tuple[str, Expect]] = [
    ("мне 46, у меня всегда нерегулярно, когда месячные не знаю", {"postmenopausal": "absent"}),
    ("мне 44, цикл как часы, после секса мазнуло", {"postmenopausal": "absent"}),
    ("Мне 47, месячные то раз в два месяца, то чаще", {"postmenopausal": "absent"}),
    ("45 лет, нерегулярный цикл, после близости кровь", {"postmenopausal": "absent"}),
    ("месечные норм, после секса пара капель, мне 41", {"postmenopausal": "absent"}),
    # Near-misses: condoms "irregular" are no cycle; another's cycle.
    ("Мне 44. Презервативы нерегулярно, после ПА кровь", {"postmenopausal": None}),
    ("Мне 45. Принимаю таблетки нерегулярно", {"postmenopausal": None}),
]


@pytest.mark.parametrize(("text", "expected"), CYCLE)
def test_cycle_statements_say_periods_go_on(text: str, expected: Expect) -> None:
    _check(text, expected)


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
    _check(text, expected)


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
    # Near-misses: EC not taken says nothing of a risk by itself; periods not back
    # after a birth are no late period; a condom that was used.
    ("постинор не пила, а надо?", {"pregnancy_possible": None}),
    ("родила 2 месяца назад, месячные еще не пришли", {"pregnancy_possible": None}),
    ("презерватив был, не порвался", {"pregnancy_possible": "absent"}),
]


@pytest.mark.parametrize(("text", "expected"), RISK)
def test_pregnancy_risk_in_other_words(text: str, expected: Expect) -> None:
    _check(text, expected)


# Spans of the bleeding: a window in days or "уже неделю" is under 4 weeks; a
# bleeding word between "с мужем" and the span takes the span back from the husband;
# another symptom's or his span is not the bleeding's.
SPANS: list[tuple[str, Expect]] = [
    ("кровянистые после ПА, 3-й раз за 12 дней", {"bleeding_persistent_4_weeks": "absent"}),
    ("мажет после секса последние 9 дней", {"bleeding_persistent_4_weeks": "absent"}),
    ("кровь после близости уже неделю, каждый раз", {"bleeding_persistent_4_weeks": "absent"}),
    (
        "после близости с мужем кровит уже месяца два",
        {"bleeding_persistent_4_weeks": "present", "bleeding_recurrent": "present"},
    ),
    (
        "с парнем в последние два месяца мажет после секса",
        {"bleeding_persistent_4_weeks": "present"},
    ),
    # Near-misses: the marriage's span, the smell's, his semen's; a month is not over 4.
    ("с мужем уже 3 года, после секса кровь", {"bleeding_persistent_4_weeks": None}),
    ("после секса кровь, и запах неприятный уже неделю", {"bleeding_persistent_4_weeks": None}),
    ("у него уже неделю сперма с кровью, у меня ничего", {"bleeding_persistent_4_weeks": None}),
    ("кровит после секса уже месяц", {"bleeding_persistent_4_weeks": None}),
]


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_bleeding_spans(text: str, expected: Expect) -> None:
    _check(text, expected)


# "Never found" denies what stands before it, as "не нашли" did.
NEVER_FOUND: list[tuple[str, Expect]] = [
    ("Полипов у меня никогда не находили", {"known_polyp": "absent"}),
    ("эрозию мне никто не находил, мазки хорошие", {"known_ectropion": "absent"}),
    ("Эндометриоз не выявляли", {"known_endometriosis": "absent"}),
    # Near-misses: a found polyp; a denial after a turn ("но") denies nothing before.
    ("В марте нашли полип, хотят удалять", {"known_polyp": "present"}),
    ("полип у меня есть, но рак не находили", {"known_polyp": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), NEVER_FOUND)
def test_never_found_denies_back(text: str, expected: Expect) -> None:
    _check(text, expected)


# Painful periods only when the periods hurt, not when "болит" stands several words on
# after something else ("между месячными никогда не мажет, живот не болит").
PAINFUL_PERIODS: list[tuple[str, Expect]] = [
    ("месячные всегда болят, пью но-шпу", {"painful_periods": "present"}),
    ("во время месячных очень больно, лежу пластом", {"painful_periods": "present"}),
    ("Между месячными никогда не мажет, живот не болит", {"painful_periods": None}),
    ("месячные идут нормально, голова болит часто", {"painful_periods": None}),
]


@pytest.mark.parametrize(("text", "expected"), PAINFUL_PERIODS)
def test_painful_periods_only_when_the_periods_hurt(text: str, expected: Expect) -> None:
    _check(text, expected)
