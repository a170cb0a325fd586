"""schemathesis against the app's own OpenAPI description, over real HTTP, on SQLite
and PostgreSQL: every operation, with examples, coverage, fuzzed and mutated
(schema-violating) requests, and stateful sequences (start, answer, read, erase).
No 5xx, and every response (status, content type, headers, body) must be one the
description declares. Bounded: a fixed seed and a few examples per operation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx

from tests.conftest import LiveServer

ST = Path(sys.executable).with_name("st")
CONFIG = Path(__file__).with_name("schemathesis.toml")


def test_every_operation_keeps_its_promises(live_server: LiveServer, tmp_path: Path) -> None:
    command = [str(ST), "--config-file", str(CONFIG), "run", f"{live_server.url}/openapi.json"]
    # positive_data_acceptance is off: see schemathesis.toml for why.
    command += ["--checks", "all", "--exclude-checks", "positive_data_acceptance"]
    command += ["--max-examples", "15", "--seed", "20261121"]
    command += ["--workers", "1", "--generation-database", "none", "--no-color"]
    command += ["--request-timeout", "30"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=400, cwd=tmp_path)
    report = result.stdout[-6000:] + result.stderr[-2000:]
    assert result.returncode == 0, report
    assert "API Operations:" in result.stdout and "Tested: 11" in result.stdout, report


def test_the_description_lists_every_operation_and_limit(live_server: LiveServer) -> None:
    spec = httpx.get(f"{live_server.url}/openapi.json", timeout=30).json()
    operations = {(m.upper(), p) for p, item in spec["paths"].items() for m in item}
    assert len(operations) == 11
    assert {
        ("POST", "/v1/assess"),
        ("POST", "/v1/interviews"),
        ("POST", "/v1/interviews/{interview_id}/answers"),
        ("DELETE", "/v1/interviews/{interview_id}"),
        ("GET", "/healthz"),
    } <= operations
    # The limits the app enforces are part of the promise.
    create = spec["paths"]["/v1/interviews"]["post"]["responses"]
    assert {"201", "400", "413", "415", "422", "429"} <= set(create)
    assert "retry-after" in {h.lower() for h in create["429"]["headers"]}
    answer = spec["paths"]["/v1/interviews/{interview_id}/answers"]["post"]["responses"]
    assert {"200", "400", "404", "413", "415", "422"} <= set(answer)


def test_a_wrong_method_names_every_allowed_one(live_server: LiveServer) -> None:
    response = httpx.request("PUT", f"{live_server.url}/v1/interviews/{'0' * 32}", timeout=30)
    assert response.status_code == 405
    assert response.headers["allow"] == "DELETE, GET, HEAD"
    assert response.json()["error"]["status"] == 405
