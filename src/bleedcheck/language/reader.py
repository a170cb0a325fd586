"""Free text -> evidence: the lexicon, the context rules and the numbers together.

Deterministic and fast (a few milliseconds a text): no model, no network. When
one finding is read more than once with different values, the more worrying
reading wins (present over unknown over absent), so a text can never talk the
triage down by repeating a denial.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from bleedcheck.engine.case import Answer, CaseError
from bleedcheck.language.context import DOUBTS, Cue, Scopes
from bleedcheck.language.lexicon import LANGUAGES, Lexicon, Phrase, load_lexicon
from bleedcheck.language.matcher import Match, outermost
from bleedcheck.language.model import load_text_model
from bleedcheck.language.normalise import Token, tokenise
from bleedcheck.language.quantities import Fact, read_age, read_facts, read_method_start
from bleedcheck.language.reading import Reading, TextMatch

__all__ = ["MAX_TEXT", "Reading", "TextMatch", "read", "read_rules"]

MAX_TEXT = 10_000
_RANK: dict[Answer, int] = {"absent": 0, "unknown": 1, "present": 2}
# What one answer says about another when the text says nothing of the other: a
# pregnancy that is not possible is not there ("can't be pregnant, I'm sterilised").
_IMPLIED: tuple[tuple[tuple[str, Answer], tuple[str, Answer]], ...] = (
    (("pregnancy_possible", "absent"), ("pregnant", "absent")),
    # Session 13: whether she missed pills, said any way ("missed 2 pills", "never miss
    # one", "not sure if I missed one"), says she is on the pill (every training and
    # dev text in both languages codes it so).
    (("missed_pills", "present"), ("hormonal_contraception", "present")),
    (("missed_pills", "absent"), ("hormonal_contraception", "present")),
    (("missed_pills", "unknown"), ("hormonal_contraception", "present")),
)
# What one answer makes unsaid (the conventions): once she is pregnant ("8 weeks
# pregnant", "BFP after 2 years TTC", "IVF pregnancy"), whether she could be is not
# asked, so "TTC" or "IVF" beside it says nothing more.
_SUBSUMED: dict[tuple[str, Answer], str] = {("pregnant", "present"): "pregnancy_possible"}


def _ignored(words: set[int], ignores: list[frozenset[int]]) -> bool:
    """A phrase sharing a word with an ignore phrase is not read ("heavy periods" is
    not heavy bleeding), unless it holds all that phrase's words and more: the longer
    phrase is the more specific ("periods still regular" over "periods ... regular")."""
    return any(words & i and not i < words for i in ignores)


def _holds_denial(words: set[int], denials: list[frozenset[int]]) -> int:
    """2 when the words hold a whole denial, 1 a part of one only, 0 none."""
    if any(span <= words for span in denials):
        return 2
    return 1 if any(span & words for span in denials) else 0


def _denial_wins(
    matches: list[Match[Phrase]], denials: list[frozenset[int]]
) -> list[Match[Phrase]]:
    """Of two phrases of one finding that share a word, the one holding a denial of its
    own speaks: "never miss" over "miss a pill", "haven't missed" over "missed pills",
    "hasn't stopped" over "bleeding ... stopped". One holding a whole denial speaks
    over one holding a part of one: "болит, живот" holds just the verb of "не
    болит", so "ничего не болит" speaks (session 14)."""
    denied = [_holds_denial(set(m.positions), denials) for m in matches]
    out = []
    for m, own in zip(matches, denied, strict=True):
        words = set(m.positions)
        beaten = any(
            other_denied > own
            and other is not m
            and other.payload.finding == m.payload.finding
            and words & set(other.positions)
            for other, other_denied in zip(matches, denied, strict=True)
        )
        if not beaten:
            out.append(m)
    return out


def _over_comma(match: Match[Phrase], commas: frozenset[int]) -> bool:
    """A phrase whose gap runs over a comma ("pee, it is only sore")."""
    return any(match.first < c < match.last for c in commas)


