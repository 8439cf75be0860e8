"""The session state machine: which phase is on and how long it has left, as time passes.

Every phase ends at an absolute deadline on the injected clock (end of the previous
phase + its length), so where the session is depends on the time alone, never on how
often `tick()` is called. Pause freezes the remaining time; resume moves the deadlines.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from stretchdesk.core.events import (
    Breath,
    Countdown,
    Event,
    Finished,
    Halfway,
    PhaseStarted,
    Stopped,
)
from stretchdesk.core.phase_record import PhaseLog, PhaseRecord
from stretchdesk.core.session_state import SessionState
from stretchdesk.core.timeline import Phase, PhaseKind, Timeline

__all__ = [
    "Breath",
    "Countdown",
    "Event",
    "Finished",
    "Halfway",
    "PhaseStarted",
    "Session",
    "SessionState",
    "Stopped",
]

COUNTDOWN_FROM = 3  # seconds: ticks at 3, 2, 1
COUNTDOWN_MIN_PHASE = 4.0
HALFWAY_MIN_HOLD = 20.0
BACK_RESTARTS_AFTER = 2.0  # back() restarts the phase once more than this has passed


class Session:
    """Runs a Timeline against a clock and reports events through `tick()`.

    `clock` is any function returning seconds (time.monotonic in the app, a fake in
    tests). Commands (start, pause, …) take effect at the clock's current time.
    """

    def __init__(self, timeline: Timeline, clock: Callable[[], float]) -> None:
        if not len(timeline):
            raise ValueError("a session needs at least one phase")
        self.timeline = timeline
        self._clock = clock
        self.state = SessionState.IDLE
        self.index = 0
        self._lengths = [p.seconds for p in timeline]
        self._start = 0.0  # when the current phase began (shifted by pauses)
        self._paused_at = 0.0
        self._done: list[float] = []  # time spent in each completed phase, a stack
        self._marks: set[tuple[str, int]] = set()  # timed events already sent this phase
        self._pending: list[Event] = []
        self._log = PhaseLog()

    @property
    def records(self) -> tuple[PhaseRecord, ...]:
        """What happened to every phase that began, in the order each first began."""
        return self._log.records

    # -- what the session shows -------------------------------------------------------

    @property
    def phase(self) -> Phase:
        """The current phase."""
        return self.timeline[self.index]

    @property
    def phase_seconds(self) -> float:
        """The current phase's length, including any extension."""
        return self._lengths[self.index]

    @property
    def deadline(self) -> float:
        """When the current phase ends on the clock (while running)."""
        return self._start + self._lengths[self.index]

    @property
    def remaining(self) -> float:
        """Seconds left in the current phase."""
        return max(0.0, self._lengths[self.index] - self._into_phase())

    @property
    def elapsed(self) -> float:
        """Seconds of the routine done so far (pauses excluded)."""
        active = self.state in (SessionState.RUNNING, SessionState.PAUSED)
        return math.fsum(self._done) + (self._into_phase() if active else 0.0)

    def _into_phase(self) -> float:
        """Seconds of the current phase that have passed."""
        if self.state is SessionState.RUNNING:
            into = self._clock() - self._start
        elif self.state is SessionState.PAUSED:
            into = self._paused_at - self._start
        elif self.state is SessionState.FINISHED:
            return self._lengths[self.index]
        else:
            return 0.0
        return min(max(0.0, into), self._lengths[self.index])

    # -- commands ---------------------------------------------------------------------

    def start(self) -> None:
        """Begins phase 0 now; its PhaseStarted comes with the next tick."""
        if self.state is not SessionState.IDLE:
            return
        self.state = SessionState.RUNNING
        self._begin_phase(0, self._clock())

    def pause(self) -> None:
        """Freezes the remaining time of the current phase."""
        if self.state is SessionState.RUNNING:
            now = self._clock()
            self._advance(now)
            if self.state is SessionState.RUNNING:
                self._paused_at = now
                self.state = SessionState.PAUSED

    def resume(self) -> None:
        """Carries on from where pause() froze, moving the deadline by the pause."""
        if self.state is SessionState.PAUSED:
            self._start += self._clock() - self._paused_at
            self.state = SessionState.RUNNING

    def skip(self) -> None:
        """Ends the current phase now and goes on to the next one."""
        now = self._sync()
        if now is None:
            return
        self._end_phase(self._into_phase(), now, skipped=True)

    def back(self) -> None:
        """Restarts the phase if more than 2 s of it passed, else goes to the previous one."""
        now = self._sync()
        if now is None:
            return
        self._log.ended(self.phase, self._into_phase())
        if self._into_phase() <= BACK_RESTARTS_AFTER and self.index > 0:
            if self._done:
                self._done.pop()
            self._begin_phase(self.index - 1, now)
        else:
            self._begin_phase(self.index, now)

    def extend(self, seconds: float) -> None:
        """Lengthens the current phase by `seconds` (shortens it when negative)."""
        now = self._sync()
        if now is None:
            return
        if self.remaining + seconds <= 0:
            self.skip()
            return
        self._lengths[self.index] += seconds
        self._log.extended(self.phase, seconds)
        # Lengthened: the countdown plays again before the new end. Shortened: ticks whose
        # moment is already gone are not played late.
        left = self.remaining
        self._marks = {m for m in self._marks if m[0] != "countdown"} | {
            ("countdown", n) for n in range(1, COUNTDOWN_FROM + 1) if n > left
        }

    def stop(self) -> None:
        """Ends the session early."""
        if self._sync() is not None:
            self._done.append(self._into_phase())
            self._log.ended(self.phase, self._into_phase())
            self.state = SessionState.STOPPED
            self._pending.append(Stopped())

    def adopt(self, timeline: Timeline) -> None:
        """Continues with `timeline` (new settings) from the next phase on.

        The current phase keeps its length; the session carries on at the matching
        phase of the new timeline (same stretch item, kind, side and repetition).
        """
        now = self._sync()
        current = self.phase
        if now is None:
            return
        key = (current.item, current.kind, current.side, current.rep)
        match = [i for i, p in enumerate(timeline) if (p.item, p.kind, p.side, p.rep) == key]
        later = [i for i, p in enumerate(timeline) if p.item > current.item]
        if match:
            new_index = match[0]
        elif later:
            new_index = later[0] - 1 if later[0] > 0 else 0
        else:
            new_index = len(timeline) - 1
        lengths = [p.seconds for p in timeline]
        lengths[new_index] = self._lengths[self.index]
        self.timeline, self._lengths, self.index = timeline, lengths, new_index

    # -- time -------------------------------------------------------------------------

    def tick(self) -> list[Event]:
        """Every event since the last tick, in order (a late tick catches up)."""
        if self.state is SessionState.RUNNING:
            self._advance(self._clock())
        events, self._pending = self._pending, []
        return events

    def _sync(self) -> float | None:
        """Brings the session up to now before a command; None if no phase is active."""
        if self.state not in (SessionState.RUNNING, SessionState.PAUSED):
            return None
        now = self._clock()
        if self.state is SessionState.RUNNING:
            self._advance(now)
        if self.state not in (SessionState.RUNNING, SessionState.PAUSED):
            return None
        return now

    def _advance(self, now: float) -> None:
        while self.state is SessionState.RUNNING:
            self._emit_marks(now)
            end = self._start + self._lengths[self.index]
            if now < end:
                return
            self._end_phase(self._lengths[self.index], end, completed=True)

    def _end_phase(self, spent: float, at: float, *, skipped: bool = False,
                   completed: bool = False) -> None:
        """Closes the current phase after `spent` seconds; the next begins at `at`."""
        self._done.append(max(0.0, spent))
        self._log.ended(self.phase, spent, skipped=skipped, completed=completed)
        if self.index + 1 >= len(self.timeline):
            self.state = SessionState.FINISHED
            self._pending.append(Finished())
            return
        self._begin_phase(self.index + 1, at)

    def _begin_phase(self, index: int, at: float) -> None:
        self.index = index
        self._start = at
        self._paused_at = at
        self._marks = set()
        self._log.began(self.timeline[index])
        self._pending.append(PhaseStarted(index, self.timeline[index], at))

    def next_due(self) -> float | None:
        """When, on the clock, the next event is due: a countdown, halfway or breath
        moment, or the end of the phase. None unless running.

        A driver sleeps until then (and wakes for whatever it shows in between).
        """
        if self.state is not SessionState.RUNNING:
            return None
        end = self.deadline
        return min((at for at, _mark, _event in self._unsent_marks()), default=end)

    def _unsent_marks(self) -> list[tuple[float, tuple[str, int], Event]]:
        """The timed events of the current phase not yet sent: every countdown and
        halfway moment left, and the next breath (breaths are sent in order)."""
        marks: list[tuple[float, tuple[str, int], Event]] = []
        length, start, phase = self._lengths[self.index], self._start, self.phase
        end = start + length
        if length >= COUNTDOWN_MIN_PHASE:
            for left in range(COUNTDOWN_FROM, 0, -1):
                marks.append((end - left, ("countdown", left), Countdown(left)))
        if phase.kind is PhaseKind.HOLD and length >= HALFWAY_MIN_HOLD:
            marks.append((start + length / 2, ("halfway", 0), Halfway(self.index)))
        if phase.kind is PhaseKind.HOLD and phase.breath_seconds:
            n = 1 + max((m[1] for m in self._marks if m[0] == "breath"), default=0)
            at = start + n * phase.breath_seconds
            if at < end and n < 10_000:
                marks.append((at, ("breath", n), Breath(self.index, inhale=n % 2 == 0)))
        return sorted((m for m in marks if m[1] not in self._marks), key=lambda m: m[0])

    def _emit_marks(self, now: float) -> None:
        """Sends the countdown, halfway and breath events due by `now`, in time order."""
        while True:
            due = [m for m in self._unsent_marks() if m[0] <= now]
            if not due:
                return
            _at, mark, event = due[0]
            self._marks.add(mark)
            self._pending.append(event)
