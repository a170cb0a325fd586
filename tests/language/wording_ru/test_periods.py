"""Her periods (Russian): still coming or ended (the menopause), and when one is due.

Bleeding after the menopause is a red flag, so periods said to go on (a cycle, a cycle
day, a last period under a year ago, irregular ones) must read as not postmenopausal and
a year or more without them as postmenopausal; a doubted menopause does not outweigh a
stated cycle. When the period is due separates spotting before a period from bleeding
that needs a look.

Every sentence is written fresh for these tests (not taken from any corpus) and read
by the Russian rules alone (`model=False`), so the trained model cannot decide them.
Each kind has near-misses that must not fire. Each case is
(text, {finding: value or None}).
"""

from __future__ import annotations

import pytest

from tests.language.rules_alone import Expect
from tests.language.wording_ru.reading import check

# Menopause said as no periods since an age or for years, or in slang; periods said to
# continue as a clinic's cycle or a cycle day; an HRT denial does not deny the
# menopause named before it.
MENOPAUSE: list[tuple[str, Expect]] = [
    ("Мне 61. Месячных нет с 52, после секса кровь", {"postmenopausal": "present"}),
    ("месячных уже лет семь нету, мне 60", {"postmenopausal": "present"}),
    ("Менструации отсутствуют 10 лет.", {"postmenopausal": "present"}),
    ("месячные перестали приходить в 50, сейчас 56", {"postmenopausal": "present"}),
    ("мне 58, с месячными отстрелялась давно", {"postmenopausal": "present"}),
    (
        "Постменопауза 6 лет, ЗГТ не принимала.",
        {"postmenopausal": "present", "on_hrt": "absent"},
    ),
    ("Цикл 30 дн., кровь после ПА", {"postmenopausal": "absent"}),
    ("Жалобы на кровь после ПА на 12-й день цикла", {"postmenopausal": "absent"}),
    ("мне 46, месячные нормальные, после секса кровь", {"postmenopausal": "absent"}),
    # Near-misses: a late period, periods not back yet after a birth.
    ("месячные не пришли, должны были в среду", {"postmenopausal": None}),
]


@pytest.mark.parametrize(("text", "expected"), MENOPAUSE)
def test_menopause(text: str, expected: Expect) -> None:
    check(text, expected)


