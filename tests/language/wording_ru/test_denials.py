"""Where a Russian denial reaches, and where it must stop.

A denial read too far marks a red flag absent (the dangerous error), and one that does
not reach leaves a finding open, so "нет" after a run of words, a clinic list answered
by "отрицает", "никогда не находили", a verb denial either side of its object, and a
denial in a run-on must each cover what they deny and stop at the next clause.

Every sentence is written fresh for these tests (not taken from any corpus) and read
by the Russian rules alone (`model=False`), so the trained model cannot decide them.
Each kind has near-misses that must not fire. Each case is
(text, {finding: value or None}).
"""

from __future__ import annotations

import pytest

from tests.language.rules_alone import Expect
from tests.language.wording_ru.reading import check

# "нет" after a run of genitive words denies a phrase only when it holds the
# phrase's last run of words whole: a pain stated with its verb before another
# denied thing is kept (a wrongly denied red flag is the dangerous error).
RUN_ON: list[tuple[str, Expect]] = [
    (
        "кровь была и сейчас ноет низ живота температуры нет",
        {"lower_abdominal_pain": "present", "fever": "absent"},
    ),
    ("Боли внизу живота нет, кровь после секса", {"lower_abdominal_pain": "absent"}),
    ("выделения обычные, запаха нет", {"discharge_offensive": "absent"}),
]


@pytest.mark.parametrize(("text", "expected"), RUN_ON)
def test_a_denial_after_a_run_of_words(text: str, expected: Expect) -> None:
    check(text, expected)


