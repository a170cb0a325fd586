"""The reader on small texts: negation, doubt, history, numbers, spelling, Russian forms."""

from __future__ import annotations

import pytest

from bleedcheck import CaseError, assess, read
from bleedcheck.language import MAX_TEXT


def evidence(text: str, language: str = "en") -> dict[str, str]:
    return dict(read(text, language).evidence)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # A denial reaches its own clause only: "but" / "но" end it.
        (
            "No pain, but I'm pregnant.",
            "en",
            {"lower_abdominal_pain": "absent", "pregnant": "present"},
        ),
        (
            "Болей нет, но я беременна.",
            "ru",
            {"lower_abdominal_pain": "absent", "pregnant": "present"},
        ),
        (
            "живот не болит, температуры нет",
            "ru",
            {"lower_abdominal_pain": "absent", "fever": "absent"},
        ),
        # A comma ends a plain denial, so a later symptom stays present...
        ("can't feel my threads, crampy pains", "en", {"cramping_pain": "present"}),
        # ...unless a list closed by "or" follows: then the denial covers the list.
        (
            "no pain, fever or discharge, just blood after sex",
            "en",
            {"lower_abdominal_pain": "absent", "fever": "absent", "discharge_abnormal": "absent"},
        ),
        (
            "no pain, bad cramps",
            "en",
            {"lower_abdominal_pain": "absent", "cramping_pain": "present"},
        ),
        # Words that only look like a finding mean nothing ("ignore" in the lexicon).
        ("first time having sex since the birth, bled a bit", "en", {}),
        ("my gums bleed every time I brush", "en", {"easy_bruising_or_gum_bleeding": "present"}),
        ("I've always had heavy periods", "en", {}),
        # ...but a list trigger runs on over the list.
        (
            "Denies abdominal pain, fever.",
            "en",
            {"lower_abdominal_pain": "absent", "fever": "absent"},
        ),
        # A denial inside a phrase's gap applies to it.
        ("the bleeding hasn't stopped", "en", {"bleeding_ongoing": "present"}),
        ("Противозачаточные не пью.", "ru", {"hormonal_contraception": "absent"}),
    ],
)
def test_negation_scope(text: str, language: str, expected: dict[str, str]) -> None:
    got = evidence(text, language)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "language", "finding"),
    [
        # Doubt about being pregnant is doubt whether she could be (conventions).
        ("not sure if I'm pregnant", "en", "pregnancy_possible"),
        ("could I be pregnant?", "en", "pregnancy_possible"),
        ("не уверена, беременна ли я", "ru", "pregnancy_possible"),
        ("Может быть, у меня температура", "ru", "fever"),
    ],
)
def test_doubt_is_unknown_not_absent(text: str, language: str, finding: str) -> None:
    assert evidence(text, language)[finding] == "unknown"


def test_history_and_counts() -> None:
    assert evidence("this happened twice before")["bleeding_recurrent"] == "present"
    assert evidence("I've bled after sex three times")["bleeding_recurrent"] == "present"
    assert evidence("first time this has happened")["bleeding_recurrent"] == "absent"
    assert evidence("Уже третий раз после секса кровь", "ru")["bleeding_recurrent"] == "present"


def test_amounts_durations_and_weeks() -> None:
    assert evidence("soaked a pad in an hour")["bleeding_heavy"] == "present"
    assert evidence("bleeding after sex for 5 weeks")["bleeding_persistent_4_weeks"] == "present"
    assert "bleeding_persistent_4_weeks" not in evidence("bleeding after sex for 2 weeks")
    assert "bleeding_persistent_4_weeks" not in evidence("met him 3 months ago. I bled")
    early = evidence("I'm 14 weeks pregnant")
    assert early["pregnant"] == "present" and early["pregnancy_16_weeks_or_more"] == "absent"
    later = evidence("Срок 22 недели, кровь после секса", "ru")
    assert later["pregnancy_16_weeks_or_more"] == "present"