# Periods said to continue: not after the menopause (convention).
PERIODS_CONTINUE: list[tuple[str, Expect]] = [
    ("мне 49, месячные есть, но реже", {"postmenopausal": "absent"}),
    ("цикл плавает, то 24, то 38 дней", {"postmenopausal": "absent"}),
    ("мне 51, месячные то через месяц, то через два", {"postmenopausal": "absent"}),
    ("месячных нет уже лет шесть", {"postmenopausal": "present"}),
    # Session 15: still coming, however rarely
    ("мне 52, менструации пока ещё бывают, но редко", {"postmenopausal": "absent"}),
    ("месячные приходят раз в три месяца, мне 50", {"postmenopausal": "absent"}),
    ("месячных нет три года, а раньше бывали раз в месяц", {"postmenopausal": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), PERIODS_CONTINUE)
def test_periods_said_to_continue(text: str, expected: Expect) -> None:
    check(text, expected)


# An irregular or clockwork cycle still says the periods come.
CYCLE_STATEMENTS: list[tuple[str, Expect]] = [
    ("мне 46, у меня всегда нерегулярно, когда месячные не знаю", {"postmenopausal": "absent"}),
    ("мне 44, цикл как часы, после секса мазнуло", {"postmenopausal": "absent"}),
    ("Мне 47, месячные то раз в два месяца, то чаще", {"postmenopausal": "absent"}),
    ("45 лет, нерегулярный цикл, после близости кровь", {"postmenopausal": "absent"}),
    ("месечные норм, после секса пара капель, мне 41", {"postmenopausal": "absent"}),
    # Near-misses: condoms "irregular" are no cycle; another's cycle.
    ("Мне 44. Презервативы нерегулярно, после ПА кровь", {"postmenopausal": None}),
    ("Мне 45. Принимаю таблетки нерегулярно", {"postmenopausal": None}),
]


@pytest.mark.parametrize(("text", "expected"), CYCLE_STATEMENTS)
def test_cycle_statements_say_periods_go_on(text: str, expected: Expect) -> None:
    check(text, expected)


# Periods that still come, said in more words: not postmenopausal (conventions).
PERIODS_GO_ON: list[tuple[str, Expect]] = [
    ("мне 48, месячные пока ходят, но реже", {"postmenopausal": "absent"}),
    ("у меня сейчас середина цикла, после секса мазня", {"postmenopausal": "absent"}),
    # Near-miss: a walk is no period.
    ("мне 55, хожу к врачу каждый год, месячных нет 3 года", {"postmenopausal": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), PERIODS_GO_ON)
def test_periods_that_still_come(text: str, expected: Expect) -> None:
    check(text, expected)


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
    check(text, expected)


# A doubted menopause does not outweigh periods said to go on; alone it stays a doubt.
DOUBTED_MENOPAUSE: list[tuple[str, Expect]] = [
    ("Мне 50, может уже климакс, хотя месячные идут каждый месяц", {"postmenopausal": "absent"}),
    ("мне 48 наверное климакс скоро но цикл пока 28 дней", {"postmenopausal": "absent"}),
    ("климакс или нет не знаю. Месячные идут каждый месяц, мне 49", {"postmenopausal": "absent"}),
    # Near-misses: the doubt alone; a stated menopause with a doubt elsewhere.
    ("мне 52, может это уже климакс?", {"postmenopausal": "unknown"}),
    ("мне 60, климакс давно, не знаю откуда кровь", {"postmenopausal": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), DOUBTED_MENOPAUSE)
def test_stated_cycle_outweighs_a_doubted_menopause(text: str, expected: Expect) -> None:
    check(text, expected)


# A doubt about when ("не знаю, когда") doubts the period's date, not the cycle's facts.
DOUBT_ABOUT_WHEN: list[tuple[str, Expect]] = [
    ("мне 38, цикл скачет не знаю когда будут", {"postmenopausal": "absent"}),
    ("не знаю когда месячные, цикл плавает", {"period_due": "unknown"}),
]


@pytest.mark.parametrize(("text", "expected"), DOUBT_ABOUT_WHEN)
def test_a_doubt_about_when(text: str, expected: Expect) -> None:
    check(text, expected)


# When the period is due (conventions: due in a day or two, in a week or more,
# just finished, unsure), and a late one, which is not period_due at all.
PERIOD_DUE: list[tuple[str, Expect]] = [
    ("кровь после секса, а месячные должны послезавтра", {"period_due": "present"}),
    ("месячные должны через неделю, а тут кровь", {"period_due": "absent"}),
    ("месячные были дней пять назад", {"period_due": "absent"}),
    ("кровь пошла за неделю до месячных", {"period_due": "absent"}),
    ("когда месячные придут, без понятия", {"period_due": "unknown"}),
    (
        "месячные должны были прийти три дня назад, а их нет",
        {"period_due": None, "pregnancy_possible": "present"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERIOD_DUE)
def test_when_the_period_is_due(text: str, expected: Expect) -> None:
    check(text, expected)


# A period that ended days ago is not due; "после месячных" and "месячные начались"
# are read only as words side by side, not across "после секса, месячные ...".
PERIOD_WORDS: list[tuple[str, Expect]] = [
    ("мазнуло после секса, месячные кончились 5 дней назад", {"period_due": "absent"}),
    ("кровь после близости, месячные только закончились неделю назад", {"period_due": "absent"}),
    # Near-misses: a period just finished or started is still read.
    ("кровь через день после месячных", {"period_due": "present"}),
    ("после секса месячные начались раньше", {"period_due": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), PERIOD_WORDS)
def test_period_words_side_by_side(text: str, expected: Expect) -> None:
    check(text, expected)


# Where she is in her cycle, in numbers: a period ended up to two weeks ago, one five
# days or more away, a mid-cycle day -> period_due absent; in a day or two -> present;
# unsure -> unknown. Irregular cycle lengths ("то через 20 дней, то через 40") say nothing.
CYCLE_IN_NUMBERS: list[tuple[str, Expect]] = [
    ("месячные кончились дней шесть назад, а вчера после секса кровь", {"period_due": "absent"}),
    ("ПМ 9 дней назад. Жалобы на кровомазание после ПА", {"period_due": "absent"}),
    ("месячные у меня были на прошлой неделе", {"period_due": "absent"}),
    ("следующие месячные через полторы недели", {"period_due": "absent"}),
    ("до месячных еще дней двенадцать", {"period_due": "absent"}),
    ("цикл 30 дней, сейчас 16 день, после секса мазня", {"period_due": "absent"}),
    ("месячные должны прийти послезавтра, а тут кровь после близости", {"period_due": "present"}),
    ("месячные где-то через неделю, но я не уверена", {"period_due": "unknown"}),
    # Near-misses: an irregular cycle, a bleeding's own day, a late period, a long time.
    ("месячные скачут, то через 25 дней, то через 35", {"period_due": None}),
    ("сейчас 10 день кровит после секса", {"period_due": None}),
    ("последние были недели три назад", {"period_due": None}),
]


@pytest.mark.parametrize(("text", "expected"), CYCLE_IN_NUMBERS)
def test_where_she_is_in_her_cycle(text: str, expected: Expect) -> None:
    check(text, expected)


# Session 13b: a last period counted against a menopause word. The number decides it
# alone (under a year: periods go on), whether the month is named with this month or
# the months are counted; "климакс" beside it is her guess. A spelled number is no item
# of a form's denied list, so an HRT denial does not deny the menopause before it.
# Near-misses: a year between the months, a doubt about the month, a young woman.
LAST_PERIOD_DECIDES: list[tuple[str, Expect]] = [
    (
        "Наверное у меня климакс. Мне 53, месячные были в апреле, а сейчас сентябрь.",
        {"postmenopausal": "absent"},
    ),
    ("мне 49, последняя менструация в марте, сейчас уже август", {"postmenopausal": "absent"}),
    ("Климакс? Мне 52, месячных нет уже месяцев семь.", {"postmenopausal": "absent"}),
    (
        "Мне 66. Климакс лет пятнадцать, ЗГТ никогда не получала.",
        {"postmenopausal": "present", "on_hrt": "absent"},
    ),
    ("Мне 55, последние месячные в мае позапрошлого года, сейчас март.", {"postmenopausal": None}),
    (
        "Мне 50, последние были то ли в мае, то ли в июне, не помню, сейчас октябрь.",
        {"postmenopausal": None},
    ),
    ("Мне 27, последние месячные в июне, сейчас июль.", {"postmenopausal": None}),
]


@pytest.mark.parametrize(("text", "expected"), LAST_PERIOD_DECIDES)
def test_a_last_period_under_a_year_outweighs_the_menopause_word(
    text: str, expected: Expect
) -> None:
    check(text, expected)
