"""Server-rendered pages: start, one question per screen, result. No JavaScript needed.

Every state change is a POST with a CSRF token followed by a redirect (so reload
and back buttons never post twice); every page can be switched to the other
language with ``?lang=``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, RedirectResponse, Response

from bleedcheck.api.errors import ApiError
from bleedcheck.api.ratelimit import limit_new_interviews
from bleedcheck.api.v1 import checked_id, pdf_response, run_store, summary_of
from bleedcheck.engine import Assessment, CaseError
from bleedcheck.kb.schema import TriageLevel
from bleedcheck.report import render_html
from bleedcheck.service import InterviewService, InterviewView
from bleedcheck.store import InterviewNotFound, StoredInterview
from bleedcheck.web import csrf
from bleedcheck.web.i18n import page_language, words

__all__ = ["error_page", "router"]

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).with_name("templates"))
_ANSWERS = {"present", "absent", "unknown"}


def _render(
    request: Request, name: str, context: dict[str, Any], *, language: str, status: int = 200
) -> Response:
    token = csrf.ensure_token(request)
    other = "ru" if language == "en" else "en"
    response = templates.TemplateResponse(
        request,
        name,
        {
            "lang": language,
            "t": words(language),
            "csrf_token": token,
            "switch_url": f"{request.url.path}?lang={other}",
            **context,
        },
        status_code=status,
    )
    csrf.set_cookie(request, response, token)
    if request.query_params.get("lang") in ("en", "ru"):
        response.set_cookie("lang", language, samesite="lax", httponly=True, path="/")
    return response


def error_page(request: Request, status: int, message: str) -> Response:
    language = page_language(request)
    t = words(language)
    text = {404: t.not_found, 403: t.form_expired, 429: t.too_many_interviews}.get(status, message)
    return _render(
        request, "error.html", {"message": text, "status": status}, language=language, status=status
    )


def _service(request: Request) -> InterviewService:
    service: InterviewService = request.app.state.service
    return service


def _see(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


async def _load(request: Request, interview_id: str) -> tuple[InterviewView, str]:
    """The interview assessed in the page's language, read from the store once."""
    service = _service(request)
    key = checked_id(interview_id)

    def load() -> InterviewView:
        stored = service.store.get(key)
        return service.view_of(stored, page_language(request, stored.language))

    view = await run_store(load)
    return view, view.assessment.language


async def _form(request: Request) -> dict[str, Any]:
    form = await request.form()
    if not csrf.is_valid(request, form.get(csrf.FIELD)):
        raise ApiError(403, "csrf", "form expired")
    return {key: form.getlist(key) for key in form}


def _start_page(
    request: Request, language: str, error: str | None = None, status: int = 200
) -> Response:
    kb = _service(request).model.kb
    return _render(
        request,
        "start.html",
        {"intro": kb.presentation.intro.get(language), "error": error},
        language=language,
        status=status,
    )


@router.get("/")
async def start_page(request: Request) -> Response:
    return _start_page(request, page_language(request))


@router.post("/start")
async def start(request: Request) -> Response:
    form = await _form(request)
    language = page_language(request, (form.get("lang") or [None])[0])
    raw_age = (form.get("age") or [""])[0].strip()
    age: int | None = None
    if raw_age:
        if not (raw_age.isdigit() and int(raw_age) <= 120):
            return _start_page(request, language, words(language).age_invalid, 422)
        age = int(raw_age)
    text = (form.get("text") or [""])[0].strip() or None
    limit_new_interviews(request)
    service = _service(request)
    try:
        view = await run_in_threadpool(
            lambda: service.start(
                language=language, clinician=bool(form.get("clinician")), age=age, text=text
            )
        )
    except CaseError as exc:
        message = f"{words(language).bad_input} {exc.field}: {exc.message}"
        return _start_page(request, language, message, 422)
    if view.reading and (view.reading.evidence or view.reading.age is not None):
        # Shown at once, with the person's own words (they are not stored anywhere).
        return _understood(request, view, language)
    return _see(f"/i/{view.id}")


def _understood(request: Request, view: InterviewView, language: str) -> Response:
    """What was read from the person's words, for her to confirm or correct."""
    findings = _service(request).model.kb.findings
    reading = view.reading
    items = [
        {
            "finding": finding,
            "question": findings[finding].question.get(language),
            "value": value,
            "words": reading.words_for(finding) if reading else [],
            "guessed": reading.guessed(finding) if reading else False,
        }
        for finding, value in view.stored.answers.items()
        if view.stored.origins.get(finding) == "text"
    ]
    age_words = reading.age_words if reading and reading.age is not None else None
    return _render(
        request,
        "understood.html",
        {"view": view, "items": items, "age_words": age_words},
        language=language,
    )


@router.get("/i/{interview_id}/understood")
async def understood_page(request: Request, interview_id: str) -> Response:
    view, language = await _load(request, interview_id)
    return _understood(request, view, language)


