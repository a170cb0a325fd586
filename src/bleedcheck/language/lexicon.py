"""Loading, validating and compiling the lexicon files of a presentation.

The files live in ``<presentation>/language/<lang>.yaml`` beside the knowledge
base and are checked the same way: every problem is reported as
``language/en.yaml:12:7: findings.fever.present.2: ...``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError

from bleedcheck.kb.errors import KnowledgeError, KnowledgeProblem
from bleedcheck.kb.loader import Document, KnowledgeBase, _validate, default_knowledge_path
from bleedcheck.language.context import Category, Direction, TriggerKind
from bleedcheck.language.lemmas import (
    english_stem,
    is_finite_verb,
    is_known_russian,
    may_be_genitive,
    part_of_speech,
    russian_lemma,
)
from bleedcheck.language.matcher import Matcher, Pattern, PatternError
from bleedcheck.language.model import check_text_models
from bleedcheck.language.normalise import Speller, fold
from bleedcheck.language.results import Result, ResultReader
from bleedcheck.language.schema import LexiconFile
from bleedcheck.language.sections import ExamSections

__all__ = ["LANGUAGES", "Lexicon", "Phrase", "check_lexicons", "load_lexicon"]

LANGUAGES = ("en", "ru")
Value = Literal["present", "absent", "unknown", "when_negated", "implied_absent", "ignore"]
PHRASE_GAP = 2

_TRIGGERS: dict[str, tuple[Category, Direction]] = {
    "negation_forward": ("negated", "forward"),
    "negation_list": ("negated", "forward_list"),
    "negation_backward": ("negated", "backward"),
    "negation_backward_listed": ("negated", "backward_listed"),
    "negation_elliptic": ("negated", "backward_elliptic"),
    "uncertain_forward": ("uncertain", "forward"),
    "uncertain_backward": ("uncertain", "backward"),
    "other_person_forward": ("other_person", "forward"),
    "other_person_story": ("other_person", "story"),
    "hypothetical_forward": ("hypothetical", "forward"),
    "hypothetical_backward": ("hypothetical", "backward"),
    "hedge_forward": ("hedge", "forward"),
    "hedge_backward": ("hedge", "backward"),
    "past_time": ("historical", "clause"),
    "past_forward": ("historical", "forward"),
    "partner_forward": ("partner", "forward"),
    "partner_backward": ("partner", "backward"),
    "pseudo": ("pseudo", "none"),
    "terminators": ("terminator", "none"),
}


@dataclass(frozen=True, slots=True)
class Phrase:
    """A lexicon phrase as found: which finding, which value it states, its text."""

    finding: str
    value: Value
    phrase: str


@dataclass(frozen=True)
class Lexicon:
    """One language, compiled: ready to tokenise and match a text."""

    language: str
    data: LexiconFile
    key: Callable[[str], str]
    speller: Speller
    phrases: Matcher[Phrase]
    triggers: Matcher[TriggerKind]
    # Words that report an examination (``exam_openers``).
    openers: Matcher[str]
    results: ResultReader | None = None
    exams: ExamSections | None = None
    # Keyed word lists, kept: every text asks for the same trigger lists again.
    _keyed: dict[tuple[str, ...], frozenset[str]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def words(self, phrases: list[str]) -> frozenset[str]:
        """The keys of a list of single words (past-time blockers, words of now)."""
        listed = tuple(phrases)
        keyed = self._keyed.get(listed)
        if keyed is None:
            keyed = self._keyed[listed] = frozenset(self.key(w) for w in listed)
        return keyed

    def known(self, norm: str) -> bool:
        """Words the speller must leave alone (a real Russian word is not a typo)."""
        return self.language == "ru" and is_known_russian(norm)

    def list_item(self) -> Callable[[str], bool] | None:
        """The form a denied list's words take, if the language marks it: Russian
        denies in the genitive ("без боли и температуры", "выделений, зуда нет")."""
        if self.language != "ru":
            return None
        # An abbreviation or a typo pymorphy3 does not know ("ЗГТ нет") may be one.
        return lambda word: may_be_genitive(word) or not is_known_russian(word)

    def clause_verb(self) -> Callable[[str], bool] | None:
        """Where a verb denial said after its object stops looking back (Russian,
        session 12b): at another clause's verb, in a run-on with no commas."""
        return is_finite_verb if self.language == "ru" else None

    def part_of_speech(self) -> Callable[[str], str | None] | None:
        """A word's part of speech, where denied lists need it (Russian, session 13):
        a preposition's word may stand in a denied genitive item ("жжения при
        мочеиспускании нет"), an adjective after its noun says something of it."""
        return part_of_speech if self.language == "ru" else None


