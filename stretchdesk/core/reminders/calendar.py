"""Wall-clock arithmetic for reminders: when a reminder falls, across DST and zone changes.

Every instant is handled in UTC: aware datetimes that share a tzinfo are compared and
subtracted by their wall time alone, which is wrong across a DST change. Local times are
worked out in the zone of the reading (a ZoneInfo, which knows the DST rules).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from stretchdesk.core.reminders.settings import RoutineReminder

__all__ = [
    "Moment",
    "latest_occurrence",
    "local_date",
    "next_occurrence",
    "occurrence_on",
    "start_of_next_day",
]

_SEARCH_DAYS = 8  # a week and a day: every weekly reminder falls at least once in it


@dataclass(frozen=True)
class Moment:
    """One reading of both clocks, taken together.

    `wall` is the wall-clock time, aware, in the person's zone (a ZoneInfo, so that DST
    rules are known); `mono` is the monotonic clock in seconds, which stops while the
    computer sleeps. Comparing the two readings tells sleep and clock changes apart
    from time that passed awake.
    """

    wall: datetime
    mono: float

    def __post_init__(self) -> None:
        if self.wall.tzinfo is None or self.wall.utcoffset() is None:
            raise ValueError("a Moment's wall time must carry its time zone")

    @property
    def utc(self) -> datetime:
        """The wall time as a UTC instant."""
        return self.wall.astimezone(UTC)

    @property
    def zone(self) -> tzinfo:
        """The person's time zone at this reading."""
        zone = self.wall.tzinfo
        assert zone is not None  # checked in __post_init__
        return zone


def local_date(instant: datetime, zone: tzinfo) -> date:
    """The calendar date of `instant` in `zone`."""
    return instant.astimezone(zone).date()


def occurrence_on(day: date, at: time, zone: tzinfo) -> datetime:
    """The UTC instant of local time `at` on `day` in `zone`.

    A time that does not exist (in the hour skipped in spring) falls the length of the
    gap later, 02:30 becoming 03:30; a time that happens twice (in autumn) is the first.
    """
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def latest_occurrence(reminder: RoutineReminder, now: Moment) -> datetime | None:
    """The last instant at or before `now` when `reminder` falls (UTC), if within a week."""
    today = now.wall.astimezone(now.zone).date()
    for back in range(_SEARCH_DAYS):
        day = today - timedelta(days=back)
        if day.weekday() in reminder.days:
            instant = occurrence_on(day, reminder.at, now.zone)
            if instant <= now.utc:
                return instant
    return None


def next_occurrence(reminder: RoutineReminder, after: datetime, zone: tzinfo) -> datetime:
    """The first instant strictly after `after` (aware) when `reminder` falls, in UTC."""
    start = after.astimezone(zone).date() - timedelta(days=1)
    for ahead in range(_SEARCH_DAYS + 2):
        day = start + timedelta(days=ahead)
        if day.weekday() in reminder.days:
            instant = occurrence_on(day, reminder.at, zone)
            if instant > after:
                return instant
    raise AssertionError("a reminder with at least one day falls within any nine days")


def start_of_next_day(instant: datetime, zone: tzinfo) -> datetime:
    """The UTC instant the day after `instant` begins in `zone` (its local midnight)."""
    tomorrow = local_date(instant, zone) + timedelta(days=1)
    return occurrence_on(tomorrow, time(0, 0), zone)