def _denied_run_ons(
    found: list[TextMatch],
    run_on: list[tuple[Match[Phrase], TextMatch]],
    denied_words: dict[str, set[int]],
) -> list[TextMatch]:
    """A phrase that starts on words a denial of the same finding holds and runs over a
    comma into the next clause says nothing: "it does not burn when I pee, it is only
    sore outside" denies the peeing, and "sore outside" is another thing. The denied
    words cannot be stated again by the clause after them."""
    drop = {
        id(read_as)
        for match, read_as in run_on
        if match.first in denied_words.get(read_as.finding, set())
    }
    return [m for m in found if id(m) not in drop]


def _value(
    match: Match[Phrase],
    cues: list[Cue],
    claimed: frozenset[int] = frozenset(),
    commas: frozenset[int] = frozenset(),
) -> tuple[Answer, Cue | None] | None:
    """The answer a phrase gives in its context; None when it says nothing.

    ``claimed``: the words of all phrases found; a denial whose next word belongs to
    another phrase is that phrase's ("не кружится прокладки хватает"). ``commas``:
    where the commas are; a denial before one answers its own item, not the next
    ("Болей никаких, выделения как обычно" keeps the usual discharge).
    """
    negation = next((c for c in cues if c.category == "negated"), None)
    doubts = [c for c in cues if c.category in DOUBTS]
    denies = negation is not None or match.payload.value == "absent"
    if denies and all(c.category == "hedge" for c in doubts):
        # "probably not", "no fever I think", "вроде ни одной не пропускала" (a phrase
        # that is a denial itself): a hedged denial is a denial.
        doubts = []
    doubt = doubts[0] if doubts else None
    stated = match.payload.value
    if stated == "ignore":
        return None
    if stated == "implied_absent":
        # "no bleeding between periods": denied or doubted, the periods are still there.
        return "absent", None
    if stated == "absent" and negation is not None:
        # "not normal", "hasn't stopped": only a denial right before or inside the phrase
        # flips it; one after it denies something else ("до него много лет никого не было").
        close = (
            match.first - 2 <= negation.last < match.first
            and negation.last + 1 not in claimed - set(match.positions)
            and negation.last + 1 not in commas
        ) or (match.first < negation.first < match.last)
        negation = negation if close else None
    if doubt is not None:
        if stated == "when_negated" and negation is None:
            return None
        return "unknown", doubt
    if stated == "unknown":
        # "Denies possibility of pregnancy", "no chance I'm pregnant": a denial right
        # at an "is it possible" phrase answers it.
        if negation is not None and negation.last == match.first - 1:
            return "absent", negation
        return "unknown", None
    if stated == "when_negated":
        return ("absent", negation) if negation is not None else None
    if negation is not None:
        return ("absent" if stated == "present" else "present"), negation
    return stated, None


def _tokens(text: str, lexicon: Lexicon) -> list[Token]:
    data = lexicon.data
    return tokenise(
        text,
        data.misspellings,
        data.word_forms,
        lexicon.key,
        lexicon.speller,
        lexicon.known,
        frozenset(data.abbreviations),
    )


def read(
    text: str, language: str = "en", *, knowledge: Path | None = None, model: bool = True
) -> Reading:
    """Read one text in ``language`` (en or ru); raise CaseError naming the bad field.

    The rules read first; the trained model (when the knowledge ships one for the
    language and ``model`` is true) then adds findings for which the text had no
    lexicon words at all. It never changes what the rules decided.
    """
    reading, tokens, scopes = read_rules(text, language, knowledge=knowledge)
    trained = load_text_model(language, knowledge) if model else None
    if trained is None:
        return reading
    return trained.revise(reading, text, tokens, scopes)


