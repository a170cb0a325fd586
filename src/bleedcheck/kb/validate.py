"""Checks across files: references resolve, rules are safe, text is readable.

Schema validation (one item at a time) happens in the loader; what needs the
whole knowledge base at once lives here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from bleedcheck.kb.errors import KnowledgeProblem
from bleedcheck.kb.expressions import Node, is_positive, present_findings, referenced_findings, walk
from bleedcheck.kb.expressions import Not as NotNode
from bleedcheck.kb.schema import Figure, Text, TriageLevel

if TYPE_CHECKING:
    from bleedcheck.kb.loader import Document, KnowledgeBase

__all__ = ["MAX_READING_GRADE", "cross_check", "reading_grade", "red_flag_findings", "texts"]

MAX_READING_GRADE = 7.0
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")


@lru_cache(maxsize=4096)
def reading_grade(text: str) -> float:
    """Flesch-Kincaid grade of an English text (textstat 0.7.3, works offline)."""
    import textstat

    return float(textstat.flesch_kincaid_grade(text))


def texts(
    model: BaseModel, path: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[str | int, ...], Text]]:
    """Every person-facing Text inside a model, with its field path."""
    if isinstance(model, Text):
        yield path, model
        return
    for name in type(model).model_fields:
        yield from _texts_in(getattr(model, name), (*path, name))


def _texts_in(
    value: Any, path: tuple[str | int, ...]
) -> Iterator[tuple[tuple[str | int, ...], Text]]:
    if isinstance(value, BaseModel):
        yield from texts(value, path)
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from _texts_in(item, (*path, i))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts_in(item, (*path, key))


def figures(
    model: BaseModel, path: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[str | int, ...], Figure]]:
    """Every Figure inside a model, with its field path."""
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, Figure):
            yield (*path, name), value
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, Figure):
                    yield (*path, name, key), item


def red_flag_findings(kb: KnowledgeBase, *, above_floor: bool = False) -> frozenset[str]:
    """Findings that a red-flag rule asks to be present: the "worrying answers".

    With ``above_floor``, only rules that can force more than the floor count:
    these are the alarm findings that triage keeps out of its differential.
    """
    floor = TriageLevel.parse(kb.presentation.floor)
    out: set[str] = set()
    for rule in kb.rules:
        if rule.kind == "red_flag" and (not above_floor or rule.triage_level > floor):
            out |= present_findings(rule.when)
    return frozenset(out)


def stratum_findings(kb: KnowledgeBase) -> frozenset[str]:
    """Findings that choose the prior stratum; they act through priors only."""
    out: set[str] = set()
    for stratum in kb.presentation.strata:
        if stratum.when is not None:
            out |= referenced_findings(stratum.when)
    return frozenset(out)


class _Checker:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.problems: list[KnowledgeProblem] = []
        self.index: dict[tuple[str, str], int] = {}
        for key in ("sources", "findings", "conditions", "rules", "coding", "next_steps"):
            doc = kb.documents[key]
            for i, raw in enumerate(doc.root.get(key, [])):
                if hasattr(raw, "get") and raw.get("id") is not None:
                    self.index.setdefault((key, str(raw.get("id"))), i)

    def report(self, key: str, ident: str | None, path: Sequence[str | int], message: str) -> None:
        doc: Document = self.kb.documents[key]
        base: list[str | int] = [] if ident is None else [key, self.index.get((key, ident), 0)]
        shown = [p for p in path if p not in ("value", "basis")]
        label = ".".join(str(p) for p in ([ident] if ident else []) + shown)
        self.problems.append(doc.problem(base + list(path), label, message))

    def items(self) -> Iterator[tuple[str, str | None, BaseModel]]:
        yield "presentation", None, self.kb.presentation
        for key, collection in (
            ("sources", self.kb.sources),
            ("findings", self.kb.findings),
            ("conditions", self.kb.conditions),
        ):
            for ident, item in collection.items():
                yield key, ident, item
        for rule in self.kb.rules:
            yield "rules", rule.id, rule
        for ident, code in self.kb.coding.items():
            yield "coding", ident, code
        for step in self.kb.next_steps:
            yield "next_steps", step.id, step


def cross_check(kb: KnowledgeBase, *, check_readability: bool = True) -> list[KnowledgeProblem]:
    c = _Checker(kb)
    _check_sources(c)
    _check_expressions(c)
    _check_conditions(c)
    _check_findings(c)
    _check_rules(c)
    _check_handover(c)
    _check_texts(c, check_readability)
    return c.problems


def _check_sources(c: _Checker) -> None:
    known = set(c.kb.sources)
    for key, ident, item in c.items():
        for i, source in enumerate(getattr(item, "sources", []) if key != "sources" else []):
            if source not in known:
                c.report(key, ident, ["sources", i], f"source {source} is not in sources.yaml")
        for path, figure in figures(item):
            if not figure.is_estimate and figure.basis not in known:
                c.report(
                    key, ident, [*path, "basis"], f"source {figure.basis} is not in sources.yaml"
                )


def _expression_findings(
    c: _Checker, key: str, ident: str | None, path: list[str | int], node: Node
) -> None:
    for finding in sorted(referenced_findings(node)):
        if finding not in c.kb.findings:
            c.report(key, ident, path, f"refers to unknown finding {finding!r}")


def _check_expressions(c: _Checker) -> None:
    strata = c.kb.presentation.strata
    for i, stratum in enumerate(strata):
        if stratum.when is not None:
            _expression_findings(c, "presentation", None, ["strata", i, "when"], stratum.when)
        last = i == len(strata) - 1
        if last and stratum.when is not None:
            c.report(
                "presentation",
                None,
                ["strata", i],
                "the last stratum must have no 'when' (it catches everyone else)",
            )
        if not last and stratum.when is None:
            c.report("presentation", None, ["strata", i], "only the last stratum may omit 'when'")
    for ident, finding in c.kb.findings.items():
        if finding.ask_when is not None:
            _expression_findings(c, "findings", ident, ["ask_when"], finding.ask_when)
            if ident in referenced_findings(finding.ask_when):
                c.report("findings", ident, ["ask_when"], "must not depend on its own answer")
    for rule in c.kb.rules:
        _expression_findings(c, "rules", rule.id, ["when"], rule.when)
    for i, first in enumerate(c.kb.presentation.ask_first):
        if first not in c.kb.findings:
            c.report("presentation", None, ["ask_first", i], f"{first!r} is not a finding")
    groups = c.kb.presentation.question_groups
    for ident, finding in c.kb.findings.items():
        if finding.ask_together is not None and finding.ask_together not in groups:
            c.report(
                "findings",
                ident,
                ["ask_together"],
                f"group {finding.ask_together!r} has no lead-in in question_groups",
            )


def _check_conditions(c: _Checker) -> None:
    strata = [s.id for s in c.kb.presentation.strata]
    by_stratum = stratum_findings(c.kb)
    for ident, condition in c.kb.conditions.items():
        for stratum in strata:
            if stratum not in condition.priors:
                c.report("conditions", ident, ["priors"], f"needs a prior for stratum {stratum!r}")
        for stratum in condition.priors:
            if stratum not in strata:
                c.report("conditions", ident, ["priors", stratum], f"{stratum!r} is not a stratum")
        for finding in condition.likelihoods:
            if finding not in c.kb.findings:
                c.report(
                    "conditions", ident, ["likelihoods", finding], f"{finding!r} is not a finding"
                )
            elif finding in by_stratum:
                c.report(
                    "conditions",
                    ident,
                    ["likelihoods", finding],
                    f"{finding!r} chooses the prior stratum; set its effect in priors instead",
                )


def _check_findings(c: _Checker) -> None:
    """A background rate is the rate among causes that do not produce the finding,
    so it cannot exceed the rate among everyone (which includes the causes that do);
    stratum findings act through the priors only, so they have neither that nor a
    floor; a floor names strata of the presentation."""
    by_stratum = stratum_findings(c.kb)
    strata = {s.id for s in c.kb.presentation.strata}
    for ident, finding in c.kb.findings.items():
        for stratum in finding.floor_by_stratum:
            if ident in by_stratum:
                c.report(
                    "findings",
                    ident,
                    ["floor_by_stratum"],
                    f"{ident!r} chooses the prior stratum; it has no floor",
                )
            elif stratum not in strata:
                c.report(
                    "findings",
                    ident,
                    ["floor_by_stratum", stratum],
                    f"{stratum!r} is not a stratum of the presentation",
                )
        background = finding.background_rate
        if background is None:
            continue
        if ident in by_stratum:
            c.report(
                "findings",
                ident,
                ["background_rate"],
                f"{ident!r} chooses the prior stratum; it has no background rate",
            )
        elif background.value > finding.base_rate.value:
            c.report(
                "findings",
                ident,
                ["background_rate", "value"],
                f"must not be above the base rate ({finding.base_rate.value:g})",
            )


def _check_rules(c: _Checker) -> None:
    alarming = red_flag_findings(c.kb)
    for rule in c.kb.rules:
        if rule.kind == "red_flag" and not is_positive(rule.when):
            c.report(
                "rules",
                rule.id,
                ["when"],
                "a red-flag rule may only ask for findings to be present (no 'not' or "
                "'absent'), so that a worrying answer can never switch it off",
            )
        if rule.kind == "benign":
            if any(isinstance(n, NotNode) for n in walk(rule.when)):
                c.report(
                    "rules", rule.id, ["when"], "a benign rule may not use 'not'; use 'absent'"
                )
            for finding in sorted(present_findings(rule.when) & alarming):
                c.report(
                    "rules",
                    rule.id,
                    ["when"],
                    f"a benign rule may not ask for red-flag finding {finding!r} to be present",
                )
            if rule.triage_level >= TriageLevel.parse(c.kb.presentation.floor):
                c.report("rules", rule.id, ["level"], "a benign rule must be below the floor level")


def _check_texts(c: _Checker, check_readability: bool) -> None:
    for key, ident, item in c.items():
        for path, text in texts(item):
            if _CYRILLIC.search(text.en):
                c.report(key, ident, [*path, "en"], "English text contains Cyrillic letters")
            if not _CYRILLIC.search(text.ru):
                c.report(key, ident, [*path, "ru"], "Russian text has no Cyrillic letters")
            # Names are medical terms (what the doctor will say), not sentences:
            # a grade formula is meaningless on three words, so they are exempt.
            # Next steps and terms are for the clinician, in clinical terms: exempt too.
            if check_readability and "name" not in path and key not in ("next_steps", "coding"):
                grade = reading_grade(text.en)
                if grade > MAX_READING_GRADE:
                    c.report(
                        key,
                        ident,
                        [*path, "en"],
                        f"reading grade {grade:.1f} is above {MAX_READING_GRADE:g}; "
                        "use shorter words and sentences",
                    )


def _check_handover(c: _Checker) -> None:
    """Every finding has a clinical term; codes are unique; steps name real things."""
    presentation = c.kb.presentation.id
    seen: dict[str, str] = {}
    for ident, code in c.kb.coding.items():
        if ident != presentation and ident not in c.kb.findings:
            message = f"{ident!r} is neither a finding nor {presentation!r}"
            c.report("coding", ident, ["id"], message)
        if code.snomed is not None:
            other = seen.setdefault(code.snomed.code, ident)
            if other != ident:
                c.report(
                    "coding", ident, ["snomed", "code"], f"{code.snomed.code} is also {other!r}"
                )
    for ident in c.kb.findings:
        if ident not in c.kb.coding:
            c.report("coding", None, [], f"finding {ident!r} has no entry (a clinical term)")
    for step in c.kb.next_steps:
        if step.when is not None:
            _expression_findings(c, "next_steps", step.id, ["when"], step.when)
        for i, condition in enumerate(step.conditions):
            if condition not in c.kb.conditions:
                c.report(
                    "next_steps", step.id, ["conditions", i], f"{condition!r} is not a condition"
                )
