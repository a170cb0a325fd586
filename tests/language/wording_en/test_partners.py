"""Her partners: his infection or signs, and new or several partners over the year.

A partner's infection and a new partner raise the chance of an STI, so his signs and
results must read as his (not hers), his clear test as no partner infection, her fear as
a doubt, and only a partner of under three months or several partners as a risk (a long
relationship alone says nothing).

Every sentence is written fresh for these tests (not taken from any corpus) and read
by the English rules alone, so the trained model cannot hide a broken phrase.
Near-misses that must NOT fire stand beside each mechanism.
"""

from __future__ import annotations

import pytest

from tests.language.wording_en.reading import rules


@pytest.mark.parametrize(
    "text",
    [
        "my boyfriend just told me he tested positive for chlamydia",
        "husband recently treated for gonorrhoea, I haven't been tested",
    ],
)
def test_the_partners_result_is_partner_sti_not_hers(text: str) -> None:
    evidence = rules(text)
    assert evidence.get("partner_sti") == "present"
    assert "present" not in (
        evidence.get("test_chlamydia_positive"),
        evidence.get("test_gonorrhoea_positive"),
    )


# His signs in many words, a contact of an infection, his clear test.
@pytest.mark.parametrize(
    "text",
    [
        "my husband has a few lumpy bits on his willy and I bled after sex",
        "Partner complains of urethral discharge. PCB x2.",
        "he says it burns when he pees and now I'm spotting after sex",
        "Attends as a contact of gonorrhoea, PCB last week.",
        "fella has the same warts, he showed me",
        "my bf just found out he has trichomoniasis",
        "there's some yellow stuff coming out of his penis",
    ],
)
def test_his_signs_are_partner_sti(text: str) -> None:
    assert rules(text).get("partner_sti") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "my boyfriend got checked at the walk-in last week and he's all clear",
        "we both got tested in June, both negative",
        "Husband's STI tests all clear.",
        "partner tested at the clinic, everything clear",
    ],
)
def test_his_clear_test_is_partner_sti_absent(text: str) -> None:
    assert rules(text).get("partner_sti") == "absent"


def test_her_fear_he_passed_something_on_is_a_doubt() -> None:
    assert rules("worried my husband's given me something, he was away")["partner_sti"] == (
        "unknown"
    )


@pytest.mark.parametrize(
    "text",
    [
        # Her own test, her own signs, a test she plans: not his infection.
        "My own chlamydia test came back positive yesterday.",
        "Should I get an STI test? Bled after sex once.",
        "My boyfriend noticed some bumps on my labia.",
    ],
)
def test_partner_sti_near_misses(text: str) -> None:
    assert rules(text).get("partner_sti") != "present"


def test_the_same_bumps_on_him_are_his_sign_not_a_pregnancy_bump() -> None:
    read = rules("my partner has the same bumps as me")
    assert read.get("partner_sti") == "present"
    assert read.get("pregnant") is None


# Partners over the year (conventions): a partner of under 3 months or two or more
# partners is a risk; both firsts or "only each other" cover the year; a long
# relationship alone or "no new partners" says nothing.
@pytest.mark.parametrize(
    "text",
    [
        "been seeing this guy about 5 wks and now I bled after sex",
        "new partner 4/52, PCB x1",
        "I met somebody at a festival two weeks ago and we didn't use anything",
        "dating for a month now, bled last night",
        "slept with three different men since spring",
        "Partners in the last year: 3",
    ],
)
def test_a_new_partner_or_several_is_a_risk(text: str) -> None:
    assert rules(text).get("sti_risk") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "we were each other's firsts and still are",
        "it was the first time for both of us",
        "I'm his first and he's mine",
        "we've only ever slept with each other",
        "he's the only guy I've been with, three years now",
    ],
)
def test_both_firsts_or_only_each_other_is_no_risk(text: str) -> None:
    assert rules(text).get("sti_risk") == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "no new partners, same fella for 6 years",
        "together 8 months and bled after sex",
        "married 15 years",
        "I'm exclusively breastfeeding my son",
        "I've been seeing some spotting for 3 weeks",
        "I only ever see it when I wipe",
    ],
)
def test_a_long_relationship_or_loose_words_say_nothing_of_partners(text: str) -> None:
    assert "sti_risk" not in rules(text)


# Session 14b: the family of new and several partners (someone she just met, a new
# partner by any name, two or more by any noun in the year, sex work) and of one partner
# for the whole year ("only him", "nobody else", "sole partner", both firsts). "Anyone
# else had this?" asks the readers, and a girl's "my husband knows" is no partner count.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("some bloke I met at a gig on Friday", "present"),
        ("a girl I'd met on an app last weekend", "present"),
        ("bleeding after sex with my new girlfriend", "present"),
        ("he's pretty new, a few weeks", "present"),
        ("I've had three boyfriends this year", "present"),
        ("She does sex work, condoms with clients.", "present"),
        ("been with him six years, only him", "absent"),
        ("It's only ever been my husband and me.", "absent"),
        ("married 20 years, nobody else", "absent"),
        ("Sole partner 4 yrs.", "absent"),
        ("it was my first time and his first time too", "absent"),
        ("has anyone else had this after sex?", None),
        ("only my husband knows I'm writing this", None),
        ("a sharp pain when she strains on the loo", None),
    ],
)
def test_new_or_single_partners_in_many_wordings(text: str, value: str | None) -> None:
    assert rules(text).get("sti_risk") == value


# Session 15: his signs in clinic and texted words, his clear status in other words,
# and not knowing whether he has something. Her own symptoms stay hers.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("bf has dysuria since the weekend, PCB x1", "present"),
        ("my husband's had a burning wee for days and I bled after sex", "present"),
        ("hes got a burnin wen he wees, i bled after", "present"),
        ("Partner: urethral d/c. PCB", "present"),
        ("my fella got checked and he was clear for everything", "absent"),
        ("he knows his status, he is negative", "absent"),
        ("idk if my boyfriend has something, I bled after sex", "unknown"),
        # Near-misses: her own symptoms, his good health said loosely.
        ("I have dysuria and bled after sex", None),
        ("it stings when I wee, bled after sex", None),
    ],
)
def test_partner_infection_in_many_wordings(text: str, value: str | None) -> None:
    assert rules(text).get("partner_sti") == value