def read_rules(
    text: str, language: str = "en", *, knowledge: Path | None = None
) -> tuple[Reading, list[Token], Scopes]:
    """The rules' reading alone, with the tokens and scopes it was made from (which
    the trained model reads as features)."""
    if language not in LANGUAGES:
        raise CaseError("language", "must be one of en, ru")
    if not isinstance(text, str):
        raise CaseError("text", "must be text")
    if len(text) > MAX_TEXT:
        raise CaseError("text", f"is too long (at most {MAX_TEXT:,} characters)")
    lexicon = load_lexicon(language, knowledge)
    tokens = _tokens(text, lexicon)
    found_phrases = lexicon.phrases.find(tokens)
    ignores = [frozenset(m.positions) for m in found_phrases if m.payload.value == "ignore"]
    ignored = frozenset().union(*ignores)
    kept = [
        m
        for m in found_phrases
        if m.payload.value != "ignore" and not _ignored(set(m.positions), ignores)
    ]
    triggers = lexicon.triggers.find(tokens)
    denials = [frozenset(t.positions) for t in triggers if t.payload.category == "negated"]
    kept = _questions_broken_by_denials(kept, frozenset().union(*denials))
    # What words take for granted ("between periods" inside "no spotting between
    # periods") is read beside the phrase holding them, not hidden by it.
    granted = [m for m in kept if m.payload.value == "implied_absent"]
    phrases = outermost([m for m in kept if m.payload.value != "implied_absent"])
    phrases += outermost(granted)
    exams = lexicon.exams
    if exams is not None:
        # "Осмотр в зеркалах: эктопия": examination findings only in a reported exam.
        examined = exams.positions(text, tokens)
        phrases = [
            m for m in phrases if m.payload.finding not in exams.findings or m.first in examined
        ]
    phrases = _other_tests(phrases, tokens, lexicon)
    phrases = _denial_wins(phrases, denials)
    claimed = frozenset(p for m in phrases for p in m.positions) | ignored
    scopes = Scopes(
        tokens,
        triggers,
        lexicon.data.max_scope,
        claimed,
        frozenset(lexicon.data.triggers.list_joiners),
        lexicon.data.doubt_scope,
        lexicon.list_item(),
        frozenset(lexicon.data.triggers.list_particles),
        past_blockers=lexicon.words(lexicon.data.triggers.past_blockers),
        present_time=lexicon.words(lexicon.data.triggers.present_time),
        noun_denials=frozenset(lexicon.data.triggers.noun_denials),
        clause_starts=frozenset(lexicon.data.triggers.clause_starts),
        reporting_verbs=lexicon.words(lexicon.data.triggers.reporting_verbs),
        reporting_links=frozenset(lexicon.data.triggers.reporting_links),
        object_words=lexicon.words(lexicon.data.triggers.object_words),
        form_denials=frozenset(
            lexicon.data.triggers.negation_list + lexicon.data.triggers.form_denials
        ),
        clause_verb=lexicon.clause_verb(),
        part_of_speech=lexicon.part_of_speech(),
        phrase_spans=[m.positions for m in phrases],
        story_ends=frozenset(lexicon.data.triggers.story_ends),
    )
    commas = frozenset(i for i, token in enumerate(tokens) if token.norm == ",")
    own = frozenset(lexicon.data.first_person)
    current = frozenset(lexicon.data.current_state)
    partner_body = lexicon.data.partner_body
    answers = _answers(tokens, lexicon)
    fillers = frozenset(lexicon.data.question_fillers)
    time_words = lexicon.words(lexicon.data.time_words)
    time_findings = frozenset(lexicon.data.time_findings)
    opened = _exam_starts(tokens, lexicon)
    exam_body = lexicon.data.exam_body
    lab = lexicon.results
    tested = (
        lab.answers(tokens, [m for m in phrases if m.payload.finding in lab.findings])
        if lab is not None
        else {}
    )
    by_sentence: dict[int, list[int]] = {}
    for i, token in enumerate(tokens):
        by_sentence.setdefault(token.sentence, []).append(i)
    found: list[TextMatch] = []
    denied_words: dict[str, set[int]] = {}
    run_on: list[tuple[Match[Phrase], TextMatch]] = []
    for match in phrases:
        finding = match.payload.finding
        answered = answers.get(tokens[match.last].sentence)
        if answered is None and fillers:
            answered = _bare_question(tokens, by_sentence, match, fillers)
        if answered is not None:
            result = _answered(match.payload.value, answered)
            if result is not None:
                found.append(_text_match(text, tokens, match, result))
            continue
        cues = scopes.cues_for(match.positions)
        if finding not in time_findings:
            cues = [c for c in cues if not _about_time(c, tokens, time_words)]
        if any(c.category == "hypothetical" for c in cues):
            continue
        hers = bool(own & {tokens[p].norm for p in match.positions})
        if any(c.category == "other_person" for c in cues) and not hers:
            continue
        opener = opened.get(tokens[match.first].sentence)
        past = any(c.category == "historical" for c in cues)
        if finding in exam_body and opener is not None and opener < match.first:
            # "Speculum: 8 mm polyp at the os": the examiner's finding, not her history;
            # an examination last year is her history ("gp had a look last year and
            # said no erosion"), whether the past time reaches the finding or the look.
            looked = scopes.cues_for((opener,))
            if not past and not any(c.category == "historical" for c in looked):
                finding = exam_body[finding]
        if finding in current and past:
            continue  # "had chlamydia last year": history, not now
        partners = finding in partner_body and not hers
        if partners and any(c.category == "partner" for c in cues):
            # "blisters on his willy": his sign, read as what it means for her.
            target = partner_body[finding]
            result = _value(match, cues, claimed, commas)
            if target is not None and result is not None and result[0] != "absent":
                found.append(_text_match(text, tokens, match, result, target))
            continue
        result = _value(match, cues, claimed, commas)
        if match.positions in tested and (result is None or result[0] != "unknown"):
            # "хламидии положительный, гонорея и трихомонады — отрицательно"
            lab_said, first, last = tested[match.positions]
            if lab_said == "pending":
                continue  # "сдала на хламидии, пока результатов нет"
            cue = Cue("negated", first, last, "result") if lab_said == "absent" else None
            result = (lab_said, cue)
        if result is not None:
            doubted = result[1] is not None and result[1].category in DOUBTS
            if result[0] == "unknown" and doubted and finding in lexicon.data.doubted_as:
                # "not sure if I'm pregnant": doubt whether she could be.
                finding = lexicon.data.doubted_as[finding]
            read_as = _text_match(text, tokens, match, result, finding)
            found.append(read_as)
            if result[0] == "absent" and result[1] is not None:
                denied_words.setdefault(finding, set()).update(match.positions)
            elif result[0] == "present" and result[1] is None and _over_comma(match, commas):
                run_on.append((match, read_as))
    found = _denied_run_ons(found, run_on, denied_words)
    age = read_age(text, language)
    facts = read_facts(text, language, age=age[0] if age is not None else None)
    facts = [f for f in facts if not _someone_elses(f, tokens, scopes, own)]
    found = _numbers_win(found, _number_matches(text, facts))
    methods = [
        m.start for m in found if m.finding == "hormonal_contraception" and m.value == "present"
    ]
    found += _number_matches(text, read_method_start(text, language, methods))
    # Also a doubt from an answer or a bare question ("Беременна? Не знаю").
    found = _doubts_moved(found, lexicon.data.doubted_as)
    if age is not None:
        found = _by_age(found, age[0], lexicon)
    if exams is not None and exams.normal is not None:
        # "Шейка и влагалище без особенностей" is a normal exam only when nothing
        # abnormal was seen in it ("влагалище без особенностей; полип").
        seen = {m.finding for m in found if m.value == "present" and m.finding in exams.findings}
        if seen - {exams.normal}:
            found = [m for m in found if m.finding != exams.normal]
    found = _unsaid(found, lexicon.data.unsaid_absent_when)
    found = _decided(found, lexicon.data.stated_over_doubt, lexicon.data.numbers_decide)
    found = _cleared(found, lexicon.data.later_clears)
    found = _ruled_out(found, lexicon.data.ruling_out)
    found = _explained(found, lexicon.data.explained_by, tokens)
    found.sort(key=lambda m: (m.start, m.end, m.finding))
    evidence: dict[str, Answer] = {}
    for m in found:
        if m.finding not in evidence or _RANK[m.value] > _RANK[evidence[m.finding]]:
            evidence[m.finding] = m.value
    for (said, value), unsaid in _SUBSUMED.items():
        if evidence.get(said) == value:
            evidence.pop(unsaid, None)
    for (said, value), (implied, implied_value) in _IMPLIED:
        if evidence.get(said) == value and implied not in evidence:
            evidence[implied] = implied_value
    reading = Reading(
        language=language,
        evidence=evidence,
        age=age[0] if age else None,
        matches=tuple(found),
        age_words=text[age[1] : age[2]] if age else None,
        seen=frozenset(m.payload.finding for m in phrases) | frozenset(evidence),
    )
    return reading, tokens, scopes


