"""Her contraception and other medicines (Russian): pills, coils, HRT, blood thinners.

Hormonal contraception is a common cause of spotting, HRT and blood thinners change the
causes, so her own method must be read apart from pills for something else, HRT, a pill
for endometriosis, and a drug her partner takes; "no hormones" denies both pills and HRT.

Every sentence is written fresh for these tests (not taken from any corpus) and read
by the Russian rules alone (`model=False`), so the trained model cannot decide them.
Each kind has near-misses that must not fire. Each case is
(text, {finding: value or None}).
"""

from __future__ import annotations

import pytest

from tests.language.rules_alone import Expect
from tests.language.wording_ru.reading import check

# Contraception: pills for something else are not contraception; denials of it.
OTHER_PILLS: list[tuple[str, Expect]] = [
    ("пью таблетки от давления, кровь после секса", {"hormonal_contraception": None}),
    ("кровь после секса, может это от таблетки экстренной", {"hormonal_contraception": None}),
    ("таблетки не пью, у нас презервативы", {"hormonal_contraception": "absent"}),
    ("Контрацепция: ВМС (медь)", {"hormonal_contraception": "absent"}),
    ("противозачаточные не пьем, хотим ребенка", {"hormonal_contraception": "absent"}),
    ("ЗГТ: пластырь Климара, кровь после ПА", {"hormonal_contraception": None}),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_PILLS)
def test_pills_for_something_else_and_denials(text: str, expected: Expect) -> None:
    check(text, expected)


# Contraception: "no hormones" denies both pills and HRT (the conventions); only
# hormonal contraception denied is no unprotected sex; a denial across a comma does
# not make "предохраняемся" unprotected; Latin-letter brand names; a hedge right after
# a denied missed pill does not doubt the pill.
CONTRACEPTION: list[tuple[str, Expect]] = [
    (
        "Гормонов никаких не принимаю, мне 58",
        {"hormonal_contraception": "absent", "on_hrt": "absent"},
    ),
    ("гармоны не пью, курю", {"hormonal_contraception": "absent", "on_hrt": "absent"}),
    (
        "Гормональную контрацепцию не применяет.",
        {"hormonal_contraception": "absent", "pregnancy_possible": None},
    ),
    ("Контрацепция — барьерная.", {"hormonal_contraception": "absent"}),
    (
        "Джес не пью, предохраняемся презервативом",
        {"hormonal_contraception": "absent", "pregnancy_possible": None},
    ),
    ("stoit mirena, posle seksa krov", {"hormonal_contraception": "present"}),
    ("у меня спираль с гормоном уже год", {"hormonal_contraception": "present"}),
    (
        "пью регулон, таблетки не пропускаю вроде",
        {"hormonal_contraception": "present", "missed_pills": "absent"},
    ),
    # Near-misses: hormones taken are HRT, not contraception; a pill for endometriosis.
    ("пью гормоны от приливов", {"hormonal_contraception": None, "on_hrt": "present"}),
    ("при эндометриозе назначили визанну", {"hormonal_contraception": None}),
    ("мы ничем не предохраняемся", {"pregnancy_possible": "present"}),
    # A short "не X" phrase does not take a "не" from over a comma.
    ("алкоголь не пью, курю с юности", {"smoker": "present"}),
    ("не курю", {"smoker": "absent"}),
    # Session 14: only a done quitting is no smoking; trying to quit still smokes.
    ("курю по пачке, бросить не получается", {"smoker": "present"}),
    ("курить бросила три года назад", {"smoker": "absent"}),
    ("бросил курить", {"smoker": "absent"}),
]


@pytest.mark.parametrize(("text", "expected"), CONTRACEPTION)
def test_contraception(text: str, expected: Expect) -> None:
    check(text, expected)


