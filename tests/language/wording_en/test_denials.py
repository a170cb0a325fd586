"""Where a denial or a doubt reaches, and where it must stop.

A denial read too far marks a red flag absent and the interview stops asking about it,
so a doubt about WHEN must not doubt the facts said after it, an approximate number is
no doubt, a denial ends at a new subject in a run-on, a form field's answer belongs to
its field, and a denied report denies what was reported.

Every sentence is written fresh for these tests (not taken from any corpus) and read
by the English rules alone, so the trained model cannot hide a broken phrase.
Near-misses that must NOT fire stand beside each mechanism.
"""

from __future__ import annotations

import pytest

from tests.language.wording_en.reading import rules


# A doubt about WHEN doubts the time, not what is said after it.
@pytest.mark.parametrize(
    "text",
    [
        "no clue when i'm due next, my cycle's been all over the place this year",
        "dunno when my period is meant to come tbh they're all over the place",
        "idk when its due honestly my periods are irregular",
    ],
)
def test_a_doubt_about_when_does_not_doubt_periods_going_on(text: str) -> None:
    assert rules(text).get("postmenopausal") == "absent"


def test_a_doubt_about_when_still_doubts_when_the_period_is_due() -> None:
    assert rules("not sure when my period is due").get("period_due") == "unknown"


def test_a_doubt_about_when_still_doubts_the_last_smear() -> None:
    evidence = rules("I am not sure when I last had a smear, maybe six years back")
    assert "present" not in (
        evidence.get("screening_overdue_or_never"),
        evidence.get("screening_up_to_date"),
    )


def test_a_doubt_about_whether_is_still_a_doubt() -> None:
    """Near-miss: "not sure if" is a doubt about the thing itself."""
    assert rules("not sure if I'm going through the menopause").get("postmenopausal") == "unknown"


# An approximate number is no doubt.
@pytest.mark.parametrize(
    "text",
    [
        "it happened maybe five or six times and my periods are further apart these days",
        "bled after sex perhaps 3 times, periods still come every month",
    ],
)
def test_an_approximate_count_does_not_doubt_what_follows(text: str) -> None:
    assert rules(text).get("postmenopausal") == "absent"


def test_a_denial_ends_at_a_new_subject_in_a_run_on() -> None:
    """ "she is not sleeping well she has periods stopped years ago": the "not" is
    about her sleep, not about her periods."""
    text = "she is 67 she is not sleeping well she says periods stopped years ago"
    assert rules(text).get("postmenopausal") == "present"


def test_a_denial_still_covers_its_own_clause() -> None:
    """Near-miss: "don't think I'm pregnant" is still one clause."""
    assert rules("I don't think I'm pregnant").get("pregnant") == "absent"


# A denial that has reached a thing ends at a new subject in a run-on: the second
# clause is stated, not denied.
@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("I'm not pregnant I have the Kyleena coil", "hormonal_contraception"),
        ("im not breastfeeding ive been on the mini pill since", "hormonal_contraception"),
        ("no fever she's got the implant in", "hormonal_contraception"),
        ("it doesn't hurt I've got a smelly discharge", "discharge_offensive"),
    ],
)
def test_a_denial_ends_at_a_new_subject_after_its_thing(text: str, finding: str) -> None:
    assert rules(text).get(finding) == "present"


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # Nothing denied yet before the new subject: the denial goes on.
        ("I don't think I'm pregnant", "pregnant"),
        ("never been told I've got a polyp", "known_polyp"),
        ("I'm not pregnant", "pregnant"),
    ],
)
def test_a_denial_still_reaches_past_a_thinking_verb(text: str, finding: str) -> None:
    assert rules(text).get(finding) == "absent"


# A phrase that opens with its own denial ("not on anything", "not taking any tablets")
# denies what stands in its gap and one short item after an "or".
@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("I'm not on HRT or anything like that", "on_hrt"),
        ("I do not take HRT or any other tablets", "on_hrt"),
        ("not on any meds or the pill", "hormonal_contraception"),
        ("Not taking any medication or HRT.", "on_hrt"),
    ],
)
def test_a_denial_held_by_a_phrase_reaches_its_gap_and_list(text: str, finding: str) -> None:
    assert rules(text).get(finding) == "absent"