def _exam_starts(tokens: list[Token], lexicon: Lexicon) -> dict[int, int]:
    """Where an examination report starts in each sentence that has one ("O/E:",
    "Speculum today:", "doctor had a look"): the position of its first word."""
    starts: dict[int, int] = {}
    for m in lexicon.openers.find(tokens):
        sentence = tokens[m.first].sentence
        starts[sentence] = min(starts.get(sentence, m.first), m.first)
    return starts


def _about_time(cue: Cue, tokens: list[Token], time_words: frozenset[str]) -> bool:
    """A doubt about when or where ("dunno when", "idk when my period's due", "don't
    know from where"): the trigger's last word or one of the two words after it."""
    if cue.category not in DOUBTS:
        return False
    for token in tokens[cue.last : cue.last + 3]:
        if not token.is_word:
            return False
        if token.key in time_words:
            return True
    return False


def _unsaid(found: list[TextMatch], unsaid: dict[str, str]) -> list[TextMatch]:
    """A denial the other finding already says is left out ("прокладка за час
    полная" is heavy, and not also "not spotting"): only when that other finding is
    read present, so a denial never talks down the finding that carries it."""
    present = {m.finding for m in found if m.value == "present"}
    return [m for m in found if not (m.value == "absent" and unsaid.get(m.finding) in present)]


