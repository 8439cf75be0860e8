"""Which ticks of a pose change get a new frame: as many as smooth movement needs.

Qt's animation clock ticks about 60 times a second. Drawing a frame is what costs, and
an eased movement is slow at both ends and fast in the middle, so frames are spent
where the body moves: at most FRAMES_PER_SECOND, and only once it has moved a
SMALLEST_STEP of the way since the last frame (or has stood still for
LONGEST_STILL_MS). At its fastest the body then moves as far between frames as it
did at a steady 30 frames a second, with about 40 % fewer frames in all.
"""

from __future__ import annotations

FRAMES_PER_SECOND = 30
SMALLEST_STEP = 1 / 30  # of the whole movement, eased
LONGEST_STILL_MS = 100


class FramePacer:
    """Decides, tick by tick, whether the picture has moved enough for a new frame."""

    def __init__(self) -> None:
        self._slot = 0  # the 1/FRAMES_PER_SECOND slot of the last frame
        self._ms = 0
        self._eased = 0.0

    def start(self) -> None:
        """A movement begins: its first frame (at 0 ms, 0 eased) is on screen."""
        self._slot, self._ms, self._eased = 0, 0, 0.0

    def wants_frame(self, ms: int, eased: float) -> bool:
        """Whether to draw the frame at `ms` into the movement, `eased` of the way there."""
        slot = ms * FRAMES_PER_SECOND // 1000
        if slot == self._slot:
            return False
        if abs(eased - self._eased) < SMALLEST_STEP and ms - self._ms < LONGEST_STILL_MS:
            return False
        self._slot, self._ms, self._eased = slot, ms, eased
        return True


__all__ = ["FRAMES_PER_SECOND", "LONGEST_STILL_MS", "SMALLEST_STEP", "FramePacer"]
