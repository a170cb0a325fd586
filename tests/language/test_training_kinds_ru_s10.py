"""Russian wordings the rules learnt from all the training texts (session 10).

Every sentence here was written for this test, not copied from any corpus, and each
kind has near-misses that must not fire. The rules are read alone (`model=False`).
Each case is (text, {finding: value or None}).
"""

from __future__ import annotations

import pytest

from tests.language.rules_alone import Expect, check_rules

CT, GC, TV = "test_chlamydia_positive", "test_gonorrhoea_positive", "test_trichomonas_positive"


def _check(text: str, expected: Expect) -> None:
    check_rules(text, "ru", expected)


# A lab result answers the tests named before it since the previous result (or the
# tests listed after it when none stand before it), and only those: a positive one
# stays positive beside negative ones.
RESULT_LISTS: list[tuple[str, Expect]] = [
    ("мазок ПЦР на гонорею и хламидии: отрицательные", {CT: "absent", GC: "absent"}),
    (
        "сдавала на хламидии, гонорею, трихомонаду, всё отрицательно",
        {CT: "absent", GC: "absent", TV: "absent"},
    ),
    (
        "анализы пришли, трихомонады положительно, хламидии и гонорея отрицательно",
        {CT: "absent", GC: "absent", TV: "present"},
    ),
    ("результаты все отрицательные: гонорея, хламидии", {CT: "absent", GC: "absent"}),
    (
        "на инфекции проверялась - хламидии, гонорея - всё по нулям, чисто",
        {CT: "absent", GC: "absent"},
    ),
    ("ПЦР: T. vaginalis +, C. trachomatis −", {CT: "absent", TV: "present"}),
    ("КВД: N. gonorrhoeae обнаружена; C. trachomatis не обнаружена", {CT: "absent", GC: "present"}),
    ("хламидии у меня нашли, гонорею не нашли", {CT: "present", GC: "absent"}),
    # Near-misses: a result of another test, a result still to come, a treated past
    # infection, no result at all, a dash that is only a dash.
    ("хламидии подтвердили, а тест на беременность отрицательный", {CT: "present"}),
    ("сдала кровь и мазок на гонорею, результатов пока нет", {GC: None}),
    ("в анамнезе хламидиоз, пролечена", {CT: None}),
    ("трихомонады лечила, сейчас кровит после секса", {TV: None}),
    ("у меня хламидии - положительный результат", {CT: "present"}),
]


@pytest.mark.parametrize(("text", "expected"), RESULT_LISTS)
def test_result_lists(text: str, expected: Expect) -> None:
    _check(text, expected)
