"""Russian wording the reader must understand: red flags said in new ways, denied
lists in the genitive, and context that must not leak (session 4).

Every phrase here was written for this test (not taken from the corpus): real
people will use wordings neither corpus split has, so these keep the lexicon and
the context rules general. A red flag missed is the dangerous error; a denial
read as present or an ordinary text read as an emergency is the costly one.
"""

from __future__ import annotations

import pytest

from bleedcheck import read
from tests.language.wording import cases

PRESENT: dict[str, list[str]] = {
    "bleeding_heavy": [
        "после секса кровь пошла сильно, я испугалась",
        "кровь хлынула прямо на простыню",
        "трусы и шорты все в крови",
        "течет рекой, ночная прокладка полная за полчаса",
        "меняю прокладки каждые 20 минут",
        "кровотечение обильное и не останавливается",
        "сгустки размером с ладонь",
    ],
    "dizziness_or_fainting": [
        "встала и все поплыло перед глазами",
        "ноги ватные, еле дошла до кровати",
        "меня повело и я сползла по стенке",
        "круги перед глазами и голова кругом",
        "чуть сознание не потеряла в душе",
        "на минуту отъехала, муж говорит была без чувств",
    ],
    "signs_of_shock": [
        "муж говорит я вся серая",
        "бледнющая, холодная испарина на лбу",
        "пульс 128 и губы белые",
    ],
    "sudden_severe_pain_with_sex": [
        "посреди секса резануло внизу так что я согнулась",
        "боль 10 из 10, ору",
        "больно до слез, не могу пошевелиться",
        "простреливает справа, терпеть невозможно",
    ],
    "non_consensual_sex": [
        "я говорила не надо, а он не слушал",
        "сказала нет, но он прижал и не отпускал",
        "он меня не спрашивал, я была пьяная",
        "она плакала и говорила нет а он все равно",
    ],
    "tissue_protruding": [
        "снаружи что-то торчит, как шарик",
        "из влагалища что-то вылезло и висит",
    ],
    "pregnancy_possible": [
        "контрацепция: нет",
        "мы без контрацепции уже полгода",
        "забыли про презерватив",
    ],
    "fever": ["температура 38,4 второй день", "меня то знобит то в жар бросает"],
}

ABSENT: dict[str, list[str]] = {
    "fever": [
        "без боли и температуры",
        "болей и температуры нет",
        "выделений, зуда, температуры — ничего нет",
        "нет ни боли, ни температуры",
    ],
    "vulval_itch_or_soreness": ["без температуры и зуда", "температуры, зуда, жжения нет"],
    "lower_abdominal_pain": ["боли никакой нет", "температуры и боли не было"],
    "non_consensual_sex": ["контакт был добровольный", "все было по взаимному согласию"],
    "pregnancy_possible": ["беременность исключаю, месячные пришли вовремя"],
    "pain_one_sided": ["болит с обеих сторон одинаково"],
    "hormonal_contraception": ["Контрацепция: нет", "таблетки бросила полгода назад"],
}

NOT_PRESENT: dict[str, list[str]] = {
    # The denial of the pain does not reach the bleeding after "и" (nominative).
    "bleeding_heavy": [
        "нет боли и кровь немного мажет",
        "месячные всегда обильные, а сейчас после секса пару капель",
        "кровь и резкая сильная боль справа",
    ],
    # "не хотела", then "говорила нет": two refusals, not a denial of the refusal.
    "pregnancy_possible": ["месячные после родов еще не пришли, кормлю грудью"],
}

# A denial after "и" with a word not in the genitive denies nothing more.
STILL_PRESENT: dict[str, list[str]] = {
    "fever": ["болей нет, температура и озноб есть", "без боли, но температура 38"],
    "lower_abdominal_pain": ["температуры нет и болит живот"],
    "bleeding_ongoing": ["нет боли, температуры и кровь идет до сих пор"],
    "non_consensual_sex": ["она не хотела, говорила нет"],
}


