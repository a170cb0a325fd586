"""Her other symptoms (Russian): pain and where it is, painful periods, smell, temperature.

Pain low on one side and fever are warning signs, so pain elsewhere must not count as
tummy pain (nor its denial deny tummy pain), painful periods only when the periods hurt,
a smell is the offensive-discharge finding, and a measured temperature is read with the
fever threshold.

Every sentence is written fresh for these tests (not taken from any corpus) and read
by the Russian rules alone (`model=False`), so the trained model cannot decide them.
Each kind has near-misses that must not fire. Each case is
(text, {finding: value or None}).
"""

from __future__ import annotations

import pytest

from tests.language.rules_alone import Expect
from tests.language.wording_ru.reading import check

# Pain low on one side is both findings (convention); other places' pain is not
# the tummy, and a denial of it must not deny tummy pain.
PAIN: list[tuple[str, Expect]] = [
    (
        "после секса кровь и слева внизу колет",
        {"lower_abdominal_pain": "present", "pain_one_sided": "present"},
    ),
    (
        "Боль в правой подвздошной области",
        {"lower_abdominal_pain": "present"},
    ),
    ("кесарево было, шов не болит, кровь после мужа", {"lower_abdominal_pain": None}),
    ("бугорки там не болят, но кровят после секса", {"lower_abdominal_pain": None}),
    ("после секса кровь, живот не болит", {"lower_abdominal_pain": "absent"}),
]


@pytest.mark.parametrize(("text", "expected"), PAIN)
def test_pain_low_on_one_side_and_elsewhere(text: str, expected: Expect) -> None:
    check(text, expected)


# Painful periods only when the periods hurt, not when "болит" stands several words on
# after something else ("между месячными никогда не мажет, живот не болит").
# Session 13d: an ache said to be like her period, in many words, is cramping (the
# conventions: the lower tummy pain beside it); "живот не тянет" denies the cramping
# only, not the lower tummy pain.
PERIOD_LIKE: list[tuple[str, Expect]] = [
    ("после близости кровь, внизу ноет словно при месячных", {"cramping_pain": "present"}),
    (
        "мажет и живот побаливает как будто мц вот-вот начнутся",
        {"cramping_pain": "present", "lower_abdominal_pain": "present"},
    ),
    ("крутило как в первые дни, потом кровь", {"cramping_pain": "present"}),
    ("кровь после секса. низ не тянет, температуры нет", {"cramping_pain": "absent"}),
    (
        "После близости кровила, живот не тянет",
        {"cramping_pain": "absent", "lower_abdominal_pain": None},
    ),
    # Near-misses: an ache with no likeness to a period; her period named apart.
    ("живот тянет второй день", {"cramping_pain": None, "lower_abdominal_pain": "present"}),
    ("живот тянет. месячные были неделю назад", {"cramping_pain": None}),
]


@pytest.mark.parametrize(("text", "expected"), PERIOD_LIKE)
def test_an_ache_like_her_period_is_cramping(text: str, expected: Expect) -> None:
    check(text, expected)


PERIODS_THAT_HURT: list[tuple[str, Expect]] = [
    ("месячные всегда болят, пью но-шпу", {"painful_periods": "present"}),
    ("во время месячных очень больно, лежу пластом", {"painful_periods": "present"}),
    ("Между месячными никогда не мажет, живот не болит", {"painful_periods": None}),
    ("месячные идут нормально, голова болит часто", {"painful_periods": None}),
]


@pytest.mark.parametrize(("text", "expected"), PERIODS_THAT_HURT)
def test_painful_periods_only_when_the_periods_hurt(text: str, expected: Expect) -> None:
    check(text, expected)


# Painful periods said the way people say them: strong words about the
# period, its painkillers, a day in bed, the clinic's "альгодисменорея"; painless ones
# denied in several wordings. Heavy periods alone are no painful periods.
PAINFUL_PERIODS: list[tuple[str, Expect]] = [
    ("месячные у меня с 13 лет просто адские, после секса мазня", {"painful_periods": "present"}),
    ("Менструации резко болезненные, после ПА кровит", {"painful_periods": "present"}),
    ("Месячные всегда обильные и очень болезненные. Кровь", {"painful_periods": "present"}),
    ("первые дни лежу пластом, потом норм. после секса кровь", {"painful_periods": "present"}),
    ("на месячных без кетанова не встаю, а тут кровь", {"painful_periods": "present"}),
    ("В анамнезе альгодисменорея. Контактные кровотечения", {"painful_periods": "present"}),
    ("Менструации регулярные, безболезненные. Кровь после ПА", {"painful_periods": "absent"}),
    ("месячные у меня обычно легкие без болей, а после секса кровь", {"painful_periods": "absent"}),
    ("месячные у меня нормальные, не болючие. после секса мажет", {"painful_periods": "absent"}),
    ("месячные обильные, но не болезненные, кровь после секса", {"painful_periods": "absent"}),
    # Near-misses: heavy periods, pain during sex, a period used only to date the bleed.
    ("месячные всегда обильные, после секса кровь", {"painful_periods": None}),
    ("месячные закончились, а при сексе больно внутри", {"painful_periods": None}),
    ("первый день после секса мажет, живот не болит", {"painful_periods": None}),
]


@pytest.mark.parametrize(("text", "expected"), PAINFUL_PERIODS)
def test_painful_periods_in_everyday_words(text: str, expected: Expect) -> None:
    check(text, expected)


# Smell is the offensive-discharge finding; "без запаха" denies only it (convention).
SMELL: list[tuple[str, Expect]] = [
    (
        "выделения желтоватые, пахнут неприятно",
        {"discharge_offensive": "present", "discharge_abnormal": "present"},
    ),
    ("появился запах противный после секса", {"discharge_offensive": "present"}),
    (
        "Выделения как обычно, запаха нет",
        {"discharge_offensive": "absent", "discharge_abnormal": "absent"},
    ),
    ("выделения без запаха", {"discharge_offensive": "absent", "discharge_abnormal": None}),
]


@pytest.mark.parametrize(("text", "expected"), SMELL)
def test_smell_is_an_offensive_discharge(text: str, expected: Expect) -> None:
    check(text, expected)


# A measured temperature on a clinic form: 37.5 and over is fever; 36.x and 37.0 none.
TEMPERATURE: list[tuple[str, Expect]] = [
    ("Жалобы: кровь после ПА. Т 38,4.", {"fever": "present"}),
    ("Боли в н/ж, t 37,8, выделения гнойные", {"fever": "present"}),
    ("Боли внизу живота отрицает. Т 36,7.", {"fever": "absent"}),
    ("Т норм. Кровомазание после ПА", {"fever": "absent"}),
    # Near-misses: a number that is no temperature; a subfebrile reading left out.
    ("после ПА 38 минут кровило", {"fever": None}),
    ("т.е. кровь после секса, Т 37,2", {"fever": None}),
]


@pytest.mark.parametrize(("text", "expected"), TEMPERATURE)
def test_a_measured_temperature(text: str, expected: Expect) -> None:
    check(text, expected)
