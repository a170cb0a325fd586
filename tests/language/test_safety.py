"""Red flags said plainly are read as present, in both languages, and raise the triage."""

from __future__ import annotations

import pytest

from bleedcheck import TriageLevel, assess, read

PLAIN = {
    "en": {
        "bleeding_heavy": "Since sex I have been bleeding heavily and soaking a pad every hour.",
        "dizziness_or_fainting": "I bled after sex and then I fainted in the bathroom.",
        "non_consensual_sex": "He raped me last night and now I am bleeding.",
        "pain_one_sided": "I'm pregnant and have bad pain on my right side after sex.",
        "signs_of_shock": "After sex I bled a lot, now I'm cold and clammy and my heart is racing.",
    },
    "ru": {
        "bleeding_heavy": "После секса сильное кровотечение, прокладка промокает за час.",
        "dizziness_or_fainting": "После секса пошла кровь, и я потеряла сознание.",
        "non_consensual_sex": "Меня изнасиловали вчера, теперь кровь.",
        "pain_one_sided": "Я беременна, после секса сильно болит справа внизу живота.",
        "signs_of_shock": "После секса много крови, холодный пот и сердце колотится.",
    },
}
CASES = [(lang, finding, text) for lang, texts in PLAIN.items() for finding, text in texts.items()]


@pytest.mark.parametrize(("language", "finding", "text"), CASES)
def test_red_flags_said_plainly_are_present(language: str, finding: str, text: str) -> None:
    reading = read(text, language)
    assert reading.evidence.get(finding) == "present", reading.evidence
    if finding == "pain_one_sided":
        assert reading.evidence.get("pregnant") == "present"


@pytest.mark.parametrize(("language", "finding", "text"), CASES)
def test_red_flags_in_text_raise_the_triage(language: str, finding: str, text: str) -> None:
    level = assess({"age": 30, "text": text, "language": language}).level
    floor = (
        TriageLevel.consultation_24 if finding == "non_consensual_sex" else TriageLevel.emergency
    )
    assert level >= floor


# A week of pregnancy in words ("на двадцать четвертой неделе"), said before what
# happened after sex, is a pregnancy past 16 weeks: bleeding then needs care today, even
# when a run-on denial later in the message seems to reach the baby's kicks.
@pytest.mark.parametrize(
    ("text", "weeks_16"),
    [
        ("я на двадцать четвертой неделе после секса мажет", "present"),
        ("Я на шестнадцатой неделе, после близости кровь", "present"),
        ("срок тридцать вторая неделя, кровь после секса", "present"),
        (
            "я на двадцать восьмой неделе после секса кровь ничего не болит ни живот ни "
            "спина не каменеет ничего малыш толкается",
            "present",
        ),
    ],
)
def test_a_week_of_pregnancy_in_words_is_read(text: str, weeks_16: str) -> None:
    evidence = read(text, "ru", model=False).evidence
    assert evidence.get("pregnant") == "present", evidence
    assert evidence.get("pregnancy_16_weeks_or_more") == weeks_16, evidence


@pytest.mark.parametrize(
    "text",
    ["во второй раз кровь после секса", "на второй неделе после родов снова кровь"],
)
def test_a_lone_ordinal_is_not_a_week_of_pregnancy(text: str) -> None:
    assert "pregnancy_16_weeks_or_more" not in read(text, "ru", model=False).evidence
