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
