"""Reading a JSON body strictly, with errors that name the field."""

from __future__ import annotations

import json
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from starlette.requests import Request

from bleedcheck.api.errors import ApiError
from bleedcheck.engine.case import case_error

__all__ = ["parse_model", "read_json"]

M = TypeVar("M", bound=BaseModel)


async def read_json(request: Request, *, allow_empty: bool = False) -> Any:
    content_type = request.headers.get("content-type", "")
    body = await request.body()
    if not body.strip():
        if allow_empty:
            return {}
        raise ApiError(400, "", "the request body is empty: send a JSON object")
    if content_type.split(";")[0].strip().lower() not in ("application/json", ""):
        raise ApiError(415, "", "send the body as application/json")
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        raise ApiError(400, "", "the request body is not valid JSON") from None


def parse_model(model: type[M], data: Any) -> M:
    if not isinstance(data, dict):
        raise ApiError(422, "", "the body must be a JSON object")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        error = case_error(exc)
        raise ApiError(422, error.field, error.message) from None
