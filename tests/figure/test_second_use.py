"""SecondUseCache: a value is kept once its key is asked for again, and only then."""

from __future__ import annotations

from stretchdesk.figure.second_use import SecondUseCache


class Maker:
    """Makes a new value (a list, so that identity shows whether it was kept) per call."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> list[int]:
        self.calls += 1
        return [self.calls]


def test_a_key_asked_for_again_soon_is_kept_past_any_number_of_keys_seen_once() -> None:
    cache: SecondUseCache[str, list[int]] = SecondUseCache(kept=4, waiting=3)
    make = Maker()
    first = cache.get("still", make)
    assert cache.get("still", make) is first  # the next frame: found waiting, now kept
    for n in range(100):
        cache.get(f"passing {n}", make)
    assert cache.get("still", make) is first
    assert make.calls == 101


def test_keys_seen_once_hold_no_more_than_the_waiting_ones() -> None:
    cache: SecondUseCache[int, list[int]] = SecondUseCache(kept=512, waiting=8)
    make = Maker()
    for n in range(1000):
        cache.get(n, make)
    assert cache.kept == 0
    assert cache.held == 8
    early = make.calls
    cache.get(0, make)  # long gone
    assert make.calls == early + 1


def test_the_kept_are_bounded_and_the_least_recently_used_goes_first() -> None:
    cache: SecondUseCache[int, list[int]] = SecondUseCache(kept=2, waiting=4)
    make = Maker()
    for key in (1, 1, 2, 2):
        cache.get(key, make)
    one = cache.get(1, make)  # 1 is now the most recently used
    cache.get(3, make)
    cache.get(3, make)  # kept: 2 goes
    assert cache.kept == 2
    assert cache.get(1, make) is one
    calls = make.calls
    cache.get(2, make)
    assert make.calls == calls + 1


def test_without_keeping_a_value_is_found_but_a_new_one_is_held_nowhere() -> None:
    cache: SecondUseCache[str, list[int]] = SecondUseCache(kept=4, waiting=4)
    make = Maker()
    still = cache.get("still", make)
    cache.get("still", make)
    assert cache.get("still", make, keep=False) is still
    swinging = cache.get("swing", make, keep=False)
    assert cache.get("swing", make, keep=False) is not swinging  # drawn twice: still not held
    assert cache.held == 1