# Case endings of a Russian noun by its final letter: a word pymorphy3 does not know
# (a brand: "эликвис", "эскапел", "евра") gets a guessed lemma that differs from form
# to form ("эликвисом" -> "эликвисома"), so its phrases also list these forms.
_ENDINGS: dict[str, tuple[str, tuple[str, ...]]] = {
    "а": ("а", ("ы", "е", "у", "ой", "ою")),
    "я": ("я", ("и", "е", "ю", "ей", "ею")),
    "ь": ("ь", ("я", "ю", "ем", "е", "и")),
    "": ("", ("а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")),
}


def _inflected(word: str) -> list[str]:
    """The case forms of an unknown Russian noun that are no known word themselves."""
    if len(word) < 5 or not word.isalpha() or is_known_russian(word):
        return []
    last = word[-1] if word[-1] in _ENDINGS else ""
    if not last and word[-1] in "аеиоуыэюяй":
        return []  # "ксарелто", "хлое": indeclinable, or not a noun
    _, endings = _ENDINGS[last]
    stem = word[: len(word) - len(last)]
    return [f for f in (stem + e for e in endings) if f != word and not is_known_russian(f)]


def _with_forms(phrase: str) -> str:
    """A Russian phrase with each unknown word's case forms as alternatives."""
    parts = []
    for part in phrase.split():
        alternatives = part.split("|")
        extra = [f for a in alternatives for f in _inflected(a.lower())]
        parts.append("|".join([*alternatives, *extra]))
    return " ".join(parts)


def _keyer(data: LexiconFile) -> Callable[[str], str]:
    stem = russian_lemma if data.language == "ru" else english_stem
    forms = data.word_forms

    def key(word: str) -> str:
        norm = fold(word)
        return stem(forms.get(norm, norm))

    return key


def _lexicon_path(root: Path, language: str) -> Path:
    return root / "language" / f"{language}.yaml"


def _read(
    root: Path, language: str
) -> tuple[Document | None, LexiconFile | None, list[KnowledgeProblem]]:
    name = f"language/{language}.yaml"
    path = _lexicon_path(root, language)
    problems: list[KnowledgeProblem] = []
    if not path.is_file():
        return None, None, [KnowledgeProblem(name, 1, 1, "", f"file is missing from {root}")]
    yaml = YAML(typ="rt")
    yaml.version = (1, 2)
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"))
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return None, None, [KnowledgeProblem(name, line, col, "", f"not valid YAML: {exc.problem}")]
    doc = Document(name, raw)
    data = _validate(LexiconFile, raw, doc, [], "", problems)
    if data is not None and data.language != language:
        problems.append(doc.problem(["language"], "language", f"must be {language!r} in this file"))
    return doc, data, problems


def _compile(data: LexiconFile, doc: Document | None, problems: list[KnowledgeProblem]) -> Lexicon:
    key = _keyer(data)
    phrases: list[tuple[Pattern, Phrase]] = []
    vocabulary: set[str] = set()

    def compile_one(text: str, gap: int, where: list[str | int]) -> Pattern | None:
        try:
            return Pattern.compile(text, key, gap)
        except PatternError as exc:
            if doc is not None:
                problems.append(doc.problem(where, ".".join(str(p) for p in where), str(exc)))
            return None

    def compile_all(
        texts: list[str],
        where: list[str | int],
        gap: int = 0,
        learn: bool = False,
        forms: bool = False,
    ) -> list[tuple[str, Pattern]]:
        """Each text of a list with its pattern (a broken one reported and left out);
        with ``learn`` its words join the speller's vocabulary, with ``forms`` a
        Russian phrase also matches its words' other forms (``_with_forms``)."""
        out = []
        for i, text in enumerate(texts):
            source = _with_forms(text) if forms and data.language == "ru" else text
            pattern = compile_one(source, gap, [*where, i])
            if pattern is not None:
                out.append((text, pattern))
                if learn:
                    vocabulary.update(w for word in pattern.words for w in word.keys)
        return out

    for finding, lists in data.findings.items():
        for value in ("present", "absent", "unknown", "when_negated", "implied_absent"):
            compiled = compile_all(
                getattr(lists, value),
                ["findings", finding, value],
                PHRASE_GAP,
                learn=True,
                forms=True,
            )
            phrases += [(pattern, Phrase(finding, value, text)) for text, pattern in compiled]
    for text, pattern in compile_all(data.ignore, ["ignore"], PHRASE_GAP):
        phrases.append((pattern, Phrase("", "ignore", text)))
    # Trigger words are repaired too ("withuot", "probabley").
    triggers = [
        (pattern, TriggerKind(category, direction, text))
        for field, (category, direction) in _TRIGGERS.items()
        for text, pattern in compile_all(
            getattr(data.triggers, field), ["triggers", field], learn=True
        )
    ]
    openers = [(p, text) for text, p in compile_all(data.exam_openers, ["exam_openers"])]
    results: ResultReader | None = None
    if data.test_results is not None:
        block = data.test_results
        answers: tuple[tuple[Result, list[str]], ...] = (
            ("present", block.present),
            ("absent", block.absent),
            ("pending", block.pending),
        )
        said = [
            (pattern, value)
            for value, texts in answers
            for _, pattern in compile_all(texts, ["test_results", value], learn=True)
        ]
        results = ResultReader(
            frozenset(block.findings),
            Matcher(said),
            frozenset(key(w) for w in block.blockers),
            frozenset(key(w) for w in block.links),
        )
    exams: ExamSections | None = None
    if data.exam_sections is not None:
        exam = data.exam_sections
        headings = [
            (pattern, bare)
            for field, bare in (("headings", False), ("bare_headings", True))
            for _, pattern in compile_all(getattr(exam, field), ["exam_sections", field])
        ]
        exams = ExamSections(frozenset(exam.findings), Matcher(headings), exam.normal)
    vocabulary = {w for w in vocabulary if w.isalpha()}
    return Lexicon(
        language=data.language,
        data=data,
        key=key,
        speller=Speller(vocabulary, keep={key(w) for w in data.speller_keep}),
        phrases=Matcher(phrases, data.commas_end_gaps),
        triggers=Matcher(triggers),
        openers=Matcher(openers),
        results=results,
        exams=exams,
    )


