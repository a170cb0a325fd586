"""General mechanisms of the Russian reader (session 5): answers to questions,
elliptic denials, whose body, past time, amenorrhoea by age, word forms.

Every sentence here was written for this test, not taken from the corpus: each
mechanism must read wordings that neither split has, and its near-misses must
not fire. Each case is (text, {finding: expected value or None for "not read"}).
"""

from __future__ import annotations

import pytest

from bleedcheck import read

Expect = dict[str, str | None]


def _check(text: str, expected: Expect) -> None:
    evidence = read(text, "ru").evidence
    got = {finding: evidence.get(finding) for finding in expected}
    assert got == expected, (text, evidence)


# A question answered right after it, or a bare question left open.
ANSWERS: list[tuple[str, Expect]] = [
    ("Температура? Нет.", {"fever": "absent"}),
    ("Выделения странные? Да, желтые", {"discharge_abnormal": "present"}),
    ("Головокружение? не знаю, вроде нет", {"dizziness_or_fainting": "unknown"}),
    # An open pregnancy question is never a "yes" (the interview asks it).
    (
        "кровь после секса второй раз. беременна? хз",
        {"pregnancy_possible": "unknown", "pregnant": None},
    ),
    ("Неужели я беременна?", {"pregnancy_possible": "unknown", "pregnant": None}),
    ("Беременна? Нет.", {"pregnant": "absent"}),
    # A question with more than the phrase in it still states the phrase.
    ("Я беременна, 12 недель, кровь после секса это опасно?", {"pregnant": "present"}),
    ("Температура 38, это из-за воспаления?", {"fever": "present"}),
]

# "тоже" repeats a denial said just before; without one it denies nothing.
ELLIPTIC: list[tuple[str, Expect]] = [
    ("Таблетки не пропускала, рвоты тоже", {"missed_pills": "absent"}),
    (
        "Температуры нет. Головокружения тоже.",
        {"fever": "absent", "dizziness_or_fainting": "absent"},
    ),
    ("зуда нет, жжения при мочеиспускании тоже", {"pain_on_urination": "absent"}),
    ("Температуры нет, а головокружение тоже есть", {"dizziness_or_fainting": "present"}),
    ("у меня тоже кружится голова после секса", {"dizziness_or_fainting": "present"}),
    ("Живот не болит, температура тоже поднялась до 38", {"fever": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERS + ELLIPTIC)
def test_answers_and_elliptic_denials(text: str, expected: Expect) -> None:
    _check(text, expected)
