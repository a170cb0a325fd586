"""The Russian annotated texts cover what issue 6 asks for, so a reader tuned on them meets
every finding, real negation and real doubt, in every style, without near-copies."""

from __future__ import annotations

import json
import re
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, contract_rows

TEXT_DIR = ROOT / "vignettes" / "text"
STYLES = {"sms", "forum", "chat", "clinic_form", "voice_to_text"}
WORD = re.compile(r"[а-яёa-z0-9]+", re.IGNORECASE)


def _rows() -> list[dict[str, Any]]:
    paths = sorted(TEXT_DIR.glob("ru.*.jsonl"))
    if not paths:
        pytest.skip("no Russian texts in vignettes/text")
    return [
        json.loads(line)
        for path in paths
        for line in Path(path).read_text(encoding="utf-8").splitlines()
        if line
    ]


def _share(rows: list[dict[str, Any]], answer: str) -> float:
    return sum(answer in row["findings"].values() for row in rows) / len(rows)


def test_every_finding_a_person_can_report_occurs_at_least_three_times() -> None:
    counts = Counter(finding for row in _rows() for finding in row["findings"])
    person = [r["id"] for r in contract_rows("findings.csv") if r["who can answer"] == "person"]
    assert not {f: counts[f] for f in person if counts[f] < 3}


def test_at_least_half_the_texts_negate_something() -> None:
    assert _share(_rows(), "absent") >= 0.5


def test_at_least_fifteen_percent_of_texts_state_a_doubt() -> None:
    assert _share(_rows(), "unknown") >= 0.15


def test_every_style_is_well_represented() -> None:
    rows = _rows()
    styles = Counter(row["style"] for row in rows)
    assert set(styles) == STYLES
    assert min(styles.values()) >= 0.08 * len(rows), styles


def test_lengths_range_from_a_few_words_to_a_long_post() -> None:
    lengths = [len(WORD.findall(row["text"])) for row in _rows()]
    assert min(lengths) >= 3 and max(lengths) <= 130
    assert sum(n <= 15 for n in lengths) >= 10
    assert sum(n >= 70 for n in lengths) >= 5


def test_texts_are_written_in_cyrillic() -> None:
    for row in _rows():
        letters = [c for c in row["text"] if c.isalpha()]
        cyrillic = sum("а" <= c.lower() <= "я" or c.lower() == "ё" for c in letters)
        assert cyrillic >= 0.85 * len(letters), row["id"]


def test_a_stated_age_is_written_in_the_text() -> None:
    for row in _rows():
        if row["age"] is not None:
            assert re.search(rf"(?<!\d){row['age']}(?!\d)", row["text"]), row["id"]


def test_no_two_texts_are_near_copies() -> None:
    words = {row["id"]: set(WORD.findall(row["text"].lower())) for row in _rows()}
    close = [
        (a, b)
        for (a, wa), (b, wb) in combinations(words.items(), 2)
        if len(wa & wb) / len(wa | wb) > 0.5
    ]
    assert not close


def test_the_held_out_part_is_about_a_third() -> None:
    total = len(_rows())
    held_out = (TEXT_DIR / "ru.test.jsonl").read_text(encoding="utf-8").splitlines()
    assert 0.25 <= sum(1 for line in held_out if line) / total <= 0.42
