from __future__ import annotations

import csv
import importlib.util
import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from bleedcheck.kb import KnowledgeBase, load_knowledge
from bleedcheck.kb.compile import CompiledModel, default_model

ROOT = Path(__file__).resolve().parents[1]
CONTRACT = ROOT.parent / "shared" / "contract"


def script(name: str) -> ModuleType:
    """A file of ``scripts/`` loaded as a module, to test its functions directly."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    # Registered first, as an import would: dataclasses look their module up by name.
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


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


# -- databases and a live server, shared by the store, API and web tests ---------------

POSTGRES_URL = os.environ.get("BLEEDCHECK_TEST_POSTGRES_URL")


def _reset_postgres(url: str) -> None:
    """Start the session from an empty database, so migrations run from scratch."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(
            text("DROP TABLE IF EXISTS audit_events, answers, interviews, alembic_version")
        )
    engine.dispose()


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """Every store, API and web test runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path_factory.mktemp('db') / 'bleedcheck.sqlite3'}"
    if not POSTGRES_URL:
        pytest.skip("BLEEDCHECK_TEST_POSTGRES_URL is not set (scripts/test sets it as root)")
    _reset_postgres(POSTGRES_URL)
    return POSTGRES_URL


class LiveServer:
    """The real app under uvicorn on a free loopback port, in a background thread."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        from bleedcheck.api.settings import UVICORN_OPTIONS

        options: dict[str, Any] = dict(UVICORN_OPTIONS)
        config = uvicorn.Config(app, host="127.0.0.1", port=0, lifespan="on", **options)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    def __exit__(self, *_: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(database_url: str) -> Iterator[LiveServer]:
    from bleedcheck.api import Settings, create_app

    # The suite starts many interviews a minute from one address: no rate limit here
    # (tests/api/test_limits.py runs its own servers with low limits).
    settings = Settings(database_url=database_url, interviews_per_minute=0)
    with LiveServer(create_app(settings)) as server:
        yield server
