"""Red flags in the many ways people say them, and their denials.

The phrases below were written for this test (not taken from the annotated
corpus): plain words, slang, metaphors, typos and missing apostrophes. Each
present sentence must be read as present; each denial must never be read as
present (a wrongly denied red flag is the dangerous error, so the denial lists
only check that no false alarm is raised and that the finding is read absent).
"""

from __future__ import annotations

import pytest

from bleedcheck import read
from tests.language.wording import cases

PRESENT: dict[str, list[str]] = {
    "bleeding_heavy": [
        "after sex it just started pouring out of me",
        "bleeding like a tap since we finished",
        "there's blood everywhere, all over the bathroom floor",
        "it's gushing and won't slow down",
        "I've soaked through two pads in an hour",
        "the blood has gone through my jeans",
        "I'm filling a pad every half hour",
        "it's like a really heavy period, way more than normal",
        "bleeding loads after sex",
        "there's tons of blood",
        "bled a huge amount after we had sex",
        "I've bled through the towel",
        "blood is dripping onto the floor",
        "massive amounts of blood after sex",
        "the toilet bowl is full of blood",
        "bleeding really heavily and it won't stop",
        "bleedin heavy after sex",
        "lost about 200 ml of blood after sex",
    ],
    "bleeding_clots": [
        "there are clots the size of a 50p",
        "passing big lumps of blood",
        "clots like jelly coming out",
        "blood clots the size of a golf ball",
        "clotty blood after sex",
    ],
    "bleeding_ongoing": [
        "I'm still bleeding now",
        "it hasn't stopped since last night",
        "the bleeding won't stop",
        "still bleeding three hours later",
        "it keeps coming",
        "it's not stopping",
        "bleeding nonstop since we had sex",
        "it hasnt stopped yet",
        "I've been bleeding on and off since last night",
    ],
    "dizziness_or_fainting": [
        "I blacked out in the bathroom",
        "I keep feeling like I'm going to pass out",
        "the room is spinning",
        "I feel really lightheaded when I stand up",
        "I fainted after sex",
        "I went all woozy",
        "I nearly fainted on the toilet",
        "my vision went black when I stood up",
        "I feel faint",
        "I collapsed on the floor",
        "I keep going dizzy",
        "I'm feeling dizy and shaky",
    ],
    "signs_of_shock": [
        "I've gone white as a sheet and clammy",
        "she went grey and sweaty",
        "my heart is racing and I'm cold and clammy",
        "I'm pale and sweaty and shaking",
        "my heart is beating really fast",
        "I'm cold and clammy",
        "my heart's pounding and I'm breathless",
        "she's gone really pale and her lips are blue",
    ],
    "sudden_severe_pain_with_sex": [
        "halfway through sex I got a sudden stabbing pain",
        "it was the worst pain of my life",
        "I was doubled over in pain after sex",
        "excruciating pain during sex",
        "a sharp pain during sex made me stop",
        "I was in agony after sex",
        "the pain is unbearable",
        "suddenly it really hurt inside and I had to stop",
        "I can't stand up straight because of the pain",
        "the pain was so bad I was screaming",
        "a sudden severe pain low down during sex",
    ],
    "pain_one_sided": [
        "stabbing on the left side",
        "pain on my right side",
        "my left side hurts",
        "a sharp pain on one side low down",
        "aching on the right",
        "pain just on the left of my tummy",
        "right-sided pain since sex",
        "it hurts on my left ovary",
    ],
    "shoulder_tip_pain": [
        "the tip of my shoulder hurts",
        "weird pain in my shoulder",
        "my shoulder aches when I lie down",
        "pain at the top of my shoulder",
        "shoulder tip pain",
    ],
    "pregnant": [
        "I'm 8 weeks pregnant",
        "I'm preggo",
        "I'm pregnant with my second",
        "had a positive pregnancy test last week",
        "we're expecting our first baby",
        "i'm preg",
        "I'm currently pregnant",
        "I found out I'm pregnant",
        "I'm about 10 weeks gone",
        "my midwife said to call",
        "im pregnent",
    ],
    "pregnancy_possible": [
        "my period is late",
        "the condom split",
        "we didn't use protection",
        "my period hasn't come this month",
        "I'm a week late",
        "we had unprotected sex",
        "the condom came off",
        "we're trying for a baby",
        "we've been trying to conceive",
        "I missed my period",
        "my period is overdue",
    ],
    "pregnancy_16_weeks_or_more": [
        "I'm 20 weeks pregnant",
        "I'm 6 months pregnant",
        "I'm in my third trimester",
        "I can feel the baby kicking",
        "I'm 28 weeks",
    ],
    "tissue_protruding": [
        "something is sticking out of my vagina",
        "there's a lump hanging out down there",
        "something is coming out of me",
        "it feels like something is falling out",
        "there's a bulge at the opening",
        "something is poking out",
    ],
    "non_consensual_sex": [
        "he forced me",
        "I was raped",
        "I didn't want to but he kept going",
        "I said no and he didn't stop",
        "I think my drink was spiked",
        "I was too drunk to say no",
        "he made me do it",
        "it wasn't consensual",
        "I was sexually assaulted",
        "he held me down",
        "I woke up and he was having sex with me",
        "he wouldnt stop when I asked",
        "my cousin's boyfriend did stuff to me that I didn't want",
        "my ex forced me",
    ],
    "fever": [
        "I've got a fever",
        "I'm running a temperature",
        "I feel hot and shivery",
        "I've got the chills",
        "I'm burning up",
        "my temp is 38.5",
        "I've been having night sweats and a high temperature",
        "feeling feverish",
    ],
    "feeling_very_unwell": [
        "I feel really unwell",
        "I feel awful",
        "I feel like I'm dying",
        "I feel terrible",
        "I'm really poorly",
    ],
    "lower_abdominal_pain": [
        "my tummy hurts",
        "I've got a pain low in my belly",
        "pelvic pain",
        "my lower stomach is killing me",
        "aching low down in my tummy",
        "abdo pain since last night",
        "pain in my lower abdomen",
    ],
    "postmenopausal": [
        "I went through the menopause years ago",
        "I haven't had a period in 5 years",
        "I'm post menopausal",
        "my periods stopped when I was 50",
        "I've not had a period for years",
    ],
    "blood_thinner": [
        "I'm on warfarin",
        "I take apixaban",
        "I'm on blood thinners",
        "I take rivaroxaban for a clot",
        "I'm on a daily aspirin",
    ],
    "lump_or_ulcer": [
        "I found a lump inside",
        "there's an ulcer on my labia",
        "a sore that won't heal",
        "I can feel a growth near my cervix",
    ],
    "weight_loss_unexplained": [
        "I've lost weight without trying",
        "I've been losing weight and I don't know why",
        "I've dropped a stone without dieting",
    ],
    "discharge_offensive": [
        "the discharge smells awful",
        "there's a really bad smell down there",
        "it smells fishy",
        "a foul-smelling discharge",
    ],
}

