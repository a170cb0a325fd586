"""The REST API, version 1. Stateless assessment, and interviews kept in the store."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy import text
from starlette.concurrency import run_in_threadpool

from bleedcheck.api.body import parse_model, read_json
from bleedcheck.api.errors import ApiError
from bleedcheck.api.ratelimit import limit_new_interviews
from bleedcheck.api.schemas import (
    CASE_BODY,
    AnswerPost,
    ErrorOut,
    HealthOut,
    InterviewCreate,
    InterviewOut,
    KnowledgeOut,
    ResultOut,
    request_body,
)
from bleedcheck.engine import CaseError, assess
from bleedcheck.fhir import bundle, case_from_questionnaire_response, questionnaire
from bleedcheck.kb.schema import TriageLevel
from bleedcheck.report import PdfUnavailable, Summary, render_pdf, summary
from bleedcheck.service import InterviewService, InterviewView
from bleedcheck.store import InterviewNotFound

__all__ = ["router"]

router = APIRouter()
_ID = re.compile(r"^[0-9a-f]{32}$")
_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": why}
    for code, why in (
        (400, "The body is empty or not JSON."),
        (413, "The body is too large."),
        (415, "The body is not JSON."),
        (422, "A field is wrong: the error names it."),
    )
}
_TOO_MANY: dict[int | str, dict[str, Any]] = {
    429: {
        "model": ErrorOut,
        "description": "Too many new interviews from this address in the last minute.",
        "headers": {
            "Retry-After": {
                "description": "Seconds to wait before starting another.",
                "schema": {"type": "integer"},
            }
        },
    }
}
_NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut, "description": "No such interview (never made, erased or expired)."}
}


def _json(data: Any, status: int = 200) -> Response:
    return Response(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")),
        status_code=status,
        media_type="application/json",
    )


def _service(request: Request) -> InterviewService:
    service: InterviewService = request.app.state.service
    return service


def checked_id(interview_id: str) -> str:
    """The id if it could be one of ours; a malformed id is simply not found."""
    if not _ID.match(interview_id):
        raise ApiError(404, "id", "no such interview")
    return interview_id


async def _read(request: Request, interview_id: str, language: str | None) -> InterviewView:
    service = _service(request)
    key = checked_id(interview_id)
    return await run_store(lambda: service.view(key, language))


async def run_store(call: Any) -> InterviewView:
    """Run a store call off the event loop; turn its errors into API errors (the
    pages use this too: their error handler renders the same errors as pages)."""
    try:
        view: InterviewView = await run_in_threadpool(call)
    except InterviewNotFound:
        raise ApiError(
            404, "id", "no such interview (it may have expired or been erased)"
        ) from None
    except CaseError as exc:
        raise ApiError(422, exc.field, exc.message) from None
    return view


_ASSESS_PARAMETERS = [
    {
        "name": "clinician",
        "in": "query",
        "required": False,
        "schema": {"type": "boolean", "default": False},
        "description": "Clinician mode: exam and test questions too.",
    },
    {
        "name": "language",
        "in": "query",
        "required": False,
        "schema": {"type": "string", "enum": ["en", "ru"]},
        "description": "Language of the texts; default: the case's.",
    },
]
_BOOLEANS = {"true": True, "1": True, "false": False, "0": False}


@router.post(
    "/v1/assess",
    summary="Assess one case (stateless)",
    response_model=ResultOut,
    responses=_ERRORS,
    openapi_extra={**CASE_BODY, "parameters": _ASSESS_PARAMETERS},
    tags=["assessment"],
)
async def assess_case(request: Request) -> Response:
    """A contract case (or a FHIR QuestionnaireResponse) in, the contract result out.
    Nothing is stored.

    The query is read by hand: this is the hot path, and FastAPI's parameter
    machinery costs as much as the assessment itself.
    """
    query = request.query_params
    clinician = _BOOLEANS.get(query.get("clinician", "false").lower())
    if clinician is None:
        raise ApiError(422, "clinician", "must be true or false")
    language = query.get("language")
    if language not in (None, "en", "ru"):
        raise ApiError(422, "language", "must be one of en, ru")
    data = await read_json(request)
    if not isinstance(data, dict):
        raise ApiError(422, "", "the body must be a JSON object")
    try:
        if data.get("resourceType") == "QuestionnaireResponse":
            data = case_from_questionnaire_response(data).model_dump(exclude_none=True)
        chosen = language or data.get("language", "en")
        result = assess(data, clinician=clinician, language=chosen)
    except CaseError as exc:
        raise ApiError(422, exc.field, exc.message) from None
    return _json(result.to_dict())


@router.post(
    "/v1/interviews",
    summary="Start an interview",
    status_code=201,
    response_model=InterviewOut,
    responses={**_ERRORS, **_TOO_MANY},
    # An interview may start from nothing: no body at all is fine.
    openapi_extra=request_body(InterviewCreate, required=False),
    tags=["interviews"],
)
async def start_interview(request: Request) -> Response:
    """Returns the interview's id (keep it: it is the only key) and the first question."""
    body = parse_model(InterviewCreate, await read_json(request, allow_empty=True))
    limit_new_interviews(request)
    service = _service(request)
    view = await run_store(
        lambda: service.start(
            language=body.language,
            clinician=body.clinician,
            age=body.age,
            evidence=body.evidence,
            text=body.text,
        )
    )
    return _json(view.to_dict(), 201)


