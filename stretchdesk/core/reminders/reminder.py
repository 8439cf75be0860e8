"""What a reminder shown to the person says: which kind, which routine, and when it was for.

The scheduler (core/reminders/scheduler.py) decides when one is due; the notification
(desktop/reminder_notifier.py) and the window show it and send the person's answer back.
Both speak of reminders through these values only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum


class ReminderKind(Enum):
    """Which kind of reminder is shown."""

    ROUTINE = "routine"  # a routine at a set time
    DESK_BREAK = "desk-break"  # after a stretch of use


@dataclass(frozen=True)
class Reminder:
    """A reminder to show now.

    `planned` is the local time a routine reminder was set for (None for the desk
    break); `late` says it is shown well after that (after sleep, or held back while the
    person was busy), so the notification can say when it was for.
    """

    kind: ReminderKind
    key: str
    routine_id: str
    planned: datetime | None = None
    late: bool = False
