from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

SNAPSHOTS = Path(__file__).parent / "snapshots"
# Refresh with: BLEEDCHECK_UPDATE_SNAPSHOTS=1 ./scripts/test tests/fhir
UPDATE = os.environ.get("BLEEDCHECK_UPDATE_SNAPSHOTS") == "1"

CREATED = datetime(2026, 11, 3, 14, 5, tzinfo=UTC)
# The reference case of the snapshots: a 38-year-old with repeated bleeding,
# overdue screening and a smoker (a typical routine referral).
REFERENCE_CASE: dict[str, Any] = {
    "age": 38,
    "evidence": {
        "bleeding_recurrent": "present",
        "screening_overdue_or_never": "present",
        "smoker": "present",
        "lower_abdominal_pain": "absent",
        "pregnancy_possible": "absent",
        "fever": "unknown",
    },
}


def assert_snapshot(name: str, data: Any) -> None:
    """Compare with the stored snapshot; with BLEEDCHECK_UPDATE_SNAPSHOTS=1, rewrite it."""
    path = SNAPSHOTS / name
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    if UPDATE:
        path.write_text(text, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"no snapshot {path}; create it with BLEEDCHECK_UPDATE_SNAPSHOTS=1")
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(text), (
        f"{name} changed; review the diff and refresh with BLEEDCHECK_UPDATE_SNAPSHOTS=1"
    )
