"""The content of the doctor summary as a typed model, built from one assessment.

Rendering (HTML, PDF) only lays this model out, so the page, the PDF and any
other view say exactly the same things, and tests can check the content
without parsing HTML.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from bleedcheck._version import __version__
from bleedcheck.engine.assessment import Assessment
from bleedcheck.engine.case import Case, CaseError
from bleedcheck.kb.compile import CompiledModel, default_model
from bleedcheck.report.labels import MONTHS, label
from bleedcheck.report.steps import suggested_steps

__all__ = ["Cause", "Reported", "Step", "Summary", "summary"]

_ANSWER_ORDER = {"present": 0, "absent": 1, "unknown": 2}
# To keep the page to one sheet: causes below 1%, causes beyond eight, answers behind
# a cause beyond four and triage reasons beyond five are left off the page (the FHIR
# RiskAssessment and the contract JSON keep them all). The reasons left off are for
# danger signs the page still lists under "what was reported".
MIN_PROBABILITY = 0.01
MAX_CAUSES = 8
MAX_REASONS = 4
MAX_LEVEL_REASONS = 5
# Longer own words are cut, so the page stays one sheet.
MAX_OWN_WORDS = 700
# Roughly how many lines the variable parts may take before the page is set smaller.
DENSE_LINES = 40


@dataclass(frozen=True)
class Reported:
    """One answer, in clinical terms, with its standard code where one was checked."""

    finding: str
    term: str
    answer: str  # present | absent | unknown
    answer_text: str
    code: str | None  # e.g. "SNOMED CT 386661006"


@dataclass(frozen=True)
class Cause:
    """One condition of the differential and the answers behind it."""

    id: str
    name: str
    icd10: str
    probability: float
    supporting: tuple[str, ...]
    against: tuple[str, ...]

    @property
    def percent(self) -> str:
        value = self.probability * 100
        return "<1%" if value < 1 else f"{value:.0f}%"


@dataclass(frozen=True)
class Step:
    """A suggested next step for the clinician, with the sources behind it."""

    id: str
    kind: str
    kind_text: str
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Summary:
    """Everything printed on the one-page summary, already in its language."""

    language: str
    created: datetime
    created_text: str
    knowledge_version: str
    tool_version: str
    presenting: str
    presenting_code: str | None
    age: int | None
    level: str
    level_title: str
    reasons: tuple[str, ...]
    # Reasons left off the page (counted, not shown).
    more_reasons: int
    safety_net: tuple[str, ...]
    reported: tuple[Reported, ...]
    own_words: str | None
    causes: tuple[Cause, ...]
    steps: tuple[Step, ...]

    def label(self, key: str) -> str:
        return label(self.language, key)

    @property
    def dense(self) -> bool:
        """Probably too much for one sheet at the usual size (Russian runs longer)."""
        lines = (
            len(self.reported) / 4
            + 2 * len(self.steps)
            + 2 * len(self.causes)
            + len(self.own_words or "") / 150
        )
        return lines * (1.25 if self.language == "ru" else 1.0) > DENSE_LINES

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data, e.g. for an API that returns the summary itself."""
        from dataclasses import asdict

        out = asdict(self)
        out["created"] = self.created.isoformat()
        return out


