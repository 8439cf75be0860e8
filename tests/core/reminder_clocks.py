"""Fake wall and monotonic clocks for the reminder tests, and a loop that plays the timer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from stretchdesk.core.reminders.calendar import Moment
from stretchdesk.core.reminders.scheduler import Reminder, ReminderScheduler

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")


class FakeClocks:
    """The wall clock (a UTC instant shown in a zone) and the monotonic clock, moved by hand.

    `advance` is time awake (both move); `sleep` is a suspend (only the wall clock
    moves); `set_wall` is a clock change; `move_to` a change of time zone.
    """

    def __init__(self, start: datetime, mono: float = 5000.0) -> None:
        assert start.tzinfo is not None
        self.instant = start.astimezone(UTC)
        self.zone = start.tzinfo
        self.mono = mono

    def now(self) -> Moment:
        return Moment(self.instant.astimezone(self.zone), self.mono)

    @property
    def wall(self) -> datetime:
        return self.instant.astimezone(self.zone)

    def advance(self, seconds: float) -> None:
        self.instant += timedelta(seconds=seconds)
        self.mono += seconds

    def sleep(self, seconds: float) -> None:
        self.instant += timedelta(seconds=seconds)

    def set_wall(self, wall: datetime) -> None:
        self.instant = wall.astimezone(UTC)

    def move_to(self, zone: ZoneInfo) -> None:
        self.zone = zone


@dataclass
class Person:
    """Who sits at the computer: typing all the time, except while away.

    `away` holds (start, end) spans on the monotonic clock with no input at all.
    """

    away: list[tuple[float, float]] = field(default_factory=list)

    def idle(self, mono: float) -> float:
        for start, end in self.away:
            if start <= mono < end:
                return mono - start
        return 0.0


Shown = list[tuple[datetime, Reminder]]


def run(scheduler: ReminderScheduler, clocks: FakeClocks, until: datetime,
        idle: Callable[[float], float | None] = lambda mono: 0.0,
        busy: Callable[[], bool] = lambda: False,
        on_shown: Callable[[Reminder], None] | None = None,
        waits: list[float] | None = None) -> Shown:
    """Plays the single-shot timer until `until`: poll, show, wait as long as asked.

    Returns each reminder shown with the local wall time it was shown at.
    """
    shown: Shown = []
    end = until.astimezone(UTC)
    while True:
        now = clocks.now()
        reminder = scheduler.poll(now, idle(now.mono), busy)
        if reminder is not None:
            shown.append((now.wall, reminder))
            if on_shown is not None:
                on_shown(reminder)
        wait = scheduler.next_check(clocks.now())
        if waits is not None and wait is not None:
            waits.append(wait)
        if wait is None or clocks.instant + timedelta(seconds=wait) > end:
            clocks.advance((end - clocks.instant).total_seconds())
            return shown
        clocks.advance(wait)


def paris(*args: int) -> datetime:
    return datetime(*args, tzinfo=PARIS)
