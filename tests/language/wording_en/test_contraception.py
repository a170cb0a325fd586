"""Her contraception now: hormonal methods, none used, HRT.

Hormonal contraception is a common cause of spotting after sex and "no contraception"
makes a pregnancy possible, so her own method must be read apart from other pills, a
plan, emergency contraception or an HRT patch, and a denial must not reach into the
reason given after it.

Every sentence is written fresh for these tests (not taken from any corpus) and read
by the English rules alone, so the trained model cannot hide a broken phrase.
Near-misses that must NOT fire stand beside each mechanism.
"""

from __future__ import annotations

import pytest

from tests.language.wording_en.reading import rules


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Other pills, jabs and plans are not contraception now.
        ("I finished the pills for chlamydia and now I'm bleeding after sex", None),
        ("my HIV is controlled with pills, bled after sex", None),
        ("never had the HPV shot, bled after sex", None),
        ("plans Nexplanon at her review, PCB x1", None),
        ("levonorgestrel EHC given today", None),
        # "is it the pill?" asks about a pill already named.
        ("took the morning after pill, now spotting, is it the pill?", None),
        # Near-misses: her own method.
        ("I'm on the pill and bled after sex", "present"),
        ("she has a levonorgestrel coil", "present"),
        ("Contraception: condoms only", "absent"),
        ("not on contraception, bled after sex", "absent"),
        # A bracket gives the reason: the denial before it does not reach into it.
        ("Not pregnant (Mirena, UPT neg). PCB today", "present"),
        ("Not pregnant (has the implant)", "present"),
    ],
)
def test_hormonal_contraception_is_her_method_now(text: str, value: str | None) -> None:
    assert rules(text).get("hormonal_contraception") == value


def test_no_contraception_used_still_denies_hormones() -> None:
    """The longer pregnancy phrase hides "no contraception", so it says both."""
    said = rules("Spotting after sex. No contraception used.")
    assert said.get("hormonal_contraception") == "absent"
    assert said.get("pregnancy_possible") == "present"


def test_a_reason_clause_is_not_denied_by_the_clause_before() -> None:
    said = rules("Not on any contraception since we're trying for a baby.")
    assert said.get("pregnancy_possible") == "present"
    assert said.get("hormonal_contraception") == "absent"


def test_hrt_patches_are_not_the_contraceptive_patch() -> None:
    found = rules("I'm 54 and on HRT the patches, last period 2 years ago")
    assert found.get("on_hrt") == "present"
    assert "hormonal_contraception" not in found
