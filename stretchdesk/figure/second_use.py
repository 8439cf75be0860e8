"""A cache for what frames are made of, that keeps a value only once it is asked for again.

Furniture seen from a still viewpoint gives the same blocks frame after frame, and those are
worth keeping. A movement that swings the view round, or fades a prop in or out, asks for
blocks no frame will ask for again (the viewpoint or the opacity is new in every frame):
kept, they would fill the cache to its limit with pictures never used again (about 1.7 MB
of furniture views in a long session). So a value made for a new key only waits, with a
few others, for its key to come back: asked again while it waits (the next frame of a
still view), it is kept; otherwise it is dropped when newer ones arrive. A frame known to
swing (Scene.view_moving) holds nothing at all: a movement cut short starts the next one
from that very frame, and drawn twice it would look like a still view.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class SecondUseCache(Generic[K, V]):
    """At most `kept` values asked for more than once (the least recently used go first),
    and the last `waiting` values asked for once, waiting to be asked again."""

    def __init__(self, kept: int, waiting: int) -> None:
        self.limit = kept
        self.waiting_limit = waiting
        self._kept: OrderedDict[K, V] = OrderedDict()
        self._waiting: OrderedDict[K, V] = OrderedDict()
        self.made = 0  # values worked out (not found), for tests

    def get(self, key: K, make: Callable[[], V], keep: bool = True) -> V:
        """The value for `key`: kept, waiting (now kept), or made by `make` (now waiting).

        With `keep` False the value is only looked up, or made and not held at all: a key
        known never to come back (a frame of a swing) must not keep one waiting as if it
        could, nor be kept for coming twice (a frame drawn again).
        """
        if key in self._kept:
            self._kept.move_to_end(key)
            return self._kept[key]
        if not keep:
            return self._waiting[key] if key in self._waiting else make()
        if key in self._waiting:
            value = self._waiting.pop(key)
            self._kept[key] = value
            if len(self._kept) > self.limit:
                self._kept.popitem(last=False)
            return value
        value = make()
        self.made += 1
        self._waiting[key] = value
        if len(self._waiting) > self.waiting_limit:
            self._waiting.popitem(last=False)
        return value

    @property
    def kept(self) -> int:
        """How many values are kept (asked for more than once)."""
        return len(self._kept)

    @property
    def held(self) -> int:
        """How many values are held in all, kept and waiting."""
        return len(self._kept) + len(self._waiting)

    def clear(self) -> None:
        """Forgets every value."""
        self._kept.clear()
        self._waiting.clear()


__all__ = ["SecondUseCache"]
