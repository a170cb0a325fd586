"""Soak and kill test: concurrent interviews over real HTTP while the server is killed.

A benchmark, not a test (``tests/test_kill.py`` runs a short version in CI). It starts
``bleedcheck serve --workers 2`` on a free loopback port, runs many simulated
interviews at once, each answer written down client-side only when the server has
acknowledged it, and in the middle of the run:

1. kills one worker with SIGKILL (uvicorn's supervisor starts a new one), then
2. kills the whole server (supervisor and workers) with SIGKILL while it is writing,
   and starts it again on the same port and database.

Clients retry a failed request (posting an answer again is harmless: the store
ignores an unchanged answer). At the end it reads the database itself and checks:

- every acknowledged answer is in the database, with the acknowledged value;
- nothing is in the database that a client never sent;
- every interview reads back through the API and its answer count is consistent;
- no request failed outside the two fault windows (a window runs from the kill until
  the server answers again with all its workers, plus a second).

    .venv/bin/python benchmarks/soak.py [--database-url URL] [--clients 32] [--seconds 60] [--json]

Without ``--database-url`` it uses a fresh SQLite file (WAL) in a temporary folder.
The new-interview rate limit is turned off for the run: every client is 127.0.0.1.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, select

BLEEDCHECK = Path(sys.executable).with_name("bleedcheck")
ANSWERS = ("present", "absent", "absent", "unknown")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """``bleedcheck serve`` as a process group we can kill and start again."""

    def __init__(self, database_url: str, workers: int, log: Path) -> None:
        self.database_url = database_url
        self.workers = workers
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60) -> None:
        env = {**os.environ, "BLEEDCHECK_INTERVIEWS_PER_MINUTE": "0"}
        command = [str(BLEEDCHECK), "serve", "--port", str(self.port)]
        command += ["--workers", str(self.workers), "--database-url", self.database_url]
        with self.log.open("ab") as sink:
            self.process = subprocess.Popen(
                command, stdout=sink, stderr=subprocess.STDOUT, env=env, start_new_session=True
            )
        self.wait_ready(timeout)

    def worker_pids(self) -> list[int]:
        """The worker processes: children of the supervisor that run the app."""
        assert self.process is not None
        children = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            if parent == self.process.pid and b"resource_tracker" not in cmdline:
                children.append(int(entry.name))
        return sorted(children)

    def wait_ready(self, timeout: float = 60) -> None:
        """Until /healthz answers and every worker is up again."""
        assert self.process is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited: {self.log.read_text()[-2000:]}")
            try:
                healthy = httpx.get(f"{self.url}/healthz", timeout=2).status_code == 200
            except httpx.HTTPError:
                healthy = False
            if healthy and len(self.worker_pids()) >= self.workers:
                return
            time.sleep(0.1)
        raise RuntimeError("the server did not become ready")

    def kill_one_worker(self) -> None:
        os.kill(self.worker_pids()[0], signal.SIGKILL)

    def kill(self) -> None:
        assert self.process is not None
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=30)


@dataclass
class Ledger:
    """What the clients sent, and what the server acknowledged, per interview."""

    acknowledged: dict[str, dict[str, str]] = field(default_factory=dict)
    sent: dict[str, dict[str, str]] = field(default_factory=dict)
    # (started, ended, ok) for every request, on the monotonic clock.
    requests: list[tuple[float, float, bool]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def note(self, started: float, ok: bool) -> None:
        with self.lock:
            self.requests.append((started, time.monotonic(), ok))


def _post(
    client: httpx.Client, ledger: Ledger, path: str, body: dict[str, Any], stop: threading.Event
) -> dict[str, Any] | None:
    """POST until the server acknowledges it (2xx) or the run ends; None if it never did."""
    while not stop.is_set():
        started = time.monotonic()
        try:
            response = client.post(path, json=body)
        except httpx.HTTPError:
            ledger.note(started, False)
            time.sleep(0.05)
            continue
        ok = response.status_code < 300
        ledger.note(started, ok)
        if ok:
            data: dict[str, Any] = response.json()
            return data
        if response.status_code < 500:
            raise RuntimeError(f"{path}: {response.status_code} {response.text}")
        time.sleep(0.05)
    return None


def interview_client(base_url: str, ledger: Ledger, stop: threading.Event, seed: int) -> None:
    """Start interviews and answer their questions until told to stop."""
    rng = random.Random(seed)
    with httpx.Client(base_url=base_url, timeout=10) as client:
        while not stop.is_set():
            created = _post(client, ledger, "/v1/interviews", {"age": rng.randint(16, 70)}, stop)
            if created is None:
                return
            interview = created["id"]
            with ledger.lock:
                ledger.acknowledged[interview] = {}
                ledger.sent[interview] = {}
            result = created["result"]
            while not stop.is_set() and result["next_question"] and not result["should_stop"]:
                question = result["next_question"]
                findings = question.get("findings") or [question["finding"]]
                answers = {f: rng.choice(ANSWERS) for f in findings}
                with ledger.lock:
                    ledger.sent[interview].update(answers)
                reply = _post(
                    client,
                    ledger,
                    f"/v1/interviews/{interview}/answers",
                    {"answers": answers},
                    stop,
                )
                if reply is None:
                    return
                with ledger.lock:
                    ledger.acknowledged[interview].update(answers)
                result = reply["result"]


@dataclass
class Fault:
    kind: str
    started: float
    recovered: float


def verify(database_url: str, base_url: str, ledger: Ledger) -> dict[str, Any]:
    """Compare the clients' ledger with the database."""
    from bleedcheck.store.tables import AnswerRow, InterviewRow

    engine = create_engine(database_url)
    with engine.connect() as connection:
        rows = connection.execute(
            select(AnswerRow.interview_id, AnswerRow.finding, AnswerRow.answer)
        ).all()
        taken = dict(connection.execute(select(InterviewRow.id, InterviewRow.answers_taken)).all())
    engine.dispose()
    stored: dict[str, dict[str, str]] = {}
    for interview, finding, answer in rows:
        stored.setdefault(interview, {})[finding] = answer
    lost, unexpected, corrupt = [], [], []
    for interview, acknowledged in ledger.acknowledged.items():
        have = stored.get(interview, {})
        if interview not in taken:
            lost.append((interview, "the interview itself"))
            continue
        lost += [(interview, f) for f, a in acknowledged.items() if have.get(f) != a]
        unexpected += [
            (interview, f) for f, a in have.items() if ledger.sent[interview].get(f) != a
        ]
        if taken[interview] != len(have):
            corrupt.append((interview, f"answers_taken {taken[interview]} != {len(have)}"))
    # Every interview must still read back through the API, with a result.
    with httpx.Client(base_url=base_url, timeout=30) as client:
        for interview in ledger.acknowledged:
            response = client.get(f"/v1/interviews/{interview}")
            if response.status_code != 200 or "triage" not in response.json()["result"]:
                corrupt.append((interview, f"GET {response.status_code}"))
    return {
        "interviews": len(ledger.acknowledged),
        "acknowledged_answers": sum(len(a) for a in ledger.acknowledged.values()),
        "lost_answers": len(lost),
        "unexpected_answers": len(unexpected),
        "corrupt_interviews": len(corrupt),
        "examples": (lost + unexpected + corrupt)[:5],
    }


