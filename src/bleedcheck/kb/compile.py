"""Compiling a knowledge base into arrays, once, so that reasoning is arithmetic.

The engine never walks YAML-shaped objects on the hot path. Everything it needs
is here as numpy arrays indexed by position:

- findings ``f`` (rows) and conditions ``c`` (columns) of the likelihood tables;
- strata ``s`` of the prior table;
- red-flag and benign rules flattened into clauses (disjunctive normal form):
  a clause fires when all its required-present findings are present, all its
  required-absent findings are absent, and the age is in range. Clauses make
  "what would the triage be if this answer were yes?" a vector operation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import product
from typing import Any

import numpy as np
from numpy.typing import NDArray

from bleedcheck.kb.expressions import (
    Absent,
    AgeAtLeast,
    AgeBelow,
    All,
    Answers,
    Any_,
    Node,
    Not,
    Present,
    compile_expression,
    referenced_findings,
)
from bleedcheck.kb.loader import KnowledgeBase
from bleedcheck.kb.schema import Rule, TriageLevel
from bleedcheck.kb.validate import red_flag_findings, stratum_findings

__all__ = ["Clause", "CompiledModel", "compile_model"]

Floats = NDArray[np.float64]
Bools = NDArray[np.bool_]
Ints = NDArray[np.int64]


@dataclass(frozen=True)
class Clause:
    """One conjunction of a rule in disjunctive normal form."""

    rule: str
    present: tuple[str, ...]
    absent: tuple[str, ...]
    age_min: int  # inclusive
    age_max: int  # exclusive


_AGE_LOW, _AGE_HIGH = 0, 1000
# Per-model caches are cleared when they reach this many entries, so a long-running
# service answering unusual cases cannot grow them without bound.
CACHE_LIMIT = 4096


def _dnf(node: Node) -> list[tuple[frozenset[str], frozenset[str], int, int]]:
    """Disjunctive normal form of a rule expression (rules have no ``not``)."""
    if isinstance(node, Present):
        return [(frozenset([node.finding]), frozenset(), _AGE_LOW, _AGE_HIGH)]
    if isinstance(node, Absent):
        return [(frozenset(), frozenset([node.finding]), _AGE_LOW, _AGE_HIGH)]
    if isinstance(node, AgeBelow):
        return [(frozenset(), frozenset(), _AGE_LOW, node.years)]
    if isinstance(node, AgeAtLeast):
        return [(frozenset(), frozenset(), node.years, _AGE_HIGH)]
    if isinstance(node, Any_):
        return [clause for item in node.items for clause in _dnf(item)]
    if isinstance(node, All):
        out = []
        for parts in product(*(_dnf(item) for item in node.items)):
            present = frozenset().union(*(p[0] for p in parts))
            absent = frozenset().union(*(p[1] for p in parts))
            low = max(p[2] for p in parts)
            high = min(p[3] for p in parts)
            if low < high and not (present & absent):
                out.append((present, absent, low, high))
        return out
    if isinstance(node, Not):
        raise ValueError("rules may not use 'not'")
    raise TypeError(node)


@dataclass(frozen=True, eq=False)
class CompiledModel:
    """A knowledge base as arrays. Build with :func:`compile_model`."""

    kb: KnowledgeBase
    finding_ids: tuple[str, ...]
    condition_ids: tuple[str, ...]
    stratum_ids: tuple[str, ...]
    finding_index: dict[str, int]
    condition_index: dict[str, int]
    # (strata, conditions): normalised log prior per stratum.
    log_prior: Floats
    # (findings, conditions): P(present | condition) as the conditions and
    # background rates give it, before any stratum's floor.
    likelihood: Floats
    # (strata, findings, conditions): the same raised to each stratum's floors
    # (``floor_by_stratum``); the table the engine reasons with in that stratum.
    stratum_likelihood: Floats
    # (strata, 2 * findings, conditions): log P(present | c) rows, then log P(absent | c)
    # rows, with the stratum findings' rows zeroed (they act through the prior only).
    log_answers: Floats
    # (findings,): base rate among everyone with the symptom.
    base_rate: Floats
    # (strata, findings, conditions): log likelihood ratios of each answer against
    # the base rate in that stratum (raised to the stratum's floor, where the
    # finding is common to everyone in it, e.g. vaginal dryness after the
    # menopause), so "why" does not credit a cause for what the whole stratum has.
    llr_present: Floats
    llr_absent: Floats
    # The same ratios as nested Python lists [stratum][finding][condition]:
    # explanations read a handful of them, where numpy's per-call cost would dominate.
    llr_present_rows: list[list[list[float]]]
    llr_absent_rows: list[list[list[float]]]
    # (groups, findings): findings that share an ``overlaps`` label (groups of two
    # or more); present findings of one group share their votes (see ``vote_weights``).
    overlap_groups: Floats
    # (findings,): masks of special findings.
    is_stratum_finding: Bools
    # Findings of red-flag rules above the floor: triage keeps them out of its differential.
    is_red_flag: Bools
    is_clinician: Bools
    # (conditions,): urgency each condition brings when likely enough.
    condition_level: Ints
    condition_threshold: Floats
    # Rule clauses: (clauses, findings) masks, and per-clause metadata.
    clauses: tuple[Clause, ...]
    clause_present: Bools
    clause_absent: Bools
    # The same masks as floats, so "how many requirements are missing" is a matrix product.
    clause_present_f: Floats
    clause_absent_f: Floats
    clause_age_min: Ints
    clause_age_max: Ints
    clause_level: Ints
    clause_benign: Bools
    clause_rule: Ints  # index into rule_ids
    rule_ids: tuple[str, ...]
    rules_by_id: dict[str, Rule]
    floor: int
    # Stratum selection and "ask when" as compiled closures.
    stratum_tests: tuple[Callable[[Answers, int | None], bool] | None, ...]
    ask_when: tuple[Callable[[Answers, int | None], bool] | None, ...]
    # Findings named by each stratum's condition, in stratum order.
    stratum_selectors: tuple[tuple[str, ...], ...]
    # Indices of findings that have an "ask when" (the others are always askable).
    conditional_questions: tuple[int, ...]
    _age_cache: dict[int | None, Bools]
    # Findings each "ask when" depends on (empty when it has none).
    ask_when_depends: tuple[frozenset[str], ...]
    # Indices of the opening context questions, in order.
    ask_first: tuple[int, ...]
    # ``not is_red_flag`` as plain bools: building a case's evidence reads them one by one.
    is_calm: tuple[bool, ...]
    # Findings any "ask when" or stratum test reads: with the age, the whole key of
    # what those closures can return, so their results are cached per key.
    context_findings: tuple[str, ...]
    _stratum_cache: dict[tuple[object, ...], int]
    # Memo tables the engine fills on demand for results that depend only on this
    # model and a small key (e.g. the reasons for a set of fired rules).
    memo: dict[str, dict[Any, Any]]

    def vote_weights(self, present: Floats) -> Floats:
        """Present masks (..., findings) -> weights: 1/√k for each present finding of
        an overlap group with k present, 1 for every other present finding.

        k answers about one fact then weigh as much as √k independent ones: more
        than one (the words do add a little: clots with a heavy flow), far less
        than k (they are not k separate signs). One matrix product each way, so
        it works on one row or a whole batch.
        """
        if not len(self.overlap_groups):
            return present
        counts = present @ self.overlap_groups.T  # (..., groups)
        share = np.where(counts > 1, 1.0 / np.sqrt(np.maximum(counts, 1.0)), 1.0)
        # A finding is in at most one group; findings in none keep weight 1.
        per_finding = share @ self.overlap_groups + (1.0 - self.overlap_groups.sum(axis=0))
        out: Floats = present * per_finding
        return out

    @property
    def version(self) -> str:
        return self.kb.version

    def clause_age_ok(self, age: int | None) -> Bools:
        """Which rule clauses the age allows (cached: it depends on the age only)."""
        cached = self._age_cache.get(age)
        if cached is None:
            if age is None:
                cached = (self.clause_age_min == 0) & (self.clause_age_max >= 1000)
            else:
                cached = (self.clause_age_min <= age) & (age < self.clause_age_max)
            cached.setflags(write=False)
            self._age_cache[age] = cached
        return cached

    def context_key(self, answers: Answers, age: int | None) -> tuple[object, ...]:
        """Everything the stratum tests and "ask when" closures can depend on."""
        return (age, *[answers.get(f) for f in self.context_findings])

    def stratum(
        self, answers: Answers, age: int | None, key: tuple[object, ...] | None = None
    ) -> int:
        """Index of the first stratum whose condition holds (cached per context key)."""
        key = self.context_key(answers, age) if key is None else key
        cached = self._stratum_cache.get(key)
        if cached is not None:
            return cached
        chosen = len(self.stratum_tests) - 1
        for i, test in enumerate(self.stratum_tests):
            if test is None or test(answers, age):
                chosen = i
                break
        if len(self._stratum_cache) >= CACHE_LIMIT:
            self._stratum_cache.clear()
        self._stratum_cache[key] = chosen
        return chosen

    def stratum_finding(self, answers: Answers, stratum: int) -> str | None:
        """The finding that put a case in its stratum, if a finding did (e.g. pregnant)."""
        for finding in self.stratum_selectors[stratum]:
            if answers.get(finding) == "present":
                return finding
        return None


def _compiled(node: Node | None) -> Callable[[Answers, int | None], bool] | None:
    return None if node is None else compile_expression(node)


def _depends(node: Node | None) -> frozenset[str]:
    return frozenset() if node is None else frozenset(referenced_findings(node))


def compile_model(kb: KnowledgeBase) -> CompiledModel:
    finding_ids = tuple(kb.findings)
    condition_ids = tuple(kb.conditions)
    strata = kb.presentation.strata
    f_index = {f: i for i, f in enumerate(finding_ids)}
    c_index = {c: i for i, c in enumerate(condition_ids)}

    prior = np.array([[kb.conditions[c].priors[s.id].value for c in condition_ids] for s in strata])
    log_prior = np.log(prior / prior.sum(axis=1, keepdims=True))

    base = np.array([kb.findings[f].base_rate.value for f in finding_ids])
    # Conditions that give no figure for a finding take its background rate (the
    # rate when the cause does not produce it), or the base rate when it has none.
    background = np.array(
        [(kb.findings[f].background_rate or kb.findings[f].base_rate).value for f in finding_ids]
    )
    likelihood = np.repeat(background[:, None], len(condition_ids), axis=1)
    for c, condition in kb.conditions.items():
        for f, figure in condition.likelihoods.items():
            likelihood[f_index[f], c_index[c]] = figure.value
    s_index = {s.id: i for i, s in enumerate(strata)}
    floors = np.zeros((len(strata), len(finding_ids), 1))
    for f, finding in kb.findings.items():
        for s, figure in finding.floor_by_stratum.items():
            floors[s_index[s], f_index[f], 0] = figure.value
    by_stratum_likelihood = np.maximum(likelihood[None], floors)
    labels = sorted({f.overlaps for f in kb.findings.values() if f.overlaps is not None})
    groups = np.array(
        [[float(kb.findings[f].overlaps == label) for f in finding_ids] for label in labels]
    ).reshape(len(labels), len(finding_ids))
    groups = groups[groups.sum(axis=1) > 1]
    stratum_base = np.maximum(base[None, :], floors[:, :, 0])[:, :, None]
    llr_present = np.log(by_stratum_likelihood) - np.log(stratum_base)
    llr_absent = np.log1p(-by_stratum_likelihood) - np.log1p(-stratum_base)
    by_stratum = stratum_findings(kb)
    stratum_rows = np.array([f in by_stratum for f in finding_ids])[:, None]
    alarming = red_flag_findings(kb, above_floor=True)

    clauses: list[Clause] = []
    levels: list[int] = []
    benign: list[bool] = []
    owner: list[int] = []
    rule_ids = tuple(rule.id for rule in kb.rules)
    for r, rule in enumerate(kb.rules):
        for present, absent, low, high in _dnf(rule.when):
            clauses.append(
                Clause(rule.id, tuple(sorted(present)), tuple(sorted(absent)), low, high)
            )
            levels.append(int(rule.triage_level))
            benign.append(rule.kind == "benign")
            owner.append(r)
    clause_present = np.zeros((len(clauses), len(finding_ids)), dtype=bool)
    clause_absent = np.zeros_like(clause_present)
    for k, clause in enumerate(clauses):
        clause_present[k, [f_index[f] for f in clause.present]] = True
        clause_absent[k, [f_index[f] for f in clause.absent]] = True

    return CompiledModel(
        kb=kb,
        finding_ids=finding_ids,
        condition_ids=condition_ids,
        stratum_ids=tuple(s.id for s in strata),
        finding_index=f_index,
        condition_index=c_index,
        log_prior=log_prior,
        likelihood=likelihood,
        stratum_likelihood=by_stratum_likelihood,
        log_answers=np.concatenate(
            [
                np.where(stratum_rows, 0.0, np.log(by_stratum_likelihood)),
                np.where(stratum_rows, 0.0, np.log1p(-by_stratum_likelihood)),
            ],
            axis=1,
        ),
        base_rate=base,
        llr_present=llr_present,
        llr_absent=llr_absent,
        llr_present_rows=llr_present.tolist(),
        llr_absent_rows=llr_absent.tolist(),
        overlap_groups=groups,
        is_stratum_finding=np.array([f in by_stratum for f in finding_ids]),
        is_red_flag=np.array([f in alarming for f in finding_ids]),
        is_clinician=np.array([kb.findings[f].asked_of == "clinician" for f in finding_ids]),
        condition_level=np.array([int(kb.conditions[c].level) for c in condition_ids]),
        condition_threshold=np.array(
            [kb.conditions[c].urgency_threshold.value for c in condition_ids]
        ),
        clauses=tuple(clauses),
        clause_present=clause_present,
        clause_absent=clause_absent,
        _age_cache={},
        clause_present_f=clause_present.astype(np.float64),
        clause_absent_f=clause_absent.astype(np.float64),
        clause_age_min=np.array([c.age_min for c in clauses], dtype=np.int64),
        clause_age_max=np.array([c.age_max for c in clauses], dtype=np.int64),
        clause_level=np.array(levels, dtype=np.int64),
        clause_benign=np.array(benign, dtype=bool),
        clause_rule=np.array(owner, dtype=np.int64),
        rule_ids=rule_ids,
        rules_by_id={rule.id: rule for rule in kb.rules},
        floor=int(TriageLevel.parse(kb.presentation.floor)),
        stratum_tests=tuple(_compiled(s.when) for s in strata),
        stratum_selectors=tuple(tuple(sorted(_depends(s.when))) for s in strata),
        conditional_questions=tuple(
            i for i, f in enumerate(finding_ids) if kb.findings[f].ask_when is not None
        ),
        ask_when=tuple(_compiled(kb.findings[f].ask_when) for f in finding_ids),
        ask_when_depends=tuple(_depends(kb.findings[f].ask_when) for f in finding_ids),
        ask_first=tuple(f_index[f] for f in kb.presentation.ask_first),
        is_calm=tuple(f not in alarming for f in finding_ids),
        context_findings=tuple(
            sorted(
                set().union(
                    *(_depends(s.when) for s in strata),
                    *(_depends(kb.findings[f].ask_when) for f in finding_ids),
                )
            )
        ),
        _stratum_cache={},
        memo={},
    )


@cache
def default_model() -> CompiledModel:
    """The shipped knowledge base, loaded and compiled once per process."""
    from bleedcheck.kb.loader import load_knowledge

    return compile_model(load_knowledge(check_readability=False))
