"""The person's reminder preferences: routines at set times, the desk break, the tray."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from enum import IntEnum

from stretchdesk.core.phrasebook import N_, t

__all__ = [
    "AFTER_MINUTES",
    "EVERY_DAY",
    "IDLE_RESET_MINUTES",
    "MAX_ROUTINE_REMINDERS",
    "WEEKDAYS",
    "WEEKEND",
    "DeskBreak",
    "MinuteBounds",
    "ReminderSettings",
    "RoutineReminder",
    "Weekday",
    "days_phrase",
]


class Weekday(IntEnum):
    """A day of the week, numbered as `date.weekday()` numbers it (Monday is 0)."""

    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6

    @property
    def short(self) -> str:
        """The three-letter name the settings file uses ("mon")."""
        return self.name[:3].lower()


WEEKDAYS = frozenset(Weekday(n) for n in range(5))
WEEKEND = frozenset({Weekday.SATURDAY, Weekday.SUNDAY})
EVERY_DAY = frozenset(Weekday)

MAX_ROUTINE_REMINDERS = 50  # a person sets a handful; more is a damaged or hostile file


@dataclass(frozen=True)
class MinuteBounds:
    """The smallest and largest number of minutes a person may choose for a setting."""

    low: int
    high: int

    def clamp(self, minutes: int) -> int:
        """`minutes` moved inside the bounds."""
        return min(max(minutes, self.low), self.high)


AFTER_MINUTES = MinuteBounds(10, 240)  # minutes of use before the desk-break reminder
IDLE_RESET_MINUTES = MinuteBounds(1, 60)  # minutes away that count as a break


@dataclass(frozen=True)
class RoutineReminder:
    """A reminder to do one routine at a time of day on chosen days.

    `at` is a local wall-clock time (hours and minutes); `days` holds at least one day.
    """

    routine_id: str
    at: time
    days: frozenset[Weekday] = WEEKDAYS
    enabled: bool = True

    def __post_init__(self) -> None:
        if not self.routine_id:
            raise ValueError("a routine reminder needs a routine")
        if not self.days:
            raise ValueError("a routine reminder needs at least one day")
        if self.at.second or self.at.microsecond or self.at.tzinfo is not None:
            raise ValueError("a reminder time is a local hour and minute")

    @property
    def key(self) -> str:
        """What tells this reminder from every other one (its routine, time and days)."""
        days = "".join(str(int(day)) for day in sorted(self.days))
        return f"routine:{self.routine_id}@{self.at:%H:%M}/{days}"


@dataclass(frozen=True)
class DeskBreak:
    """The reminder to get up after a stretch of use at the computer.

    After `after_minutes` of use it suggests `routine_id`. Time away from the keyboard
    and mouse of `idle_reset_minutes` or more is a break: the count starts again.
    """

    enabled: bool = False
    routine_id: str = "desk-break"
    after_minutes: int = 50
    idle_reset_minutes: int = 5

    def __post_init__(self) -> None:
        if not self.routine_id:
            raise ValueError("the desk break needs a routine")
        if not AFTER_MINUTES.low <= self.after_minutes <= AFTER_MINUTES.high:
            raise ValueError(f"after_minutes {self.after_minutes} is out of range")
        if not IDLE_RESET_MINUTES.low <= self.idle_reset_minutes <= IDLE_RESET_MINUTES.high:
            raise ValueError(f"idle_reset_minutes {self.idle_reset_minutes} is out of range")

    @property
    def key(self) -> str:
        """What tells the desk-break reminder from the routine reminders."""
        return "desk-break"


@dataclass(frozen=True)
class ReminderSettings:
    """Every reminder preference, with the defaults a new person starts from (no reminders).

    `start_at_login` asks for the XDG autostart entry; `close_to_tray` keeps the app in
    the tray when its window is closed while a reminder is on.
    """

    routines: tuple[RoutineReminder, ...] = ()
    desk_break: DeskBreak = field(default_factory=DeskBreak)
    start_at_login: bool = False
    close_to_tray: bool = True

    def __post_init__(self) -> None:
        if len(self.routines) > MAX_ROUTINE_REMINDERS:
            raise ValueError(f"at most {MAX_ROUTINE_REMINDERS} routine reminders")

    @property
    def active(self) -> bool:
        """Whether any reminder is switched on (the app then has a reason to stay open)."""
        return self.desk_break.enabled or any(r.enabled for r in self.routines)


# The days as a reminder's line names them, shortened.
DAY_WORDS: dict[Weekday, str] = {
    Weekday.MONDAY: N_("Mon"), Weekday.TUESDAY: N_("Tue"), Weekday.WEDNESDAY: N_("Wed"),
    Weekday.THURSDAY: N_("Thu"), Weekday.FRIDAY: N_("Fri"), Weekday.SATURDAY: N_("Sat"),
    Weekday.SUNDAY: N_("Sun"),
}


def days_phrase(days: frozenset[Weekday]) -> str:
    """The days in a few words: "every day", "on weekdays", "on Mon, Wed and Fri"."""
    if days == EVERY_DAY:
        return t("every day")
    if days == WEEKDAYS:
        return t("on weekdays")
    if days == WEEKEND:
        return t("at weekends")
    names = [t(DAY_WORDS[day]) for day in sorted(days)]
    if len(names) == 1:
        return t("on {day}", day=names[0])
    return t("on {days} and {last}", days=", ".join(names[:-1]), last=names[-1])