@router.post(
    "/v1/interviews/{interview_id}/answers",
    summary="Answer a question",
    response_model=InterviewOut,
    responses={**_ERRORS, **_NOT_FOUND},
    openapi_extra=request_body(AnswerPost),
    tags=["interviews"],
)
async def answer(interview_id: str, request: Request) -> Response:
    """One answer, or all answers of a grouped question. Posting the same answer
    again changes nothing; a different answer replaces the earlier one."""
    body = parse_model(AnswerPost, await read_json(request))
    if body.answers is not None:
        if body.finding is not None or body.answer is not None:
            raise ApiError(422, "answers", "give either finding and answer, or answers, not both")
        answers = dict(body.answers)
    elif body.finding is None:
        raise ApiError(422, "finding", "is required (or give answers)")
    elif body.answer is None:
        raise ApiError(422, "answer", "is required: one of present, absent, unknown")
    else:
        answers = {body.finding: body.answer}
    service = _service(request)
    key = checked_id(interview_id)
    view = await run_store(lambda: service.answer(key, answers, body.language))
    return _json(view.to_dict())


@router.post(
    "/v1/interviews/{interview_id}/back",
    summary="Undo the last step",
    response_model=InterviewOut,
    responses=_NOT_FOUND,
    tags=["interviews"],
)
async def back(interview_id: str, request: Request) -> Response:
    service = _service(request)
    key = checked_id(interview_id)
    return _json((await run_store(lambda: service.back(key))).to_dict())


@router.get(
    "/v1/interviews/{interview_id}",
    summary="Read an interview",
    response_model=InterviewOut,
    responses=_NOT_FOUND,
    tags=["interviews"],
)
async def get_interview(
    interview_id: str,
    request: Request,
    language: str | None = Query(None, pattern="^(en|ru)$", description="Language of the texts."),
) -> Response:
    return _json((await _read(request, interview_id, language)).to_dict())


@router.delete(
    "/v1/interviews/{interview_id}",
    summary="Erase an interview",
    status_code=204,
    responses=_NOT_FOUND,
    tags=["interviews"],
)
async def erase(interview_id: str, request: Request) -> Response:
    """Deletes the interview and every answer in it, at once and for good."""
    key = checked_id(interview_id)
    if not await run_in_threadpool(_service(request).erase, key):
        raise ApiError(404, "id", "no such interview")
    return Response(status_code=204)


_FHIR = "application/fhir+json"
_LANGUAGE = Query(None, pattern="^(en|ru)$", description="Language; default: the interview's.")


@router.get(
    "/v1/interviews/{interview_id}/summary.pdf",
    summary="One-page summary for the doctor (PDF)",
    response_class=Response,
    responses={
        **_NOT_FOUND,
        200: {"content": {"application/pdf": {}}, "description": "An A4 PDF."},
        422: {"model": ErrorOut, "description": "Nothing answered yet."},
        503: {"model": ErrorOut, "description": "PDF output is not installed."},
    },
    tags=["interviews"],
)
async def summary_pdf(
    interview_id: str, request: Request, language: str | None = _LANGUAGE
) -> Response:
    view = await _read(request, interview_id, language)
    response: Response = await run_in_threadpool(pdf_response, view)
    return response


