"""scripts/audit.py: a vulnerability fails CI, an unreachable service never passes
silently (it fails only when an audit is required)."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.conftest import ROOT, script


@pytest.fixture(scope="module")
def audit() -> ModuleType:
    return script("audit")


CLEAN = {"name": "jinja2", "version": "3.1.6", "vulns": []}
VULNERABLE = {"name": "jinja2", "version": "2.10", "vulns": [{"id": "PYSEC-2019-217"}]}
SKIPPED = {"name": "alembic", "skip_reason": "Dependency not found on PyPI"}


@pytest.mark.parametrize("required", [False, True])
def test_a_known_vulnerability_fails(audit: ModuleType, required: bool) -> None:
    status, lines = audit.judge({"dependencies": [CLEAN, VULNERABLE]}, required=required)
    assert status == 1
    assert "jinja2 2.10: PYSEC-2019-217" in lines and lines[-1].startswith("FAILED")


def test_all_audited_and_clean_passes(audit: ModuleType) -> None:
    status, lines = audit.judge({"dependencies": [CLEAN]}, required=True)
    assert status == 0 and lines == ["audited 1 of 1 locked packages"]


@pytest.mark.parametrize("report", [None, {"dependencies": [CLEAN, SKIPPED]}])
def test_an_unreachable_service_is_loud_and_fails_only_when_required(
    audit: ModuleType, report: dict[str, object] | None
) -> None:
    status, lines = audit.judge(report, required=False)
    assert status == 0 and lines[-1].startswith("NOT AUDITED")
    assert audit.judge(report, required=True)[0] == 1


def test_the_lock_pins_every_dependency_exactly() -> None:
    lines = (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
    pins = [line for line in lines if line and not line.startswith("#")]
    assert pins and all("==" in line for line in pins), [p for p in pins if "==" not in p]
    names = {line.split("==")[0].lower().replace("_", "-") for line in pins}
    for needed in ("fastapi", "sqlalchemy", "pydantic", "uvicorn", "schemathesis", "pip-audit"):
        assert needed in names
