"""A small trained model that adds to what the reader's rules understood.

The rules read what their lexicon names; people say the same things in words no
lexicon lists ("went grey", "like a tap"). The model is one logistic regression per
finding over the words of the text (stemmed in English, lemmatised in Russian), each
word also marked with the context the rules found around it (denied, doubted,
someone else's, past), and over what the rules read. It is trained on texts written
blind to the rules, so it learns how far to trust them, and it is chosen and measured
by cross-validation there (``scripts/train_text_model.py``). The rules have since been
tuned on those texts too (session 7 on), so they look better there than on new text:
the model learns the rules' residual mistakes, not all of them.

It ships as plain numbers in a JSON file beside the lexicon and runs as a few dot
products: nothing is downloaded and nothing but numpy is needed. It only adds
findings for which the text had no lexicon words at all: what the rules decided,
including a denial or a "that was years ago", stands. It never adds a denial of a
red-flag finding, so a text never reads less worrying than the rules alone say.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from bleedcheck.engine.case import Answer
from bleedcheck.kb.compile import default_model
from bleedcheck.kb.errors import KnowledgeProblem
from bleedcheck.kb.loader import KnowledgeBase, default_knowledge_path, load_knowledge
from bleedcheck.kb.validate import red_flag_findings
from bleedcheck.language.context import Scopes
from bleedcheck.language.normalise import Token
from bleedcheck.language.reading import MODEL_PHRASE, Reading, TextMatch

__all__ = [
    "CLASSES",
    "FindingModel",
    "ModelError",
    "ModelFile",
    "TextModel",
    "additions",
    "check_text_models",
    "decide",
    "features",
    "load_text_model",
    "model_path",
]

Label = Literal["none", "present", "absent", "unknown"]
CLASSES: tuple[Label, ...] = ("none", "present", "absent", "unknown")
# The rules' context categories as the model sees them (a hedge is a doubt too).
_CONTEXTS = {
    "negated": "neg",
    "uncertain": "doubt",
    "hedge": "doubt",
    "other_person": "other",
    "partner": "partner",
    "historical": "past",
    "hypothetical": "if",
}


def features(
    tokens: list[Token], scopes: Scopes, evidence: Mapping[str, Answer]
) -> dict[str, tuple[int, ...]]:
    """The text's features, each with the token positions it stands on.

    ``w:key`` for every word, ``w:key|neg`` (and doubt, other, past...) for a word in
    the scope of such a cue, ``b:key_key`` for neighbouring words, ``r:finding=value``
    for what the rules read (no positions: the rules keep their own words).
    """
    out: dict[str, tuple[int, ...]] = {}
    words = [i for i, token in enumerate(tokens) if token.is_word]
    for i in words:
        key = tokens[i].key
        out.setdefault(f"w:{key}", (i,))
        contexts = {_CONTEXTS[c.category] for c in scopes.cues_for((i,)) if c.category in _CONTEXTS}
        for context in sorted(contexts):
            out.setdefault(f"w:{key}|{context}", (i,))
    for i, j in itertools.pairwise(words):
        if j == i + 1 and tokens[i].sentence == tokens[j].sentence:
            out.setdefault(f"b:{tokens[i].key}_{tokens[j].key}", (i, j))
    for finding, value in evidence.items():
        out[f"r:{finding}={value}"] = ()
    return out


def decide(
    probabilities: Mapping[Label, float], threshold: float, *, may_deny: bool = True
) -> Label:
    """What the model adds for a finding the rules met no words for ("none": nothing).

    Its most likely value other than "not mentioned" is added when it is at least
    ``threshold`` likely: most findings are rare, so "not mentioned" is nearly always
    the single most likely class, and a threshold on the value itself is what lets
    the model add anything at all. Without ``may_deny`` (the red-flag findings) it
    adds no denial: a wrong "no" would keep the interview from asking about it.
    """
    said = {label: p for label, p in probabilities.items() if label != "none"}
    if not said:
        return "none"
    best = max(said, key=lambda label: said[label])
    if said[best] < threshold or (best == "absent" and not may_deny):
        return "none"
    return best


def additions(
    beliefs: Mapping[str, Mapping[Label, float]], threshold: float, never_deny: frozenset[str]
) -> dict[str, Answer]:
    """The findings the model adds, given its beliefs about the gaps the rules left.

    Shared by the reader and the training script, so that cross-validation measures
    exactly the policy that ships.
    """
    out: dict[str, Answer] = {}
    for finding, probabilities in beliefs.items():
        value = decide(probabilities, threshold, may_deny=finding not in never_deny)
        if value != "none":
            out[finding] = value
    return out


@dataclass(frozen=True)
class FindingModel:
    """One finding's regression: a weight per class for each feature it kept."""

    classes: tuple[Label, ...]
    bias: np.ndarray
    weights: dict[str, np.ndarray]


