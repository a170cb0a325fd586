"""Pydantic models for the per-language lexicon files (``language/<lang>.yaml``).

Strict like the rest of the knowledge base: a misspelt key in a hand-written
lexicon must fail loudly, not silently drop a list of phrases.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = [
    "AgeSplit",
    "ExamSectionsFile",
    "FindingPhrases",
    "LexiconFile",
    "TestResults",
    "Triggers",
]

Phrase = Annotated[str, Field(min_length=1, max_length=200)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class FindingPhrases(_Strict):
    """What words mean for one finding.

    ``present``/``absent``/``unknown`` phrases set that value directly (context
    such as "no" or "not sure" may still change it). ``when_negated`` phrases are
    too vague to count on their own ("pain") but are clear when denied ("no pain").
    """

    present: list[Phrase] = Field(default_factory=list)
    absent: list[Phrase] = Field(default_factory=list)
    unknown: list[Phrase] = Field(default_factory=list)
    when_negated: list[Phrase] = Field(default_factory=list)
    # Session 12c: words that take the finding's absence for granted whatever is said
    # of them: "no bleeding between periods", "not sure if I spot between periods" still
    # have periods, so she is not postmenopausal. Read absent in any context but another
    # person's or a hypothetical, and never over another reading of the finding.
    implied_absent: list[Phrase] = Field(default_factory=list)


class Triggers(_Strict):
    """ConText-style cue phrases, by what they do and which way they look."""

    negation_forward: list[Phrase] = Field(default_factory=list)
    negation_list: list[Phrase] = Field(default_factory=list)  # forward, across commas
    negation_backward: list[Phrase] = Field(default_factory=list)
    # Backward denials whose subject takes the denied-list form (Russian genitive:
    # "боли нет", "температуры не было"): their scope goes back only over words in
    # that form and ``list_particles``, so in a run-on "мазнуло чуть-чуть боли никакой
    # нет" denies the pain, not the spotting. Like negation_backward otherwise.
    negation_backward_listed: list[Phrase] = Field(default_factory=list)
    # Elliptic denials that repeat an earlier one ("Пропусков не было, рвоты тоже",
    # "температуры тоже"): like negation_backward_listed, but only after a denial in
    # the same or the previous sentence, else they deny nothing (session 5).
    negation_elliptic: list[Phrase] = Field(default_factory=list)
    uncertain_forward: list[Phrase] = Field(default_factory=list)
    uncertain_backward: list[Phrase] = Field(default_factory=list)
    other_person_forward: list[Phrase] = Field(default_factory=list)
    # Session 13d: someone else's story ("У подруги после секса была кровь, ей нашли
    # полип и удалили"): hers over commas, dashes and "and", to the sentence end or to
    # a word of ``story_ends`` (the writer herself, "а", "но"). Empty: the rule is off.
    other_person_story: list[Phrase] = Field(default_factory=list)
    story_ends: list[Phrase] = Field(default_factory=list)
    hypothetical_forward: list[Phrase] = Field(default_factory=list)
    # Session 15: a method named before what is done with it ("Declined POP" is forward;
    # "Cu-IUD declined", "the coil was offered"): offered, planned or refused, not in use.
    hypothetical_backward: list[Phrase] = Field(default_factory=list)
    pseudo: list[Phrase] = Field(default_factory=list)
    terminators: list[Phrase] = Field(default_factory=list)
    # Words that close a list ("or" in "no pain, fever or discharge"): a denial
    # that reaches a comma goes on over the list when one of them follows.
    list_joiners: list[Phrase] = Field(default_factory=list)
    # Small words that may stand inside such a list ("вообще", "тоже", "раньше").
    list_particles: list[Phrase] = Field(default_factory=list)
    # Denials of a thing ("no", "nothing", "none"), not of a verb: a subject word
    # of ``clause_starts`` after one begins a new clause in a run-on ("no fever
    # nothing I'm on the pill" does not deny the pill; "don't think I'm pregnant"
    # still denies).
    noun_denials: list[Phrase] = Field(default_factory=list)
    clause_starts: list[Phrase] = Field(default_factory=list)
    # Session 12b: a reporting verb right before the new subject carries a denial
    # into its clause: "never been told I've got a polyp" is no known polyp.
    reporting_verbs: list[Phrase] = Field(default_factory=list)
    # Words that may stand between the reporting verb and the report ("told me that
    # I've got"): up to three of them, each one of these.
    reporting_links: list[Phrase] = Field(default_factory=list)
    # Session 13c: words after a verb denial that take the next words as their object
    # ("not on her HRT", "not taking my pill", "don't think I'm"): a new subject right
    # after one of them is still denied; after any other word ("she is not dieting her
    # periods stopped years ago") it starts a clause of its own. Empty: the rule is off.
    object_words: list[Phrase] = Field(default_factory=list)
    # Session 13: backward verb denials that answer a sentence that is only a list, as
    # the list triggers do ("Антикоагулянты, гормональные препараты не принимает").
    form_denials: list[Phrase] = Field(default_factory=list)
    # A doubt that with a denial is still a denial ("probably not", "no fever I think"):
    # she believes it is not so. Alone it is a doubt like the uncertain_* lists.
    hedge_forward: list[Phrase] = Field(default_factory=list)
    hedge_backward: list[Phrase] = Field(default_factory=list)
    # Past time ("last year", "years ago", "as a teenager"): the clause around it is
    # history, so a finding of ``current_state`` in it says nothing about now.
    past_time: list[Phrase] = Field(default_factory=list)
    # Past time that looks forward only ("used to", "when I was on the pill").
    past_forward: list[Phrase] = Field(default_factory=list)
    # Words that make a past-time clause still true now ("since last year", "started
    # the pill 2 years ago", "had a coil fitted years ago"): the clause stays current.
    past_blockers: list[Phrase] = Field(default_factory=list)
    # Words of now ("now", "today", "yesterday") that end a past-time scope.
    present_time: list[Phrase] = Field(default_factory=list)
    # Someone else's body ("on his willy", "he has", "my partner had"): a finding of
    # ``partner_body`` in the scope is read as the one it maps to (or dropped).
    partner_forward: list[Phrase] = Field(default_factory=list)
    partner_backward: list[Phrase] = Field(default_factory=list)


class AgeSplit(_Strict):
    """At ``age`` or over the ``older`` finding is meant, under it the ``younger``."""

    older: str
    younger: str
    age: Annotated[int, Field(ge=1, le=120)]


class NamedTest(_Strict):
    """The words that name one test, and those that name others (session 12b): a
    result said of a test that is not named ("test was negative") belongs to the
    test named just before it ("my chlamydia test was negative")."""

    own: list[Phrase] = Field(default_factory=list)
    others: list[Phrase] = Field(default_factory=list)


class TestResults(_Strict):
    """Lab results said of named tests (session 10, Russian): "ПЦР на хламидии и
    гонорею — отрицательно", "хламидии положительный, гонорея — отрицательно". A
    result word answers the tests named before it since the last result word (or,
    when none stand before it, the tests listed after it), and only those."""

    findings: list[Phrase] = Field(default_factory=list)
    present: list[Phrase] = Field(default_factory=list)
    absent: list[Phrase] = Field(default_factory=list)
    # "пока результатов нет": a test named but not answered yet says nothing.
    pending: list[Phrase] = Field(default_factory=list)
    # Words that end a result's reach back to a test: another test ("тест на
    # беременность отрицательный") or a turn ("хламидии нашли, а ХГЧ отриц.").
    blockers: list[Phrase] = Field(default_factory=list)
    # Words that tie a result said first to the test after it ("positive for
    # gonorrhoea and negative for chlamydia"): that result answers that test alone.
    links: list[Phrase] = Field(default_factory=list)


class ExamSectionsFile(_Strict):
    """A reported examination (session 10, Russian): its findings are read only in a
    field that a heading opens ("Осмотр в зеркалах:", "Бимануально:"), and the
    ``normal`` finding only when no other of them is read present."""

    findings: list[Phrase] = Field(default_factory=list)
    # A heading opens a field with a colon or dash soon after it ("Осмотр в
    # зеркалах:"); a bare heading needs none ("Бимануально без особенностей").
    headings: list[Phrase] = Field(default_factory=list)
    bare_headings: list[Phrase] = Field(default_factory=list)
    normal: Phrase | None = None


class LexiconFile(_Strict):
    """One language: spelling fixes, word forms, triggers and phrases per finding."""

    language: Literal["en", "ru"]
    max_scope: Annotated[int, Field(ge=1, le=30)] = 6
    # How far a forward doubt reaches ("not sure if it was blood or just my discharge
    # being a weird colour"); by default as far as a denial (max_scope).
    doubt_scope: Annotated[int, Field(ge=1, le=30)] | None = None
    # Whether a comma ends a phrase's short gap ("heavy smoker, bled" is no "heavy
    # bleed"); off where commas stand inside a clause ("больно, особенно глубоко").
    commas_end_gaps: bool = False
    misspellings: dict[str, str] = Field(default_factory=dict)
    word_forms: dict[str, str] = Field(default_factory=dict)
    triggers: Triggers
    # Phrases that mean nothing here but hold words a finding's phrase would take:
    # "every time I brush" (not bleeding history), "heavy periods" (not heavy
    # bleeding now). A phrase sharing a word with one of them is not read.
    ignore: list[Phrase] = Field(default_factory=list)
    # Words for the writer as the one acted on ("me"): a phrase holding one is hers
    # even when someone else is named ("my cousin's boyfriend did stuff to me").
    first_person: list[Phrase] = Field(default_factory=list)
    # One-word answers to a question just asked ("Could you be pregnant? No."): the
    # answer gives the question's phrases their value, as on a form.
    answer_yes: list[Phrase] = Field(default_factory=list)
    answer_no: list[Phrase] = Field(default_factory=list)
    # An "I don't know" right after such a question ("Беременна? Не знаю."): the
    # question's phrases are doubted, not stated (session 5).
    answer_unknown: list[Phrase] = Field(default_factory=list)
    # Words a bare yes/no question may hold besides the phrase ("Я беременна?",
    # "Неужели беременна?"): such a question, unanswered, is a doubt (session 5).
    question_fillers: list[Phrase] = Field(default_factory=list)
    findings: dict[str, FindingPhrases]
    # Findings about now: a past-time clause ("had chlamydia last year") does not
    # give them (``bleeding_recurrent`` is about the past and is not listed).
    current_state: list[Phrase] = Field(default_factory=list)
    # A finding on the partner's body: the finding it is read as (his discharge ->
    # partner_sti), or null when it means nothing for her (his fever).
    partner_body: dict[str, str | None] = Field(default_factory=dict)
    # A doubted finding read as another's doubt: "not sure if I'm pregnant" is doubt
    # about whether she could be (pregnancy_possible), never an answer to "pregnant".
    doubted_as: dict[str, str] = Field(default_factory=dict)
    # Phrases read as both findings of a pair ("no period since ...": menopause or a
    # possible pregnancy): her age picks one.
    age_decides: list[AgeSplit] = Field(default_factory=list)
    # A doubt about when or where ("dunno when my period's due, they're all over the
    # place", "don't know from where") is no doubt about what is said after it: it
    # doubts only the ``time_findings`` (when the period is due) (session 9).
    time_words: list[Phrase] = Field(default_factory=list)
    time_findings: list[Phrase] = Field(default_factory=list)
    # A denial of the first finding left unsaid when the second is read present
    # (session 9, Russian): heavy bleeding already says it was more than spotting,
    # and the annotation codes only the heavy ("прокладка за час полная").
    unsaid_absent_when: dict[str, str] = Field(default_factory=dict)
    # Session 12 (Russian): findings where a plain statement outweighs a doubt said
    # elsewhere in the text ("может уже климакс ... месячные идут регулярно" is not
    # postmenopausal), and findings a stated number decides over the words ("сыну
    # 8 мес." decides recently_gave_birth over "месячных после родов не было").
    stated_over_doubt: list[Phrase] = Field(default_factory=list)
    numbers_decide: list[Phrase] = Field(default_factory=list)
    # Session 12 (Russian): findings a later statement clears, per the contract's "not
    # yet cleared" ("CIN2, конизация, с тех пор все мазки чистые"): a denial counts
    # only after the finding was said, and then the last said wins.
    later_clears: list[Phrase] = Field(default_factory=list)
    # Session 12 (Russian): phrases that rule a finding out outright ("беременность
    # исключена", "матку удалили"): they outrank a possibility inferred from other words
    # ("месячные должны были начаться"). Each must be one of the finding's absent phrases.
    ruling_out: dict[str, list[Phrase]] = Field(default_factory=dict)
    # Session 12b: a finding another one, read present in the same sentence, explains
    # away: periods stopped on a contraceptive ("no periods on the implant"), while
    # breastfeeding or since the baby are not the menopause.
    explained_by: dict[str, list[Phrase]] = Field(default_factory=dict)
    # Session 12b: results of a finding's test that do not name it are left to the
    # other test named right before them (NamedTest).
    named_tests: dict[str, NamedTest] = Field(default_factory=dict)
    # Words that report an examination ("O/E", "Speculum:", "on exam", "had a look"):
    # a finding of ``exam_body`` later in the same sentence is what the examiner saw,
    # read as the finding it maps to ("O/E: 1 cm polyp at os" is exam_polyp, not her
    # known_polyp; "Spec: no ectropion" denies exam_ectropion) (session 10).
    exam_openers: list[Phrase] = Field(default_factory=list)
    exam_body: dict[str, str] = Field(default_factory=dict)
    # Ordinary words the spelling repair must leave alone ("cancel" is not "cancer",
    # "modest" not "molest"): real words one edit from a lexicon word.
    speller_keep: list[Phrase] = Field(default_factory=list)
    # Abbreviations whose dot does not end the sentence when it goes on in small
    # letters ("8 мес. назад: норма", "в наст. вр. не беспокоят") (session 12b).
    abbreviations: list[Phrase] = Field(default_factory=list)
    test_results: TestResults | None = None
    exam_sections: ExamSectionsFile | None = None

    @field_validator("misspellings", "word_forms")
    @classmethod
    def _lower(cls, value: dict[str, str]) -> dict[str, str]:
        for wrong, right in value.items():
            if wrong != wrong.lower() or right != right.lower():
                raise ValueError(f"write {wrong!r}: {right!r} in lower case")
        return value
