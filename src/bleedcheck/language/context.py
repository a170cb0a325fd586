"""ConText/NegEx-style modifiers: is a phrase denied, doubted, past or someone else's?

A trigger ("no", "не", "not sure", "my friend") looks forward or backward over a
scope that ends at ``max_scope`` words, at the sentence end, or at a terminator
("but", "но"). Backward scopes also end at a comma ("bleeding, no pain" keeps
the bleeding), and so do forward scopes ("can't feel my threads, crampy pains"
keeps the cramps), except for list triggers such as "denies" ("denies pain,
fever, discharge"). A trigger that stands inside the gap of a phrase always applies
("discharge is not smelly"). Pseudo-triggers ("no doubt", "not only") cancel
the trigger words they contain.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from bleedcheck.language.matcher import Match
from bleedcheck.language.normalise import Token

__all__ = ["DOUBTS", "Category", "Cue", "Direction", "Scopes", "TriggerKind"]

Category = Literal[
    "negated",
    "uncertain",
    "hedge",
    "historical",
    "partner",
    "other_person",
    "hypothetical",
    "pseudo",
    "terminator",
]
Direction = Literal[
    "forward",
    "forward_list",
    "backward",
    "backward_listed",
    "backward_elliptic",
    "clause",
    "story",
    "none",
]
# Words of one item in a denied list (\"smelly discharge\", \"pain when I pee\").
_ITEM_WORDS = 3
# Dashes: one ends what a denial or doubt says forward ("Not pregnant - on the
# implant"), while a denial after one still answers what stands before it ("pain,
# fever, smelly discharge - none of those").
_DASHES = frozenset({"-", "–", "—", "--"})
# Words that tie a clause to a doubt before it ("не знаю, болит ли", "не уверена, что
# ..."); only read where a language ends clauses at verbs (Russian, session 14b).
_DOUBT_LINKS = frozenset({"что", "ли", "если", "чтобы", "или"})
# Marks that put an answer after its list ("Pain, fever, discharge: none of those").
_ANSWER_MARKS = _DASHES | {":"}
# A hedge ("probably", "I think") scopes like a doubt; only its meaning differs.
DOUBTS = frozenset({"uncertain", "hedge"})
# Number words a doubt may round ("maybe two", "perhaps half"), and what "a" may
# count after one ("maybe a couple of times", "maybe a few drops", "maybe a half").
_APPROXIMATE_NUMBERS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"}
    | {"half", "couple", "few", "twice"}
)
_ROUGH_A = frozenset({"couple", "few", "half"})


@dataclass(frozen=True, slots=True)
class TriggerKind:
    category: Category
    direction: Direction
    phrase: str


@dataclass(frozen=True, slots=True)
class Cue:
    """A trigger that applies to a phrase: what it does and the words it is."""

    category: Category
    first: int
    last: int
    phrase: str
    # Existential denials ("нет", "не было") that go back over genitive words only
    # deny a phrase whose last run of words their scope holds whole: "болит низ
    # живота температуры нет" keeps the pain though "живота" is genitive, while
    # "выделения как всегда, запаха нет" denies the smell (session 7).
    whole_only: bool = False


def _tail_first(positions: tuple[int, ...]) -> int:
    """The first word of a phrase's last run of adjacent words (after its last gap)."""
    k = len(positions) - 1
    while k > 0 and positions[k - 1] == positions[k] - 1:
        k -= 1
    return positions[k]


def _inside(inner: Match[TriggerKind], outer: Match[TriggerKind]) -> bool:
    """A trigger that is part of a longer one ("not" in "not sure") does not count."""
    return (
        inner is not outer
        and outer.first <= inner.first
        and inner.last <= outer.last
        and (outer.first, outer.last) != (inner.first, inner.last)
    )