def _decided(found: list[TextMatch], stated: list[str], numbers: list[str]) -> list[TextMatch]:
    """A doubt about a finding the text also states plainly is not read ("вроде климакс
    ... цикл регулярный": the cycle is the fact), for ``stated``; a number read for a
    finding of ``numbers`` decides it alone ("сыну 8 мес." over "после родов")."""
    plain = {m.finding for m in found if m.value != "unknown" and m.finding in stated}
    counted = {m.finding for m in found if m.phrase == "number" and m.finding in numbers}
    return [
        m
        for m in found
        if not (m.value == "unknown" and m.finding in plain)
        and not (m.finding in counted and m.phrase != "number")
    ]


def _cleared(found: list[TextMatch], findings: list[str]) -> list[TextMatch]:
    """A finding cleared later in the text ("ВПЧ нашли, через год пересдала —
    отрицательный"): when the last thing said of it is a denial, the denial wins."""
    out = list(found)
    for finding in findings:
        keep = sorted((m for m in out if m.finding == finding), key=lambda m: m.start)
        if keep and keep[-1].value == "absent":
            keep = [m for m in keep if m.value == "absent"]
        out = [m for m in out if m.finding != finding] + keep
    return out


# How far before a result phrase another test's name still owns it ("my chlamydia
# swab last week was negative").
_TEST_NAME_REACH = 6


def _other_tests(
    phrases: list[Match[Phrase]], tokens: list[Token], lexicon: Lexicon
) -> list[Match[Phrase]]:
    """A result that does not name its test belongs to another test named right
    before it in the sentence: "my chlamydia test was negative" is no negative
    pregnancy test, "Did a test, negative" still is."""
    named = lexicon.data.named_tests
    if not named:
        return phrases
    out = []
    for m in phrases:
        test = named.get(m.payload.finding)
        if test is not None:
            own = lexicon.words(test.own)
            others = lexicon.words(test.others)
            if not any(tokens[p].key in own or tokens[p].norm in own for p in m.positions):
                sentence = tokens[m.first].sentence
                start = max(0, m.first - _TEST_NAME_REACH)
                near = [t for t in tokens[start : m.last + 1] if t.sentence == sentence]
                if any(t.key in others or t.norm in others for t in near):
                    continue
        out.append(m)
    return out


def _explained(
    found: list[TextMatch], explained_by: dict[str, list[str]], tokens: list[Token]
) -> list[TextMatch]:
    """A finding read present in a sentence that also reads a finding explaining it
    is left out: "periods stopped completely on Cerazette" is the pill, not the
    menopause. Left out rather than denied: the words say nothing of her age's change."""
    if not explained_by:
        return found

    starts = [t.start for t in tokens]

    def sentence(at: int) -> int:
        """The sentence of the last token starting at or before ``at``."""
        index = bisect_right(starts, at) - 1
        return tokens[index].sentence if index >= 0 else 0

    causes = {(m.finding, sentence(m.start)) for m in found if m.value == "present"}
    return [
        m
        for m in found
        if not (
            m.value == "present"
            and any((c, sentence(m.start)) in causes for c in explained_by.get(m.finding, ()))
        )
    ]


