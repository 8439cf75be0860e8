"""A clock the tests move by hand."""

from __future__ import annotations


class FakeClock:
    """Returns `now`; tests advance it instead of sleeping."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Moves time forward."""
        self.now += seconds
