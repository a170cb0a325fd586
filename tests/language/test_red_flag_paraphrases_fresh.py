"""Red flags said in fresh ways (a second set, written for this test by someone who
had not seen the corpus wording): slang ("went down like a sack of potatoes"),
metaphors ("pissing out of me", "like chunks of liver"), form answers, spelled-out
weeks, and their denials; ordinary words that must not raise one ("ring the GP",
"heavy smoker", "rough week", heavy periods with clots).
"""

from __future__ import annotations

import pytest

from bleedcheck import read
from tests.language.wording import cases

PRESENT: dict[str, list[str]] = {
    "bleeding_heavy": [
        "it was pissing out of me after we finished",
        "blood was running down my thighs in the shower",
        "I bled through my pyjamas and onto the mattress",
        "changing my pad every 30 mins since we had sex",
        "there was a puddle of blood on the bed",
        "bleeding is really bad, way heavier than any period",
        "it's flooding, I can't keep up with it",
        "bled right through a super tampon in under an hour",
        "the sheets look like a crime scene",
        "theres so much blood i dont know what to do",
        "blood pouring out after intercourse",
        "it's been a steady stream of blood for an hour",
    ],
    "bleeding_clots": [
        "big clots coming out like chunks of liver",
        "passed a clot as big as a plum",
        "theres jelly like lumps in the blood",
        "passing clumps of blood",
    ],
    "bleeding_ongoing": [
        "it's still going",
        "the blood just keeps coming",
        "still on my pad and it hasnt eased off",
        "I'm bleeding right now as I type",
        "it's been going for 4 hours now",
        "bleeding ever since and it won't let up",
    ],
    "dizziness_or_fainting": [
        "I passed out on the bathroom floor",
        "went down like a sack of potatoes after",
        "nearly fainted when I got up",
        "I feel really woozy",
        "everything went black for a second",
        "my legs went from under me and I collapsed",
        "I keep feeling faint",
        "she fainted after they had sex",
        "head is spinning and i feel like im gonna keel over",
        "went all grey and had to lie on the floor",
        "I feel light headed",
        "i came over all funny and had to sit down",
    ],
    "signs_of_shock": [
        "she's cold and clammy and really pale",
        "my heart is racing and I'm sweating buckets and shaking",
        "her lips have gone blue",
        "she's grey and clammy",
        "I'm drenched in cold sweat",
        "she's really drowsy and hard to wake",
    ],
    "sudden_severe_pain_with_sex": [
        "in the middle of sex I got a sudden stabbing pain and had to stop",
        "halfway through it felt like something tore inside and the pain was unreal",
        "during sex a sharp agonising pain shot through me",
        "it was the worst pain of my life, right in the middle of it",
        "I was doubled over in pain straight after sex",
    ],
    "pain_one_sided": [
        "stabbing on the left side",
        "pain low down on my right",
        "sharp pain in my right ovary",
        "a stitch-like pain on one side",
        "my left side is killing me",
        "aching on the right hand side of my belly",
    ],
    "shoulder_tip_pain": [
        "weird pain at the tip of my shoulder",
        "my right shoulder hurts and i havent done anything to it",
        "pain going up into my shoulder when I lie down",
        "shoulder tip pain",
    ],
    "pregnant": [
        "I'm expecting",
        "i'm 9 weeks gone",
        "I'm pregnant with my second",
        "got a BFP last week",
        "positive pregnancy test on Monday",
        "im about 10 wks",
        "we're having a baby, I'm 12 weeks",
        "Im twenty weeks",
        "currently eighteen weeks along",
    ],
    "pregnancy_16_weeks_or_more": [
        "I'm 34 weeks pregnant",
        "I'm twenty six weeks",
        "5 months pregnant",
        "I'm in my third trimester",
        "six months pregnant",
    ],
    "pregnancy_possible": [
        "my period is a week late",
        "we've been trying for a baby",
        "we're trying to conceive",
        "haven't had my period this month",
        "the condom split last week",
        "we didn't use anything",
    ],
    "tissue_protruding": [
        "something is bulging out of my vagina",
        "there's a lump poking out down there",
        "feels like something is falling out",
        "I can feel something hanging out",
    ],
    "non_consensual_sex": [
        "he forced me",
        "I was raped",
        "I said no but he carried on",
        "he didn't stop when I asked him to",
        "I was too drunk to consent",
        "i woke up and he was having sex with me",
        "I didn't want to but he made me",
        "I was assaulted",
    ],
    "fever": [
        "I've got a temperature of 38.5",
        "I'm burning up",
        "feverish and shivery",
        "running a temp",
        "hot and cold sweats and shivering",
    ],
    "postmenopausal": [
        "I went through the menopause 6 years ago",
        "no periods for 3 years",
        "I'm post menopausal",
        "my periods finished when I was 52",
        "haven't had a period in years",
    ],
    "blood_thinner": [
        "I take warfarin",
        "on rivaroxaban for AF",
        "I'm on blood thinners",
        "I take apixaban",
        "daily heparin injections",
    ],
    "lower_abdominal_pain": [
        "my tummy really hurts low down",
        "bad cramps in my lower belly",
        "pain in my pelvis",
        "my lower stomach is sore",
        "aching low in my abdomen",
    ],
}

