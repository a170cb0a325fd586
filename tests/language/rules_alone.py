"""Reading text with the rules alone, for the tests of the lexicons' wording.

The trained model only fills findings the rules saw no words for, so a broken phrase
can hide behind it; these tests read with ``model=False`` to see the rules as they are.
"""

from __future__ import annotations

from bleedcheck.language import read

Expect = dict[str, str | None]


def rules_evidence(text: str, language: str) -> dict[str, str]:
    return dict(read(text, language, model=False).evidence)


def check_rules(text: str, language: str, expected: Expect) -> None:
    """Each finding in ``expected`` has that value (None: not read at all)."""
    evidence = rules_evidence(text, language)
    got = {finding: evidence.get(finding) for finding in expected}
    assert got == expected, (text, evidence)