# HRT named by brand, stopped, or denied in a clinic note.
HRT: list[tuple[str, Expect]] = [
    ("клею Климару второй месяц, кровь после секса", {"on_hrt": "present"}),
    ("ЗГТ бросила в мае, приливы вернулись", {"on_hrt": "absent"}),
    (
        "Постменопауза 9 лет. ЗГТ не получала.",
        {"on_hrt": "absent", "postmenopausal": "present"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), HRT)
def test_hrt_by_brand_stopped_or_denied(text: str, expected: Expect) -> None:
    check(text, expected)


# Drugs injected or received are denied like drugs taken; his drugs are not hers; a
# clinician's "отрицает" is a denial, not a negative lab result.
MEDICINES: list[tuple[str, Expect]] = [
    ("Фраксипарин не колю, после секса кровь", {"blood_thinner": "absent"}),
    ("Антикоагулянты не получает.", {"blood_thinner": "absent"}),
    ("муж пьет варфарин, после близости у меня кровь", {"blood_thinner": None}),
    ("Партнер на ксарелто, у меня мазня после секса", {"blood_thinner": None}),
    # Near-misses: her own drug, a drug she injects.
    ("я на варфарине, после секса кровь", {"blood_thinner": "present"}),
    ("колю клексан, кровь после мужа", {"blood_thinner": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), MEDICINES)
def test_medicines_denied_and_his(text: str, expected: Expect) -> None:
    check(text, expected)


# Session 13b: his medicines with words between or said of "ему" ("Супруг после операции
# принимает эликвис", "Ему 60, пьет кардиомагнил"); a third person's verb only, so her
# own "пью" after his word stays hers.
HIS_MEDICINES: list[tuple[str, Expect]] = [
    ("Супруг после операции принимает эликвис, у меня мазня", {"blood_thinner": None}),
    ("Ему 60, пьет кардиомагнил. Мне 55, после близости кровь.", {"blood_thinner": None}),
    ("Муж давно уже колет клексан, а у меня кровь после секса", {"blood_thinner": None}),
    (
        "Супруг пьет варфарин, а я сама антикоагулянты не принимаю",
        {"blood_thinner": "absent"},
    ),
    # Near-misses: her own drug after his word, her drug in a clinic's third person.
    ("Муж сказал, я пью аспирин каждый день", {"blood_thinner": "present"}),
    ("Пациентка 58 л. Принимает варфарин.", {"blood_thinner": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), HIS_MEDICINES)
def test_his_medicines_with_words_between(text: str, expected: Expect) -> None:
    check(text, expected)


# Session 13c: a method started a time ago said before it is named, with a verb of
# starting ("Полтора месяца назад поставили Мирену"), and a clinic's "КОК 1,5 мес.".
# Near-misses: a time ago that belongs to the period, a long-ago start.
STARTED_BEFORE: list[tuple[str, Expect]] = [
    (
        "Шесть недель назад мне поставили Некспланон, теперь мажет после секса",
        {"contraception_started_recently": "present"},
    ),
    (
        "Месяц назад врач назначила Джес, после близости кровь",
        {"contraception_started_recently": "present"},
    ),
    (
        "Контрацепция: КОК (Ярина) 1,5 мес. Кровомазание после ПА",
        {"contraception_started_recently": "present"},
    ),
    ("месячные были две недели назад пью ярину, мажет", {"contraception_started_recently": None}),
    (
        "Два года назад поставили Мирену, после секса кровь",
        {"contraception_started_recently": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), STARTED_BEFORE)
def test_a_method_started_a_time_ago_said_first(text: str, expected: Expect) -> None:
    check(text, expected)


# Session 14b: afraid of HRT or told it is too early is not taking it; asking whether
# the emergency pill can still be taken is not having taken it.
NOT_TAKEN: list[tuple[str, Expect]] = [
    ("климакс, приливы, но гормоны боюсь", {"on_hrt": "absent"}),
    ("врач сказал, что на ЗГТ еще рано", {"on_hrt": "absent"}),
    ("на ЗГТ уже год, но боюсь рака", {"on_hrt": "present"}),
    ("Постинор уже поздно пить или еще можно?", {"emergency_contraception_recent": "absent"}),
    ("эскапел так и не купила", {"emergency_contraception_recent": "absent"}),
    ("в воскресенье выпила эскапел", {"emergency_contraception_recent": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), NOT_TAKEN)
def test_feared_or_asked_about_is_not_taken(text: str, expected: Expect) -> None:
    check(text, expected)


# A method started under 3 months ago in several wordings (the name sits in the gap, so
# it is still read as hormonal); a long time on it; HRT or another drug taken for years
# and a diagnosis "поставили" are no contraception started.
METHOD_START: list[tuple[str, Expect]] = [
    (
        "мерену поставили полторы недели назад, теперь мажет",
        {"contraception_started_recently": "present", "hormonal_contraception": "present"},
    ),
    ("пару недель как начала новаринг", {"contraception_started_recently": "present"}),
    (
        "Клайру принимаю с прошлого месяца",
        {"contraception_started_recently": "present", "hormonal_contraception": "present"},
    ),
    ("имплонон вставили месяц назад", {"contraception_started_recently": "present"}),
    (
        "пью Жанин полгода, после ПА кровь",
        {"contraception_started_recently": "absent", "hormonal_contraception": "present"},
    ),
    ("пью линдинет шесть месяцев", {"contraception_started_recently": "absent"}),
    ("Уже четвертый год принимаю Фемостон", {"contraception_started_recently": None}),
    ("пятый год на метотрексате, мажет после секса", {"contraception_started_recently": None}),
    ("диагноз поставили неделю назад", {"contraception_started_recently": None}),
]


@pytest.mark.parametrize(("text", "expected"), METHOD_START)
def test_method_started_recently_or_long_ago(text: str, expected: Expect) -> None:
    check(text, expected)


# Session 15: HRT named as "гормональная терапия" or a patch stuck on, and HRT never
# given or taken (which also denies hormonal pills, the conventions); a patch for
# something else is no HRT.
HRT_WORDS: list[tuple[str, Expect]] = [
    ("наклеиваю пластырь с эстрадиолом раз в неделю", {"on_hrt": "present"}),
    ("ЗГТ — Климара, пластырь, второй год", {"on_hrt": "present"}),
    ("на заместительной терапии с весны", {"on_hrt": "present"}),
    (
        "гормоны никогда не принимала, климакс с 52",
        {"on_hrt": "absent", "hormonal_contraception": "absent"},
    ),
    ("заместительную терапию не получаю", {"on_hrt": "absent"}),
    ("гинеколог гормоны пока не назначила", {"on_hrt": "absent"}),
    ("клею никотиновый пластырь, бросаю курить", {"on_hrt": None}),
]


@pytest.mark.parametrize(("text", "expected"), HRT_WORDS)
def test_hrt_in_other_words(text: str, expected: Expect) -> None:
    check(text, expected)
