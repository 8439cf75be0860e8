"""What the tray icon's menu offers, worked out apart from the widget (it only draws it).

Routines come first: the person's favourites, then the ones used last, then the rest
in library order, the first few at the top of the menu and the others in a submenu.
The two status lines go through Qt's translation (context "TrayMenu").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

__all__ = ["TOP_ROUTINES", "RoutineEntry", "TrayMenu", "pause_label", "today_label", "tray_menu"]

TOP_ROUTINES = 5  # routines shown at the top level; the rest go under "More routines"


@dataclass(frozen=True)
class RoutineEntry:
    """A routine the menu can start."""

    routine_id: str
    name: str


@dataclass(frozen=True)
class TrayMenu:
    """The menu's content: routines to start, today's minutes, and the reminders' state.

    `today_minutes` is None where history is not available (the line is left out);
    `paused_until` is the local time reminders come back, or None.
    """

    routines: tuple[RoutineEntry, ...]
    more: tuple[RoutineEntry, ...] = ()
    today_minutes: int | None = None
    reminders_on: bool = False
    paused_until: datetime | None = None


def tray_menu(routines: Sequence[RoutineEntry], favourites: Sequence[str] = (),
              recent: Sequence[str] = (), *, today_minutes: int | None = None,
              reminders_on: bool = False, paused_until: datetime | None = None,
              top: int = TOP_ROUTINES) -> TrayMenu:
    """The menu for `routines` (library order); `recent` lists the last used first.

    Ids in `favourites` or `recent` that are not in `routines` (a routine since
    deleted) are passed over.
    """
    by_id = {entry.routine_id: entry for entry in routines}
    order: list[RoutineEntry] = []
    for routine_id in [*favourites, *recent, *by_id]:
        entry = by_id.pop(routine_id, None)
        if entry is not None:
            order.append(entry)
    return TrayMenu(tuple(order[:top]), tuple(order[top:]), today_minutes, reminders_on,
                    paused_until)


def today_label(minutes: int) -> str:
    """The line about today's stretching."""
    if minutes <= 0:
        return QCoreApplication.translate("TrayMenu", "Today: no stretching yet")
    return QCoreApplication.translate("TrayMenu", "Today: {minutes} min of stretching").format(
        minutes=QLocale().toString(minutes))


def pause_label(until: datetime, now: datetime) -> str:
    """The line saying reminders are paused, and until when."""
    if until.date() != now.date():
        return QCoreApplication.translate("TrayMenu", "Reminders paused until tomorrow")
    return QCoreApplication.translate("TrayMenu", "Reminders paused until {time}").format(
        time=f"{until:%H:%M}")