def check_lexicons(kb: KnowledgeBase) -> list[KnowledgeProblem]:
    """Every problem in the lexicon files of ``kb``'s folder, as file:line:col."""
    problems: list[KnowledgeProblem] = []
    for language in LANGUAGES:
        doc, data, found = _read(kb.root, language)
        problems += found
        if doc is None or data is None:
            continue
        _compile(data, doc, problems)
        for finding, lists in data.findings.items():
            if finding not in kb.findings:
                problems.append(
                    doc.problem(["findings", finding], finding, "is not a finding in findings.yaml")
                )
            elif not (
                lists.present
                or lists.absent
                or lists.unknown
                or lists.when_negated
                or lists.implied_absent
            ):
                problems.append(doc.problem(["findings", finding], finding, "has no phrases"))
        problems += _finding_references(data, doc, kb)
        for finding, item in kb.findings.items():
            if item.asked_of == "person" and finding not in data.findings:
                problems.append(
                    doc.problem(["findings"], "findings", f"no phrases for finding {finding!r}")
                )
    return problems + check_text_models(kb, LANGUAGES)


def _finding_references(
    data: LexiconFile, doc: Document, kb: KnowledgeBase
) -> list[KnowledgeProblem]:
    """Finding ids named outside ``findings`` (current_state, partner_body, ...)."""
    named: list[tuple[list[str | int], str]] = []
    named += [(["current_state", i], f) for i, f in enumerate(data.current_state)]
    for finding, target in data.partner_body.items():
        named.append((["partner_body", finding], finding))
        if target is not None:
            named.append((["partner_body", finding], target))
    for finding, target in data.doubted_as.items():
        named += [(["doubted_as", finding], finding), (["doubted_as", finding], target)]
    named += [(["time_findings", i], f) for i, f in enumerate(data.time_findings)]
    for i, split in enumerate(data.age_decides):
        named += [(["age_decides", i], split.older), (["age_decides", i], split.younger)]
    for finding, target in data.exam_body.items():
        named += [(["exam_body", finding], finding), (["exam_body", finding], target)]
    named += [(["named_tests", f], f) for f in data.named_tests]
    for finding, causes in data.explained_by.items():
        named.append((["explained_by", finding], finding))
        named += [(["explained_by", finding, i], f) for i, f in enumerate(causes)]
    for finding, target in data.unsaid_absent_when.items():
        where: list[str | int] = ["unsaid_absent_when", finding]
        named += [(where, finding), (where, target)]
    if data.test_results is not None:
        tested = data.test_results.findings
        named += [(["test_results", "findings", i], f) for i, f in enumerate(tested)]
    if data.exam_sections is not None:
        seen = data.exam_sections.findings
        named += [(["exam_sections", "findings", i], f) for i, f in enumerate(seen)]
        if data.exam_sections.normal is not None:
            named.append((["exam_sections", "normal"], data.exam_sections.normal))
    return [
        doc.problem(where, ".".join(str(p) for p in where), f"{finding!r} is not a finding")
        for where, finding in named
        if finding not in kb.findings
    ]


@lru_cache(maxsize=8)
def load_lexicon(language: str, root: Path | None = None) -> Lexicon:
    """The compiled lexicon of one language; raise KnowledgeError if it is broken."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
    folder = root or default_knowledge_path()
    doc, data, problems = _read(folder, language)
    if data is None or problems:
        raise KnowledgeError(problems)
    lexicon = _compile(data, doc, problems)
    if problems:
        raise KnowledgeError(problems)
    return lexicon
