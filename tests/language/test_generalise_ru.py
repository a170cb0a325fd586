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


# Word forms: every singular case form of the lexicon's content nouns keys like the
# dictionary form (pymorphy3's first parse of some forms is another word: "гноя" ->
# "гноить", "мочи" -> "мочить"), and brands pymorphy3 does not know are read in
# oblique cases ("на эликвисе", "после эскапела").
NOUNS = [
    "кровь",
    "кровотечение",
    "выделения",
    "боль",
    "температура",
    "гной",
    "жар",
    "моча",
    "шейка",
    "прокладка",
    "презерватив",
    "спираль",
    "таблетка",
    "живот",
    "головокружение",
    "зуд",
    "жжение",
    "сгусток",
    "мазок",
    "цитология",
    "беременность",
    "задержка",
    "тошнота",
    "рвота",
    "слабость",
    "сухость",
    "смазка",
    "язва",
    "кондилома",
    "уплотнение",
    "эрозия",
    "полип",
    "эндометриоз",
    "хламидиоз",
    "гонорея",
    "молочница",
    "климакс",
    "менопауза",
    "кольцо",
    "укол",
    "прививка",
    "обморок",
    "озноб",
    "слизь",
    "мазня",
    "пятно",
    "струйка",
    "сперма",
    "роды",
    "выкидыш",
]


@pytest.mark.parametrize("noun", NOUNS)
def test_every_case_form_of_a_lexicon_noun_keys_alike(noun: str) -> None:
    import pymorphy3

    from bleedcheck.language.lexicon import load_lexicon
    from bleedcheck.language.normalise import tokenise

    lexicon = load_lexicon("ru")
    parse = pymorphy3.MorphAnalyzer(lang="ru").parse(noun)[0]
    number = {"sing", "plur"} & parse.tag.grammemes
    data = lexicon.data
    wrong = []
    for form in parse.lexeme:
        if number and not number & form.tag.grammemes:
            continue
        word = form.word.replace("ё", "е")
        token = tokenise(
            word, data.misspellings, data.word_forms, lexicon.key, lexicon.speller, lexicon.known
        )[0]
        if token.key != lexicon.key(noun):
            wrong.append((word, token.key))
    assert not wrong, (noun, lexicon.key(noun), wrong)


BRANDS: list[tuple[str, str]] = [
    ("Пью эликвис после тромбоза, вчера после секса кровь", "blood_thinner"),
    ("я на эликвисе, кровь после секса", "blood_thinner"),
    ("Лечусь кардиомагнилом после инсульта", "blood_thinner"),
    ("мажет уже три дня после эскапела", "emergency_contraception_recent"),
    ("на прадаксе из-за аритмии", "blood_thinner"),
    ("на фраксипарине с начала беременности", "blood_thinner"),
]


@pytest.mark.parametrize(("text", "finding"), BRANDS)
def test_brands_in_oblique_cases(text: str, finding: str) -> None:
    assert read(text, "ru").evidence.get(finding) == "present", text


# Whose body: the partner's signs are `partner_sti`, never her own finding.
PARTNER: list[tuple[str, Expect]] = [
    ("у мужа выделения из члена", {"partner_sti": "present", "discharge_abnormal": None}),
    ("у парня на головке пузырьки", {"partner_sti": "present", "lump_or_ulcer": None}),
    ("у него сыпь на пенисе и жжение", {"partner_sti": "present", "vulval_itch_or_soreness": None}),
    ("у мужа гнойные выделения из члена", {"partner_sti": "present", "discharge_abnormal": None}),
    ("у мч режет когда писает", {"partner_sti": "present", "pain_on_urination": None}),
    # Her own signs stay hers.
    ("у меня язвочки на половых губах, у мужа ничего", {"lump_or_ulcer": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), PARTNER)
def test_partner_body(text: str, expected: Expect) -> None:
    _check(text, expected)


# Past time: history, not now (the old pill is not read; the copper coil says no
# hormones); a word of now or of continuing keeps it current.
HISTORY: list[tuple[str, Expect]] = [
    (
        "года три назад пила Новинет, сейчас стоит медная спираль",
        {"hormonal_contraception": "absent"},
    ),
    ("в позапрошлом году нашли трихомонады", {"test_trichomonas_positive": None}),
    ("когда-то давно болел низ живота, а вчера после секса кровь", {"lower_abdominal_pain": None}),
    ("когда была беременна первым, мазало после секса", {"pregnant": None}),
    # Still true now, or now.
    ("с прошлого года пью Джес", {"hormonal_contraception": "present"}),
    ("раньше пила Ярину, сейчас опять пью Ярину", {"hormonal_contraception": "present"}),
    ("хламидии нашли неделю назад", {"test_chlamydia_positive": "present"}),
]

# Hedged denials are denials (the conventions); a hedge alone is a doubt.
HEDGES: list[tuple[str, Expect]] = [
    ("наверное не беременна, месячные были неделю назад", {"pregnant": "absent"}),
    ("температуры вроде нет", {"fever": "absent"}),
    ("скорее всего пропусков не было", {"missed_pills": "absent"}),
    ("кажется беременна", {"pregnancy_possible": "unknown", "pregnant": None}),
]

# Whose body, by scope: the partner's illness is partner_sti.
PARTNER_SCOPE: list[tuple[str, Expect]] = [
    ("муж лечился от гонореи весной", {"partner_sti": "present", "test_gonorrhoea_positive": None}),
    ("в прошлом году лечилась от хламидиоза", {"test_chlamydia_positive": None}),
]

# "No period since ..." by age: menopause at 50 or over, else a possible pregnancy.
AMENORRHOEA: list[tuple[str, Expect]] = [
    ("Мне 53. Месячных нет с октября", {"postmenopausal": "present", "pregnancy_possible": None}),
    (
        "мне 27, месячных нет уже два месяца",
        {"pregnancy_possible": "present", "postmenopausal": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), HISTORY + HEDGES + PARTNER_SCOPE + AMENORRHOEA)
def test_history_hedges_partner_and_age(text: str, expected: Expect) -> None:
    _check(text, expected)
