"""API speed over real HTTP: ``POST /v1/assess`` requests per second, p50 and p99.

A benchmark, not a test. It starts ``bleedcheck serve --workers 2`` on a free
loopback port (SQLite in a temporary folder; ``--database-url`` for PostgreSQL),
then loads it with ``wrk`` (Debian package ``wrk``: C, so the load generator
steals little CPU from the server) or, when wrk is missing, a small asyncio
client. Target on a 2-core machine: >= 1,000 requests/s with p99 <= 50 ms.

    .venv/bin/python benchmarks/api.py [--seconds 15] [--connections 16] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.engine import random_cases

BLEEDCHECK = Path(sys.executable).with_name("bleedcheck")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(port: int, workers: int, database_url: str) -> subprocess.Popen[bytes]:
    server = subprocess.Popen(
        [
            str(BLEEDCHECK),
            "serve",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--database-url",
            database_url,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                return server
        except OSError:
            time.sleep(0.2)
    os.killpg(server.pid, signal.SIGTERM)
    raise SystemExit("the server did not start")


def run_wrk(url: str, bodies: list[str], seconds: int, connections: int) -> dict[str, float]:
    script = "\n".join(
        [
            'wrk.method = "POST"',
            'wrk.headers["Content-Type"] = "application/json"',
            "local bodies = {" + ",".join(json.dumps(b) for b in bodies) + "}",
            "local i = 0",
            "request = function()",
            "  i = i % #bodies + 1",
            "  return wrk.format(nil, nil, nil, bodies[i])",
            "end",
            "done = function(summary, latency, requests)",
            '  io.write(string.format("RESULT %d %d %d %f %f\\n", summary.requests, '
            "summary.errors.status + summary.errors.connect + summary.errors.read + "
            "summary.errors.write + summary.errors.timeout, summary.duration, "
            "latency:percentile(50), latency:percentile(99)))",
            "end",
        ]
    )
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(script)
    output = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "-s", handle.name, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    os.unlink(handle.name)
    match = re.search(r"RESULT (\d+) (\d+) (\d+) ([\d.]+) ([\d.]+)", output)
    assert match, output
    requests, errors, micros, p50, p99 = match.groups()
    return {
        "requests_per_second": int(requests) / (int(micros) / 1e6),
        "errors": int(errors),
        "p50_ms": float(p50) / 1000,
        "p99_ms": float(p99) / 1000,
        "client": "wrk",
    }


async def _python_load(
    host: str, port: int, bodies: list[str], seconds: int, connections: int
) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    stop = time.monotonic() + seconds

    async def one_connection(offset: int) -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection(host, port)
        i = offset
        while time.monotonic() < stop:
            body = bodies[i % len(bodies)].encode()
            i += 1
            request = (
                f"POST /v1/assess HTTP/1.1\r\nHost: {host}\r\nContent-Type: "
                f"application/json\r\nContent-Length: {len(body)}\r\n\r\n"
            ).encode() + body
            started = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(re.search(rb"content-length: (\d+)", head, re.I).group(1))  # type: ignore[union-attr]
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - started)
            errors += not head.startswith(b"HTTP/1.1 200")
        writer.close()

    began = time.monotonic()
    await asyncio.gather(*(one_connection(n) for n in range(connections)))
    elapsed = time.monotonic() - began
    latencies.sort()
    return {
        "requests_per_second": len(latencies) / elapsed,
        "errors": errors,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[int(len(latencies) * 0.99)] * 1000,
        "client": "python",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--database-url")
    parser.add_argument(
        "--client", choices=["wrk", "python"], default="wrk" if shutil.which("wrk") else "python"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    bodies = [json.dumps(case) for case in random_cases(200)]
    random.Random(1).shuffle(bodies)
    port = free_port()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite:///{folder}/bench.sqlite3"
        server = start_server(port, args.workers, url)
        try:
            if args.client == "wrk":
                figures = run_wrk(
                    f"http://127.0.0.1:{port}/v1/assess", bodies, args.seconds, args.connections
                )
            else:
                figures = asyncio.run(
                    _python_load("127.0.0.1", port, bodies, args.seconds, args.connections)
                )
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
    figures |= {"workers": args.workers, "connections": args.connections, "seconds": args.seconds}
    if args.json:
        print(json.dumps(figures))
    else:
        print(
            f"POST /v1/assess over HTTP, {args.workers} workers, {args.connections} connections, "
            f"{args.seconds} s ({figures['client']} client)"
        )
        print(f"  {figures['requests_per_second']:,.0f} requests/s (target >= 1,000)")
        print(
            f"  p50 {figures['p50_ms']:.1f} ms, p99 {figures['p99_ms']:.1f} ms"
            " (target p99 <= 50 ms)"
        )
        print(f"  errors: {figures['errors']:.0f}")


if __name__ == "__main__":
    main()
