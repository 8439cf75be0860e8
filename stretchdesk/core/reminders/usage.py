"""Counts time in use at the computer for the desk-break reminder.

Use is counted on the monotonic clock, which stops while the computer sleeps, so a
suspend never counts as use. Time away from the keyboard and mouse of at least the
idle limit is a break and starts the count again; so is a sleep of that length (or a
wall clock moved forward by as much: the two cannot be told apart from the clocks).
"""

from __future__ import annotations

__all__ = ["AWAY_POLL_SECONDS", "UseCounter"]

AWAY_POLL_SECONDS = 60.0  # how often to look for the person's return without idle signals


class UseCounter:
    """The current stretch of use and when it calls for a desk break.

    `break_after` and `idle_reset` are in seconds. Readings come through `observe`; with
    no idle reading at all (`idle` None) the count runs on monotonic time alone.
    """

    def __init__(self, break_after: float, idle_reset: float, now: float) -> None:
        self.break_after = break_after
        self.idle_reset = idle_reset
        self._started: float | None = now  # when the current stretch of use began
        self._due = now + break_after
        self._last_idle: float | None = None  # None: no idle reading, count by the clock

    @property
    def counting(self) -> bool:
        """Whether the person is at the computer (False while they are away)."""
        return self._started is not None

    def used(self, now: float) -> float:
        """Seconds of use in the current stretch (0 while away)."""
        return 0.0 if self._started is None else max(0.0, now - self._started)

    def observe(self, now: float, slept: float, idle: float | None) -> None:
        """Takes a reading: seconds asleep since the last one, and seconds idle now."""
        if slept >= self.idle_reset:
            self.restart(now)
        self._last_idle = idle
        if idle is None:
            if self._started is None:
                self.restart(now)
            return
        if idle >= self.idle_reset:
            self._started = None
        elif self._started is None:
            self.restart(now - idle)  # back since the last input, as near as we know

    def restart(self, now: float) -> None:
        """Starts a new stretch of use at `now` (a break was taken, or a reminder shown)."""
        self._started = now
        self._due = now + self.break_after

    def reconfigure(self, break_after: float, idle_reset: float) -> None:
        """Applies new lengths; the stretch under way keeps its start."""
        self.break_after = break_after
        self.idle_reset = idle_reset
        if self._started is not None:
            self._due = self._started + break_after

    def snooze(self, now: float, seconds: float) -> None:
        """Asks for the reminder again after `seconds` more of use."""
        if self._started is not None:
            self._due = now + seconds

    def due(self, now: float, tolerance: float = 0.0) -> bool:
        """Whether the current stretch of use has reached the desk-break reminder."""
        return self._started is not None and now + tolerance >= self._due

    def wait(self, now: float, idle_signals: bool) -> float | None:
        """Seconds until the next reading is needed, or None when only a signal will do.

        While counting: when the reminder falls due, and (unless the desktop signals
        idleness) when the idle time could first reach the limit, so no break of the idle
        limit goes unseen. While away: a look every minute for the person's return, or
        nothing when the desktop says so itself.
        """
        if self._started is None:  # away, which only an idle reading can say
            return None if idle_signals else AWAY_POLL_SECONDS
        wait = self._due - now
        if not idle_signals and self._last_idle is not None:
            wait = min(wait, self.idle_reset - self._last_idle)
        return wait