ABSENT: dict[str, list[str]] = {
    "bleeding_heavy": [
        "it wasn't heavy at all",
        "not a heavy bleed, just a smear of blood",
    ],
    "dizziness_or_fainting": [
        "not dizzy",
        "didnt faint or anything",
        "no dizziness or fainting",
        "I haven't felt faint",
    ],
    "fever": [
        "no temperature",
        "no fever",
        "temp normal",
        "havent had a temperature",
    ],
    "lower_abdominal_pain": [
        "no tummy pain",
        "no pain in my belly",
        "stomach is fine",
        "no abdominal pain",
    ],
    "pregnant": [
        "I'm not pregnant",
        "definitely not pregnant",
        "im not preggo",
    ],
    "shoulder_tip_pain": [
        "no shoulder pain",
        "shoulders are fine",
    ],
    "pain_one_sided": [
        "no pain on either side",
    ],
    "non_consensual_sex": [
        "it was consensual",
        "I wanted to, it was consensual",
    ],
    "bleeding_ongoing": [
        "it's stopped now",
        "it stopped after a few minutes",
        "not bleeding anymore",
    ],
    "signs_of_shock": [
        "not pale or clammy",
        "no sweating or racing heart",
    ],
}

# Ordinary wording: the finding named must not be read present.
ORDINARY: list[tuple[str, str]] = [
    ("I'm a heavy smoker, bled a bit after sex", "bleeding_heavy"),
    ("I ring the surgery every time I get spotting", "hormonal_contraception"),
    ("had a rough week at work, spotted after sex", "rough_or_prolonged_sex"),
    ("my period is heavy with clots normally, tiny bit of blood after sex", "bleeding_heavy"),
    ("my period is heavy with clots normally, tiny bit of blood after sex", "bleeding_clots"),
    ("I pulled a muscle in my shoulder at the gym", "shoulder_tip_pain"),
    ("pregnant? no. bled after sex", "pregnant"),
    ("I am not dizzy", "dizziness_or_fainting"),
    ("I used to have heavy periods", "bleeding_heavy"),
    ("I'll ring the GP tomorrow", "hormonal_contraception"),
    ("heavy drinker, bled after sex", "bleeding_heavy"),
]


@pytest.mark.parametrize(("finding", "text"), cases(PRESENT))
def test_fresh_red_flag_paraphrase_is_present(finding: str, text: str) -> None:
    evidence = read(text, "en").evidence
    assert evidence.get(finding) == "present", evidence


@pytest.mark.parametrize(("finding", "text"), cases(ABSENT))
def test_fresh_denial_is_absent(finding: str, text: str) -> None:
    evidence = read(text, "en").evidence
    assert evidence.get(finding) == "absent", evidence


@pytest.mark.parametrize(("text", "finding"), ORDINARY)
def test_ordinary_words_raise_no_false_flag(text: str, finding: str) -> None:
    evidence = read(text, "en").evidence
    assert evidence.get(finding) != "present", evidence
