"""Scoring the reader on annotated texts: micro P/R/F1 and negation accuracy.

A text is scored as a set of (finding, value) pairs; a pair counts only when
both the finding and the value agree, so "fever absent" read as "fever present"
is one false positive and one false negative. Negation accuracy follows NegEx
evaluations: among findings that both the annotation and the reader mention,
where either of them says "absent", the share on which they agree.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from bleedcheck.engine.case import Answer, Language
from bleedcheck.evaluation.vignettes import VignetteError, load_jsonl

__all__ = ["AnnotatedText", "TextScores", "annotation_reader", "load_texts", "score_texts"]


class AnnotatedText(BaseModel):
    """One line of ``vignettes/text/*.jsonl``: a text and what it says."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    id: str
    language: Language
    text: str = Field(min_length=1, max_length=10_000)
    age: int | None = None
    findings: dict[str, Answer]
    style: str | None = None
    source: str | None = None
    notes: str | None = None


def load_texts(*paths: Path | str) -> list[AnnotatedText]:
    """Read annotated texts; raise VignetteError naming file, line and field."""
    return load_jsonl(AnnotatedText, *paths, what="texts")


@dataclass
class _Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def figures(self) -> dict[str, float | int]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class _Language:
    texts: int = 0
    pairs: _Counts = field(default_factory=_Counts)
    negation_cases: int = 0
    negation_agree: int = 0
    ages: int = 0
    ages_right: int = 0
    by_finding: dict[str, _Counts] = field(default_factory=dict)
    # Red-flag findings said to be present: missing one is the costly error, and
    # reading one as denied is the worst of all, so they are counted on their own.
    red_flags: _Counts = field(default_factory=_Counts)
    red_flags_denied: int = 0

    def to_dict(self) -> dict[str, Any]:
        negation = self.negation_agree / self.negation_cases if self.negation_cases else 1.0
        return {
            "texts": self.texts,
            **self.pairs.figures(),
            "negation_accuracy": round(negation, 4),
            "negation_cases": self.negation_cases,
            "age_accuracy": round(self.ages_right / self.ages, 4) if self.ages else 1.0,
            "red_flags": {**self.red_flags.figures(), "denied": self.red_flags_denied},
            "per_finding": {f: c.figures() for f, c in sorted(self.by_finding.items())},
        }


@dataclass(frozen=True)
class Difference:
    """Where the reader and the annotation disagree on one text (for tuning on dev)."""

    id: str
    text: str
    missed: dict[str, str]
    extra: dict[str, str]


@dataclass
class TextScores:
    """Figures per language and over all texts."""

    languages: dict[str, _Language]
    overall: _Language
    differences: list[Difference]

    def to_dict(self, *, per_finding: bool = True) -> dict[str, Any]:
        def shown(block: _Language) -> dict[str, Any]:
            out = block.to_dict()
            if not per_finding:
                out.pop("per_finding")
            return out

        return {
            **shown(self.overall),
            "languages": {k: shown(v) for k, v in sorted(self.languages.items())},
        }


Reader = Callable[[str, str], tuple[dict[str, Any], int | None]]


def _default_reader(text: str, language: str) -> tuple[dict[str, Any], int | None]:
    from bleedcheck.language import read

    reading = read(text, language)
    return dict(reading.evidence), reading.age


def annotation_reader(texts: Iterable[AnnotatedText], second: Iterable[AnnotatedText]) -> Reader:
    """A second annotator in the reader's place, for inter-annotator agreement.

    Two careful people coding the same texts by the same written conventions
    do not agree perfectly; their agreement is the ceiling a reader can be
    held to. Every text must be annotated by both, with the same words, or the
    figure would compare different things.
    """
    by_text = {item.text: item for item in second}
    missing = [item.id for item in texts if item.text not in by_text]
    if missing:
        shown = ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else "")
        raise VignetteError(
            f"the second annotation lacks {len(missing)} text(s) of the first "
            f"(matched by their exact words): {shown}"
        )

    def read(text: str, language: str) -> tuple[dict[str, Any], int | None]:
        item = by_text[text]
        return dict(item.findings), item.age

    return read


def score_texts(
    texts: Iterable[AnnotatedText],
    reader: Reader | None = None,
    *,
    red_flags: frozenset[str] | None = None,
) -> TextScores:
    """Read every text and compare with its annotation.

    ``red_flags`` are the findings whose presence a red-flag rule asks about (by
    default those of the shipped knowledge); their "present" pairs are also scored
    apart, because micro F1 over all pairs hides whether the alarms were heard.
    """
    read = reader or _default_reader
    if red_flags is None:
        from bleedcheck.kb.compile import default_model
        from bleedcheck.kb.validate import red_flag_findings

        red_flags = red_flag_findings(default_model().kb)
    languages: dict[str, _Language] = {}
    overall = _Language()
    differences: list[Difference] = []
    for item in texts:
        evidence, age = read(item.text, item.language)
        gold = set(item.findings.items())
        got = set(evidence.items())
        block = languages.setdefault(item.language, _Language())
        for target in (block, overall):
            target.texts += 1
            target.pairs.tp += len(gold & got)
            target.pairs.fp += len(got - gold)
            target.pairs.fn += len(gold - got)
            for finding, _ in gold & got:
                target.by_finding.setdefault(finding, _Counts()).tp += 1
            for finding, _ in got - gold:
                target.by_finding.setdefault(finding, _Counts()).fp += 1
            for finding, _ in gold - got:
                target.by_finding.setdefault(finding, _Counts()).fn += 1
            for finding in item.findings.keys() & evidence.keys():
                said = (item.findings[finding], evidence[finding])
                if "absent" in said:
                    target.negation_cases += 1
                    target.negation_agree += said[0] == said[1]
            target.ages += 1
            target.ages_right += age == item.age
            for finding in red_flags:
                meant, understood = item.findings.get(finding), evidence.get(finding)
                if meant == "present" or understood == "present":
                    target.red_flags.tp += meant == understood == "present"
                    target.red_flags.fn += meant == "present" != understood
                    target.red_flags.fp += understood == "present" != meant
                    target.red_flags_denied += meant == "present" and understood == "absent"
        if gold != got:
            differences.append(Difference(item.id, item.text, dict(gold - got), dict(got - gold)))
    return TextScores(languages, overall, differences)


def count_styles(texts: Iterable[AnnotatedText]) -> Counter[str]:
    return Counter(t.style or "" for t in texts)
