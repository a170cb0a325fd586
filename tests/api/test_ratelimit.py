"""The sliding window behind the new-interview limit, on a clock we move by hand."""

from __future__ import annotations

from bleedcheck.api.ratelimit import SlidingWindow


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_window_slides_and_says_how_long_to_wait() -> None:
    clock = Clock()
    window = SlidingWindow(2, window=60, clock=clock)
    assert window.hit("10.0.0.1") is None
    clock.now += 20
    assert window.hit("10.0.0.1") is None
    assert window.hit("10.0.0.1") == 40  # the first hit leaves the window in 40 s
    clock.now += 39.5
    assert window.hit("10.0.0.1") == 1
    clock.now += 0.5
    assert window.hit("10.0.0.1") is None
    # Refused hits are not counted: the second hit now is the oldest in the window.
    assert window.hit("10.0.0.1") == 20


def test_clients_are_counted_apart_and_zero_turns_it_off() -> None:
    window = SlidingWindow(1, clock=Clock())
    assert window.hit("10.0.0.1") is None
    assert window.hit("10.0.0.2") is None
    assert window.hit("10.0.0.1") is not None
    off = SlidingWindow(0)
    assert all(off.hit("10.0.0.1") is None for _ in range(1000))


def test_addresses_are_kept_only_as_keyed_hashes() -> None:
    window = SlidingWindow(5)
    window.hit("192.168.10.77")
    (key,) = window._hits
    assert b"192.168.10.77" not in key and len(key) == 16
    # The key is secret and per process: another window hashes the same address apart.
    assert SlidingWindow(5).key("192.168.10.77") != key


def test_memory_is_bounded_by_forgetting_clients_whose_window_passed() -> None:
    clock = Clock()
    window = SlidingWindow(1, window=60, clock=clock)
    for n in range(10_000):
        window.hit(f"10.{n // 65536}.{n // 256 % 256}.{n % 256}")
    clock.now += 61
    window.hit("10.200.0.1")
    assert len(window._hits) == 1