def _ruled_out(found: list[TextMatch], ruling: dict[str, list[str]]) -> list[TextMatch]:
    """An outright exclusion, said plainly, outranks a possibility inferred from other
    words: "месячные должны были начаться ... беременность исключена" is not possible."""
    out = found
    for finding, phrases in ruling.items():
        said = set(phrases)
        if any(
            m.finding == finding and m.value == "absent" and m.cue is None and m.phrase in said
            for m in out
        ):
            out = [m for m in out if m.finding != finding or m.value == "absent"]
    return out


def _by_age(found: list[TextMatch], age: int, lexicon: Lexicon) -> list[TextMatch]:
    """Words read as both findings of an age pair ("no period since March") mean the
    one her age allows: menopause at 50 and over, a possible pregnancy under it."""
    drop: set[int] = set()
    for split in lexicon.data.age_decides:
        loser = split.younger if age >= split.age else split.older
        winner = split.older if age >= split.age else split.younger
        # A number's reading of the winner counts too: "месячных нет восемь месяцев" at
        # 53 is about the menopause (under a year: not yet), not a possible pregnancy.
        wins = [
            m
            for m in found
            if m.finding == winner and (m.value == "present" or m.phrase == "number")
        ]
        for i, m in enumerate(found):
            overlaps = any(w.start < m.end and m.start < w.end for w in wins)
            if m.finding == loser and m.value == "present" and overlaps:
                drop.add(i)
    return [m for i, m in enumerate(found) if i not in drop]


def _text_match(
    text: str,
    tokens: list[Token],
    match: Match[Phrase],
    result: tuple[Answer, Cue | None],
    finding: str | None = None,
) -> TextMatch:
    value, cue = result
    start, end = tokens[match.first].start, tokens[match.last].end
    if cue is not None:
        start, end = min(start, tokens[cue.first].start), max(end, tokens[cue.last].end)
    cue_words = text[tokens[cue.first].start : tokens[cue.last].end] if cue else None
    return TextMatch(
        finding or match.payload.finding,
        value,
        start,
        end,
        text[start:end],
        cue_words,
        match.payload.phrase,
    )


# The label a form puts before an answer ("A: No").
_ANSWER_LABELS = frozenset({"a", "ans", "answer", "reply", "о", "ответ"})


def _questions_broken_by_denials(
    kept: list[Match[Phrase]], denied: frozenset[int]
) -> list[Match[Phrase]]:
    """A doubting phrase whose gap holds a denial is a statement, not the question it
    looks like (session 14b): "am ... I am not pregnant" is no "am I pregnant", so
    the denial reads as one ("I am thirty one I am not pregnant"). A doubt phrase
    holding a denial word of its own ("беременна ... не знаю") is left as it is.
    ``denied``: the positions of every denial trigger's words."""
    return [
        m
        for m in kept
        if m.payload.value != "unknown"
        or denied & set(m.positions)
        or not denied & (set(range(m.first, m.last + 1)) - set(m.positions))
    ]


def _answers(tokens: list[Token], lexicon: Lexicon) -> dict[int, tuple[Answer, Cue]]:
    """Questions answered by the next words, as on forms and in chats ("Could you be
    pregnant? No.", "Does sex hurt? Yes, at the entrance", "Беременна? Не знаю"): the
    question's sentence and the answer (present, absent or unknown), with the answer
    words as the cue."""
    yes = frozenset(lexicon.data.answer_yes)
    no = frozenset(lexicon.data.answer_no)
    either = yes | no
    unsure = [tuple(p.split()) for p in lexicon.data.answer_unknown]
    out: dict[int, tuple[Answer, Cue]] = {}
    for i, token in enumerate(tokens):
        if token.norm != "?" or i == 0 or not tokens[i - 1].is_word:
            continue
        j = i + 1
        while j < len(tokens) and not tokens[j].is_word and tokens[j].norm in "?!.":
            j += 1
        if (
            j + 2 < len(tokens)
            and tokens[j].norm in _ANSWER_LABELS
            and tokens[j + 1].norm in (":", "-")
        ):
            j += 2  # Session 14b: a form's labelled answer, "Q: Heavy? A: No, a smear."
        if j >= len(tokens):
            continue
        question = tokens[i - 1].sentence
        if tokens[j].norm in either:
            # Only a bare answer: "No." or "Yes, ..." (not "no idea", "no pain").
            after = tokens[j + 1].norm if j + 1 < len(tokens) else "."
            if after.isalpha():
                continue
            phrase = tokens[j].norm
            value: Answer = "present" if phrase in yes else "absent"
            out[question] = (value, Cue("negated", j, j, phrase))
            continue
        for words in unsure:
            end = j + len(words)
            said = tuple(t.norm for t in tokens[j:end])
            if said == words and (end >= len(tokens) or not tokens[end].is_word):
                out[question] = ("unknown", Cue("uncertain", j, end - 1, " ".join(words)))
                break
    return out


