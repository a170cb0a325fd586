"""The English text set is varied enough to tune and judge a reader on.

A reader tuned on a set that never negates, never hedges or never mentions a finding can
look good while failing on real messages; these checks keep the set honest as it grows.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from typing import Any

import pytest

from tests.conftest import ROOT, contract_rows

TEXT_DIR = ROOT / "vignettes" / "text"
STYLES = {"sms", "forum", "chat", "clinic_form", "voice_to_text"}
# Issue 6 asks for this many English texts; the checks below are only meaningful on a full set.
TARGET = 260


def _rows() -> list[dict[str, Any]]:
    rows = [
        json.loads(line)
        for path in sorted(TEXT_DIR.glob("en.*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line
    ]
    if len(rows) < TARGET:
        pytest.skip(f"en: {len(rows)} of {TARGET} texts written so far")
    return rows


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z']+", text.lower()))


def test_every_person_finding_is_annotated_at_least_three_times() -> None:
    person = {
        row["id"] for row in contract_rows("findings.csv") if row["who can answer"] == "person"
    }
    counts = Counter(finding for row in _rows() for finding in row["findings"])
    assert not {f: counts[f] for f in person if counts[f] < 3}


def test_negations_and_uncertainty_are_common() -> None:
    rows = _rows()
    with_absent = sum("absent" in row["findings"].values() for row in rows)
    with_unknown = sum("unknown" in row["findings"].values() for row in rows)
    assert with_absent / len(rows) >= 0.5
    assert with_unknown / len(rows) >= 0.15


def test_each_person_finding_that_can_be_denied_is_denied_somewhere() -> None:
    """Polarity must be learnt, not guessed: most findings appear both ways."""
    polarity: dict[str, set[str]] = {}
    for row in _rows():
        for finding, answer in row["findings"].items():
            polarity.setdefault(finding, set()).add(answer)
    both_ways = [f for f, answers in polarity.items() if {"present", "absent"} <= answers]
    assert len(both_ways) >= 0.6 * len(polarity)


def test_styles_ids_and_lengths() -> None:
    rows = _rows()
    styles = Counter(row["style"] for row in rows)
    assert set(styles) == STYLES
    assert min(styles.values()) >= 0.1 * len(rows)
    assert [row["id"] for row in rows if not re.fullmatch(r"t-en-\d{3}", row["id"])] == []
    lengths = [len(row["text"].split()) for row in rows]
    assert min(lengths) >= 5
    assert max(lengths) <= 130


def test_no_two_texts_are_near_duplicates() -> None:
    """Templated texts would let a reader learn the template instead of the language."""
    words = {row["id"]: _words(row["text"]) for row in _rows()}
    close = [
        (a, b)
        for a, b in itertools.combinations(words, 2)
        if len(words[a] & words[b]) / len(words[a] | words[b]) > 0.6
    ]
    assert close == []
