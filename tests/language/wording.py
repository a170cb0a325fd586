"""Shared by the wording tests: tables of phrases per finding, flattened for parametrize."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def cases(*tables: Mapping[str, Sequence[str]]) -> list[tuple[str, str]]:
    """(finding, text) pairs from ``{finding: [texts]}`` tables, in table order."""
    return [
        (finding, text) for table in tables for finding, texts in table.items() for text in texts
    ]
