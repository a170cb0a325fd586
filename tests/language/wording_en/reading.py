"""English read by the rules alone, shared by this package's topic files.

One place for the language, so every topic file reads the same way and the trained
model cannot hide a broken phrase (see ``tests.language.rules_alone``).
"""

from __future__ import annotations

from tests.language.rules_alone import rules_evidence


def rules(text: str) -> dict[str, str]:
    """The evidence the English rules alone read from ``text``."""
    return rules_evidence(text, "en")
