"""A corrupted or half-written knowledge base: ``bleedcheck serve`` refuses to start,
prints the validation message, and never opens its port."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import bleedcheck

PACKAGE = Path(bleedcheck.__file__).resolve().parent
KB = Path("bleedcheck/knowledge/postcoital_bleeding")


def _half_written(path: Path) -> None:
    # Stopped mid-line (inside a "[value, basis]" pair past the middle): cut exactly at a
    # line or item boundary, the rest could still be valid YAML, just shorter.
    data = path.read_bytes()
    cut = data.index(b": [", len(data) // 2) + 3
    path.write_bytes(data[:cut])


def _garbage(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:300] + b"\x00\xff\xfe: [unclosed\n  - {")


def _bad_value(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("default: [0.22, S11]", "default: [1.7, S11]", 1), "utf-8")


def _missing(path: Path) -> None:
    path.unlink()


@pytest.mark.parametrize(
    ("name", "damage", "expected"),
    [
        ("findings.yaml", _half_written, "findings.yaml"),
        ("rules.yaml", _garbage, "rules.yaml"),
        ("conditions.yaml", _bad_value, "must be between 0 and 1"),
        ("sources.yaml", _missing, "sources.yaml"),
    ],
)
def test_serve_refuses_a_broken_knowledge_base(
    tmp_path: Path, name: str, damage: Callable[[Path], None], expected: str
) -> None:
    site = tmp_path / "site"
    shutil.copytree(PACKAGE, site / "bleedcheck", ignore=shutil.ignore_patterns("__pycache__"))
    damage(site / KB / name)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    command = [sys.executable, "-c", "from bleedcheck.cli import main; main()"]
    command += ["serve", "--port", str(port), "--workers", "2"]
    command += ["--database-url", f"sqlite:///{tmp_path / 'db.sqlite3'}"]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(site)},
    )
    assert result.returncode == 2, result.stderr
    assert "the knowledge base is invalid, not starting" in result.stderr
    assert expected in result.stderr and "Traceback" not in result.stderr
    # It stopped before migrating or listening.
    assert not (tmp_path / "db.sqlite3").exists()
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0
