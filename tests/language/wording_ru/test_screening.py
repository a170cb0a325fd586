"""Cervical screening (Russian): when the last smear was, never screened, results cleared.

Screening missed and an abnormal result not yet cleared raise the chance of cancer, so
the last screening must be dated with its number after the unit, a doubt must sit on the
one finding it is about, and an abnormal result cleared by later tests reads absent (the
last said wins).

Every sentence is written fresh for these tests (not taken from any corpus) and read
by the Russian rules alone (`model=False`), so the trained model cannot decide them.
Each kind has near-misses that must not fire. Each case is
(text, {finding: value or None}).
"""

from __future__ import annotations

import pytest

from tests.language.rules_alone import Expect
from tests.language.wording_ru.reading import check

# When the last cervical screening was, with the number after its unit.
LAST_SCREENING: list[tuple[str, Expect]] = [
    ("на цитологию никогда не ходила", {"screening_overdue_or_never": "present"}),
    ("мазок на онкоцитологию сдавала года четыре назад", {"screening_overdue_or_never": "present"}),
    ("ПАП-тест год назад, NILM", {"screening_up_to_date": "present"}),
    ("мазок брали, а что там написали, не помню", {"screening_up_to_date": "unknown"}),
    # Near-misses: other tests not done, a vaccine not given.
    ("анализы еще не сдавала, кровь после секса", {"screening_overdue_or_never": None}),
    ("Вакцинация от ВПЧ не проводилась", {"screening_overdue_or_never": None}),
]


@pytest.mark.parametrize(("text", "expected"), LAST_SCREENING)
def test_when_the_last_screening_was(text: str, expected: Expect) -> None:
    check(text, expected)


# Screening: a bare "всё чисто" is no smear; the smear's own result words are; a doubt
# sits on the one finding it is about (when -> overdue, what it said -> up to date);
# never screened as forms and people say it; three years ago is within the interval.
SCREENING: list[tuple[str, Expect]] = [
    ("на УЗИ всё чисто, а после секса кровь", {"screening_up_to_date": None}),
    ("Цитологию брали весной, всё нормально. Кровь после ПА", {"screening_up_to_date": "present"}),
    (
        "Мазок на цитологию когда сдавала, не помню. Кровь после секса",
        {"screening_overdue_or_never": "unknown", "screening_up_to_date": None},
    ),
    (
        "Цитологию сдавала, результат не забрала. после секса мажет",
        {"screening_up_to_date": "unknown", "screening_overdue_or_never": None},
    ),
    (
        "Цитологическое исследование никогда не проводилось.",
        {"screening_overdue_or_never": "present"},
    ),
    ("ни разу не была на цитологии, после секса кровь", {"screening_overdue_or_never": "present"}),
    ("мазок не сдавала лет восемь, кровь после секса", {"screening_overdue_or_never": "present"}),
    # Near-misses: three years ago; a test for something else; her memory of something else.
    ("мне 40, мазок 3 года назад, кровь после секса", {"screening_overdue_or_never": None}),
    ("на свертываемость не обследовалась, после секса кровь", {"screening_overdue_or_never": None}),
]


@pytest.mark.parametrize(("text", "expected"), SCREENING)
def test_screening_doubts_and_never(text: str, expected: Expect) -> None:
    check(text, expected)


# An abnormal result cleared by later tests is no abnormal history (the contract: "not
# yet cleared"); a colposcopy planned for the bleeding is no abnormal result.
CLEARED: list[tuple[str, Expect]] = [
    (
        "Мне 38. Три года назад дисплазия, лечили, с тех пор мазки хорошие. Кровь после секса",
        {"abnormal_screening_history": "absent"},
    ),
    (
        "Анамнез: HSIL, конизация 2019; контрольная цитология 2024 — NILM.",
        {"abnormal_screening_history": "absent"},
    ),
    (
        "нашли впч 18 типа, через полгода пересдавала и ничего не нашли",
        {"abnormal_screening_history": "absent"},
    ),
    ("Направили на кольпоскопию из-за крови после секса.", {"abnormal_screening_history": None}),
    # Near-misses: not cleared, or cleared first and found again later.
    (
        "ВПЧ 16 нашли полгода назад, повторно еще не сдавала",
        {"abnormal_screening_history": "present"},
    ),
    (
        "в 2020 контрольный мазок был чистый, а в этом году опять нашли ВПЧ",
        {"abnormal_screening_history": "present"},
    ),
    ("Кольпоскопия: атипия, взяли биопсию", {"abnormal_screening_history": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), CLEARED)
def test_abnormal_history_cleared_later(text: str, expected: Expect) -> None:
    check(text, expected)