class Scopes:
    """The triggers of one text with their scopes, ready to be asked about spans."""

    def __init__(
        self,
        tokens: Sequence[Token],
        triggers: Sequence[Match[TriggerKind]],
        max_scope: int,
        claimed: frozenset[int] = frozenset(),
        joiners: frozenset[str] = frozenset(),
        doubt_scope: int | None = None,
        list_item: Callable[[str], bool] | None = None,
        particles: frozenset[str] = frozenset(),
        past_blockers: frozenset[str] = frozenset(),
        present_time: frozenset[str] = frozenset(),
        noun_denials: frozenset[str] = frozenset(),
        clause_starts: frozenset[str] = frozenset(),
        reporting_verbs: frozenset[str] = frozenset(),
        reporting_links: frozenset[str] = frozenset(),
        object_words: frozenset[str] = frozenset(),
        form_denials: frozenset[str] = frozenset(),
        clause_verb: Callable[[str], bool] | None = None,
        part_of_speech: Callable[[str], str | None] | None = None,
        phrase_spans: Sequence[tuple[int, ...]] = (),
        story_ends: frozenset[str] = frozenset(),
    ) -> None:
        # Where someone else's story ends: the writer speaks of herself again.
        self.story_ends = story_ends
        # A preposition and the word it governs may stand in a denied genitive item
        # (Russian, session 13): "боли в животе нет".
        self.part_of_speech = part_of_speech
        # List denials ("отрицает") that answer a sentence that is only a list, in a
        # language whose denied lists otherwise need their own form (session 9:
        # "Боль внизу живота, лихорадку, выделения отрицает" on a Russian clinic form).
        self.form_denials = form_denials
        # A verb denial said after its object ("Клексан не колю") looks back no further
        # than another clause's verb: "до сих пор мажет таблетку не пила" (session 12b).
        self.clause_verb = clause_verb
        # A trigger word that is part of a phrase ("без" in "без секса", "never" in
        # "never had a smear") belongs to that phrase and acts on nothing else,
        # except a denial standing in another phrase's gap: "the bleeding was not
        # heavy" denies "bleeding ... heavy" though "not heavy" claims the "not".
        # Not for a phrase that holds a denial of its own ("никогда не было"):
        # there the two words are one negation, not two.
        self.denials = {p for t in triggers if t.payload.category == "negated" for p in t.positions}
        triggers_all = list(triggers)
        # Every denial said, a phrase's own too ("Пропусков не было, рвоты тоже").
        denied_before = [
            t
            for t in triggers
            if t.payload.category == "negated" and t.payload.direction != "backward_elliptic"
        ]
        self.denial_spans = [
            frozenset(t.positions) for t in triggers if t.payload.category == "negated"
        ]
        self.inside_only: list[Cue] = [
            Cue(t.payload.category, t.first, t.last, t.payload.phrase)
            for t in triggers
            if t.payload.category == "negated" and claimed & set(t.positions)
        ]
        # Whose body stays with a phrase that claims it: "on his" in "sores on his
        # penis" (his penis is the partner's finding; the sores are his too).
        keeps = ("terminator", "partner")
        # A form denial that closes a list sentence answers the whole list even when a
        # phrase claims it: "Антикоагулянты, гормональные препараты не принимает" (the
        # hormone phrase holds "не принимает") denies the anticoagulants too.
        claimed_forms = [
            t
            for t in triggers
            if t.payload.category == "negated"
            and t.payload.direction == "backward"
            and t.payload.phrase in form_denials
            and claimed & set(t.positions)
        ]
        # A trigger inside a longer one a phrase claims goes with it: the "if" of "can't
        # remember if" in "can't remember if my last smear was normal" (session 13d).
        nested = {
            id(t)
            for t in triggers
            if t.payload.category == "hypothetical"
            and any(_inside(t, o) and claimed & set(o.positions) for o in triggers)
        }
        triggers = [
            t
            for t in triggers
            if t.payload.category in keeps or not (claimed & set(t.positions) or id(t) in nested)
        ]
        # "Exam: no active bleeding" is a field whose answer follows the colon: there
        # ": no" is no backward answer, and its "no" denies what comes after it.
        triggers = [t for t in triggers if not self._field_opens(t, tokens)]
        triggers = [t for t in triggers if not any(_inside(t, o) for o in triggers)]
        pseudo = [t for t in triggers if t.payload.category == "pseudo"]
        covered = {p for t in pseudo for p in range(t.first, t.last + 1)}
        self.tokens = tokens
        self.claimed = claimed
        self.joiners = joiners
        self.list_item = list_item
        self.particles = particles
        self.present_time = present_time
        self.noun_denials = noun_denials
        self.clause_starts = clause_starts
        self.reporting_verbs = reporting_verbs
        self.reporting_links = reporting_links
        self.object_words = object_words
        # Words that deny in both directions ("нет"): said right after a denied
        # noun they answer it, not what follows (see _answers_noun_before).
        self.both_ways = {
            (t.first, t.last)
            for t in triggers
            if t.payload.category == "negated" and t.payload.direction == "backward_listed"
        }
        # Where a denial of its own starts: a doubt stops there ("не знаю, мама тоже не
        # помнит, не болит ничего" does not doubt the pain).
        self.denial_starts = {
            t.first
            for t in triggers
            if t.payload.category == "negated" and not covered & set(t.positions)
        } | {cue.first for cue in self.inside_only}
        # A terminator inside a pseudo-trigger ("or just" in "not sure if it was blood
        # or just my discharge") ends nothing.
        self.terminators = {
            t.first
            for t in triggers
            if t.payload.category == "terminator" and not covered & set(t.positions)
        }
        self.cues: list[tuple[Cue, int, int]] = []  # cue, scope start, scope end (inclusive)
        # A pseudo-trigger a phrase holds still cancels its denial here ("no periods on
        # the implant for years" denies no implant).
        cancelled = {
            p
            for t in triggers_all
            if t.payload.category == "pseudo"
            for p in range(t.first, t.last + 1)
        }
        self.held = self._held_denials(
            [t for t in triggers_all if not cancelled & set(t.positions)], phrase_spans
        )
        denied_before = [t for t in denied_before if not covered & set(t.positions)]
        for trigger in triggers:
            kind = trigger.payload
            if kind.category in ("pseudo", "terminator") or covered & set(trigger.positions):
                continue
            if kind.direction == "backward_elliptic" and not self._follows_denial(
                trigger, denied_before
            ):
                continue
            if kind.category == "uncertain" and self._approximates(trigger):
                continue
            whole_only = kind.direction == "backward_listed"
            cue = Cue(kind.category, trigger.first, trigger.last, kind.phrase, whole_only)
            if kind.category == "historical":
                # A past-time clause, as far as a doubt reaches and no further than
                # a word of now; a word that makes it current ("since", "started",
                # "fitted") anywhere in it keeps it current.
                reach = doubt_scope or max_scope
                start = trigger.first
                if kind.direction == "clause":
                    start = self._past_end(trigger.first, -1, reach)
                end = self._past_end(trigger.last, 1, reach)
                if not any(self.tokens[j].key in past_blockers for j in range(start, end + 1)):
                    self.cues.append((cue, start, end))
                continue
            if kind.direction == "story":
                self.cues.append((cue, trigger.last + 1, self._story_end(trigger, max_scope)))
                continue
            if kind.direction in ("forward", "forward_list"):
                # Doubt carries further than denial ("not sure if it was blood or just
                # my discharge being a weird colour"), still only to a terminator.
                doubt = doubt_scope or max_scope
                reach = doubt if kind.category in DOUBTS else max_scope
                if kind.direction == "forward_list":
                    # "Denies fever, pelvic pain, discharge, dizziness, weight loss":
                    # a list trigger's words are separated by commas, so it reaches
                    # further than a plain denial (still only to a terminator).
                    reach = 3 * max_scope
                end = self._forward_end(trigger, reach, kind.direction == "forward_list")
                self.cues.append((cue, trigger.last + 1, end))
            else:
                start = self._backward_start(trigger, max_scope)
                self.cues.append((cue, start, trigger.first - 1))
        # A joiner that is also a doubt ("или") inside a denied list joins it (ru,
        # session 14): "Никаких шишек или язвочек не вижу" denies both, no doubt.
        if self.list_item is not None:
            self.cues = [
                (cue, start, end)
                for cue, start, end in self.cues
                if not (cue.category in DOUBTS and self._in_denied_list(cue))
            ]
        for trigger in claimed_forms:
            if covered & set(trigger.positions):
                continue
            form = self._form_list_start(trigger)
            if form is not None:
                kind = trigger.payload
                cue = Cue(kind.category, trigger.first, trigger.last, kind.phrase)
                self.cues.append((cue, form, trigger.first - 1))

    def _approximates(self, trigger: Match[TriggerKind]) -> bool:
        """A doubt word right before a number rounds the number, it does not doubt what
        is counted (session 14b): "maybe half a pad" is still pad-level blood, "maybe
        3 times" still more than once."""
        if trigger.payload.direction != "forward" or trigger.last + 1 >= len(self.tokens):
            return False
        following = self.tokens[trigger.last + 1 : trigger.last + 3]
        first = following[0].norm
        if first.isdigit() or first in _APPROXIMATE_NUMBERS:
            return True
        return first in ("a", "an") and len(following) > 1 and following[1].norm in _ROUGH_A

    def _in_denied_list(self, cue: Cue) -> bool:
        """Whether a doubt is a list joiner a forward denial before it reaches past."""
        return (
            cue.first == cue.last
            and self.tokens[cue.first].norm in self.joiners
            and any(
                other.category == "negated" and other.last < cue.first and start <= cue.first < end
                for other, start, end in self.cues
            )
        )

    @staticmethod
    def _field_opens(trigger: Match[TriggerKind], tokens: Sequence[Token]) -> bool:
        """A backward form answer (": no") that runs on into words of its sentence
        opens a field rather than closing one."""
        if trigger.payload.direction != "backward" or tokens[trigger.first].is_word:
            return False
        nxt = trigger.last + 1
        return (
            nxt < len(tokens)
            and tokens[nxt].is_word
            and tokens[nxt].sentence == tokens[trigger.last].sentence
        )

    def _follows_denial(
        self, trigger: Match[TriggerKind], denials: Sequence[Match[TriggerKind]]
    ) -> bool:
        """An elliptic denial ("Пропусков не было, рвоты тоже") denies only after a
        denial in its own or the previous sentence, and only where its clause ends
        ("головокружение тоже есть" states it): "тоже" repeats what was said."""
        sentence = self.tokens[trigger.first].sentence
        nxt = trigger.last + 1
        if nxt < len(self.tokens) and self.tokens[nxt].is_word and not self._run_on_after(trigger):
            return False
        return any(
            d.last < trigger.first and self.tokens[d.last].sentence >= sentence - 1 for d in denials
        )

    def _run_on_after(self, trigger: Match[TriggerKind]) -> bool:
        """Whether an unpunctuated new clause follows an elliptic denial whose noun
        stands in the denied-list form (Russian, session 15): "запаха нету температуры
        тоже живот не болит" ends its clause at "тоже", while "крови тоже много" and
        "головокружение тоже есть" go on to state the thing."""
        before, nxt = trigger.first - 1, trigger.last + 1
        if self.list_item is None or before < 0 or not self.tokens[before].is_word:
            return False
        if not self.list_item(self.tokens[before].norm):
            return False
        return self._pos(nxt) in ("NOUN", "NPRO")

    def _listed(self, j: int) -> bool:
        """Whether a word can stand in a denied list (any word, unless the language
        marks a denied list's words by their form)."""
        token = self.tokens[j]
        return self.list_item is None or not token.is_word or self.list_item(token.norm)

    def _list_follows(self, comma: int, max_scope: int) -> int | None:
        """Where a list after this comma ends ("no pain, fever, itch or discharge"),
        if a list joiner closes it before the sentence or a terminator does; else None."""
        sentence = self.tokens[comma].sentence
        joined = False
        end = None
        for j in range(comma + 1, min(len(self.tokens), comma + 1 + 3 * max_scope)):
            token = self.tokens[j]
            if token.sentence != sentence or (token.norm == "," and joined):
                break
            if token.norm in self.joiners:
                joined = True
            elif j in self.terminators or not self._listed(j):
                break
            end = j
        return end if joined else None

    def _answers_field(self, trigger: Match[TriggerKind]) -> bool:
        """Whether the trigger stands right after a field's colon ("Fever: not sure")."""
        before = trigger.first - 1
        return before >= 0 and self.tokens[before].norm == ":"

    def _story_end(self, trigger: Match[TriggerKind], max_scope: int) -> int:
        """Someone else's story goes on over commas and "and" ("У подруги была кровь,
        ей нашли полип и удалили") until the sentence ends or the writer speaks of
        herself ("а у меня", "мне"), at most three scopes long."""
        sentence = self.tokens[trigger.last].sentence
        end = trigger.last
        j = trigger.last + 1
        while j < min(len(self.tokens), trigger.last + 1 + 3 * max_scope):
            if self.tokens[j].sentence != sentence or self.tokens[j].norm in self.story_ends:
                break
            end = j
            j += 1
        return end

    def _answers_noun_before(self, trigger: Match[TriggerKind]) -> bool:
        """A denial that goes either way ("нет") right after a noun in the denied
        form answers that noun and ends its clause (ru, session 14): in a run-on
        "сгустков нет живот тянет" and "хламидий нет при сексе больно" the pain is
        said, not denied. Not after a pronoun ("у меня нет температуры"), nor for a
        determiner that stands before its noun ("алая никаких шишек")."""
        before = trigger.first - 1
        return (
            self.part_of_speech is not None
            and trigger.payload.category == "negated"
            and (trigger.first, trigger.last) in self.both_ways
            and self._pos(trigger.first) == "PRED"
            and before >= 0
            and self.tokens[before].sentence == self.tokens[trigger.first].sentence
            and self._pos(before) == "NOUN"
            and self._listed(before)
        )

    def _forward_end(self, trigger: Match[TriggerKind], max_scope: int, lists: bool) -> int:
        sentence = self.tokens[trigger.last].sentence
        end = trigger.last
        if self._answers_noun_before(trigger):
            return end
        limit = trigger.last + 1 + max_scope
        j = trigger.last + 1
        verbs = self._trigger_verbs(trigger)
        while j < min(len(self.tokens), limit):
            if self.tokens[j].sentence != sentence:
                break
            if verbs is not None and self._is_verb(j):
                # A run-on's second clause starts at its verb (Russian, session 12c):
                # "живот не болит пью ригулон" keeps the pill, "температуры нет
                # предохраняемся презервативом" the condoms. A verb denial ("не")
                # covers its own verb; a thing's denial ("нет", "без") no verb at all.
                if verbs >= 1 or trigger.payload.phrase in self.noun_denials:
                    break
                verbs += 1
            # A comma right after a doubt is a pause ("может быть, у меня ..."), not an
            # end; after a denial it is an end ("температуры нет, живот болит"),
            # unless a list closed by "or" follows ("no pain, fever or discharge").
            # A doubt that answers a form field ("Pregnant: not sure, period 9 days
            # late") is that field's answer: its comma ends it.
            pause = (
                j == trigger.last + 1
                and trigger.payload.category in DOUBTS
                and not self._answers_field(trigger)
            )
            if not pause and j in self.terminators and not self._joins_denied(trigger, j):
                break
            if self.tokens[j].norm in _DASHES:
                break
            doubt = trigger.payload.category in DOUBTS
            if doubt and j in self.denial_starts:
                own = self._denied_clause_start(trigger, j)
                if own is not None:
                    return max(trigger.last, own - 1)
                if j > trigger.last + 2:
                    break
            # A new subject ends a thing's denial at once ("no fever nothing I'm on the
            # pill") and any denial two or more words on ("she is not dieting her
            # periods stop"; "not sure I've", "don't think I'm" stay one clause).
            if (
                self.tokens[j].norm in self.clause_starts
                and (
                    trigger.payload.phrase in self.noun_denials
                    or (trigger.payload.category == "negated" and j > trigger.last + 2)
                    or self._new_subject_after(trigger, j)
                    or self._denied_thing_before(trigger, j)
                )
                and not self._reported(trigger, j)
            ):
                break
            if trigger.payload.category == "negated" and self.tokens[j].norm in self.joiners:
                # "haven't got a fever or any pain or discharge": each "or" brings one
                # more item, so the denial reaches a short item past it.
                limit = max(limit, j + 1 + _ITEM_WORDS)
            if not pause and self.tokens[j].norm == "," and not lists:
                listed = (
                    self._list_follows(j, max_scope)
                    if trigger.payload.category == "negated"
                    else None
                )
                if listed is None:
                    break
                return max(listed, end)
            end = j
            j += 1
        return end

    def _held_denials(
        self, triggers: Sequence[Match[TriggerKind]], phrase_spans: Sequence[tuple[int, ...]]
    ) -> list[tuple[Cue, int, int, frozenset[int]]]:
        """Denials a phrase opens with and holds ("not on anything", "not taking any
        tablets") still deny what stands in its gaps or one short item past an "or"
        after it: "not on HRT or anything", "do not take HRT or any blood thinners",
        "not on any meds or birth control" (session 13). Each is the cue, the span it
        reaches and the holding phrase's words."""
        out = []
        for t in triggers:
            if t.payload.category != "negated" or t.payload.direction != "forward":
                continue
            for span in phrase_spans:
                if span[0] != t.first or not set(t.positions) <= set(span) or len(span) < 2:
                    continue
                end = span[-1]
                nxt = end + 1
                if (
                    nxt < len(self.tokens)
                    and self.tokens[nxt].norm in self.joiners
                    and self.tokens[nxt].sentence == self.tokens[end].sentence
                ):
                    for k in range(nxt + 1, min(len(self.tokens), nxt + 1 + _ITEM_WORDS)):
                        if self.tokens[k].sentence != self.tokens[end].sentence:
                            break
                        if k in self.terminators or self.tokens[k].norm == ",":
                            break
                        end = k
                cue = Cue("negated", t.first, t.last, t.payload.phrase)
                out.append((cue, t.last + 1, end, frozenset(span)))
        return out

    def _denied_clause_start(self, trigger: Match[TriggerKind], j: int) -> int | None:
        """Where a run-on clause with a verb denial of its own starts, when a doubt
        before it has no link word to it: "не знаю живот не болит", "может это от
        таблетки живот не болит" deny the pain; "может беременности нет" (no verb) and
        "не знаю, болит ли" stay doubts (Russian, session 14b). None otherwise."""
        if j + 1 >= len(self.tokens) or not self._is_verb(j + 1):
            return None
        start = j
        while start - 1 > trigger.last and start - 1 in self.claimed:
            start -= 1
        if start == j:
            return None
        between = range(trigger.last + 1, j + 2)
        if any(self.tokens[k].norm in _DOUBT_LINKS for k in between):
            return None
        return start

    def _new_subject_after(self, trigger: Match[TriggerKind], j: int) -> bool:
        """A new subject two words after a verb denial starts a clause of its own
        unless the word between takes it as its object: "she is not dieting her periods
        stopped years ago" keeps the menopause, "she's not on her HRT" and "I don't
        think I'm pregnant" still deny (session 13c; off without ``object_words``)."""
        between = trigger.last + 1
        return (
            bool(self.object_words)
            and trigger.payload.category == "negated"
            and j == between + 1
            and self.tokens[between].key not in self.object_words
        )

    def _denied_thing_before(self, trigger: Match[TriggerKind], j: int) -> bool:
        """Whether a denial has already reached a phrase before the new subject at
        ``j``: "I'm not pregnant I've got the Mirena" denies the pregnancy and keeps
        the coil, while "I don't think I'm pregnant" (no phrase before "I'm") still
        denies the pregnancy (session 13)."""
        return trigger.payload.category == "negated" and any(
            k in self.claimed for k in range(trigger.last + 1, j)
        )

    def _is_verb(self, k: int) -> bool:
        """Whether the token is a finite verb, in a language that ends a clause at one."""
        token = self.tokens[k]
        return self.clause_verb is not None and token.is_word and self.clause_verb(token.norm)

    def _trigger_verbs(self, trigger: Match[TriggerKind]) -> int | None:
        """How many finite verbs a forward denial holds, when the language ends a
        denial at another clause's verb (Russian); None when it does not."""
        if self.clause_verb is None or trigger.payload.category != "negated":
            return None
        return sum(self._is_verb(k) for k in range(trigger.first, trigger.last + 1))

    def _past_end(self, edge: int, step: int, reach: int) -> int:
        """Where a past-time clause ends on one side of its trigger: at the sentence
        end, a comma, a terminator or a word of now ("had chlamydia last year, now ...",
        "years ago I had warts now spotting")."""
        sentence = self.tokens[edge].sentence
        end = edge
        j = edge + step
        while 0 <= j < len(self.tokens) and abs(j - edge) <= reach:
            token = self.tokens[j]
            if token.sentence != sentence or token.norm == "," or token.key in self.present_time:
                break
            # A terminator ends the clause: before it going back, at it going forward.
            if (j + 1 if step < 0 else j) in self.terminators:
                break
            end = j
            j += step
        return end

    def _joins_denied(self, trigger: Match[TriggerKind], j: int) -> bool:
        """A list joiner after which a denial goes on, when the language marks the
        denied words' form and the next word has it: "без боли и температуры"."""
        nxt = j + 1
        return (
            self.list_item is not None
            and trigger.payload.category == "negated"
            and self.tokens[j].norm in self.joiners
            and nxt < len(self.tokens)
            and self.tokens[nxt].sentence == self.tokens[j].sentence
            and self.tokens[nxt].is_word
            and self._listed(nxt)
        )

    def _denied_segment(self, comma: int) -> bool:
        """Whether the words before this comma are a short list item in the denied
        form ("выделений, зуда, боли — ничего нет"), so a backward denial goes on."""
        if self.list_item is None:
            return False
        words = 0
        for j in range(comma - 1, max(-1, comma - 5), -1):
            token = self.tokens[j]
            if token.norm == "," or token.sentence != self.tokens[comma].sentence:
                break
            if token.is_word and token.norm not in self.joiners and j not in self.denial_starts:
                if not (self._listed(j) or token.norm in self.particles):
                    return False
                words += 1
        return 0 < words <= 3

    def _may_stand_in_list(self, j: int) -> bool:
        norm = self.tokens[j].norm
        return (
            self._listed(j)
            or norm in self.particles
            or norm in self.joiners
            or j in self.denials
            or self._preposition(j)
            or self._governed(j)
        )

    def _pos(self, j: int) -> str | None:
        token = self.tokens[j]
        if self.part_of_speech is None or not token.is_word:
            return None
        return self.part_of_speech(token.norm)

    def _preposition(self, j: int) -> bool:
        return self._pos(j) == "PREP"

    def _governed(self, j: int) -> bool:
        """A word a preposition governs stands in a denied item whatever its case (ru,
        session 13): "боли в животе нет", "жжения при мочеиспускании нет" deny the
        genitive head with its place."""
        return (
            j > 0
            and self.tokens[j].is_word
            and self._preposition(j - 1)
            and self.tokens[j - 1].sentence == self.tokens[j].sentence
        )

    def _form_list_start(self, trigger: Match[TriggerKind]) -> int | None:
        """Where a list answered as a whole begins ("Pain, fever, discharge: none"):
        the sentence up to the denial is three or more short items and nothing else.
        For languages whose denied lists have no form of their own (English), and
        for a list denial of ``form_denials`` in the others (the accusative of
        "Лихорадку, боль отрицает" is no denied-list form)."""
        if trigger.payload.category != "negated":
            return None
        if self.list_item is not None and trigger.payload.phrase not in self.form_denials:
            return None
        sentence = self.tokens[trigger.first].sentence
        items, words, start = 1, 0, None
        first = trigger.first
        if first > 0 and self.tokens[first - 1].norm in _ANSWER_MARKS:
            first -= 1  # "Pain, fever, discharge: none of those"
        for j in range(first - 1, -1, -1):
            token = self.tokens[j]
            if token.sentence != sentence:
                break
            if token.norm == "," or token.norm in self.joiners:
                if words == 0 and token.norm == ",":
                    return None
                if words and self._says_something(j + 1, words):
                    return None
                items += 1 if words else 0
                words = 0
            elif j in self.terminators or not token.is_word or self._is_verb(j):
                return None
            elif self._pos(j) == "NUMR":
                # A number in words is no item, as one in digits ("Менопауза лет
                # двенадцать, гормоны никогда не принимала" keeps the menopause).
                return None
            else:
                words += 1
                if words > _ITEM_WORDS:
                    return None
            start = j
        if not words or start is None or self._says_something(start, words):
            return None
        return start if items >= 3 or self._short_form(trigger, items) else None

    def _says_something(self, first: int, words: int) -> bool:
        """An item that ends in an adjective after its noun says something of it
        ("Температура высокая", "Выделения обильные"): a statement, not a list item."""
        last = first + words - 1
        return words > 1 and self._pos(last) in ("ADJF", "ADJS", "PRTF", "PRTS")

    def _short_form(self, trigger: Match[TriggerKind], items: int) -> bool:
        """Two items answered as a whole on a form (a language whose denied lists have
        a form of their own, session 13): "Кровоточивость десен, синяки отрицает" is
        the whole sentence, so the denial closes it; "Температура 38, таблетки не пью"
        is no such list (a number, and a verb of her own)."""
        sentence = self.tokens[trigger.last].sentence
        rest = (t for t in self.tokens[trigger.last + 1 :] if t.sentence == sentence)
        return items == 2 and self.list_item is not None and not any(t.is_word for t in rest)

    def _backward_start(self, trigger: Match[TriggerKind], max_scope: int) -> int:
        sentence = self.tokens[trigger.first].sentence
        start = trigger.first
        form = self._form_list_start(trigger)
        if form is not None:
            return form
        lists = trigger.payload.category == "negated" and self.list_item is not None
        listed_only = lists and trigger.payload.direction in (
            "backward_listed",
            "backward_elliptic",
        )
        elliptic = trigger.payload.direction == "backward_elliptic"
        reach = 3 * max_scope if lists else max_scope
        crossed = False  # a comma over a denied list: the scope may reach further
        for j in range(trigger.first - 1, max(-1, trigger.first - 1 - reach), -1):
            token = self.tokens[j]
            if token.sentence != sentence:
                break
            if j + 1 in self.terminators and not (
                lists and self.tokens[j + 1].norm in self.joiners and self._listed(j)
            ):
                break
            # An elliptic denial repeats one said, so a whole phrase may stand in its
            # list ("жжения при мочеиспускании тоже").
            whole = elliptic and j in self.claimed
            if listed_only and token.is_word and not whole and not self._may_stand_in_list(j):
                break
            if trigger.payload.direction == "backward" and self._is_verb(j):
                break
            if token.norm == ",":
                if not (lists and self._denied_segment(j)):
                    break
                crossed = True
            if j < trigger.first - max_scope and not crossed:
                break
            start = j
        return start

    def _reported(self, trigger: Match[TriggerKind], j: int) -> bool:
        """A denied report goes on into what was reported: "never been told I've got
        a polyp", "nobody said I had an ectropion" (a reporting verb, perhaps with
        ``reporting_links`` such as "me"/"that", just before the new subject at ``j``)."""
        if trigger.payload.category != "negated":
            return False
        for k in range(j - 1, max(trigger.last, j - 4), -1):
            if self.tokens[k].key in self.reporting_verbs:
                return True
            if self.tokens[k].norm not in self.reporting_links:
                return False
        return False

    def cues_for(self, positions: tuple[int, ...]) -> list[Cue]:
        """The cues whose scope reaches this phrase (never its own words)."""
        first, last = positions[0], positions[-1]
        own = set(positions)
        out = []
        holds_denial = any(span <= own for span in self.denial_spans)
        for cue, start, end in self.cues:
            words = set(range(cue.first, cue.last + 1))
            if words & own:
                continue
            # A phrase that holds a denial of its own ("месячных нет", "не хотела") is
            # not denied again: "не хотела, говорила нет" stays a "no".
            # Inside its gap neither: "раньше такого никогда не было" is one denial.
            if holds_denial and cue.category == "negated":
                continue
            # Inside a phrase's gap, but not past a terminator in it: "кровь была, но не
            # сильная, немного" does not deny the little blood.
            # A backward denial in the gap looks back at the phrase's first words only
            # ("tummy's gone tight n sore" is no denied tummy pain): not inside it.
            inside = (
                first < cue.first
                and cue.last < last
                and not (cue.category == "negated" and end < cue.first)
                and not any(first < t < cue.first for t in self.terminators)
            )
            # A denial after a terminator in the gap that reaches the phrase's last word
            # denies it after all: "discharge but no smell" is no smelly discharge
            # (session 13).
            inside = inside or (
                cue.category == "negated"
                and first < cue.first
                and cue.last < last
                and start <= last <= end
            )
            forward = cue.last < first and start <= first <= end
            backward = last < cue.first and start <= last <= end
            if backward and cue.whole_only and _tail_first(positions) < start:
                backward = False
            if inside or forward or backward:
                out.append(cue)
        if not holds_denial:
            for cue, start, end, holder in self.held:
                if start <= first and last <= end and not own & holder:
                    out.append(cue)
        if not own & self.denials:
            for cue in self.inside_only:
                words = set(range(cue.first, cue.last + 1))
                if first < cue.first and cue.last < last and not words & own:
                    out.append(cue)
        return out