# An existential denial ("нет", "не было") after a genitive item with its place: the
# preposition and the word it governs stand in the denied item.
PLACED: list[tuple[str, Expect]] = [
    ("После секса кровь. Боли в животе нет.", {"lower_abdominal_pain": "absent"}),
    ("мазнуло после мужа, жжения при мочеиспускании не было", {"pain_on_urination": "absent"}),
    ("Болей в нижней части живота нет, температуры нет", {"lower_abdominal_pain": "absent"}),
    (
        "Болей внизу живота, температуры — нет.",
        {"lower_abdominal_pain": "absent", "fever": "absent"},
    ),
    (
        "Болей во время близости не было, кровь потом",
        {"pain_deep_during_sex": "absent", "pain_superficial_during_sex": "absent"},
    ),
    # Near-misses: the spotting before the denied item stays; a verb ends the item.
    (
        "мажет после секса боли нет",
        {"bleeding_spotting_only": "present", "lower_abdominal_pain": "absent"},
    ),
    ("болит внизу живота температуры нет", {"lower_abdominal_pain": "present", "fever": "absent"}),
    (
        "кровомазание после ПА, межменструальных нет",
        {"bleeding_spotting_only": "present", "bleeding_between_periods": "absent"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACED)
def test_a_denied_item_holds_its_place(text: str, expected: Expect) -> None:
    check(text, expected)


# A clinic line that is only a list answered by "отрицает" denies every item, though
# the items are accusative or nominative; a list of two, or a verb clause, is not one.
FORM_LISTS: list[tuple[str, Expect]] = [
    (
        "Боль внизу живота, температуру, выделения отрицает.",
        {"lower_abdominal_pain": "absent", "fever": "absent", "discharge_abnormal": "absent"},
    ),
    (
        "Тошноту, головокружение, боль внизу живота отрицает.",
        {"lower_abdominal_pain": "absent", "dizziness_or_fainting": "absent"},
    ),
    # Near-miss: the pain is said in its own sentence; only dizziness is denied.
    (
        "Кровь после ПА, боль внизу живота. Головокружение отрицает.",
        {"lower_abdominal_pain": "present", "dizziness_or_fainting": "absent"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORM_LISTS)
def test_form_lists(text: str, expected: Expect) -> None:
    check(text, expected)


# A clinic form's sentence that is only two items and a denial closing it: the denial
# answers both, even when a phrase holds the denial's own words. A statement ("high
# temperature"), a number or her own verb is no list item.
FORM_PAIRS: list[tuple[str, Expect]] = [
    ("Кровоточивость десен, синяки отрицает.", {"easy_bruising_or_gum_bleeding": "absent"}),
    (
        "Антикоагулянты, гормональные препараты не принимает.",
        {"blood_thinner": "absent", "hormonal_contraception": "absent"},
    ),
    ("ЗГТ, антикоагулянты не получает.", {"on_hrt": "absent", "blood_thinner": "absent"}),
    ("Тошноту, головокружение отрицает.", {"dizziness_or_fainting": "absent"}),
    # Near-misses.
    (
        "Температура 38, таблетки не пью.",
        {"fever": "present", "hormonal_contraception": "absent"},
    ),
    ("Температура высокая, антикоагулянты не принимает.", {"fever": "present"}),
    ("Выделения обильные, зуд отрицает.", {"vulval_itch_or_soreness": "absent"}),
    ("Кровь идет, антикоагулянты не принимает.", {"bleeding_ongoing": "present"}),
    (
        "Антикоагулянты, гормональные препараты не принимает, боль внизу живота есть.",
        {"lower_abdominal_pain": "present"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORM_PAIRS)
def test_a_form_pair_is_denied_whole(text: str, expected: Expect) -> None:
    check(text, expected)


def test_a_stated_item_keeps_its_discharge() -> None:
    from bleedcheck.language import read

    reading = read("Выделения обильные, зуд отрицает.", "ru", model=False)
    assert reading.evidence.get("discharge_abnormal") != "absent"


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
    check(text, expected)


# Denials in their own words: formula feeding or a breastfeeding that ended; the
# emergency pill not taken; a period that came last week; no bleeding between periods
# or without sex said with the denial later in the clause; a usual discharge after a
# denial of something else; a "no" the doctors said is no refusal.
WORDED: list[tuple[str, Expect]] = [
    ("родила в мае, кормим смесью, после секса мажет", {"breastfeeding": "absent"}),
    ("грудью кормить бросила в январе", {"breastfeeding": "absent"}),
    ("кормить грудью не получилось, малыш на смесях", {"breastfeeding": "absent"}),
    ("эскапел покупать не стала, думала пронесет", {"emergency_contraception_recent": "absent"}),
    ("экстренную так и не выпила", {"emergency_contraception_recent": "absent"}),
    ("месячные были на прошлой неделе, а сегодня кровь после секса", {"period_due": "absent"}),
    ("Менструация пришла неделю назад, в срок.", {"period_due": "absent", "pregnant": None}),
    ("между месячными ничего не мажет, только после мужа", {"bleeding_between_periods": "absent"}),
    ("без близости у меня кровь никогда не идет", {"bleeding_between_periods": "absent"}),
    ("Температуры нет, выделения как обычно", {"discharge_abnormal": "absent", "fever": "absent"}),
    ("врач сказала полипов нет", {"known_polyp": "absent", "non_consensual_sex": None}),
    # Near-misses: still feeding; the pill taken; blood between periods; her "no".
    ("кормлю грудью и докармливаю смесью", {"breastfeeding": "present"}),
    ("пила постинор, когда он не успел вытащить", {"emergency_contraception_recent": "present"}),
    ("между месячными мажет, раньше такого не было", {"bleeding_between_periods": "present"}),
    ("мажет без секса уже неделю", {"bleeding_between_periods": "present"}),
    ("я сказала нет, а он продолжил", {"non_consensual_sex": "present"}),
    ("выделения не обычные, желтые", {"discharge_abnormal": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), WORDED)
def test_denials_in_their_own_words(text: str, expected: Expect) -> None:
    check(text, expected)


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
    check(text, expected)


# Russian clauses (session 12b): a verb denial said after its object stops at another
# clause's verb in a run-on; an abbreviation's dot does not end a sentence that goes on
# in small letters (a capital after it still does).
CLAUSES: list[tuple[str, Expect]] = [
    (
        "до сих пор мажет кровью таблетку экстренную еще не пила",
        {"bleeding_ongoing": "present", "emergency_contraception_recent": "absent"},
    ),
    ("кровит опять клексан уже неделю не колю", {"blood_thinner": "absent"}),
    ("Цитология 8 мес. назад: норма.", {"screening_up_to_date": "present"}),
    ("Онкоцитология 1 г. назад — норма. Кровь после ПА", {"screening_up_to_date": "present"}),
    # Near-misses: a capital after the dot starts a new sentence.
    ("Мазок брали в 2019 г. Норма не помню какая", {"screening_up_to_date": None}),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSES)
def test_russian_clauses_and_abbreviations(text: str, expected: Expect) -> None:
    check(text, expected)


# A denial in a run-on stops where another clause begins: at a new subject
# ("я", "мы") or at a second finite verb; a thing's denial ("нет", "без") covers no verb.
RUN_ON_ENDS: list[tuple[str, Expect]] = [
    ("температуры нет я на джесе второй год", {"hormonal_contraception": "present"}),
    ("живот не болит пью ярину без пропусков", {"hormonal_contraception": "present"}),
    ("выделений нет стоит спираль мирена", {"iud_in_place": "present"}),
    ("запаха нет курю полпачки в день", {"smoker": "present"}),
    (
        "боли нет предохраняемся только презервативом",
        {"hormonal_contraception": "absent", "lower_abdominal_pain": "absent"},
    ),
    # Near-misses: the denial's own verb and what follows it stay denied.
    ("не пью таблетки и не курю", {"hormonal_contraception": "absent", "smoker": "absent"}),
    ("не было температуры после секса", {"fever": "absent"}),
    ("таблетки не принимаю вообще", {"hormonal_contraception": "absent"}),
]


@pytest.mark.parametrize(("text", "expected"), RUN_ON_ENDS)
def test_a_run_on_denial_ends_at_another_clause(text: str, expected: Expect) -> None:
    check(text, expected)


# A verb denial before its object as well as after it; sitting on, not allowed, a plan.
VERB_DENIALS: list[tuple[str, Expect]] = [
    ("я не принимаю никакие гормоны", {"hormonal_contraception": "absent"}),
    ("на гормонах не сижу, только резинки", {"hormonal_contraception": "absent"}),
    ("не сидела никогда на таблетках", {"hormonal_contraception": "absent"}),
    ("мне КОК нельзя из-за мигрени", {"hormonal_contraception": "absent"}),
    ("кольцо не ношу уже год", {"hormonal_contraception": "absent"}),
    ("хочу поставить мирену после отпуска", {"hormonal_contraception": None}),
    # Near-misses: she does take it; someone else's "нельзя".
    ("пью таблетки, не пропускаю", {"hormonal_contraception": "present"}),
    ("сижу на джесе второй год", {"hormonal_contraception": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), VERB_DENIALS)
def test_a_verb_denial_either_side_of_its_object(text: str, expected: Expect) -> None:
    check(text, expected)


# Found at the merge (training tr-ru-g096): a "не" whose next word belongs to another
# phrase is that phrase's denial; it does not flip an absent phrase two words on (which
# had read "прокладки хватает" as heavy bleeding, a red flag). Right at the phrase, or
# with a plain word between, it still flips it.
DENIAL_OF_ANOTHER_PHRASE: list[tuple[str, Expect]] = [
    (
        "голова не кружится прокладки хватает на полдня",
        {"dizziness_or_fainting": "absent", "bleeding_heavy": "absent"},
    ),
    ("кровь не остановилась до сих пор", {"bleeding_ongoing": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), DENIAL_OF_ANOTHER_PHRASE)
def test_a_denial_belongs_to_the_phrase_right_after_it(text: str, expected: Expect) -> None:
    check(text, expected)


# Session 13c: a clinic's reflexive "не выявлялось" / "не обнаруживался" denies what
# stands before it; said without "не" it stays a finding.
REFLEXIVE_DENIALS: list[tuple[str, Expect]] = [
    ("Полип ранее не обнаруживался, кровь после секса", {"known_polyp": "absent"}),
    ("Эрозия шейки ранее не выявлялась. Контактные кровотечения", {"known_ectropion": "absent"}),
    ("Кровомазание после ПА. Полип шейки матки выявлялся в 2020 г.", {"known_polyp": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), REFLEXIVE_DENIALS)
def test_reflexive_clinic_denials(text: str, expected: Expect) -> None:
    check(text, expected)


# Session 13d: a friend's or sister's story is hers over commas, dashes and "и", until
# the writer speaks of herself again ("а у меня", "мне", "я"); a mother's word ("мама
# говорит") is not a story (a daughter may write for her mother).
SOMEONE_ELSES_STORY: list[tuple[str, Expect]] = [
    (
        "У знакомой после близости мазало, потом ей обнаружили полип и удалили",
        {"known_polyp": None},
    ),
    ("Сестра говорила, что у нее кровило и в итоге нашли полип", {"known_polyp": None}),
    (
        "У коллеги было так же - оказалась эрозия. Мне 30, кровь после секса",
        {"known_ectropion": None},
    ),
    # Near-misses: her own finding after the story; a mother speaking for her daughter.
    ("У подруги было похожее, а мне на УЗИ нашли полип", {"known_polyp": "present"}),
    (
        "У сестры кровило после секса, и я тоже мажу после близости",
        {"bleeding_spotting_only": "present"},
    ),
    ("Мама говорит, у нее полип был найден год назад", {"known_polyp": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), SOMEONE_ELSES_STORY)
def test_someone_elses_story_is_not_hers(text: str, expected: Expect) -> None:
    check(text, expected)


# Session 13d: the doctor's own "не нашла" denies the genitive list before it, and a
# polyp removed and none seen since is no known polyp now.
POLYP_GONE: list[tuple[str, Expect]] = [
    ("Была у врача: полипов и эрозии не обнаружила", {"known_polyp": "absent"}),
    (
        "В 2021 удалили полип шейки. На последнем УЗИ полипа нет",
        {"known_polyp": "absent"},
    ),
    # Near-miss: no polyp first, then one found.
    ("Год назад полипа не было, а теперь на осмотре нашли полип", {"known_polyp": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), POLYP_GONE)
def test_a_polyp_not_found_or_gone(text: str, expected: Expect) -> None:
    check(text, expected)


# Session 14: in a run-on with no commas, "нет" right after a denied noun answers that
# noun and ends there: what follows is said, not denied. After a pronoun ("у меня нет")
# or as a determiner before its noun ("никаких шишек") it still denies forward.
NOUN_THEN_NET: list[tuple[str, Expect]] = [
    (
        "крови много сгустков нет живот тянет снизу",
        {"bleeding_clots": "absent", "lower_abdominal_pain": "present"},
    ),
    (
        "температуры нету при сексе больно глубоко",
        {"fever": "absent", "pain_deep_during_sex": "present"},
    ),
    (
        "зуда нет таблетки пью каждый день без пропусков",
        {"vulval_itch_or_soreness": "absent", "hormonal_contraception": "present"},
    ),
    # Near-misses: still denied forward.
    ("у меня нет температуры и болей", {"fever": "absent", "lower_abdominal_pain": "absent"}),
    ("кровь алая никаких шишек не нашла", {"lump_or_ulcer": "absent"}),
    ("нет болей живот мягкий", {"lower_abdominal_pain": "absent"}),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_THEN_NET)
def test_net_after_a_noun_ends_its_clause(text: str, expected: Expect) -> None:
    check(text, expected)


# Session 14: a phrase that holds a whole denial ("ничего не болит") speaks over one of
# the same finding that only shares its verb across a comma ("болит, живот мягкий").
WHOLE_DENIAL_SPEAKS: list[tuple[str, Expect]] = [
    ("Ничего не болит, живот мягкий", {"lower_abdominal_pain": "absent"}),
    ("вроде ничего не болит, живот спокойный", {"lower_abdominal_pain": "absent"}),
    # Near-miss: the pain is said after the denial of something else.
    ("Голова не болит, болит живот внизу", {"lower_abdominal_pain": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), WHOLE_DENIAL_SPEAKS)
def test_a_whole_denial_speaks_over_a_shared_verb(text: str, expected: Expect) -> None:
    check(text, expected)


# Session 14: "или" inside a denied list joins it; it is no doubt there. Alone, or
# before the denial, it still doubts.
OR_IN_A_DENIED_LIST: list[tuple[str, Expect]] = [
    ("никаких уплотнений или язвочек у себя не нашла", {"lump_or_ulcer": "absent"}),
    ("нет ни бородавок или язв", {"warts_seen": "absent", "lump_or_ulcer": "absent"}),
    # Near-misses: a doubt stays a doubt.
    ("не знаю, язвочка там или прыщик", {"lump_or_ulcer": "unknown"}),
    ("есть какая-то язвочка или нет", {"lump_or_ulcer": "unknown"}),
    ("не знаю беременна или нет", {"pregnancy_possible": "unknown"}),
]


@pytest.mark.parametrize(("text", "expected"), OR_IN_A_DENIED_LIST)
def test_or_in_a_denied_list_joins_it(text: str, expected: Expect) -> None:
    check(text, expected)


# Session 14b: weight lost on purpose explains the loss however far the purpose stands
# from it; a plain "first time" outranks a repeat guessed from other words.
EXPLAINED_OR_FIRST: list[tuple[str, Expect]] = [
    ("Похудела на 7 кг, но это я сама специально", {"weight_loss_unexplained": "absent"}),
    ("минус 5 кг, худею к лету", {"weight_loss_unexplained": "absent"}),
    ("похудела на 8 кг, сознательно", {"weight_loss_unexplained": "absent"}),
    ("на диете не сижу, а похудела на 5 кг", {"weight_loss_unexplained": "present"}),
    (
        "вчера после секса снова кровь, но раньше подобного не бывало",
        {"bleeding_recurrent": "absent"},
    ),
    ("мы третий раз вместе, и такое в первый раз", {"bleeding_recurrent": "absent"}),
    ("после секса кровь уже третий раз за месяц", {"bleeding_recurrent": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), EXPLAINED_OR_FIRST)
def test_purpose_or_first_time_outranks(text: str, expected: Expect) -> None:
    check(text, expected)


# Session 14b: a doubt with no link word does not reach a run-on clause that holds its
# own verb denial; with "ли"/"что", or a denial with no verb, it still doubts.
DOUBT_BEFORE_A_DENIED_CLAUSE: list[tuple[str, Expect]] = [
    ("не знаю живот не болит вообще", {"lower_abdominal_pain": "absent"}),
    ("может это от нервов низ живота не болит", {"lower_abdominal_pain": "absent"}),
    ("не знаю, болит ли живот", {"lower_abdominal_pain": "unknown"}),
    ("не уверена что живот не болит", {"lower_abdominal_pain": "unknown"}),
    ("может беременности нет", {"pregnancy_possible": "unknown"}),
]


@pytest.mark.parametrize(("text", "expected"), DOUBT_BEFORE_A_DENIED_CLAUSE)
def test_doubt_stops_before_a_denied_run_on(text: str, expected: Expect) -> None:
    check(text, expected)


# Session 15: "не могу" is "I can't" (an activity), not the doubt "может" whose lemma
# it shares: a denial after it still denies; "не могу сказать / вспомнить" is a doubt.
CANNOT: list[tuple[str, Expect]] = [
    ("спать не могу от страха, температуры нет", {"fever": "absent"}),
    (
        "живот крутит, разогнуться не могу, лекарств никаких не принимаю",
        {"blood_thinner": "absent", "on_hrt": "absent"},
    ),
    ("не смогу дойти до врача, боли в животе нет", {"lower_abdominal_pain": "absent"}),
    # near-misses: still a doubt, still a denial
    ("точно не могу сказать, была ли температура", {"fever": "unknown"}),
    ("беременной я быть не может, спираль стоит", {"pregnant": "absent"}),
]


@pytest.mark.parametrize(("text", "expected"), CANNOT)
def test_cannot_is_no_doubt(text: str, expected: Expect) -> None:
    check(text, expected)


# Session 15: an elliptic "тоже" after a denial, in a run-on with no comma: a genitive
# before it and a new subject after it ("... температуры тоже живот не болит") end its
# clause there; a statement after it ("крови тоже много", "тоже есть") is no denial.
ELLIPTIC_RUN_ON: list[tuple[str, Expect]] = [
    ("выделений никаких нет температуры тоже я на таблетках", {"fever": "absent"}),
    ("кашля нет температуры тоже живот мягкий", {"fever": "absent"}),
    ("запаха нет тошноты тоже мне 25", {"discharge_offensive": "absent"}),
    # near-misses
    ("боли нет а головокружение тоже есть", {"dizziness_or_fainting": "present"}),
    ("выделений нет, температуры тоже у меня есть", {"fever": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), ELLIPTIC_RUN_ON)
def test_elliptic_denial_in_a_run_on(text: str, expected: Expect) -> None:
    check(text, expected)


# Session 15: verbs of noticing after their object deny it ("болей не испытываю",
# "уплотнений не нахожу"), and a denial said of the outside denies vulval soreness,
# not the lower tummy; a form's field answered "нет" denies the field's finding.
NOTICING: list[tuple[str, Expect]] = [
    ("болей в животе я не испытывала", {"lower_abdominal_pain": "absent"}),
    ("уплотнений и язвочек у себя не нахожу", {"lump_or_ulcer": "absent"}),
    ("снаружи не жжет, только кровь после мужа", {"vulval_itch_or_soreness": "absent"}),
    ("Снаружи ничего не саднит.", {"vulval_itch_or_soreness": "absent"}),
    ("Прививка против ВПЧ — нет.", {"hpv_vaccinated": "absent"}),
    ("вакцинация от впч: нет, мазок не сдавала", {"hpv_vaccinated": "absent"}),
    # near-misses: the outside sore and the inside not; a "да"; a negative HPV test
    ("снаружи саднит, а внутри не болит", {"vulval_itch_or_soreness": "present"}),
    ("Прививка от ВПЧ: да, в 2016", {"hpv_vaccinated": "present"}),
    ("ВПЧ: нет", {"hpv_vaccinated": None}),
]


@pytest.mark.parametrize(("text", "expected"), NOTICING)
def test_noticing_outside_and_form_denials(text: str, expected: Expect) -> None:
    check(text, expected)
