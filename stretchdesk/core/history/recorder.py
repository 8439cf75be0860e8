"""SessionRecorder: turns a running Session's events into its history, phase by phase.

A phase is recorded the moment the session moves on from it, with what the Session's
PhaseRecord says of it (planned and actual seconds, skipped, extended); the session's end
records the phase it ended in and how it ended. Going back (the person pressed ←) records
nothing: that phase runs again and is recorded when the session moves on from it.
"""

from __future__ import annotations

from collections.abc import Iterable

from stretchdesk.core.events import Event, Finished, PhaseStarted, Stopped
from stretchdesk.core.history.recording import SessionRecording
from stretchdesk.core.history.records import Outcome, RecordedPhase
from stretchdesk.core.session import Session
from stretchdesk.core.timeline import Phase

__all__ = ["SessionRecorder"]


class SessionRecorder:
    """Records one Session into a SessionRecording as its events come in.

    Every call takes the wall-clock time `at` (seconds since the epoch): the core reads
    no clock. The recording saves each phase at once and never raises.
    """

    def __init__(self, session: Session, recording: SessionRecording) -> None:
        self.session = session
        self.recording = recording
        self._running: tuple[int, Phase] | None = None  # the phase on now, and its index

    @property
    def ended(self) -> bool:
        """Whether the session's end has been recorded."""
        return self.recording.outcome is not None

    def take(self, events: Iterable[Event], at: float) -> None:
        """Records what `events` (a batch from Session.tick) ended."""
        for event in events:
            if isinstance(event, PhaseStarted):
                self._phase_started(event.index, event.phase, at)
            elif isinstance(event, Finished):
                self._end(Outcome.FINISHED, at)
            elif isinstance(event, Stopped):
                self._end(Outcome.STOPPED, at)

    def adopted(self) -> None:
        """New settings renumbered the session's phases: follows the phase on now."""
        if self._running is not None:
            self._running = (self.session.index, self.session.phase)

    def _phase_started(self, index: int, phase: Phase, at: float) -> None:
        before, self._running = self._running, (index, phase)
        if before is not None and index > before[0]:  # not back to the same or an earlier one
            self._record(*before, at)

    def _end(self, outcome: Outcome, at: float) -> None:
        if self.ended:
            return
        if self._running is not None:
            self._record(*self._running, at)
            self._running = None
        self.recording.end(outcome, at)

    def _record(self, index: int, phase: Phase, at: float) -> None:
        record = self.session.record(phase)
        if record is not None:
            self.recording.record_phase(RecordedPhase.of(record, index), at)