def test_a_held_denial_stops_at_the_next_clause() -> None:
    said = rules("Not on any meds, on the pill since May.")
    assert said.get("hormonal_contraception") == "present"


# A clinic's "nil" is "no".
@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("PCB x1. Nil fever.", "fever"),
        ("Nil abdo pain, nil discharge.", "lower_abdominal_pain"),
        ("Nil abdo pain, nil discharge.", "discharge_abnormal"),
    ],
)
def test_nil_is_a_denial(text: str, finding: str) -> None:
    assert rules(text).get(finding) == "absent"


def test_nil_does_not_reach_a_new_subject() -> None:
    assert rules("nil else I'm on the implant").get("hormonal_contraception") == "present"


# A denial after "but" in a phrase's gap that reaches its last word denies the phrase.
@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("more discharge than normal but no smell", "discharge_offensive"),
        ("a creamy discharge though it doesn't smell", "discharge_offensive"),
    ],
)
def test_a_denial_after_but_reaches_the_phrase_end(text: str, finding: str) -> None:
    assert rules(text).get(finding) == "absent"


def test_a_denial_that_stops_before_the_phrase_end_leaves_it() -> None:
    said = rules("discharge that is not itchy, it smells fishy")
    assert said.get("discharge_offensive") == "present"


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        ("Exam: no active bleeding", "bleeding_ongoing", "absent"),
        ("On inspection: no warts seen", "warts_seen", "absent"),
        # The form answer still looks back when nothing follows it.
        ("Fever: no. Pain: yes", "fever", "absent"),
    ],
)
def test_a_colon_field_answer_follows_the_colon(text: str, finding: str, value: str) -> None:
    assert rules(text).get(finding) == value


def test_a_doubt_answering_a_form_field_ends_at_its_comma() -> None:
    """ "Pregnant: not sure, period 10 days late": the late period is a fact."""
    said = rules("Pregnant: not sure, period 10 days late. Pain: none.")
    assert said.get("pregnancy_possible") == "present"
    # A doubt that is not a field's answer still carries over its comma.
    assert rules("maybe, I think my period is late").get("pregnancy_possible") == "unknown"


# A denied report carries into what was reported.
@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("I've never been told I have a polyp.", "known_polyp"),
        ("nobody has ever said I had an ectropion", "known_ectropion"),
        ("the doctor never told me that I had endometriosis", "known_endometriosis"),
    ],
)
def test_a_denied_report_denies_what_was_reported(text: str, finding: str) -> None:
    assert rules(text).get(finding) == "absent"


def test_a_report_that_was_not_denied_still_reads() -> None:
    assert rules("No pain. The nurse told me I have a polyp.").get("known_polyp") == "present"


# A new subject two words after a verb denial starts its own clause, unless the word
# between takes it as an object (session 13c): a leaking denial must not deny the
# menopause, a red flag.
@pytest.mark.parametrize(
    "text",
    [
        "mum is not drinking her periods ended eight years ago",
        "she isn't smoking her periods finished about ten years back",
        "she's not working our gp says her periods stopped years ago",
    ],
)
def test_a_denial_two_words_before_a_new_subject_stops(text: str) -> None:
    assert rules(text).get("postmenopausal") == "present"


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("she is not on her HRT any more", "on_hrt"),
        ("mum isn't taking her tablets for hrt now", "on_hrt"),
        ("I'm not using my coil any more", "iud_in_place"),
        ("I don't think I'm pregnant", "pregnant"),
    ],
)
def test_a_denial_still_reaches_its_object_after_a_possessive(text: str, finding: str) -> None:
    assert rules(text).get(finding) == "absent"


