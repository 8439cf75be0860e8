"""Decides when to remind the person, from readings of the clocks passed in.

The Qt side asks `poll(now, idle, busy)` whenever `next_check(now)` said to, and shows
what it returns; nothing here reads a clock or waits. Schedules are worked out from the
wall clock at every poll, so after a suspend, a clock change or a time-zone change each
reminder is shown at most once for the time it missed (and not at all when it is more
than LATE_LIMIT late), never as a burst: one poll shows at most one reminder. What it
returns is a Reminder (core/reminders/reminder.py; importable from here too).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import date, datetime, timedelta
from types import MappingProxyType

from stretchdesk.core.reminders.calendar import (
    Moment,
    latest_occurrence,
    local_date,
    next_occurrence,
    start_of_next_day,
)
from stretchdesk.core.reminders.reminder import Reminder, ReminderKind
from stretchdesk.core.reminders.settings import ReminderSettings, RoutineReminder
from stretchdesk.core.reminders.state import SchedulerState
from stretchdesk.core.reminders.usage import UseCounter

__all__ = [
    "BUSY_RECHECK_SECONDS",
    "LATE_LIMIT",
    "SNOOZE",
    "Reminder",
    "ReminderKind",
    "ReminderScheduler",
]

LATE_LIMIT = timedelta(hours=2)  # a routine reminder later than this is let go, not shown
SNOOZE = timedelta(minutes=10)
BUSY_RECHECK_SECONDS = 60.0  # while full screen or Do Not Disturb holds a reminder back
MIN_WAIT_SECONDS = 1.0  # never ask to be polled again sooner (no busy loop)
_LATE_AFTER = timedelta(minutes=2)  # shown this much after its time: say when it was for
_CLOCK_BACK_LIMIT = timedelta(days=1)  # remembered times further ahead than this are reset


def _never_busy() -> bool:
    return False


class ReminderScheduler:
    """Every reminder's schedule, the desk-break count, snoozes, skips and pauses.

    `idle_signals` is True when the desktop itself says when the person comes back (so
    no reading is needed while they are away). `state` is what a previous run remembered.
    """

    def __init__(self, settings: ReminderSettings, now: Moment, *, idle_signals: bool = False,
                 state: SchedulerState | None = None) -> None:
        state = state or SchedulerState()
        desk = settings.desk_break
        self._settings = settings
        self._idle_signals = idle_signals
        self._last = now
        self._use = UseCounter(desk.after_minutes * 60.0, desk.idle_reset_minutes * 60.0,
                               now.mono)
        self._paused_until = state.paused_until
        self._pause_span = state.paused_until - now.utc if state.paused_until else None
        self._skipped: dict[str, date] = dict(state.skipped)
        self._handled: dict[str, datetime] = {}
        self._snoozed: dict[str, tuple[Reminder, datetime]] = {}
        self._postponed: Reminder | None = None
        self._adopt(settings.routines, now, state.handled)

    @property
    def settings(self) -> ReminderSettings:
        """The reminder settings in force."""
        return self._settings

    @property
    def paused_until(self) -> datetime | None:
        """Until when (UTC) reminders are paused, or None."""
        return self._paused_until

    def state(self) -> SchedulerState:
        """What a later run should remember (see SchedulerState)."""
        return SchedulerState(self._paused_until, MappingProxyType(dict(self._skipped)),
                              MappingProxyType(dict(self._handled)))

    def used_seconds(self, now: Moment) -> float:
        """Seconds of use counted towards the next desk break."""
        return self._use.used(now.mono)

    def apply(self, settings: ReminderSettings, now: Moment) -> None:
        """Takes new settings; reminders kept unchanged keep their snoozes and skips."""
        was_on = self._settings.desk_break.enabled
        self._settings = settings
        self._adopt(settings.routines, now, {})
        keys = {r.key for r in settings.routines} | {settings.desk_break.key}
        self._snoozed = {k: v for k, v in self._snoozed.items() if k in keys}
        if self._postponed is not None and self._postponed.key not in keys:
            self._postponed = None
        desk = settings.desk_break
        self._use.reconfigure(desk.after_minutes * 60.0, desk.idle_reset_minutes * 60.0)
        if desk.enabled and not was_on:
            self._use.restart(now.mono)

    def poll(self, now: Moment, idle: float | None = None,
             busy: Callable[[], bool] = _never_busy) -> Reminder | None:
        """The reminder to show now, if any; it counts as shown.

        `idle` is the seconds since the last keyboard or mouse input (None: unknown).
        `busy` is asked only when something is due: while it says True (another app is
        full screen, or Do Not Disturb is on) the reminder is held back and shown once
        when it says False.
        """
        gap = (now.utc - self._last.utc).total_seconds() - (now.mono - self._last.mono)
        self._last = now
        self._pull_back(now)
        self._use.observe(now.mono, max(0.0, gap), idle)
        self._expire_skips(now)
        if self._paused(now):
            self._let_go(now)
            return None
        due = self._collect(now)
        if not due:
            self._postponed = None
            return None
        chosen = max(due, key=lambda r: (r.kind is ReminderKind.ROUTINE, r.planned or now.wall))
        if busy():
            self._postponed = chosen
            return None
        if chosen is self._postponed:
            chosen = replace(chosen, late=True)
        self._postponed = None
        self._use.restart(now.mono)  # a reminder was just given: the desk count starts again
        return chosen

    def next_check(self, now: Moment) -> float | None:
        """Seconds until `poll` should be called again, or None while nothing is armed."""
        if self._paused_until is not None:
            return max(MIN_WAIT_SECONDS, (self._paused_until - now.utc).total_seconds())
        waits: list[float] = []
        for reminder in self._enabled_routines():
            after = max(now.utc, self._handled[reminder.key])
            waits.append((next_occurrence(reminder, after, now.zone) - now.utc).total_seconds())
        waits += [(at - now.utc).total_seconds() for _, at in self._snoozed.values()]
        if self._postponed is not None:
            waits.append(BUSY_RECHECK_SECONDS)
        desk = self._settings.desk_break
        if desk.enabled:
            if self._skipped_today(desk.key, now):
                waits.append((start_of_next_day(now.utc, now.zone) - now.utc).total_seconds())
            elif not (self._postponed is not None and self._use.due(now.mono)):
                wait = self._use.wait(now.mono, self._idle_signals)
                if wait is not None:
                    waits.append(wait)
        return max(MIN_WAIT_SECONDS, min(waits)) if waits else None

    # -- the person's answers ------------------------------------------------------------

    def snooze(self, reminder: Reminder, now: Moment) -> None:
        """Shows `reminder` again in ten minutes (the desk break: after ten more of use)."""
        if reminder.kind is ReminderKind.DESK_BREAK:
            self._use.snooze(now.mono, SNOOZE.total_seconds())
        else:
            self._snoozed[reminder.key] = (replace(reminder, late=False), now.utc + SNOOZE)

    def skip_today(self, reminder: Reminder, now: Moment) -> None:
        """No more of `reminder` until tomorrow (local time)."""
        self._skipped[reminder.key] = local_date(now.utc, now.zone)
        self._snoozed.pop(reminder.key, None)
        if self._postponed is not None and self._postponed.key == reminder.key:
            self._postponed = None

    def note_break(self, now: Moment) -> None:
        """A routine was done (from a reminder or not): the desk count starts again."""
        self._use.restart(now.mono)

    def pause_for(self, now: Moment, span: timedelta) -> None:
        """No reminders for `span` (e.g. an hour) from now."""
        self._pause(now, now.utc + span)

    def pause_until_tomorrow(self, now: Moment) -> None:
        """No reminders until local midnight."""
        self._pause(now, start_of_next_day(now.utc, now.zone))

    def resume(self, now: Moment) -> None:
        """Ends a pause now: what fell in it is let go, and the desk count starts again."""
        if self._paused_until is not None:
            self._let_go(now)
            self._paused_until = self._pause_span = None
            self._use.restart(now.mono)

    # -- inside --------------------------------------------------------------------------

    def _pause(self, now: Moment, until: datetime) -> None:
        self._paused_until = until
        self._pause_span = until - now.utc
        self._let_go(now)

    def _paused(self, now: Moment) -> bool:
        """Whether a pause holds now; ends one that is over (a fresh desk count)."""
        if self._paused_until is None:
            return False
        if now.utc < self._paused_until:
            return True
        self.resume(now)
        return False

    def _let_go(self, now: Moment) -> None:
        """While paused, what falls due is not kept for later."""
        for reminder in self._enabled_routines():
            latest = latest_occurrence(reminder, now)
            if latest is not None and latest > self._handled[reminder.key]:
                self._handled[reminder.key] = latest
        self._snoozed.clear()
        self._postponed = None

    def _collect(self, now: Moment) -> list[Reminder]:
        """Every reminder due now; routine occurrences found are marked handled."""
        due: list[Reminder] = []
        for reminder in self._enabled_routines():
            latest = latest_occurrence(reminder, now)
            if latest is None or latest <= self._handled[reminder.key]:
                continue
            self._handled[reminder.key] = latest
            if self._keep(reminder.key, latest, now):
                due.append(Reminder(ReminderKind.ROUTINE, reminder.key, reminder.routine_id,
                                    latest.astimezone(now.zone),
                                    now.utc - latest > _LATE_AFTER))
        for key, (snoozed, at) in list(self._snoozed.items()):
            if at <= now.utc:
                del self._snoozed[key]
                if self._keep(key, at, now):
                    due.append(replace(snoozed, late=now.utc - at > _LATE_AFTER))
        held = self._postponed
        if (held is not None and held.kind is ReminderKind.ROUTINE and held.planned is not None
                and self._keep(held.key, held.planned, now)):
            due.append(held)
        desk = self._settings.desk_break
        if desk.enabled and not self._skipped_today(desk.key, now) and self._use.due(now.mono):
            if held is not None and held.kind is ReminderKind.DESK_BREAK:
                due.append(held)
            else:
                due.append(Reminder(ReminderKind.DESK_BREAK, desk.key, desk.routine_id))
        return due

    def _keep(self, key: str, planned: datetime, now: Moment) -> bool:
        """Whether a reminder planned for `planned` may still be shown now."""
        return not self._skipped_today(key, now) and now.utc - planned <= LATE_LIMIT

    def _skipped_today(self, key: str, now: Moment) -> bool:
        return self._skipped.get(key) == local_date(now.utc, now.zone)

    def _expire_skips(self, now: Moment) -> None:
        today = local_date(now.utc, now.zone)
        for key, day in list(self._skipped.items()):
            if day != today:
                del self._skipped[key]
                if key == self._settings.desk_break.key:
                    self._use.restart(now.mono)  # a new day's count, not yesterday's

    def _pull_back(self, now: Moment) -> None:
        """After the clock was set back, nothing remembered stays absurdly far ahead."""
        for key, at in self._handled.items():
            if at - now.utc > _CLOCK_BACK_LIMIT:
                self._handled[key] = now.utc
        for key, (reminder, at) in self._snoozed.items():
            if at - now.utc > SNOOZE:
                self._snoozed[key] = (reminder, now.utc + SNOOZE)
        span = self._pause_span
        if self._paused_until is not None and span is not None:
            self._paused_until = min(self._paused_until, now.utc + span)

    def _adopt(self, routines: Iterable[RoutineReminder], now: Moment,
               remembered: Mapping[str, datetime]) -> None:
        """Starts tracking new reminders: what fell before they were known is not missed."""
        keys = set()
        for reminder in routines:
            keys.add(reminder.key)
            if reminder.key not in self._handled:
                self._handled[reminder.key] = remembered.get(reminder.key, now.utc)
        self._handled = {k: v for k, v in self._handled.items() if k in keys}

    def _enabled_routines(self) -> list[RoutineReminder]:
        return [r for r in self._settings.routines if r.enabled]