def _bare_question(
    tokens: list[Token],
    by_sentence: dict[int, list[int]],
    match: Match[Phrase],
    fillers: frozenset[str],
) -> tuple[Answer, Cue] | None:
    """A question that is only the phrase ("Я беременна?", "Pregnant?") asks, it
    does not tell: unanswered, it is a doubt with the question mark as the cue."""
    words = by_sentence[tokens[match.last].sentence]
    end = words[-1]
    if tokens[end].norm != "?":
        return None
    own = set(match.positions)
    if all(not tokens[i].is_word or i in own or tokens[i].norm in fillers for i in words):
        return ("unknown", Cue("uncertain", end, end, "?"))
    return None


def _answered(stated: str, answer: tuple[Answer, Cue]) -> tuple[Answer, Cue | None] | None:
    """A phrase in an answered question: "no" denies it, "yes" affirms it, even a
    phrase too vague alone ("Does sex hurt? Yes": the question says what hurts);
    "don't know" leaves it open."""
    said, cue = answer
    if stated == "ignore":
        return None
    if stated == "implied_absent":
        return "absent", None
    if said == "unknown":
        return ("unknown", cue) if stated != "when_negated" else None
    said_yes = said == "present"
    if stated == "absent":
        return ("absent", None) if said_yes else ("present", cue)
    return ("present", cue) if said_yes else ("absent", cue)


def _doubts_moved(found: list[TextMatch], moves: dict[str, str]) -> list[TextMatch]:
    """A doubt coded on the finding the conventions put it on ("беременна? не знаю"
    is `pregnancy_possible` unknown): an open question is never read as a yes. A
    doubt about a finding the text states elsewhere says nothing more ("34 недели
    ... малыш вроде шевелится меньше")."""
    stated = {m.finding for m in found if m.value == "present"}
    out = []
    for m in found:
        if m.value == "unknown" and m.finding in moves:
            if m.finding in stated:
                continue
            m = replace(m, finding=moves[m.finding])
        out.append(m)
    return out


def _numbers_win(found: list[TextMatch], numbers: list[TextMatch]) -> list[TextMatch]:
    """A number decides over the words it stands in: "periods stopped about eight
    months ago" is a last period under a year ago (periods go on), whatever
    "periods stopped" alone would say."""

    def beaten(m: TextMatch) -> bool:
        return any(
            n.finding == m.finding and n.value != m.value and n.start < m.end and m.start < n.end
            for n in numbers
        )

    return [m for m in found if not beaten(m)] + numbers


def _someone_elses(
    fact: Fact, tokens: Sequence[Token], scopes: Scopes, own: frozenset[str]
) -> bool:
    """A number said of someone else or of a supposed case ("my sister is 11 weeks
    pregnant", "if I were 20 weeks") is not hers, as a phrase there is not (session 13c)."""
    positions = tuple(i for i, t in enumerate(tokens) if t.start < fact.end and fact.start < t.end)
    if not positions or own & {tokens[p].norm for p in positions}:
        return False
    cues = scopes.cues_for(positions)
    return any(c.category in ("other_person", "hypothetical") for c in cues)


def _number_matches(text: str, facts: list[Fact]) -> list[TextMatch]:
    return [
        TextMatch(f.finding, f.value, f.start, f.end, text[f.start : f.end], None, "number")
        for f in facts
    ]