@pytest.mark.parametrize(
    ("text", "language", "age"),
    [
        ("I'm 34 and bled after sex", "en", 34),
        ("41 y/o. PCB", "en", 41),
        ("I'm 14 weeks pregnant", "en", None),
        ("Мне 19, пью ОК", "ru", 19),
        ("мне 16 это нормально", "ru", 16),
        # Ages in words, as people dictate them; weeks in words are not ages.
        ("hello, I'm seventy one and there was some blood", "en", 71),
        ("my daughter, she is twenty-two, is bleeding", "en", 22),
        ("I am fifteen and it was my first time", "en", 15),
        ("I'm twenty four plus three with twins", "en", None),
        ("I'm twenty two weeks along", "en", None),
        ("Hi all. 61 here, no periods for years", "en", 61),
        ("мне сорок два года, кровь после секса", "ru", 42),
        ("Мне сейчас 40, и я заметила кровь", "ru", 40),
        ("Пациентка 45 л. Контактные кровотечения", "ru", 45),
        ("Женщина 41 г. Со слов мужа", "ru", 41),
        # The partner's age is not hers.
        ("у мужа кровь в презервативе. ему 52", "ru", None),
    ],
)
def test_age(text: str, language: str, age: int | None) -> None:
    assert read(text, language).age == age


def test_misspellings_and_slang() -> None:
    got = evidence("bleding after secks, im pregnent, my bf says hes got chlamidia")
    assert got["pregnant"] == "present" and got["partner_sti"] == "present"
    # A one-letter typo in a long word is repaired against the lexicon.
    assert evidence("discarge is yellowish")["discharge_abnormal"] == "present"
    assert evidence("После секса кравь, живот не балит", "ru")["lower_abdominal_pain"] == "absent"


def test_russian_word_forms() -> None:
    for text in ("болит живот", "боли в животе", "живот болел", "боль в животе"):
        assert evidence(text, "ru")["lower_abdominal_pain"] == "present", text
    assert evidence("кровь со сгустками", "ru")["bleeding_clots"] == "present"
    assert evidence("Всё ещё кровит, не останавливается", "ru")["bleeding_ongoing"] == "present"


def test_someone_else_and_what_if_are_not_her_findings() -> None:
    assert "fever" not in evidence("my friend had a fever")
    assert "bleeding_heavy" not in evidence("what should I do if it gets heavy")


def test_matches_point_at_the_persons_words() -> None:
    text = "Bled a bit after sex, no fever. On the pill."
    reading = read(text, "en")
    for match in reading.matches:
        assert text[match.start : match.end] == match.words
    fever = next(m for m in reading.matches if m.finding == "fever")
    assert (fever.value, fever.words, fever.cue) == ("absent", "no fever", "no")
    assert reading.words_for("hormonal_contraception") == ["On the pill"]


def test_more_worrying_reading_wins_within_a_text() -> None:
    assert evidence("No heavy bleeding at first. Now it is heavy bleeding")["bleeding_heavy"] == (
        "present"
    )


def test_bad_input_is_a_clear_case_error() -> None:
    with pytest.raises(CaseError) as error:
        read("x" * (MAX_TEXT + 1), "en")
    assert error.value.field == "text"
    with pytest.raises(CaseError) as error:
        read("hello", "de")
    assert error.value.field == "language"
    with pytest.raises(CaseError) as error:
        assess({"text": "x" * (MAX_TEXT + 1)})
    assert error.value.field == "text" and "too long" in error.value.message


def test_assess_merges_text_and_explicit_evidence_wins() -> None:
    result = assess({"text": "I'm 25, no fever, on the pill", "evidence": {"fever": "present"}})
    assert result.evidence["fever"] == "present"
    assert result.evidence["hormonal_contraception"] == "present"
    assert result.reading is not None and result.reading.age == 25
    # A text age is used only when the case gives none.
    older = assess({"age": 60, "text": "I'm 25 and bled after sex"})
    assert older.reading is not None and older.reading.age == 25
    young = assess({"age": 60, "text": "I'm 25", "evidence": {}})
    assert young.to_dict()["evidence"] == {}
