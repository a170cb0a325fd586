"""CSRF protection for the form posts: a double-submit token.

The token lives in a SameSite=Strict cookie and in a hidden form field; a post is
accepted only when both are present and equal, and when any Origin header names
this host. A page on another site can neither read the cookie nor set it.
"""

from __future__ import annotations

import hmac
import secrets
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import Response

__all__ = ["COOKIE", "FIELD", "ensure_token", "is_valid", "set_cookie"]

COOKIE = "csrf"
FIELD = "csrf"


def ensure_token(request: Request) -> str:
    token = request.cookies.get(COOKIE, "")
    return token if len(token) == 43 else secrets.token_urlsafe(32)


def set_cookie(request: Request, response: Response, token: str) -> None:
    if request.cookies.get(COOKIE) != token:
        response.set_cookie(
            COOKIE,
            token,
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
            path="/",
        )


def is_valid(request: Request, form_token: object) -> bool:
    origin = request.headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.url.netloc:
        return False
    cookie = request.cookies.get(COOKIE, "")
    return (
        isinstance(form_token, str)
        and len(cookie) == 43
        and hmac.compare_digest(cookie.encode(), form_token.encode())
    )
