"""How much she bled (Russian): spotting, a pad filled, heavy bleeding.

Heavy bleeding is a red flag and spotting reassures, so drops, a tinge, pink on the
paper must read as spotting, a pad soaked below a pad an hour as neither, a pad an hour
or the heaviest period as heavy; a smear that is the bleeding between periods, his drip,
scanty periods or a cream are no amount of the bleed after sex.

Every sentence is written fresh for these tests (not taken from any corpus) and read
by the Russian rules alone (`model=False`), so the trained model cannot decide them.
Each kind has near-misses that must not fire. Each case is
(text, {finding: value or None}).
"""

from __future__ import annotations

import pytest

from tests.language.rules_alone import Expect
from tests.language.wording_ru.reading import check

# The amount: spotting described by colour and place, or blood that fills a pad.
COLOUR_AND_PADS: list[tuple[str, Expect]] = [
    ("после мужа розоватое на салфетке", {"bleeding_spotting_only": "present"}),
    ("на трусах розовые разводы после секса", {"bleeding_spotting_only": "present"}),
    ("Жалобы: кровомазание после коитуса", {"bleeding_spotting_only": "present"}),
    ("после секса кровь, прокладку наполовину", {"bleeding_spotting_only": "absent"}),
    ("кровянистые выделения после ПА, умеренные", {"bleeding_spotting_only": "absent"}),
    ("кровь после близости, за вечер сменила две прокладки", {"bleeding_spotting_only": "absent"}),
]


@pytest.mark.parametrize(("text", "expected"), COLOUR_AND_PADS)
def test_spotting_by_colour_and_place_or_a_pad_filled(text: str, expected: Expect) -> None:
    check(text, expected)


# Spotting said as drops, a tinge or pink on the paper; a pad soaked below heavy; and
# a smear that belongs to the bleeding between periods, not to the bleed after sex.
DROPS_AND_SOAKED_PADS: list[tuple[str, Expect]] = [
    ("после близости на туалетной бумажке розовенькое", {"bleeding_spotting_only": "present"}),
    ("после мужа капала кровь, совсем чуть", {"bleeding_spotting_only": "present"}),
    ("после секса выделения немного подкрашены кровью", {"bleeding_spotting_only": "present"}),
    ("кровь после секса, ежедневка почти чистая", {"bleeding_spotting_only": "present"}),
    ("после секса кровь, пришлось надеть прокладку", {"bleeding_spotting_only": "absent"}),
    (
        "кровь после ПА, прокладка за утро пропиталась наполовину",
        {"bleeding_spotting_only": "absent"},
    ),
    ("кровь пошла прям ручейком после мужа", {"bleeding_spotting_only": "absent"}),
    # Near-misses: his drip, a stream denied, a smear that is the between-period one.
    ("у парня что-то капает из члена, у меня после секса кровь", {"bleeding_spotting_only": None}),
    ("после секса кровь, не ручьем, но идет", {"bleeding_spotting_only": None}),
    (
        "после секса кровит, а между месячными еще и мажет",
        {"bleeding_spotting_only": None, "bleeding_between_periods": "present"},
    ),
    (
        "Жалобы: контактные кровотечения, мажущие межменструальные выделения",
        {"bleeding_spotting_only": None, "bleeding_between_periods": "present"},
    ),
    (
        "после близости кровь, и мазало потом без всякой причины",
        {"bleeding_spotting_only": None, "bleeding_between_periods": "present"},
    ),
    # Period-like pain is not an amount.
    ("после секса кровь, тянет живот как при месячных", {"bleeding_spotting_only": None}),
]


@pytest.mark.parametrize(("text", "expected"), DROPS_AND_SOAKED_PADS)
def test_drops_a_tinge_or_a_soaked_pad(text: str, expected: Expect) -> None:
    check(text, expected)


# Heavy is a pad an hour or faster, the heaviest period, a strong flow; a period-like
# flow, a pad over several hours or a pad that lasts half a day is not.
HEAVY: list[tuple[str, Expect]] = [
    ("после мужа прокладку за 40 минут насквозь", {"bleeding_heavy": "present"}),
    ("прокладка за один час полная, кровь после секса", {"bleeding_heavy": "present"}),
    ("после близости пошла сильная кровь", {"bleeding_heavy": "present"}),
    ("кровит как на самых сильных месячных", {"bleeding_heavy": "present"}),
    ("кровь после ПА, за час прокладка не промокает", {"bleeding_heavy": None}),
    ("после секса кровь, прокладка за час не промокла", {"bleeding_heavy": "absent"}),
    ("кровь после секса, прокладки хватило на полдня", {"bleeding_heavy": "absent"}),
    ("после секса шла кровь пару часов, не сильно", {"bleeding_heavy": "absent"}),
    # Near-misses: a pad over hours, a period-like flow, a strong pain, heavy periods.
    ("кровь после секса, прокладку сменила за 4 часа", {"bleeding_heavy": None}),
    ("прокладка за пару часов промокла наполовину", {"bleeding_heavy": None}),
    ("после близости кровь как при месячных", {"bleeding_heavy": None}),
    ("кровь и сильная резкая боль внизу", {"bleeding_heavy": None}),
    ("месячные у меня обильными бывают, а после секса мажет", {"bleeding_heavy": None}),
    ("в пятницу кровь на простыне после секса", {"bleeding_heavy": None}),
]


@pytest.mark.parametrize(("text", "expected"), HEAVY)
def test_heavy(text: str, expected: Expect) -> None:
    check(text, expected)


# Spotting: a little pink, smearing after sex even when a between-period smear follows,
# still spotting today; with heavy read, "not spotting" is not coded as well.
SPOTTING: list[tuple[str, Expect]] = [
    ("после близости немножко крови, розоватая", {"bleeding_spotting_only": "present"}),
    ("кровь розоватая, совсем немного", {"bleeding_spotting_only": "present"}),
    (
        "после секса почти всегда мажет, а пару раз мазало просто так",
        {"bleeding_spotting_only": "present"},
    ),
    ("сейчас еще чуть подкрашивает", {"bleeding_spotting_only": "present"}),
    ("после ПА кровь, сейчас скудные выделения", {"bleeding_spotting_only": "present"}),
    ("после секса кровь, прокладка на треть", {"bleeding_spotting_only": "absent"}),
    # Near-misses: heavy says it already; scanty periods; a cream; moderately painful periods;
    # hard sex, then blood.
    (
        "после секса прокладка полная за час",
        {"bleeding_spotting_only": None, "bleeding_heavy": "present"},
    ),
    ("месячные стали скудные, после секса кровь", {"bleeding_spotting_only": None}),
    ("мазалась кремом от сухости, после секса кровь", {"bleeding_spotting_only": None}),
    ("месячные умеренно болезненные, после секса кровь", {"bleeding_spotting_only": None}),
    ("было жестко прям и потом кровь", {"bleeding_spotting_only": None}),
    ("я больше не девочка, было несколько капель крови", {"bleeding_spotting_only": "present"}),
]


@pytest.mark.parametrize(("text", "expected"), SPOTTING)
def test_spotting(text: str, expected: Expect) -> None:
    check(text, expected)