# A dash ends what a denial says forward, not what an answer after it denies backward.
def test_a_dash_ends_a_forward_denial() -> None:
    evidence = rules("Definitely not pregnant – I have the implant")
    assert evidence.get("pregnant") == "absent"
    assert evidence.get("hormonal_contraception") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "temperature, tummy pain, smelly discharge - none of them",
        "fever, belly pain, discharge: none of the above",
    ],
)
def test_a_list_answered_after_a_dash_or_colon_is_denied(text: str) -> None:
    evidence = rules(text)
    assert evidence.get("fever") == "absent"
    assert evidence.get("lower_abdominal_pain") == "absent"


# A denial before a subordinate clause covers it: "it's not when I pee" denies the pain
# on passing urine; the new subject after "when" starts no clause of its own.
@pytest.mark.parametrize(
    "text",
    [
        "it burns outside, no it's not when I pee, just sore to touch",
        "it doesn't sting when I wee",
        "stings outside, no its not when I pee its only sore when touched",
    ],
)
def test_a_denial_covers_a_when_clause(text: str) -> None:
    assert rules(text).get("pain_on_urination") == "absent"


# Session 14: a phrase that starts on denied words and runs over a comma into the next
# clause states nothing ("...pee, it is only sore" is not a painful pee); the same wide
# phrase with no denial before it still reads.
@pytest.mark.parametrize(
    "text",
    [
        "it does not burn when I pee, it is only sore on the outside",
        "doesn't sting when i wee, its just a bit tender outside",
        "No burning when I pee, it's only itchy",
    ],
)
def test_a_denied_phrase_is_not_stated_again_by_the_clause_after_its_comma(text: str) -> None:
    assert rules(text).get("pain_on_urination") == "absent"


@pytest.mark.parametrize("text", ["when I pee, it stings", "when i wee, it hurts a lot"])
def test_a_wide_phrase_over_a_comma_still_reads_with_no_denial(text: str) -> None:
    assert rules(text).get("pain_on_urination") == "present"


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # A form's labelled answer answers its question.
        ("Q: Was it heavy? A: No, only a streak.", "bleeding_heavy", "absent"),
        ("Q: Any tummy pain? A: Yes, low down.", "lower_abdominal_pain", "present"),
        ("Q: Could you be pregnant? A - No.", "pregnancy_possible", "absent"),
        # Dialect and degree denials.
        ("nowt heavy, only a few spots on the sheet", "bleeding_heavy", "absent"),
        ("it's still trickling but nowhere near heavy", "bleeding_heavy", "absent"),
        # A clinic's denial said after the thing.
        ("PCB last night. Plan B not taken.", "emergency_contraception_recent", "absent"),
        ("Morning after pill not yet taken.", "emergency_contraception_recent", "absent"),
    ],
)
def test_denials_in_forms_and_dialect(text: str, finding: str, value: str) -> None:
    assert rules(text).get(finding) == value


@pytest.mark.parametrize(
    "text",
    [
        "I am twenty four I am not pregnant I have the implant",
        "am sure I am not pregnant, we always use condoms",
    ],
)
def test_a_denial_inside_what_looks_like_a_question_is_a_statement(text: str) -> None:
    assert rules(text).get("pregnancy_possible") == "absent"


@pytest.mark.parametrize("text", ["am I pregnant?", "could I be pregnant after this"])
def test_a_question_without_a_denial_stays_a_doubt(text: str) -> None:
    assert rules(text).get("pregnancy_possible") == "unknown"


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # A denial said after its noun: a form's answer, dialect word order, "no problem".
        ("Smoking: stopped 2021", "smoker", "absent"),
        ("Smoker - never", "smoker", "absent"),
        ("dryness wasnt an issue before the baby", "vaginal_dryness", "absent"),
        # Near-misses: a form's amount, and a plain statement, still read.
        ("Smoking: 15 a day", "smoker", "present"),
        ("dryness is a real problem since the menopause", "vaginal_dryness", "present"),
    ],
)
def test_a_denial_after_its_noun(text: str, finding: str, value: str) -> None:
    assert rules(text).get(finding) == value