@pytest.mark.parametrize(("finding", "text"), cases(PRESENT, STILL_PRESENT))
def test_wording_is_read_as_present(finding: str, text: str) -> None:
    assert read(text, "ru").evidence.get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), cases(ABSENT))
def test_denial_is_read_as_absent(finding: str, text: str) -> None:
    assert read(text, "ru").evidence.get(finding) == "absent", text


@pytest.mark.parametrize(("finding", "text"), cases(NOT_PRESENT))
def test_look_alike_is_not_read_as_present(finding: str, text: str) -> None:
    assert read(text, "ru").evidence.get(finding) != "present", text


def test_doubt_stops_where_a_denial_of_its_own_begins() -> None:
    """A run-on doubt ("не знаю ... ") does not turn a later plain denial into doubt."""
    text = "делали прививку или нет не знаю мама тоже не в курсе ничего не болит"
    assert read(text, "ru").evidence.get("lower_abdominal_pain") == "absent"


def test_denied_list_in_the_genitive_goes_past_the_usual_reach() -> None:
    text = "Выделений странных, зуда, жжения, боли, температуры — ничего такого нет"
    evidence = read(text, "ru").evidence
    assert evidence.get("fever") == "absent"
    assert evidence.get("vulval_itch_or_soreness") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "встречаемся полгода, вчера после секса кровь",
        "месячных нет уже недель шесть, после секса кровь",
        "живем вместе 3 года, после секса пошла кровь",
        "пью Джес уже 2 месяца, после секса кровь",
        "на Новаринге уже полгода",
    ],
)
def test_a_duration_belongs_to_the_word_beside_it(text: str) -> None:
    """A relationship, a late period or a method's time does not make bleeding persistent."""
    assert read(text, "ru").evidence.get("bleeding_persistent_4_weeks") != "present", text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Пью Регулон около месяца", "present"),
        ("поставили Мирену 3 недели назад", "present"),
        ("на Ярине уже года два", "absent"),
        ("Кайлина стоит четвертый год", "absent"),
        ("пью Джес, мне 24 года", None),
        ("на Логесте, последняя пачка закончилась 2 недели назад", None),
    ],
)
def test_how_long_a_named_method_has_been_used(text: str, value: str | None) -> None:
    assert read(text, "ru").evidence.get("contraception_started_recently") == value, text


@pytest.mark.parametrize(
    "text",
    [
        "в прошлом году был хламидиоз, пролечили",
        "два года назад лечила гонорею, контроль чистый",
        "раньше болела трихомониазом, сейчас кровь после секса",
    ],
)
def test_a_past_infection_is_history_not_a_result_now(text: str) -> None:
    evidence = read(text, "ru").evidence
    found = {f for f in evidence if f.startswith("test_") and evidence[f] == "present"}
    assert not found, text


@pytest.mark.parametrize(
    ("finding", "text"),
    [
        ("bleeding_recurrent", "кровь после секса, раньше такого никогда не было"),
        ("bleeding_ongoing", "кровь уже остановилась"),
    ],
)
def test_a_phrase_with_its_own_denial_is_one_denial(finding: str, text: str) -> None:
    """Negative concord ("никогда не") is one denial, not two that cancel."""
    assert read(text, "ru").evidence.get(finding) == "absent", text


@pytest.mark.parametrize(
    ("finding", "text"),
    [
        ("bleeding_spotting_only", "немного кружится голова, кровь после секса"),
        ("bleeding_spotting_only", "снаружи торчит что-то розовое"),
        ("bleeding_recurrent", "пару раз он был грубоват"),
        ("bleeding_ongoing", "живот болит до сих пор"),
        ("hormonal_contraception", "все было ок, потом кровь"),
    ],
)
def test_a_loose_word_does_not_stand_for_a_finding(finding: str, text: str) -> None:
    assert read(text, "ru").evidence.get(finding) != "present", text
