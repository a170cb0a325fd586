"""How many interviews one client may start per minute: a sliding window in memory.

The client's address is never kept as it is: the key is a keyed hash whose key is
made at random when the process starts and never leaves it, so not even a memory
dump maps keys back to addresses, and nothing about the client reaches the database.
The price is that each worker process counts on its own: with N workers a client
may start up to N times the limit (docs/safety.md says why that is the right trade).
"""

from __future__ import annotations

import hashlib
import math
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable

from starlette.requests import Request

from bleedcheck.api.errors import ApiError

__all__ = ["SlidingWindow", "limit_new_interviews"]

# Past this many clients in memory, forget the ones whose window has passed.
_PRUNE_AT = 10_000


class SlidingWindow:
    def __init__(
        self, limit: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._secret = secrets.token_bytes(32)
        self._hits: dict[bytes, deque[float]] = {}
        self._lock = threading.Lock()

    def key(self, client: str) -> bytes:
        return hashlib.blake2b(client.encode(), key=self._secret, digest_size=16).digest()

    def hit(self, client: str) -> int | None:
        """Count one request. None if it is allowed, else whole seconds until it would be."""
        if self.limit <= 0:
            return None
        now = self.clock()
        key = self.key(client)
        with self._lock:
            if len(self._hits) >= _PRUNE_AT:
                self._prune(now)
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                return max(1, math.ceil(hits[0] + self.window - now))
            hits.append(now)
            return None

    def _prune(self, now: float) -> None:
        stale = [k for k, hits in self._hits.items() if not hits or hits[-1] <= now - self.window]
        for k in stale:
            del self._hits[k]


def limit_new_interviews(request: Request) -> None:
    """Count a new interview for this client; 429 with Retry-After past the limit.

    The address is what uvicorn reports: the peer, or the forwarded client when a
    trusted proxy (uvicorn's ``--forwarded-allow-ips``) sets X-Forwarded-For.
    """
    window: SlidingWindow = request.app.state.new_interviews
    wait = window.hit(request.client.host if request.client else "")
    if wait is not None:
        raise ApiError(
            429,
            "",
            f"too many new interviews from this address: try again in {wait} s",
            headers={"retry-after": str(wait)},
        )
