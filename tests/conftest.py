from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bleedcheck.kb import KnowledgeBase, load_knowledge
from bleedcheck.kb.compile import CompiledModel, default_model

ROOT = Path(__file__).resolve().parents[1]
CONTRACT = ROOT.parent / "shared" / "contract"


def contract_rows(name: str) -> list[dict[str, str]]:
    path = CONTRACT / name
    if not path.is_file():
        pytest.skip(f"the shared contract is not beside this checkout ({path})")
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_knowledge()


@pytest.fixture(scope="session")
def model() -> CompiledModel:
    return default_model()