def summary(
    case: Case | Mapping[str, Any],
    assessment: Assessment,
    *,
    language: str,
    created: datetime,
    model: CompiledModel | None = None,
) -> Summary:
    """Build the summary of one assessment in ``language`` (en or ru).

    ``created`` is passed in, never read from the clock, so the same interview
    always gives the same page. A naive datetime is taken to be UTC.
    """
    if language not in ("en", "ru"):
        raise CaseError("language", "must be one of en, ru")
    parsed = Case.parse(case)
    model = model or default_model()
    kb = model.kb
    when = created if created.tzinfo else created.replace(tzinfo=UTC)

    def term(finding: str) -> str:
        entry = kb.coding.get(finding)
        return entry.term.get(language) if entry else finding

    presenting = kb.coding.get(kb.presentation.id)
    probabilities = dict(
        zip(
            assessment.posterior.condition_ids,
            assessment.posterior.probabilities.tolist(),
            strict=True,
        )
    )
    steps = suggested_steps(kb, assessment.evidence, parsed.age, probabilities, assessment.level)
    reasons = _reasons(assessment, kb, language)
    return Summary(
        language=language,
        created=when,
        created_text=_date(when, language),
        knowledge_version=assessment.knowledge_version,
        tool_version=__version__,
        presenting=presenting.term.get(language)
        if presenting
        else kb.presentation.name.get(language),
        presenting_code=_code(presenting.snomed.code) if presenting and presenting.snomed else None,
        age=parsed.age,
        level=assessment.level.name,
        level_title=kb.presentation.levels[assessment.level.name].title.get(language),
        reasons=tuple(reasons[:MAX_LEVEL_REASONS]),
        more_reasons=max(0, len(reasons) - MAX_LEVEL_REASONS),
        safety_net=tuple(
            t.get(language) for t in kb.presentation.levels[assessment.level.name].safety_net
        ),
        reported=tuple(_reported(assessment.evidence, kb, language, term)),
        own_words=_shortened(parsed.text),
        causes=tuple(
            Cause(
                id=c.id,
                name=c.condition.name.get(language),
                icd10=c.icd10,
                probability=c.probability,
                supporting=tuple(term(f) for f in c.for_[:MAX_REASONS]),
                against=tuple(term(f) for f in c.against[:MAX_REASONS]),
            )
            for c in assessment.conditions[:MAX_CAUSES]
            if c.probability >= MIN_PROBABILITY
        ),
        steps=tuple(
            Step(
                s.id,
                s.kind,
                label(language, f"kind_{s.kind}"),
                s.text.get(language),
                tuple(s.sources),
            )
            for s in steps
        ),
    )


def _shortened(text: str | None) -> str | None:
    """Her words as given, cut at a word boundary if they would crowd the page."""
    text = (text or "").strip()
    if len(text) <= MAX_OWN_WORDS:
        return text or None
    return text[:MAX_OWN_WORDS].rsplit(" ", 1)[0] + " …"


def _code(code: str) -> str:
    return f"SNOMED CT {code}"


def _reasons(assessment: Assessment, kb: Any, language: str) -> list[str]:
    # The triage reasons are already in the assessment's language; rebuild them in
    # the summary's language when the two differ (e.g. a Russian page for an English run).
    if assessment.language == language:
        return [r.text for r in assessment.triage.reasons]
    rules = {r.id: r for r in kb.rules}
    out = []
    for reason in assessment.triage.reasons:
        if reason.id in rules:
            out.append(rules[reason.id].reason.get(language))
        elif reason.kind == "condition" and reason.id in kb.conditions:
            name = kb.conditions[reason.id].name.get(language)
            out.append(kb.presentation.condition_reason.get(language).format(name=name))
        else:
            out.append(kb.presentation.floor_reason.get(language))
    return out


def _reported(evidence: Mapping[str, str], kb: Any, language: str, term: Any) -> list[Reported]:
    order = {ident: i for i, ident in enumerate(kb.findings)}
    rows = sorted(evidence.items(), key=lambda kv: (_ANSWER_ORDER[kv[1]], order.get(kv[0], 0)))
    out = []
    for finding, answer in rows:
        entry = kb.coding.get(finding)
        code = _code(entry.snomed.code) if entry and entry.snomed else None
        out.append(Reported(finding, term(finding), answer, label(language, answer), code))
    return out


def _date(when: datetime, language: str) -> str:
    utc = when.astimezone(UTC)
    month = MONTHS[language][utc.month - 1]
    year = f"{utc.year} г." if language == "ru" else str(utc.year)
    return f"{utc.day} {month} {year}, {utc:%H:%M} UTC"