@contextmanager
def _needs_an_answer() -> Iterator[None]:
    """An interview with no answer yet has no case to summarise or export."""
    try:
        yield
    except CaseError:
        raise ApiError(422, "id", "answer at least one question first") from None


def summary_of(view: InterviewView) -> Summary:
    """The doctor summary of an interview, or an ApiError when there is nothing to say."""
    with _needs_an_answer():
        return summary(
            view.case,
            view.assessment,
            language=view.assessment.language,
            created=view.stored.created_at,
        )


def pdf_response(view: InterviewView) -> Response:
    """The summary as a PDF download (slow: call it off the event loop)."""
    try:
        pdf = render_pdf(summary_of(view))
    except PdfUnavailable as exc:
        raise ApiError(503, "", str(exc)) from None
    return Response(
        pdf,
        media_type="application/pdf",
        headers={"content-disposition": 'attachment; filename="bleedcheck-summary.pdf"'},
    )


@router.get(
    "/v1/interviews/{interview_id}/fhir",
    summary="The interview as a FHIR R4 Bundle",
    response_class=Response,
    responses={
        **_NOT_FOUND,
        200: {"content": {_FHIR: {}}, "description": "A FHIR R4 Bundle (collection)."},
        422: {"model": ErrorOut, "description": "Nothing answered yet."},
    },
    tags=["fhir"],
)
async def interview_fhir(
    interview_id: str, request: Request, language: str | None = _LANGUAGE
) -> Response:
    view = await _read(request, interview_id, language)
    with _needs_an_answer():
        resource = bundle(
            view.case,
            view.assessment,
            created=view.stored.created_at,
            language=view.assessment.language,
            model=_service(request).model,
        )
    return Response(json.dumps(resource, ensure_ascii=False), media_type=_FHIR)


@router.get(
    "/v1/fhir/Questionnaire",
    summary="The interview as a FHIR R4 Questionnaire",
    response_class=Response,
    responses={200: {"content": {_FHIR: {}}, "description": "A FHIR R4 Questionnaire."}},
    tags=["fhir"],
)
def fhir_questionnaire(
    request: Request, language: str = Query("en", pattern="^(en|ru)$")
) -> Response:
    resource = questionnaire(language, model=_service(request).model)
    return Response(json.dumps(resource, ensure_ascii=False), media_type=_FHIR)


@router.get(
    "/v1/knowledge",
    summary="What bleedcheck knows",
    response_model=KnowledgeOut,
    tags=["knowledge"],
)
def knowledge(request: Request, language: str = Query("en", pattern="^(en|ru)$")) -> Response:
    """Conditions, findings and rules, without the numbers inside the model."""
    kb = _service(request).model.kb
    return _json(
        {
            "knowledge_version": kb.version,
            "language": language,
            "levels": [level.name for level in sorted(TriageLevel, reverse=True)],
            "conditions": [
                {
                    "id": c.id,
                    "name": c.name.get(language),
                    "icd10": c.icd10,
                    "severity": c.severity,
                    "usual_urgency": c.urgency,
                }
                for c in kb.conditions.values()
            ],
            "findings": [
                {
                    "id": f.id,
                    "group": f.group,
                    "asked_of": f.asked_of,
                    "question": f.question.get(language),
                    "help": f.help.get(language),
                }
                for f in kb.findings.values()
            ],
            "rules": [
                {"id": r.id, "kind": r.kind, "level": r.level, "reason": r.reason.get(language)}
                for r in kb.rules
            ],
        }
    )


@router.get(
    "/healthz",
    summary="Is the service up?",
    response_model=HealthOut,
    responses={503: {"model": ErrorOut, "description": "The database cannot be reached."}},
    tags=["operations"],
)
def health(request: Request) -> Response:
    service = _service(request)
    try:
        with service.store.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception:
        raise ApiError(503, "database", "the database cannot be reached") from None
    return _json({"status": "ok", "knowledge_version": service.model.version, "database": "ok"})