# Denials of red flags: read as absent, never present.
ABSENT: dict[str, list[str]] = {
    "bleeding_heavy": [
        "it wasn't heavy",
        "not a lot of blood",
        "the bleeding was not heavy at all",
    ],
    "dizziness_or_fainting": [
        "I'm not dizzy",
        "no dizziness or fainting",
        "I haven't fainted",
        "didnt feel faint",
        "not lightheaded",
    ],
    "signs_of_shock": [
        "not pale or clammy",
        "I'm not cold or clammy",
    ],
    "fever": [
        "no fever",
        "I don't have a temperature",
        "no temp",
        "I havent had a fever",
        "no pain, fever or discharge",
    ],
    "lower_abdominal_pain": [
        "no tummy pain",
        "I don't have any pain",
        "my tummy doesn't hurt",
        "no pain at all",
    ],
    "pregnant": [
        "I'm not pregnant",
        "im not pregnant",
        "Im definitely not pregnant",
    ],
    "shoulder_tip_pain": [
        "no shoulder pain",
    ],
    "pain_one_sided": [
        "no pain on either side",
        "no one-sided pain",
    ],
    "tissue_protruding": [
        "nothing is sticking out",
        "nothing bulging or coming out",
    ],
    "non_consensual_sex": [
        "it was consensual",
        "I wanted to, it was my choice",
    ],
    "bleeding_ongoing": [
        "it has stopped now",
        "it stopped after a few minutes",
        "the bleeding stopped on its own",
    ],
}

# Ordinary texts: none of these red flags may be read present.
ORDINARY: list[tuple[str, tuple[str, ...]]] = [
    ("I always have heavy periods but this was just a little spotting", ("bleeding_heavy",)),
    ("a bit of blood after sex, just a few spots, no pain", ("bleeding_heavy",)),
    ("my friend fainted once when she had this", ("dizziness_or_fainting",)),
    ("my friend was raped last year and I'm worried for her", ("non_consensual_sex",)),
    ("my smear was done before I got pregnant", ("pregnant",)),
    ("I eat loads of fruit and veg", ("restricted_diet",)),
    ("the nurse said it looked fine", ("breastfeeding",)),
    ("I'm on apixaban for a clot in my lung, spotted after sex", ("bleeding_clots",)),
    ("drank 500 ml of water, then a few spots of blood", ("bleeding_heavy",)),
    ("had a fever last month from flu, bled a little after sex today", ()),
    ("I felt a bit sore after, no big deal", ("sudden_severe_pain_with_sex",)),
    ("my shoulder is fine, no pain anywhere", ("shoulder_tip_pain", "lower_abdominal_pain")),
    ("on the pill, not pregnant, bled once after sex", ("pregnant", "pregnancy_possible")),
    ("I don't feel dizzy or faint at all", ("dizziness_or_fainting",)),
    ("it stopped after a minute", ("bleeding_ongoing",)),
]


@pytest.mark.parametrize(("finding", "text"), cases(PRESENT))
def test_red_flag_paraphrase_is_present(finding: str, text: str) -> None:
    evidence = read(text, "en").evidence
    assert evidence.get(finding) == "present", evidence


@pytest.mark.parametrize(("finding", "text"), cases(ABSENT))
def test_red_flag_denial_is_absent(finding: str, text: str) -> None:
    evidence = read(text, "en").evidence
    assert evidence.get(finding) == "absent", evidence


@pytest.mark.parametrize(("text", "findings"), ORDINARY)
def test_ordinary_text_raises_no_false_red_flag(text: str, findings: tuple[str, ...]) -> None:
    evidence = read(text, "en").evidence
    for finding in findings:
        assert evidence.get(finding) != "present", (finding, evidence)
