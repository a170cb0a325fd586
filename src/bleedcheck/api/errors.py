"""Every error the API sends has one shape: which field, what was expected.

``{"error": {"status": 422, "field": "evidence.fever", "message": "must be one of ..."}}``
Nothing else (no traceback, no internal detail) ever reaches the client.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse

__all__ = ["ApiError", "error_body", "error_response"]


class ApiError(Exception):
    def __init__(
        self, status: int, field: str, message: str, headers: dict[str, str] | None = None
    ):
        super().__init__(f"{field}: {message}" if field else message)
        self.status = status
        self.field = field
        self.message = message
        self.headers = headers


def error_body(status: int, field: str, message: str) -> dict[str, Any]:
    return {"error": {"status": status, "field": field, "message": message}}


def error_response(error: ApiError) -> JSONResponse:
    return JSONResponse(
        error_body(error.status, error.field, error.message),
        status_code=error.status,
        headers=error.headers,
    )
