"""SessionDriver: the one place a timer meets the Session, re-emitting its events as signals."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal

from stretchdesk.controller.wake_plan import EARLY_WAKE_SECONDS, shown_step, wake_ms
from stretchdesk.core.event_log import EventLog
from stretchdesk.core.events import (
    Breath,
    Countdown,
    Event,
    Finished,
    Halfway,
    PhaseStarted,
    Stopped,
)
from stretchdesk.core.phase_record import PhaseRecord
from stretchdesk.core.session import Session
from stretchdesk.core.session_state import SessionState
from stretchdesk.core.timeline import Timeline
from stretchdesk.timers import TimerFactory, qt_timer

Clock = Callable[[], float]

_ACTIVE = (SessionState.RUNNING, SessionState.PAUSED)


class SessionDriver(QObject):
    """Runs a Session on a timer and tells the widgets (and the cue player) what happens.

    The timer only runs while a session is RUNNING, and it wakes only when something
    visible changes (the whole second shown, a step of the ring) or the session has an
    event due (`Session.next_due`), so an idle window or a paused session costs nothing
    (controller/wake_plan.py works out when).
    Tests move a fake `clock` and call `tick()` (or fire the timer `timers` made) by
    hand; `settle` is how the driver waits out the last two milliseconds before an event
    its timer woke just ahead of (a test's moves the fake clock). `speed` > 1 runs every
    phase that many times faster (demos, tests).

    Signals:
        phase_started(int, Phase): the phase at index began.
        countdown(int): 3, 2 or 1 seconds are left in the phase.
        halfway(int): half of the hold at index has passed.
        breath(int, bool): next breath of a dynamic hold; True for in.
        finished(): the routine is complete.
        stopped(): the person stopped the session early.
        state_changed(SessionState): running, paused, finished, ...
        remaining_changed(float, float): seconds left and the phase's full length, sent
            only when the whole second shown or the ring's step changes.
        events(list): every batch of session events, before the signals above (the cue
            output plays them, dropping those a late tick made stale).
    """

    phase_started = Signal(int, object)
    countdown = Signal(int)
    halfway = Signal(int)
    breath = Signal(int, bool)
    finished = Signal()
    stopped = Signal()
    state_changed = Signal(object)
    remaining_changed = Signal(float, float)
    events = Signal(object)

    def __init__(
        self,
        clock: Clock = time.monotonic,
        speed: float = 1.0,
        event_log: EventLog | None = None,
        parent: QObject | None = None,
        timers: TimerFactory = qt_timer,
        settle: Callable[[float], None] | None = None,
    ) -> None:
        super().__init__(parent)
        if speed <= 0:
            raise ValueError("speed must be more than 0")
        self._clock = clock
        # Waits out the last moment before an event when the timer woke just ahead of it
        # (real seconds): time.sleep on the real clock; a test's own with a fake one.
        self._settle = settle or (time.sleep if clock is time.monotonic else None)
        self.speed = speed
        self._origin = clock()
        self.event_log = event_log
        self.session: Session | None = None
        self._current = 0  # the phase the events being sent belong to
        self._shown: tuple[int, int, int] | None = None
        self._timer = timers(self, "session tick", precise=True)
        self._timer.timeout.connect(self.tick)

    # -- time ---------------------------------------------------------------------------

    def session_clock(self) -> float:
        """The clock the session runs on: the real one, scaled by `speed`."""
        return self._origin + (self._clock() - self._origin) * self.speed

    def real_instant(self, session_time: float) -> float:
        """The instant on the real clock that `session_time` (on the scaled clock) was."""
        return self._origin + (session_time - self._origin) / self.speed

    def seconds_to_next_event(self) -> float | None:
        """Real seconds until the session's next event is due (a phase's end, a countdown,
        halfway or breath moment); None unless a session runs. Work that can wait (a frame
        of the figure) keeps out of the way of the cue it brings."""
        due = self.session.next_due() if self.session is not None else None
        return None if due is None else (due - self.session_clock()) / self.speed

    @property
    def timer_active(self) -> bool:
        """Whether the timer is waiting to wake up (only while a session runs)."""
        return self._timer.isActive()

    @property
    def next_wake_ms(self) -> int | None:
        """Milliseconds the timer waits before its next tick; None while it is off."""
        return self._timer.interval() if self._timer.isActive() else None

    def tick(self) -> None:
        """Brings the session up to now, emits what happened, and plans the next wake-up."""
        if self.session is None:
            return
        ahead = self.seconds_to_next_event()
        if self._settle is not None and ahead is not None and 0 < ahead <= EARLY_WAKE_SECONDS:
            self._settle(ahead)  # at most 2 ms: the timer woke just before an event
        self._dispatch(self.session.tick())
        self._emit_remaining()
        self._schedule()

    def _schedule(self) -> None:
        session = self.session
        if session is None or session.state is not SessionState.RUNNING:
            self._timer.stop()
            return
        self._timer.start(wake_ms(session, self.speed, self.session_clock))

    def _emit_remaining(self, force: bool = False) -> None:
        session = self.session
        if session is None or session.state not in _ACTIVE:
            return
        remaining, length = session.remaining, session.phase_seconds
        shown = shown_step(session.index, remaining, length, self.speed)
        if force or shown != self._shown:
            self._shown = shown
            self.remaining_changed.emit(remaining, length)

    # -- a session's life ---------------------------------------------------------------

    def load(self, timeline: Timeline, earlier: Iterable[PhaseRecord] = ()) -> Session:
        """Prepares a session for `timeline`, replacing any previous one (not started);
        `earlier` are the records of a session cut short that it resumes."""
        self._timer.stop()
        self.session = Session(timeline, self.session_clock, earlier)
        self._current = 0
        self._shown = None
        return self.session

    def adopt(self, timeline: Timeline) -> None:
        """Carries the running session on with a timeline built from new settings."""
        if self.session is None:
            return
        self.session.adopt(timeline)
        self._current = self.session.index
        self.log_event("adopted", phases=len(timeline))
        self._emit_remaining(force=True)
        self._schedule()

    @property
    def state(self) -> SessionState:
        """The session's state (IDLE when none is loaded)."""
        return self.session.state if self.session is not None else SessionState.IDLE

    @property
    def active(self) -> bool:
        """Whether a session is running or paused."""
        return self.state in _ACTIVE

    # -- commands -----------------------------------------------------------------------

    def start(self, from_index: int = 0) -> None:
        """Starts the loaded session; its first phase (or phase `from_index`, for a session
        resumed) begins now."""
        if self.session is None or self.session.state is not SessionState.IDLE:
            return
        self.session.start(from_index)
        self.log_event("started", routine=self.session.timeline.routine_id, speed=self.speed,
                       phases=len(self.session.timeline), **({"from_index": from_index}
                                                             if from_index else {}))
        self.state_changed.emit(self.session.state)
        self.tick()

    def pause(self) -> None:
        """Freezes the countdown."""
        self._command("paused", lambda s: s.pause(), SessionState.RUNNING)

    def resume(self) -> None:
        """Carries on after a pause."""
        self._command("resumed", lambda s: s.resume(), SessionState.PAUSED)

    def toggle(self) -> None:
        """Pauses a running session or resumes a paused one."""
        if self.state is SessionState.RUNNING:
            self.pause()
        elif self.state is SessionState.PAUSED:
            self.resume()

    def skip(self) -> None:
        """Ends the current phase now."""
        self._command("skipped", lambda s: s.skip())

    def back(self) -> None:
        """Restarts the current phase, or goes to the previous one near its start."""
        self._command("back", lambda s: s.back())

    def extend(self, seconds: float) -> None:
        """Lengthens (or, negative, shortens) the current phase."""
        self._command("extended", lambda s: s.extend(seconds), seconds=seconds)

    def stop(self) -> None:
        """Ends the session early."""
        self._command("stop", lambda s: s.stop())

    def _command(self, name: str, action: Callable[[Session], None],
                 needs: SessionState | None = None, **fields: object) -> None:
        session = self.session
        if session is None or session.state not in _ACTIVE:
            return
        if needs is not None and session.state is not needs:
            return
        self._dispatch(session.tick())  # what was due before the command happens first
        if session.state not in _ACTIVE:
            self._schedule()
            return
        before = session.state
        phase, index = session.phase, session.index
        action(session)
        if name != "stop":  # Stopped is logged as the event "stopped" below
            self.log_event(name, index=index, kind=phase.kind, side=phase.side,
                           stretch=phase.stretch_id, **fields)
        if session.state is not before and session.state in _ACTIVE:
            self.state_changed.emit(session.state)
        self._dispatch(session.tick())
        self._emit_remaining(force=True)
        self._schedule()

    # -- events -------------------------------------------------------------------------

    def _dispatch(self, events: list[Event]) -> None:
        # The batch goes first: the cue player sounds the phase change before the
        # widgets take their milliseconds to repaint it.
        if events:
            self.events.emit(events)
        for event in events:
            self._emit(event)

    def _emit(self, event: Event) -> None:
        if isinstance(event, PhaseStarted):
            phase = event.phase
            self._current = event.index
            self._shown = None
            self.log_event("phase_started", index=event.index, kind=phase.kind, side=phase.side,
                           stretch=phase.stretch_id, rep=phase.rep, reps=phase.reps,
                           seconds=phase.seconds, due=self.real_instant(event.at))
            self.phase_started.emit(event.index, phase)
        elif isinstance(event, Countdown):
            self.log_event("countdown", seconds_left=event.seconds_left, **self._where())
            self.countdown.emit(event.seconds_left)
        elif isinstance(event, Halfway):
            self.log_event("halfway", **self._where())
            self.halfway.emit(event.index)
        elif isinstance(event, Breath):
            self.log_event("breath", inhale=event.inhale, **self._where())
            self.breath.emit(event.index, event.inhale)
        elif isinstance(event, Finished):
            self.log_event("finished")
            self.finished.emit()
            self.state_changed.emit(SessionState.FINISHED)
        elif isinstance(event, Stopped):
            self.log_event("stopped", **self._where())
            self.stopped.emit()
            self.state_changed.emit(SessionState.STOPPED)

    def _where(self) -> dict[str, object]:
        """The current phase's index, kind and side, for an event log line."""
        if self.session is None:
            return {}
        phase = self.session.timeline[self._current]
        return {"index": self._current, "kind": phase.kind, "side": phase.side}

    def log_event(self, name: str, **fields: object) -> None:
        """Writes one line to the --event-log file, if there is one.

        Other parts of the app log here too: the cue player writes event "cue" with
        the fields chime and text as each sound or spoken line starts.
        """
        if self.event_log is not None:
            self.event_log.write(name, **fields)
