"""Announcer: tells a screen reader each phase change and notice, never every second.

It listens to the app controller as any view does and sends a QAccessibleAnnouncementEvent
(AT-SPI's object:announcement on Linux) from the window. The countdown is not announced:
the ring's description holds the seconds left for whoever asks. Changes that come quickly
one after another (Skip pressed five times) are gathered: after one announcement the
next waits a short gap, and only the latest phase is then said, with any notice that
came meanwhile.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal

from stretchdesk.core.reader_words import phase_announcement, time_left_words
from stretchdesk.core.session_state import SessionState
from stretchdesk.core.words import complete_word, format_duration, stopped_word
from stretchdesk.timers import TimerFactory, qt_timer
from stretchdesk.translation_marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from stretchdesk.controller.app_controller import AppController
    from stretchdesk.core.session_summary import SessionSummary
    from stretchdesk.core.timeline import Phase

GAP_MS = 1500  # the least time between two announcements
MUTED_WORDS = {True: QT_TRANSLATE_NOOP("Announcer", "Sound muted."),
               False: QT_TRANSLATE_NOOP("Announcer", "Sound on.")}


class Announcer(QObject):
    """Announces what a person following the session by ear needs to hear, politely.

    Signals:
        announced(str): a message as it was sent to the screen reader.
    """

    announced = Signal(str)

    def __init__(self, controller: AppController, target: QObject, *,
                 timers: TimerFactory = qt_timer) -> None:
        super().__init__(target)
        self._controller = controller
        self._target = target
        self._phase: Phase | None = None
        self._pending_phase = ""
        self._pending: list[str] = []
        self._state = SessionState.IDLE
        self._gap = timers(self, "announcement gap")
        self._gap.timeout.connect(self._after_gap)
        c = controller
        c.phase_started.connect(self._phase_started)
        c.state_changed.connect(self._state_changed)
        c.session_ended.connect(self._session_ended)
        c.notice.connect(lambda text: self.say(text))
        c.muted_changed.connect(lambda muted: self.say(self.tr(MUTED_WORDS[muted])))

    def say(self, message: str) -> None:
        """Announces `message` now, or after the gap with whatever else comes meanwhile."""
        self._queue(message, phase=False)

    # -- what the controller says --------------------------------------------------------

    def _stretch_name(self, phase: Phase) -> str:
        stretch = self._controller.library.stretches.get(phase.stretch_id)
        return stretch.name if stretch is not None else phase.stretch_id

    def _phase_started(self, _index: int, phase: Phase) -> None:
        self._phase = phase
        self._queue(phase_announcement(phase, self._stretch_name(phase)), phase=True)

    def _state_changed(self, state: SessionState) -> None:
        before, self._state = self._state, state
        session = self._controller.session
        if state is SessionState.PAUSED:
            self.say(self.tr("Paused."))
        elif (state is SessionState.RUNNING and before is SessionState.PAUSED
              and self._phase is not None and session is not None):
            left = time_left_words(self._phase, self._stretch_name(self._phase),
                                   session.remaining)
            self.say(self.tr("Resumed. {time_left}.").format(time_left=left))

    def _session_ended(self, summary: SessionSummary) -> None:
        self._phase = None
        self._pending_phase = ""  # the end is what matters now
        headline = complete_word() if summary.completed else stopped_word()
        locale = QLocale()
        self.say(self.tr("{headline}. {done} of {total} stretches in {time}.").format(
            headline=headline, done=locale.toString(summary.stretches_done),
            total=locale.toString(summary.stretches_total),
            time=format_duration(summary.seconds)))

    # -- sending -------------------------------------------------------------------------

    def _queue(self, message: str, *, phase: bool) -> None:
        if self._gap.isActive():
            if phase:
                self._pending_phase = message  # only the phase the person lands on
            else:
                self._pending.append(message)
            return
        self._send(message)

    def _after_gap(self) -> None:
        parts = [p for p in (self._pending_phase, *self._pending) if p]
        self._pending_phase, self._pending = "", []
        if parts:
            self._send(" ".join(parts))

    def _send(self, message: str) -> None:
        # Imported at the first announcement: the window's first paint need not wait.
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        event = QAccessibleAnnouncementEvent(self._target, message)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
        self.announced.emit(message)
        self._gap.start(GAP_MS)
