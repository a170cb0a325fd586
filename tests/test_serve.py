"""``bleedcheck serve`` and ``purge`` as a person runs them: real processes, real HTTP."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

BLEEDCHECK = Path(sys.executable).with_name("bleedcheck")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("workers", [1, 2])
def test_serve_starts_the_app_on_a_fresh_sqlite_file(tmp_path: Path, workers: int) -> None:
    port = _free_port()
    database = tmp_path / "new" / "bleedcheck.sqlite3"
    log = tmp_path / "serve.log"
    command = [str(BLEEDCHECK), "serve", "--port", str(port), "--workers", str(workers)]
    command += ["--database-url", f"sqlite:///{database}"]
    with log.open("wb") as sink:
        server = subprocess.Popen(
            command, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as page:
                    assert b"bleedcheck" in page.read()
                    break
            except OSError:
                assert server.poll() is None, log.read_text()
                assert time.monotonic() < deadline, "the server did not answer in 60 s"
                time.sleep(0.2)
        assert database.exists()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def test_serve_refuses_a_bad_database_url_clearly() -> None:
    result = subprocess.run(
        [str(BLEEDCHECK), "serve", "--database-url", "mysql://nope"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "unsupported database" in result.stderr and "Traceback" not in result.stderr


def test_purge_deletes_only_expired_interviews_and_old_audit_events(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from bleedcheck.store import AuditLog, InterviewStore, open_engine, upgrade

    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    engine = open_engine(url)
    upgrade(engine)
    old = InterviewStore(engine, clock=lambda: datetime.now(UTC) - timedelta(days=31))
    old.create(language="en", clinician=False, age=20)
    InterviewStore(engine).create(language="en", clinician=False, age=20)
    event = {"knowledge_version": "v", "language": "en", "clinician": False}
    AuditLog(engine, clock=lambda: datetime.now(UTC) - timedelta(days=401)).write(
        "a" * 32, "started", **event
    )
    AuditLog(engine).write("b" * 32, "started", **event)
    engine.dispose()
    result = subprocess.run(
        [str(BLEEDCHECK), "purge", "--database-url", url],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and "deleted 1 expired" in result.stdout
    assert "deleted 1 audit event(s) older than 400 days" in result.stdout
    engine = open_engine(url)
    assert InterviewStore(engine).count() == 1
    assert [e.interview_ref for e in AuditLog(engine).events()] == ["b" * 32]
    engine.dispose()
