"""The application: REST API under /v1, web pages at /, one store behind both."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.responses import HTMLResponse, JSONResponse, Response
from swagger_ui_bundle import swagger_ui_path

from bleedcheck._version import __version__
from bleedcheck.api.errors import ApiError, error_body, error_response
from bleedcheck.api.middleware import BodyLimit, SecurityHeaders
from bleedcheck.api.ratelimit import SlidingWindow
from bleedcheck.api.settings import Settings
from bleedcheck.api.v1 import router as v1_router
from bleedcheck.kb.compile import default_model
from bleedcheck.service import InterviewService
from bleedcheck.store import InterviewStore, open_engine, upgrade
from bleedcheck.web.pages import error_page
from bleedcheck.web.pages import router as web_router

__all__ = ["create_app"]

STATIC = Path(__file__).resolve().parents[1] / "web" / "static"

DESCRIPTION = """Triage and likely causes for bleeding after sex.

bleedcheck is not a diagnosis and not a doctor. Errors always have one shape:
`{"error": {"status", "field", "message"}}`."""


def _is_api(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/v1/") or path in ("/healthz", "/openapi.json")


def _allowed_methods(app: FastAPI, path: str) -> list[str] | None:
    """Every method the API description promises at this path, or None if it has no
    such path. Starlette's 405 names only the first route that matched the path,
    but one path may have several (GET and DELETE on an interview)."""
    for template, operations in app.openapi()["paths"].items():
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template))
        if re.fullmatch(pattern, path):
            methods = {m.upper() for m in operations}
            return sorted(methods | ({"HEAD"} if "GET" in methods else set()))
    return None


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app. The knowledge base is compiled (and so validated) here: a
    broken knowledge base stops the server before it takes any request."""
    settings = settings or Settings()
    model = default_model()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = open_engine(settings.database_url)
        upgrade(engine)
        store = InterviewStore(engine, ttl=settings.ttl, max_answers=settings.max_answers)
        app.state.service = InterviewService(store, model)
        app.state.settings = settings
        app.state.new_interviews = SlidingWindow(settings.interviews_per_minute)
        yield
        engine.dispose()

    app = FastAPI(
        title="bleedcheck",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.include_router(v1_router)
    app.include_router(web_router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount("/docs-assets", StaticFiles(directory=swagger_ui_path), name="docs-assets")

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        if _is_api(request):
            return error_response(exc)
        page = error_page(request, exc.status, exc.message)
        page.headers.update(exc.headers or {})
        return page

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        message = {404: "not found", 405: "method not allowed"}.get(exc.status_code, exc.detail)
        headers = {k.lower(): v for k, v in (getattr(exc, "headers", None) or {}).items()}
        allowed = _allowed_methods(app, request.url.path) if exc.status_code == 405 else None
        if allowed:
            headers["allow"] = ", ".join(allowed)
        if _is_api(request):
            return JSONResponse(
                error_body(exc.status_code, "", str(message)),
                status_code=exc.status_code,
                headers=headers,
            )
        return error_page(request, exc.status_code, str(message))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first.get("loc", ()) if p not in ("query", "path"))
        message = str(first.get("msg", "is not valid")).lower()
        if _is_api(request):
            return JSONResponse(error_body(422, field, message), status_code=422)
        return error_page(request, 422, f"{field}: {message}")

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        # Logged by the server; the client learns nothing about our insides.
        if _is_api(request):
            return JSONResponse(error_body(500, "", "internal error"), status_code=500)
        return error_page(request, 500, "internal error")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return HTMLResponse(
            (STATIC / "docs.html").read_text(encoding="utf-8"),
            headers={
                # Swagger UI styles some elements inline; still nothing from other hosts.
                "content-security-policy": "default-src 'none'; script-src 'self'; "
                "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
                "frame-ancestors 'none'; base-uri 'none'"
            },
        )

    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app
