"""Runs the reminder scheduler on the Qt event loop with one single-shot timer.

The timer is armed for as long as the scheduler says it may wait, but never longer than
a minute: a Qt timer counts monotonic time, which stops during sleep and ignores clock
and time-zone changes, so the wall clock is read again at least that often (and at once
on waking, where logind says so). Each check reads both clocks and the idle time and
asks the busy probe only when a reminder is due.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal

from stretchdesk.core.reminders.calendar import Moment
from stretchdesk.core.reminders.reminder import Reminder
from stretchdesk.core.reminders.scheduler import ReminderScheduler
from stretchdesk.core.reminders.settings import ReminderSettings
from stretchdesk.core.reminders.state import SchedulerState
from stretchdesk.desktop import clocks
from stretchdesk.desktop.idle import IdleReader
from stretchdesk.desktop.reminder_notifier import Answer, ReminderNotifier
from stretchdesk.desktop.sleep_watch import SleepWatcher
from stretchdesk.timers import TimerFactory, qt_timer

__all__ = ["MAX_WAIT_SECONDS", "ReminderRunner"]

MAX_WAIT_SECONDS = 60.0


def _never_busy() -> bool:
    return False


class ReminderRunner(QObject):
    """The reminders of one running app: scheduler, timer, idle, busy and notifications.

    `routine_name` turns a routine id into the name to show. Signals:
    `start_routine(str routine_id)` when the person answers Start;
    `reminder_shown(Reminder)`; `paused_changed()` when a pause starts or ends.
    """

    start_routine = Signal(str)
    reminder_shown = Signal(object)
    paused_changed = Signal()

    def __init__(self, settings: ReminderSettings, notifier: ReminderNotifier,
                 routine_name: Callable[[str], str], *,
                 idle: IdleReader | None = None, busy: Callable[[], bool] = _never_busy,
                 clock: Callable[[], Moment] = clocks.now,
                 sleep_watcher: SleepWatcher | None = None,
                 state: SchedulerState | None = None, timers: TimerFactory = qt_timer,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._idle = idle
        self._busy = busy
        self._notifier = notifier
        self._routine_name = routine_name
        self.scheduler = ReminderScheduler(settings, clock(), state=state)
        # Precise: a coarse timer may go off up to 5 % early, a minute early on 20 minutes.
        self.timer = timers(self, "reminders", precise=True)
        self.timer.timeout.connect(self.check)
        notifier.answered.connect(self._on_answered)
        if sleep_watcher is not None:
            sleep_watcher.woke.connect(self.check)

    @property
    def idle_method(self) -> str:
        """Where idle time comes from, or "" (the desk-break count then uses wall time)."""
        return self._idle.method if self._idle is not None else ""

    @property
    def paused_until(self) -> datetime | None:
        """The local time reminders come back, or None when they are not paused."""
        until = self.scheduler.paused_until
        return until.astimezone(self._clock().zone) if until is not None else None

    def start(self) -> None:
        """Checks now and arms the timer."""
        self.check()

    def stop(self) -> None:
        """No more checks (the app is quitting, or reminders were all switched off)."""
        self.timer.stop()

    def apply(self, settings: ReminderSettings) -> None:
        """Takes new reminder settings and re-arms."""
        self.scheduler.apply(settings, self._clock())
        self.check()

    def pause_for_hour(self) -> None:
        """No reminders for an hour."""
        self.scheduler.pause_for(self._clock(), timedelta(hours=1))
        self.paused_changed.emit()
        self.check()

    def pause_until_tomorrow(self) -> None:
        """No reminders until midnight."""
        self.scheduler.pause_until_tomorrow(self._clock())
        self.paused_changed.emit()
        self.check()

    def resume(self) -> None:
        """Ends a pause."""
        self.scheduler.resume(self._clock())
        self.paused_changed.emit()
        self.check()

    def note_break(self) -> None:
        """A routine was done: the desk-break count starts again."""
        self.scheduler.note_break(self._clock())
        self.check()

    def check(self) -> None:
        """Shows what is due, then arms the timer for the next check."""
        now = self._clock()
        idle = self._idle.idle_seconds() if self._idle is not None else None
        was_paused = self.scheduler.paused_until is not None
        minutes = round(self.scheduler.used_seconds(now) / 60)  # before a reminder restarts it
        reminder = self.scheduler.poll(now, idle, self._busy)
        if was_paused and self.scheduler.paused_until is None:
            self.paused_changed.emit()
        if reminder is not None:
            self._notifier.show(reminder, self._routine_name(reminder.routine_id), minutes)
            self.reminder_shown.emit(reminder)
        self._arm(now)

    def _arm(self, now: Moment) -> None:
        wait = self.scheduler.next_check(now)
        if wait is None:
            self.timer.stop()
            return
        self.timer.start(round(min(wait, MAX_WAIT_SECONDS) * 1000))

    def _on_answered(self, reminder: Reminder, answer: str) -> None:
        now = self._clock()
        if answer == Answer.START.value:
            self.scheduler.note_break(now)
            self.start_routine.emit(reminder.routine_id)
        elif answer == Answer.SNOOZE.value:
            self.scheduler.snooze(reminder, now)
        elif answer == Answer.SKIP.value:
            self.scheduler.skip_today(reminder, now)
        self._arm(now)