def run(
    database_url: str,
    *,
    clients: int,
    seconds: float,
    workers: int = 2,
    log: Path | None = None,
    faults: tuple[str, ...] = ("worker", "server"),
) -> dict[str, Any]:
    """Run the soak with the given faults spread over the run; return the figures."""
    log = log or Path(tempfile.mkdtemp(prefix="bleedcheck-soak-")) / "serve.log"
    server = Server(database_url, workers, log)
    ledger = Ledger()
    stop = threading.Event()
    windows: list[Fault] = []
    server.start()
    began = time.monotonic()
    threads = [
        threading.Thread(target=interview_client, args=(server.url, ledger, stop, n), daemon=True)
        for n in range(clients)
    ]
    try:
        for thread in threads:
            thread.start()
        for n, kind in enumerate(faults, start=1):
            time.sleep(max(0.0, began + seconds * n / (len(faults) + 1) - time.monotonic()))
            started = time.monotonic()
            if kind == "worker":
                server.kill_one_worker()
                time.sleep(1)  # let the supervisor notice before checking it has recovered
            else:
                server.kill()
                server.start()
            server.wait_ready()
            windows.append(Fault(kind, started, time.monotonic() + 1.0))
        time.sleep(max(0.0, began + seconds - time.monotonic()))
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
        elapsed = time.monotonic() - began
        figures = verify(database_url, server.url, ledger)
    finally:
        stop.set()
        server.stop()

    def in_window(started: float, ended: float) -> bool:
        return any(started <= w.recovered and ended >= w.started for w in windows)

    outside = [r for r in ledger.requests if not in_window(r[0], r[1])]
    inside = [r for r in ledger.requests if in_window(r[0], r[1])]
    return {
        "database": database_url.split(":", 1)[0],
        "workers": workers,
        "clients": clients,
        "seconds": round(elapsed, 1),
        "requests": len(ledger.requests),
        "requests_per_second": round(len(ledger.requests) / elapsed, 1),
        "errors_outside_fault_windows": sum(not ok for _, _, ok in outside),
        "errors_inside_fault_windows": sum(not ok for _, _, ok in inside),
        "fault_windows_s": {w.kind: round(w.recovered - w.started, 2) for w in windows},
        **figures,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="default: a fresh SQLite file")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bleedcheck-soak-"))
    url = args.database_url or f"sqlite:///{folder / 'bleedcheck.sqlite3'}"
    figures = run(
        url,
        clients=args.clients,
        seconds=args.seconds,
        workers=args.workers,
        log=folder / "serve.log",
    )
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:>30}: {value}")
    failed = (
        figures["lost_answers"]
        or figures["unexpected_answers"]
        or figures["corrupt_interviews"]
        or figures["errors_outside_fault_windows"]
    )
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
