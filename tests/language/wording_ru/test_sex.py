"""The sex itself (Russian): long or rough sex.

Rough or prolonged sex is a benign cause of a small bleed, so it must be read when said
in many ways (hours of the sex, a rough partner) and denied when the sex was gentle,
while the bleeding's hours, a sharp pain, fingers or anal sex are not it.

Every sentence is written fresh for these tests (not taken from any corpus) and read
by the Russian rules alone (`model=False`), so the trained model cannot decide them.
Each kind has near-misses that must not fire. Each case is
(text, {finding: value or None}).
"""

from __future__ import annotations

import pytest

from tests.language.rules_alone import Expect
from tests.language.wording_ru.reading import check

# Long or rough sex: "долго" beside how it was, hours of the sex itself (not of the
# bleeding), a rough partner; gentle or ordinary sex denied; a doubt stays a doubt.
# Fingers and anal sex are not rough in themselves; "не буду врать" denies nothing.
ROUGH: list[tuple[str, Expect]] = [
    ("вчера с мужем было долго и грубо, сегодня мажет", {"rough_or_prolonged_sex": "present"}),
    ("мы увлеклись часа на три, потом кровь на простыне", {"rough_or_prolonged_sex": "present"}),
    ("он был грубым, а после этого кровь", {"rough_or_prolonged_sex": "present"}),
    ("жестко, не буду врать, после этого кровило", {"rough_or_prolonged_sex": "present"}),
    ("секс у нас по полтора часа, после этого кровь", {"rough_or_prolonged_sex": "present"}),
    ("Кровь после длительного полового акта", {"rough_or_prolonged_sex": "present"}),
    ("может он был слишком резкий, не знаю. кровь", {"rough_or_prolonged_sex": "unknown"}),
    ("Грубый или длительный половой акт отрицает. Кровит", {"rough_or_prolonged_sex": "absent"}),
    ("муж был осторожен, все спокойно и нежно, а кровь", {"rough_or_prolonged_sex": "absent"}),
    ("без всяких грубостей, обычный секс, но кровь", {"rough_or_prolonged_sex": "absent"}),
    # Near-misses: the bleeding's hours, a sharp pain, fingers, anal sex.
    ("кровит уже несколько часов, не останавливается", {"rough_or_prolonged_sex": None}),
    ("кровь шла часа два, долго не останавливалась", {"rough_or_prolonged_sex": None}),
    ("с мужем были и вдруг резкая боль, кровь", {"rough_or_prolonged_sex": None}),
    ("после секса пальцами немного крови", {"rough_or_prolonged_sex": None}),
    ("после анального секса кровь на бумаге", {"rough_or_prolonged_sex": None}),
]


@pytest.mark.parametrize(("text", "expected"), ROUGH)
def test_rough_or_long_sex(text: str, expected: Expect) -> None:
    check(text, expected)


# Session 13c: "не (в) первый раз с ним / после ..." is not her first time ever, though
# "первый раз с новым парнем" alone is left out (the conventions).
NOT_THE_FIRST: list[tuple[str, Expect]] = [
    ("я не в первый раз с ним, но сегодня кровь после секса", {"first_intercourse": "absent"}),
    ("Мы не первый раз с ним, а кровь впервые", {"first_intercourse": "absent"}),
    ("первый раз с новым парнем, и кровь", {"first_intercourse": None}),
    # Session 15: she is not a virgin; her first partner is not her first time; the
    # first sex after a birth; "впервые такое" is the bleeding's first time.
    ("я уже не девственница, кровь после секса", {"first_intercourse": "absent"}),
    ("муж у меня первый мужчина, женаты 10 лет", {"first_intercourse": None}),
    ("у меня уже не первый раз, но кровь впервые", {"first_intercourse": "absent"}),
    ("секс не первый раз, но вчера впервые была кровь", {"first_intercourse": "absent"}),
    ("кровь после близости, это впервые такое", {"first_intercourse": None}),
]


# Session 15: her first times ever in other words (the conventions: the first two or
# three times count), with misspellings.
FIRST_TIMES: list[tuple[str, Expect]] = [
    ("в пятницу был первый рас, и кровь", {"first_intercourse": "present"}),
    ("это был мой второй раз в жизни", {"first_intercourse": "present"}),
    ("после первого раза болит и мажет", {"first_intercourse": "present"}),
    ("до позавчера я была девствиницей", {"first_intercourse": "present"}),
    ("у нас было впервые, крови много", {"first_intercourse": "present"}),
    ("ну все, я больше не девственница", {"first_intercourse": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), FIRST_TIMES)
def test_her_first_times_ever(text: str, expected: Expect) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), NOT_THE_FIRST)
def test_not_the_first_time_with_him(text: str, expected: Expect) -> None:
    check(text, expected)


# Session 14b: the place named before its pain word, so a denial between them denies
# the entry pain only; deep pain said beside it stays.
ENTRY_PAIN: list[tuple[str, Expect]] = [
    (
        "Глубоко внутри больно при сексе. А на входе не больно.",
        {"pain_superficial_during_sex": "absent", "pain_deep_during_sex": "present"},
    ),
    ("Снаружи, у входа, совсем не больно", {"pain_superficial_during_sex": "absent"}),
    ("при входе нормально, смазки хватает", {"pain_superficial_during_sex": "absent"}),
    ("на входе очень больно, как будто рвется", {"pain_superficial_during_sex": "present"}),
    ("при входе болит и жжет", {"pain_superficial_during_sex": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), ENTRY_PAIN)
def test_entry_pain_place_before_its_denial(text: str, expected: Expect) -> None:
    check(text, expected)


# Session 14b: blood inside the condom or in his semen, in slang and misspelt; blood
# only on its outside is hers (left out), and a clean inside denies it.
CONDOM_BLOOD: list[tuple[str, Expect]] = [
    ("он снял резинку, а там внутри кровь", {"blood_in_semen_or_condom": "present"}),
    ("у мужа сперма была розоватая, у меня ничего", {"blood_in_semen_or_condom": "present"}),
    ("в презике кровь была, прям много", {"blood_in_semen_or_condom": "present"}),
    ("в его сперме какие-то бурые прожилки", {"blood_in_semen_or_condom": "present"}),
    ("на прзервативе снаружи немного крови", {"blood_in_semen_or_condom": None}),
    (
        "кровь была только снаружи на презервативе, внутри всё чисто",
        {"blood_in_semen_or_condom": "absent"},
    ),
    ("презик у него потом был чистый, а у меня кровь", {"blood_in_semen_or_condom": "absent"}),
    ("в призервативе крови нет, это моя", {"blood_in_semen_or_condom": "absent"}),
]


@pytest.mark.parametrize(("text", "expected"), CONDOM_BLOOD)
def test_blood_in_the_condom(text: str, expected: Expect) -> None:
    check(text, expected)
