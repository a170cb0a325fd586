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


# A clinician's reported examination: its findings only in a field that a heading
# opens; a past exam she tells of, or the same words in her complaint, are not read.
EXAM: list[tuple[str, Expect]] = [
    (
        "Ж., 35 л.\nВ зеркалах: на шейке эктопия, кровоточит при контакте.",
        {"exam_ectropion": "present"},
    ),
    ("Осмотр в зеркалах: полип 4 мм исходит из цервикального канала", {"exam_polyp": "present"}),
    ("Осмотр: влагалище и шейка матки без патологии.", {"exam_normal": "present"}),
    (
        "Осмотр: влагалище без особенностей, на шейке полип.",
        {"exam_normal": None, "exam_polyp": "present"},
    ),
    (
        "Осмотр: слизистая влагалища тонкая, бледная. Шейка без видимой патологии.",
        {"exam_atrophy": "present", "exam_cervix_suspicious": "absent"},
    ),
    (
        "При осмотре в зеркалах: разрыв слизистой влагалища до 1 см",
        {"exam_vaginal_tear": "present"},
    ),
    ("Осмотр: шейка отечная, из ц/к слизисто-гнойное отделяемое.", {"exam_cervicitis": "present"}),
    (
        "Бимануально: болезненность при тракциях за шейку",
        {"exam_cervical_motion_tenderness": "present"},
    ),
    ("Бимануально без особенностей.", {"exam_cervical_motion_tenderness": "absent"}),
    ("Осмотр в зеркалах: эктропион, полипов не видно", {"exam_ectropion": "present"}),
    # Near-misses: a past exam told, her own words, a heading with no field.
    ("в прошлом году на осмотре нашли полип, сказали наблюдать", {"exam_polyp": None}),
    ("Два года назад при осмотре выявлена эктопия.", {"exam_ectropion": None}),
    (
        "гинеколог сказала шейка чистая, эрозии нет",
        {"exam_cervix_suspicious": None, "exam_ectropion": None},
    ),
    ("после родов были разрывы, зашивали", {"exam_vaginal_tear": None}),
    (
        "Жалобы: слизисто-гнойные выделения, сухость",
        {"exam_cervicitis": None, "exam_atrophy": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXAM)
def test_exam_sections(text: str, expected: Expect) -> None:
    _check(text, expected)


# Denials that did not reach: nothing between periods, no pain going to the shoulder,
# a vaccination not given, weight lost on purpose (explained, so not unexplained).
DENIALS: list[tuple[str, Expect]] = [
    ("после секса мажет, а между месячными всегда чисто", {"bleeding_between_periods": "absent"}),
    ("Между менструациями ничего, только после близости.", {"bleeding_between_periods": "absent"}),
    ("между ними вообще ничего не бывает", {"bleeding_between_periods": "absent"}),
    ("Болит внизу справа, в плечо не отдает.", {"shoulder_tip_pain": "absent"}),
    ("в ключицу ничего не стреляет", {"shoulder_tip_pain": "absent"}),
    ("Иррадиации в плечо нет.", {"shoulder_tip_pain": "absent"}),
    ("Прививка от ВПЧ не проводилась.", {"hpv_vaccinated": "absent"}),
    ("скинула 4 кг, но это я специально, на диете", {"weight_loss_unexplained": "absent"}),
    # Near-misses: the same words stating the finding.
    ("между месячными тоже стало мазать", {"bleeding_between_periods": "present"}),
    ("живот не болит, а вот в плечо отдает", {"shoulder_tip_pain": "present"}),
    ("ноет низ, плечо тоже болит", {"shoulder_tip_pain": "present"}),
    ("за два месяца похудела на 6 кг без всякой диеты", {"weight_loss_unexplained": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), DENIALS)
def test_denials_reach(text: str, expected: Expect) -> None:
    _check(text, expected)


# A period that ended days ago is not due; "после месячных" and "месячные начались"
# are read only as words side by side, not across "после секса, месячные ...".
PERIOD: list[tuple[str, Expect]] = [
    ("мазнуло после секса, месячные кончились 5 дней назад", {"period_due": "absent"}),
    ("кровь после близости, месячные только закончились неделю назад", {"period_due": "absent"}),
    # Near-misses: a period just finished or started is still read.
    ("кровь через день после месячных", {"period_due": "present"}),
    ("после секса месячные начались раньше", {"period_due": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), PERIOD)
def test_period_words_side_by_side(text: str, expected: Expect) -> None:
    _check(text, expected)
