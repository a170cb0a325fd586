"""Interviews as a service: the store keeps the answers, the engine decides.

The REST API and the web pages both go through here, so a person clicking through
the pages and a clinic system calling the API get exactly the same behaviour.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any, Literal

from bleedcheck.engine import Assessment, Case, CaseError, assess
from bleedcheck.engine.case import ANSWERS
from bleedcheck.kb.compile import CompiledModel, default_model
from bleedcheck.kb.validate import red_flag_findings
from bleedcheck.language import Reading
from bleedcheck.language.case import with_text
from bleedcheck.store import (
    AnswerLimitReached,
    AuditLog,
    InterviewNotFound,
    InterviewStore,
    StoredInterview,
)

__all__ = ["MAX_ANSWERS", "InterviewService", "InterviewView", "kept_from_text"]

# More answers than there are findings can only be a mistake or abuse.
MAX_ANSWERS = 200


@dataclass(frozen=True)
class InterviewView:
    """An interview as it stands: what was answered and what the engine makes of it."""

    stored: StoredInterview
    assessment: Assessment
    # What was understood from the person's own words; only right after the start,
    # because the text itself is never stored.
    reading: Reading | None = None

    @property
    def id(self) -> str:
        return self.stored.id

    @property
    def case(self) -> dict[str, Any]:
        """The contract case behind the result (what the summary and FHIR export use)."""
        return _case_of(self.stored)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.stored.id,
            "language": self.stored.language,
            "clinician": self.stored.clinician,
            "age": self.stored.age,
            "created_at": self.stored.created_at.isoformat(),
            "expires_at": self.stored.expires_at.isoformat(),
            "questions_asked": self.stored.steps,
            "understood": self.reading.to_dict()["matches"] if self.reading else None,
            "result": self.assessment.to_dict(),
        }


class InterviewService:
    def __init__(
        self,
        store: InterviewStore,
        model: CompiledModel | None = None,
        audit: AuditLog | None = None,
    ) -> None:
        self.store = store
        self.model = model or default_model()
        self.red_flags = red_flag_findings(self.model.kb)
        # Every change is audited; reads are not (they change nothing).
        self.audit = audit or AuditLog(store.engine, clock=store.clock)

    def start(
        self,
        *,
        language: str = "en",
        clinician: bool = False,
        age: int | None = None,
        evidence: Mapping[str, str] | None = None,
        text: str | None = None,
    ) -> InterviewView:
        """Open an interview, optionally with what is already known.

        Only the answers are stored, never the free text itself: what the text
        said is kept as answers marked as coming from text.
        """
        case = self._case({"age": age, "evidence": dict(evidence or {}), "text": text}, language)
        given = dict(case.evidence)
        # Read the words only; the one assessment happens on what is stored.
        merged, reading = with_text(case)
        from_text = kept_from_text(
            {f: a for f, a in merged.evidence.items() if f not in given}, self.red_flags
        )
        age = merged.age
        with _answer_limit():
            stored = self.store.create(
                language=language, clinician=clinician, age=age, answers=given
            )
            if from_text:
                stored = self.store.record(stored.id, from_text, origin="text")
        return replace(self._audited("started", self.view_of(stored, language)), reading=reading)

    def correct(
        self,
        interview_id: str,
        answers: Mapping[str, str],
        forget: list[str],
        age: int | Literal["keep"] | None = "keep",
    ) -> InterviewView:
        """The person's corrections to what was read from her words (her own answers
        now, so a "no" to a red flag here counts: she said it, not the reader)."""
        for finding in [*answers, *forget]:
            if finding not in self.model.finding_index:
                raise CaseError(f"answers.{finding}", "is not a known finding id")
        if forget:
            self.store.forget(interview_id, forget)
        if answers:
            with _answer_limit():
                self.store.record(interview_id, answers, origin="text")
        if age != "keep":
            self.store.set_age(interview_id, age)
        return self._audited("corrected", self.view(interview_id))

    def view(self, interview_id: str, language: str | None = None) -> InterviewView:
        return self.view_of(self.store.get(interview_id), language)

    def answer(
        self, interview_id: str, answers: Mapping[str, str], language: str | None = None
    ) -> InterviewView:
        """Record one step (one question, or a group asked together)."""
        if not answers:
            raise CaseError("answers", "give at least one answer")
        if len(answers) > MAX_ANSWERS:
            raise CaseError("answers", f"at most {MAX_ANSWERS} answers at once")
        for finding, value in answers.items():
            if finding not in self.model.finding_index:
                raise CaseError(f"answers.{finding}", "is not a known finding id")
            if value not in ANSWERS:
                raise CaseError(f"answers.{finding}", "must be one of present, absent, unknown")
        with _answer_limit():
            stored = self.store.record(interview_id, answers)
        return self._audited("answered", self.view_of(stored, language))

    def back(self, interview_id: str, language: str | None = None) -> InterviewView:
        return self._audited(
            "went_back", self.view_of(self.store.undo_last_step(interview_id), language)
        )

    def erase(self, interview_id: str) -> bool:
        """Erase the interview; its audit events stay, no longer linked to its id."""
        try:
            stored = self.store.get(interview_id)
        except InterviewNotFound:
            return False
        new_ref = self.store.delete(interview_id)
        if new_ref is None:
            return False
        # The events were just cut loose from this id; the erasure joins them
        # under their new reference.
        self.audit.write(
            new_ref,
            "erased",
            knowledge_version=self.model.version,
            language=stored.language,
            clinician=stored.clinician,
            questions=stored.steps,
            answers=len(stored.answers),
        )
        return True

    def _audited(self, action: str, view: InterviewView) -> InterviewView:
        """Record what this change made the tool tell the person."""
        result, stored = view.assessment, view.stored
        self.audit.write(
            stored.id,
            action,
            knowledge_version=result.knowledge_version,
            language=stored.language,
            clinician=stored.clinician,
            level=result.level.name,
            conditions=tuple(c.id for c in result.conditions[:3]),
            should_stop=result.should_stop,
            questions=stored.steps,
            answers=len(stored.answers),
        )
        return view

    def _case(self, data: dict[str, Any], language: str) -> Case:
        if language not in ("en", "ru"):
            raise CaseError("language", "must be one of en, ru")
        data = {k: v for k, v in data.items() if v is not None}
        case = Case.parse({**data, "language": language}, allow_empty=True)
        for finding in case.evidence:
            if finding not in self.model.finding_index:
                raise CaseError(f"evidence.{finding}", "is not a known finding id")
        return case

    def view_of(self, stored: StoredInterview, language: str | None) -> InterviewView:
        """Assess a stored interview (in ``language``, default: its own)."""
        language = language or stored.language
        result = assess(
            _case_of(stored),
            clinician=stored.clinician,
            language=language,
            questions_asked=stored.steps,
            allow_empty=True,
            model=self.model,
        )
        return InterviewView(stored, result)


def kept_from_text(from_text: Mapping[str, str], red_flags: frozenset[str]) -> dict[str, str]:
    """What a free text said, minus any "no" or "don't know" about a danger sign.

    A text may raise a red flag but never clear one: a misread negation ("not sure
    it isn't heavy") must not stop the interview from asking the question itself.
    """
    return {f: a for f, a in from_text.items() if a == "present" or f not in red_flags}


@contextmanager
def _answer_limit() -> Iterator[None]:
    """The store's answer limit, as the field error every caller already handles."""
    try:
        yield
    except AnswerLimitReached as exc:
        raise CaseError(
            "answers",
            f"this interview has taken its limit of {exc.limit} answers: start a new one",
        ) from None


def _case_of(stored: StoredInterview) -> dict[str, Any]:
    case: dict[str, Any] = {"evidence": dict(stored.answers)}
    if stored.age is not None:
        case["age"] = stored.age
    return case