@router.post("/i/{interview_id}/understood")
async def confirm_understood(request: Request, interview_id: str) -> Response:
    form = await _form(request)
    service = _service(request)
    key = checked_id(interview_id)
    stored = await run_in_threadpool(_stored, service, key)
    changed: dict[str, str] = {}
    forget: list[str] = []
    for finding in form.get("finding", []):
        choice = (form.get(f"value-{finding}") or [""])[0]
        if choice == "forget":
            forget.append(finding)
        elif choice in _ANSWERS and stored.answers.get(finding) != choice:
            changed[finding] = choice
    age: int | Literal["keep"] | None = "keep"
    if "age" in form:
        raw = (form.get("age") or [""])[0].strip()
        if not raw:
            age = None
        elif raw.isdigit() and int(raw) <= 120:
            age = int(raw)
    await run_store(lambda: service.correct(key, changed, forget, age))
    return _see(f"/i/{interview_id}")


@router.get("/i/{interview_id}")
async def question_page(request: Request, interview_id: str) -> Response:
    view, language = await _load(request, interview_id)
    result = view.assessment
    if result.should_stop or result.next_question is None:
        return _see(f"/i/{interview_id}/result")
    return _render(
        request,
        "question.html",
        {"view": view, "question": result.next_question, "number": view.stored.steps + 1},
        language=language,
    )


@router.post("/i/{interview_id}/answer")
async def answer(request: Request, interview_id: str) -> Response:
    form = await _form(request)
    key = checked_id(interview_id)
    findings = form.get("finding", [])
    choice = (form.get("answer") or [""])[0]
    ticked = set(form.get("item", []))
    if not findings or choice not in _ANSWERS | {"selected"}:
        raise ApiError(422, "answer", "choose yes, no or don't know")
    if choice == "selected":
        answers = {f: "present" if f in ticked else "absent" for f in findings}
    else:
        answers = dict.fromkeys(findings, choice)
    service = _service(request)
    await run_store(lambda: service.answer(key, answers))
    return _see(f"/i/{interview_id}")


@router.post("/i/{interview_id}/back")
async def back(request: Request, interview_id: str) -> Response:
    await _form(request)
    service = _service(request)
    key = checked_id(interview_id)
    await run_store(lambda: service.back(key))
    return _see(f"/i/{interview_id}")


@router.post("/i/{interview_id}/erase")
async def erase(request: Request, interview_id: str) -> Response:
    await _form(request)
    if not await run_in_threadpool(_service(request).erase, checked_id(interview_id)):
        raise ApiError(404, "id", "no such interview")
    return _see("/?erased=1")


def _why(result: Assessment, service: InterviewService, language: str) -> dict[str, Any]:
    """For each listed cause, the answers behind it in words."""
    t = words(language)
    findings = service.model.kb.findings

    def label(finding: str) -> str:
        answer = result.evidence.get(finding)
        said = t.answer_yes if answer == "present" else t.answer_no
        return f"{findings[finding].question.get(language)} — {said}"

    return {
        c.id: {"for": [label(f) for f in c.for_], "against": [label(f) for f in c.against]}
        for c in result.conditions
    }


@router.get("/i/{interview_id}/result")
async def result_page(request: Request, interview_id: str) -> Response:
    view, language = await _load(request, interview_id)
    return _result(request, view, language)


# The summary page is self-contained (its CSS is inline so that the same file
# makes the PDF); it runs no script and loads nothing.
_SUMMARY_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)


@router.get("/i/{interview_id}/print")
async def print_page(request: Request, interview_id: str) -> Response:
    """The doctor summary as a page to print (the same layout as the PDF)."""
    view, _ = await _load(request, interview_id)
    page = summary_of(view)
    return HTMLResponse(render_html(page), headers={"content-security-policy": _SUMMARY_CSP})


@router.get("/i/{interview_id}/summary.pdf")
async def summary_pdf(request: Request, interview_id: str) -> Response:
    """The "Download for your doctor" button."""
    view, _ = await _load(request, interview_id)
    response: Response = await run_in_threadpool(pdf_response, view)
    return response


def _result(request: Request, view: InterviewView, language: str) -> Response:
    """The result page (the print view is the doctor summary, made by bleedcheck.report)."""
    service = _service(request)
    result = view.assessment
    level = result.triage.level
    level_text = service.model.kb.presentation.levels[level.name]
    shown = [c for c in result.conditions if c.probability >= 0.01][:6] or result.conditions[:3]
    return _render(
        request,
        "result.html",
        {
            "view": view,
            "result": result,
            "level": level.name,
            "level_title": level_text.title.get(language),
            "level_advice": level_text.advice.get(language),
            "causes": shown,
            "why": _why(result, service, language),
            "self_care": level == TriageLevel.self_care,
        },
        language=language,
    )


def _stored(service: InterviewService, interview_id: str) -> StoredInterview:
    try:
        return service.store.get(interview_id)
    except InterviewNotFound:
        raise ApiError(404, "id", "no such interview") from None
