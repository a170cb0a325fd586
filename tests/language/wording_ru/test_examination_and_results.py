"""Lab results and a clinician's examination (Russian).

A positive swab names a cause and a suspicious cervix is a red flag, so a result must
answer only the tests it belongs to (a positive one stays positive beside negative ones),
and examination findings are read only in a field a heading opens, never from a past exam
she tells of or the same words in her complaint.

Every sentence is written fresh for these tests (not taken from any corpus) and read
by the Russian rules alone (`model=False`), so the trained model cannot decide them.
Each kind has near-misses that must not fire. Each case is
(text, {finding: value or None}).
"""

from __future__ import annotations

import pytest

from tests.language.rules_alone import Expect
from tests.language.wording_ru.reading import check

CT, GC, TV = "test_chlamydia_positive", "test_gonorrhoea_positive", "test_trichomonas_positive"


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
    check(text, expected)


LAB_DENIAL: list[tuple[str, Expect]] = [
    ("ПЦР на хламидии — отриц.", {"test_chlamydia_positive": "absent"}),
    (
        "хламидии отрицательно, гонорея положительно",
        {"test_chlamydia_positive": "absent", "test_gonorrhoea_positive": "present"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAB_DENIAL)
def test_negative_results_still_read(text: str, expected: Expect) -> None:
    check(text, expected)


# Session 13b: results said in the language of the country she lives in ("negative",
# "negativ", "positive") and a bare "нет" after the tests it answers; the tests named
# before the result own it. Near-misses: a result still awaited, his result.
FOREIGN_RESULTS: list[tuple[str, Expect]] = [
    (
        "Живу в Праге, сдала на гонорею и трихомонаду — negative.",
        {"test_gonorrhoea_positive": "absent", "test_trichomonas_positive": "absent"},
    ),
    ("ПЦР: гонорея positive, лечусь", {"test_gonorrhoea_positive": "present"}),
    (
        "анализы пришли: хламидии выявлены, гонорея и трихомонады нет",
        {
            "test_chlamydia_positive": "present",
            "test_gonorrhoea_positive": "absent",
            "test_trichomonas_positive": "absent",
        },
    ),
    ("сдала на гонорею, результата пока нет", {"test_gonorrhoea_positive": None}),
    ("у мужа нашли гонорею, у меня мазня", {"test_gonorrhoea_positive": None}),
]


@pytest.mark.parametrize(("text", "expected"), FOREIGN_RESULTS)
def test_results_in_other_words(text: str, expected: Expect) -> None:
    check(text, expected)


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
    check(text, expected)


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
    check(text, expected)
