"""Russian read by the rules alone, shared by this package's topic files.

One place for the language, so every topic file checks the same way and the trained
model cannot decide a case (see ``tests.language.rules_alone``).
"""

from __future__ import annotations

from tests.language.rules_alone import Expect, check_rules


def check(text: str, expected: Expect) -> None:
    """Each finding in ``expected`` has that value when the Russian rules read ``text``."""
    check_rules(text, "ru", expected)
