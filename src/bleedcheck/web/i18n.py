"""Page words in English and Russian, and which language a request wants."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ruamel.yaml import YAML
from starlette.requests import Request

__all__ = ["LANGUAGES", "Words", "page_language", "words"]

LANGUAGES = ("en", "ru")
_FILE = Path(__file__).with_name("strings.yaml")


class Words:
    """``words.yes`` or ``words["yes"]`` in one language; a missing key fails loudly."""

    def __init__(self, table: dict[str, str]) -> None:
        self._table = table

    def __getattr__(self, key: str) -> str:
        try:
            return self._table[key]
        except KeyError:
            raise AttributeError(f"no page text {key!r}") from None

    def __getitem__(self, key: str) -> str:
        return self.__getattr__(key)


@cache
def _all() -> dict[str, dict[str, str]]:
    data = YAML(typ="safe").load(_FILE.read_text(encoding="utf-8"))
    return {key: dict(value) for key, value in data.items()}


@cache
def words(language: str) -> Words:
    return Words({key: value[language] for key, value in _all().items()})


def page_language(request: Request, fallback: str | None = None) -> str:
    """``?lang=`` first, then the cookie, then the interview's, then the browser's."""
    for candidate in (request.query_params.get("lang"), request.cookies.get("lang"), fallback):
        if candidate in LANGUAGES:
            return candidate
    accept = request.headers.get("accept-language", "").lower()
    return "ru" if accept.startswith("ru") else "en"