class _FindingFile(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    classes: list[Label] = Field(min_length=2)
    bias: list[float]
    weights: dict[str, list[float]]

    @model_validator(mode="after")
    def _shapes(self) -> _FindingFile:
        if "none" not in self.classes or len(set(self.classes)) != len(self.classes):
            raise ValueError("classes must be distinct and include 'none'")
        width = len(self.classes)
        wrong = [n for n, row in self.weights.items() if len(row) != width]
        if len(self.bias) != width or wrong:
            raise ValueError(f"bias and every weight row need {width} numbers ({wrong[:3]})")
        return self


class ModelFile(BaseModel):
    """``language/model.<language>.json``: the trained numbers and how they were made."""

    model_config = ConfigDict(extra="forbid", strict=True)

    language: str
    threshold: float = Field(gt=0.0, le=1.0)
    trained_on: dict[str, int | str]
    settings: dict[str, float | bool | int]
    measured: dict[str, float]
    findings: dict[str, _FindingFile]
    # Findings whose denials were wrong too often in cross-validation: the model may
    # still say they are present, but never that they are absent (the rules still can).
    no_denial: list[str] = Field(default_factory=list)


@dataclass(frozen=True)
class TextModel:
    """The trained model of one language, ready to revise the rules' readings.

    All findings' weights are also stacked in one matrix, so a text is scored with a
    single sum over its features' rows instead of one small sum per finding.
    """

    language: str
    threshold: float
    findings: dict[str, FindingModel]
    never_deny: frozenset[str] = frozenset()
    _rows: dict[str, int] = field(init=False, repr=False)
    _matrix: np.ndarray = field(init=False, repr=False)
    _bias: np.ndarray = field(init=False, repr=False)
    _columns: list[tuple[str, FindingModel, slice]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        names = sorted({name for model in self.findings.values() for name in model.weights})
        rows = {name: i for i, name in enumerate(names)}
        width = sum(len(model.classes) for model in self.findings.values())
        matrix = np.zeros((len(names), width))
        bias = np.zeros(width)
        columns = []
        start = 0
        for finding, model in self.findings.items():
            part = slice(start, start + len(model.classes))
            bias[part] = model.bias
            for name, row in model.weights.items():
                matrix[rows[name], part] = row
            columns.append((finding, model, part))
            start = part.stop
        object.__setattr__(self, "_rows", rows)
        object.__setattr__(self, "_matrix", matrix)
        object.__setattr__(self, "_bias", bias)
        object.__setattr__(self, "_columns", columns)

    @classmethod
    def from_file(cls, data: ModelFile, never_deny: frozenset[str] = frozenset()) -> TextModel:
        return cls(
            data.language,
            data.threshold,
            {
                finding: FindingModel(
                    tuple(f.classes),
                    np.array(f.bias, dtype=np.float64),
                    {name: np.array(row, dtype=np.float64) for name, row in f.weights.items()},
                )
                for finding, f in data.findings.items()
            },
            never_deny | frozenset(data.no_denial),
        )

    def decisions(
        self, active: Mapping[str, tuple[int, ...]], seen: frozenset[str]
    ) -> dict[str, Answer]:
        """The findings the model adds: only those the rules met no words for."""
        hits = [self._rows[name] for name in active if name in self._rows]
        scores = self._bias + self._matrix[hits].sum(axis=0)
        beliefs: dict[str, dict[Label, float]] = {}
        for finding, model, part in self._columns:
            if finding not in seen:
                odds = np.exp(scores[part] - scores[part].max())
                beliefs[finding] = dict(
                    zip(model.classes, (odds / odds.sum()).tolist(), strict=True)
                )
        return additions(beliefs, self.threshold, self.never_deny)

    def revise(self, reading: Reading, text: str, tokens: list[Token], scopes: Scopes) -> Reading:
        """The rules' reading with the model's changes, each with the words behind it."""
        active = features(tokens, scopes, reading.evidence)
        changes = self.decisions(active, reading.seen)
        if not changes:
            return reading
        evidence = dict(reading.evidence)
        matches = list(reading.matches)
        for finding, value in changes.items():
            evidence[finding] = value
            where = self._words(finding, value, active)
            if where:
                start, end = tokens[where[0]].start, tokens[where[-1]].end
                matches.append(
                    TextMatch(finding, value, start, end, text[start:end], None, MODEL_PHRASE)
                )
        matches.sort(key=lambda m: (m.start, m.end, m.finding))
        return replace(reading, evidence=evidence, matches=tuple(matches))

    def _words(
        self, finding: str, value: Label, active: Mapping[str, tuple[int, ...]]
    ) -> tuple[int, ...]:
        """The words that pushed hardest towards the value: what to show the person."""
        model = self.findings[finding]
        column = model.classes.index(value)
        best: tuple[float, tuple[int, ...]] = (0.0, ())
        for name, positions in active.items():
            row = model.weights.get(name)
            if positions and row is not None and row[column] > best[0]:
                best = (float(row[column]), positions)
        return best[1]


def model_path(language: str, root: Path | None = None) -> Path:
    return (root or default_knowledge_path()) / "language" / f"model.{language}.json"


class ModelError(ValueError):
    """The model file is there but broken: say which file and what is wrong."""


def _read_model(path: Path, language: str) -> ModelFile:
    """The model file, validated; raise ModelError saying what is wrong."""
    try:
        data = ModelFile.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, ValidationError) as error:
        raise ModelError(f"is not a valid model: {error}") from error
    if data.language != language:
        raise ModelError(f"says language {data.language!r}, expected {language!r}")
    return data


@lru_cache(maxsize=8)
def load_text_model(language: str, root: Path | None = None) -> TextModel | None:
    """The language's trained model, or None when the knowledge ships none."""
    path = model_path(language, root)
    if not path.is_file():
        return None
    try:
        data = _read_model(path, language)
    except ModelError as error:
        raise ModelError(f"{path.name}: {error}") from error
    kb = default_model().kb if root is None else load_knowledge(root, check_readability=False)
    return TextModel.from_file(data, red_flag_findings(kb))


def check_text_models(kb: KnowledgeBase, languages: Iterable[str]) -> list[KnowledgeProblem]:
    """Problems in the model files beside ``kb`` (a missing file is no problem)."""
    problems: list[KnowledgeProblem] = []
    for language in languages:
        path = model_path(language, kb.root)
        if not path.is_file():
            continue
        name = f"language/{path.name}"
        try:
            data = _read_model(path, language)
        except ModelError as error:
            problems.append(KnowledgeProblem(name, 1, 1, "", str(error)))
            continue
        problems += [
            KnowledgeProblem(name, 1, 1, f"{key}.{f}", "is not a finding in findings.yaml")
            for key, named in (("findings", data.findings), ("no_denial", data.no_denial))
            for f in named
            if f not in kb.findings
        ]
    return problems
