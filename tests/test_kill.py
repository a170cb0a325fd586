"""Acknowledged answers survive SIGKILL: a short run of ``benchmarks/soak.py``.

``bleedcheck serve --workers 2`` with concurrent interviews over real HTTP; one
worker is killed, then the whole server, while answers are being written; the
database must hold every answer the server acknowledged, and nothing failed
outside the fault windows. On SQLite (WAL) and on PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.soak import run


def test_acknowledged_answers_survive_sigkill(database_url: str, tmp_path: Path) -> None:
    figures = run(database_url, clients=4, seconds=8, workers=2, log=tmp_path / "serve.log")
    assert figures["acknowledged_answers"] > 20, figures  # the run really wrote
    assert set(figures["fault_windows_s"]) == {"worker", "server"}
    assert figures["lost_answers"] == 0, figures
    assert figures["unexpected_answers"] == 0, figures
    assert figures["corrupt_interviews"] == 0, figures
    assert figures["errors_outside_fault_windows"] == 0, figures
