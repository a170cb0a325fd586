"""Her partners (Russian): several or one over the year, his tests and signs.

A new partner or several, or a partner's infection, raise the chance of an STI, so the
count over the year, "only him", his clean tests, his urethritis or pain as he pees must
read, while his word alone, someone else's "один парень" and her own pain stay out.

Every sentence is written fresh for these tests (not taken from any corpus) and read
by the Russian rules alone (`model=False`), so the trained model cannot decide them.
Each kind has near-misses that must not fire. Each case is
(text, {finding: value or None}).
"""

from __future__ import annotations

import pytest

from tests.language.rules_alone import Expect
from tests.language.wording_ru.reading import check

# Partners over the year (convention): two or more, or all of it with one person.
PARTNERS: list[tuple[str, Expect]] = [
    ("Половых партнеров за последний год: 4", {"sti_risk": "present"}),
    ("мужчин за этот год было трое", {"sti_risk": "present"}),
    ("муж у меня первый и единственный", {"sti_risk": "absent"}),
    ("я кроме него ни с кем не была", {"sti_risk": "absent"}),
    # Near-misses: someone else's "один парень", the new year.
    ("на работе один парень пристает, а после секса с мужем кровь", {"sti_risk": None}),
    ("кровит после секса с нового года", {"sti_risk": None}),
]


@pytest.mark.parametrize(("text", "expected"), PARTNERS)
def test_partners_over_the_year(text: str, expected: Expect) -> None:
    check(text, expected)


# His tests came back clean -> partner_sti absent; his word alone stays out (the
# conventions); his urethritis, a drop from his penis or pain as he pees is his
# infection; her own pain beside "с мужем" stays hers.
PARTNER: list[tuple[str, Expect]] = [
    ("Муж сдал анализы на ИППП, всё чисто. А у меня кровь после секса", {"partner_sti": "absent"}),
    ("парень проверялся у уролога в мае, чистый. кровь после секса", {"partner_sti": "absent"}),
    ("Партнер лечится у уролога от уретрита. Контактные кровотечения", {"partner_sti": "present"}),
    ("у него по утрам из члена капля, а у меня мажет", {"partner_sti": "present"}),
    ("у парня рези при мочеиспускании, у меня кровь после секса", {"partner_sti": "present"}),
    ("боюсь, что он мне что-то передал, после секса кровь", {"partner_sti": "unknown"}),
    # Near-misses: his word alone; her own pain on peeing.
    ("он говорит, что проверялся и здоров. после секса кровь", {"partner_sti": None}),
    (
        "с мужем был секс, теперь мне больно писать",
        {"partner_sti": None, "pain_on_urination": "present"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTNER)
def test_the_partners_tests_and_signs(text: str, expected: Expect) -> None:
    check(text, expected)


# Session 13c: how long they have been together, in many words (a partner of under 3
# months is a new partner, the conventions), the year's partners counted, and the year
# covered in more words; his cheating and a new condom or toy are no new partner of hers.
PARTNER_TIME: list[tuple[str, Expect]] = [
    ("Мы с ним встречаемся всего полтора месяца, после секса мазнуло", {"sti_risk": "present"}),
    ("вмести 3 нед, после секса капли крови", {"sti_risk": "present"}),
    ("мы неделю знакомы а уже кровь после секса", {"sti_risk": "present"}),
    (
        "дочь второй месяц встречается с мальчиком, у нее кровь после близости",
        {"sti_risk": "present"},
    ),
    ("Половой партнер с 1 мес. Контактные кровянистые выделения", {"sti_risk": "present"}),
    ("Два месяца назад начала встречаться с мужчиной, кровит после секса", {"sti_risk": "present"}),
    ("за этот год у меня было трое, после секса кровь", {"sti_risk": "present"}),
    ("За последний год 4 половых партнера. Кровомазание после ПА", {"sti_risk": "present"}),
    ("сейчас у меня два парня, кровь после секса", {"sti_risk": "present"}),
    ("Муж один, вместе двадцать лет. После близости кровь", {"sti_risk": "absent"}),
    ("кроме мужа никого, кровь после секса", {"sti_risk": "absent"}),
    ("с супругом 10 лет, только с ним. кровь после секса", {"sti_risk": "absent"}),
    ("у нас первый раз у обоих, кровь идет", {"sti_risk": "absent"}),
    ("Парень у меня первый и единствиный, кровь после секса", {"sti_risk": "absent"}),
    # Near-misses: long together, the pill's months, his cheating, a new condom or toy.
    ("мы вместе уже восемь месяцев, после секса кровь", {"sti_risk": None}),
    ("пью таблетки 2 месяца, вместе с болью мажет", {"sti_risk": None}),
    ("муж признался, что изменял. После секса кровит", {"sti_risk": None}),
    ("Осмотр: ШМ не изменена. Кровь после ПА", {"sti_risk": None}),
    ("вчера с новым презервативом, после секса кровь", {"sti_risk": None}),
    ("с мужем купили новую игрушку, после нее кровь", {"sti_risk": None}),
    ("Мне 42 года, двое детей. После секса кровь", {"sti_risk": None}),
    ("Других симптомов нет, муж здоров. Кровь после секса", {"sti_risk": None}),
]


@pytest.mark.parametrize(("text", "expected"), PARTNER_TIME)
def test_a_new_partner_by_time_and_the_year_covered(text: str, expected: Expect) -> None:
    check(text, expected)


# Session 13d: his results said as his ("у него все чисто", "его анализы чистые") are
# clean tests; being tested for infections is no infection of his until a result says
# so; a misspelt "атрицательно" is still negative.
PARTNER_TESTED: list[tuple[str, Expect]] = [
    (
        "мы оба сходили сдали на инфекции, у него всё чисто, а у меня кровь после секса",
        {"partner_sti": "absent"},
    ),
    ("у парня кровь в сперме. Его анализы на ИППП отрицательные", {"partner_sti": "absent"}),
    ("Парень до меня сдавал все анализы на инфекции - атрицательно", {"partner_sti": "absent"}),
    ("муж проверялся на ЗППП, у мужа анализы хорошие", {"partner_sti": "absent"}),
    # Near-misses: tested and something found; his infection said outright.
    ("Парень сдал анализы на инфекции, у него выявили хламидии", {"partner_sti": "present"}),
    ("у мужа нашли инфекцию, лечится", {"partner_sti": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), PARTNER_TESTED)
def test_his_tests_said_as_his(text: str, expected: Expect) -> None:
    check(text, expected)
