"""The `reminders` section of the settings file: reading, writing and upgrading it.

Reading never raises for what a person wrote inside the section: a value that cannot be
used falls back to its default, and a routine reminder that cannot be used is left out,
each with a note naming the file, the line and the field (in the run's language). The
other reminders and every other setting keep working. Written files use the same words
a person would type (`days: weekdays`, `at: '07:30'`).
"""

from __future__ import annotations

import re
from datetime import time
from typing import Any

from stretchdesk.core.fields import FieldReader
from stretchdesk.core.phrasebook import t
from stretchdesk.core.reminders.settings import (
    AFTER_MINUTES,
    EVERY_DAY,
    IDLE_RESET_MINUTES,
    MAX_ROUTINE_REMINDERS,
    WEEKDAYS,
    WEEKEND,
    DeskBreak,
    MinuteBounds,
    ReminderSettings,
    RoutineReminder,
    Weekday,
)
from stretchdesk.core.yaml_source import Document, FieldKey

__all__ = [
    "SECTION",
    "SETTINGS_VERSION",
    "reminders_from_document",
    "reminders_to_data",
    "upgrade_2_to_3",
]

SECTION = "reminders"
SETTINGS_VERSION = 3  # the settings file version that first carries this section

_NAMED_DAYS = {"weekdays": WEEKDAYS, "weekend": WEEKEND, "every day": EVERY_DAY,
               "daily": EVERY_DAY}
_DAY_NAMES = {**{d.short: d for d in Weekday}, **{d.name.lower(): d for d in Weekday}}
_TIME = re.compile(r"(\d{1,2}):(\d{2})")
_DEFAULTS = ReminderSettings()
_SECTION_KEYS = ("desk_break", "routines", "start_at_login", "close_to_tray")
_DESK_KEYS = ("enabled", "routine", "after_minutes", "idle_reset_minutes")
_ROUTINE_KEYS = ("routine", "at", "days", "enabled")


class _Problem(Exception):
    """A routine reminder entry that cannot be used; the note says why."""


def reminders_to_data(settings: ReminderSettings) -> dict[str, Any]:
    """`settings` as plain YAML-safe data for the settings file."""
    desk = settings.desk_break
    return {
        "desk_break": {"enabled": desk.enabled, "routine": desk.routine_id,
                       "after_minutes": desk.after_minutes,
                       "idle_reset_minutes": desk.idle_reset_minutes},
        "routines": [{"routine": r.routine_id, "at": f"{r.at:%H:%M}", "days": _days_data(r.days),
                      "enabled": r.enabled} for r in settings.routines],
        "start_at_login": settings.start_at_login,
        "close_to_tray": settings.close_to_tray,
    }


def upgrade_2_to_3(data: dict[str, Any]) -> dict[str, Any]:
    """Settings version 3 adds the reminders, written out with their defaults.

    A version-3 file is refused (kept aside) by a StretchDesk that reads only up to 2,
    rather than read with its reminders silently dropped.
    """
    out = dict(data)
    out.setdefault(SECTION, reminders_to_data(_DEFAULTS))
    return out


def reminders_from_document(doc: Document, key: FieldKey = (SECTION,),
                            label: str = "settings") -> tuple[ReminderSettings, list[str]]:
    """The ReminderSettings at `key` in `doc`, and a note for each value not used."""
    reader = FieldReader(doc, label)
    notes: list[str] = []
    if not reader.has(key):
        return _DEFAULTS, notes
    section = reader.raw(key)
    if not isinstance(section, dict):
        notes.append(_note(reader, key, t("should be a mapping of reminder settings; no "
                                          "reminders are set")))
        return _DEFAULTS, notes
    _unknown(reader, key, section, _SECTION_KEYS, notes)
    return ReminderSettings(
        routines=_routines(reader, (*key, "routines"), notes),
        desk_break=_desk_break(reader, (*key, "desk_break"), notes),
        start_at_login=_flag(reader, (*key, "start_at_login"), _DEFAULTS.start_at_login, notes),
        close_to_tray=_flag(reader, (*key, "close_to_tray"), _DEFAULTS.close_to_tray, notes),
    ), notes


def _desk_break(reader: FieldReader, key: FieldKey, notes: list[str]) -> DeskBreak:
    default = _DEFAULTS.desk_break
    if not reader.has(key):
        return default
    value = reader.raw(key)
    if not isinstance(value, dict):
        notes.append(_note(reader, key, t("should be a mapping (enabled, routine, after_minutes, "
                                          "idle_reset_minutes); the desk break is off")))
        return default
    _unknown(reader, key, value, _DESK_KEYS, notes)
    routine = value.get("routine", default.routine_id)
    if not isinstance(routine, str) or not routine.strip():
        notes.append(_note(reader, (*key, "routine"), t(
            "should name a routine, not {value}; using {default}", value=_shown(routine),
            default=default.routine_id)))
        routine = default.routine_id
    return DeskBreak(
        enabled=_flag(reader, (*key, "enabled"), default.enabled, notes),
        routine_id=routine.strip(),
        after_minutes=_minutes(reader, (*key, "after_minutes"), default.after_minutes,
                               AFTER_MINUTES, notes),
        idle_reset_minutes=_minutes(reader, (*key, "idle_reset_minutes"),
                                    default.idle_reset_minutes, IDLE_RESET_MINUTES, notes),
    )


def _routines(reader: FieldReader, key: FieldKey,
              notes: list[str]) -> tuple[RoutineReminder, ...]:
    if not reader.has(key) or reader.raw(key) is None:
        return ()
    items = reader.raw(key)
    if not isinstance(items, list):
        notes.append(_note(reader, key, t("should be a list of routine reminders; none are set")))
        return ()
    if len(items) > MAX_ROUTINE_REMINDERS:
        notes.append(_note(reader, key, t("has {n} reminders; only the first {most} are kept",
                                          n=len(items), most=MAX_ROUTINE_REMINDERS)))
    found: dict[str, RoutineReminder] = {}
    for i, item in enumerate(items[:MAX_ROUTINE_REMINDERS]):
        try:
            reminder = _routine(reader, (*key, i), item, notes)
        except _Problem as problem:
            notes.append(t("{problem} This reminder was left out.", problem=problem))
            continue
        if reminder.key in found:
            notes.append(_note(reader, (*key, i),
                               t("repeats an earlier reminder; it was left out")))
            continue
        found[reminder.key] = reminder
    return tuple(found.values())


def _routine(reader: FieldReader, key: FieldKey, item: object,
             notes: list[str]) -> RoutineReminder:
    if not isinstance(item, dict):
        raise _Problem(_note(reader, key, t("should be a mapping with routine, at and days.")))
    _unknown(reader, key, item, _ROUTINE_KEYS, notes)
    routine = item.get("routine")
    if not isinstance(routine, str) or not routine.strip():
        raise _Problem(_note(reader, (*key, "routine"),
                             t("should name a routine, not {value}.", value=_shown(routine))))
    return RoutineReminder(routine.strip(), _time(reader, (*key, "at"), item.get("at")),
                           _days(reader, (*key, "days"), item.get("days", "weekdays")),
                           _flag(reader, (*key, "enabled"), True, notes))


def _time(reader: FieldReader, key: FieldKey, value: object) -> time:
    """A time of day: '07:30' as text, or 7:30 unquoted (YAML 1.1 reads that as 450)."""
    if isinstance(value, int) and not isinstance(value, bool) and 60 <= value < 24 * 60:
        return time(value // 60, value % 60)
    match = _TIME.fullmatch(value.strip()) if isinstance(value, str) else None
    if match and int(match[1]) < 24 and int(match[2]) < 60:
        return time(int(match[1]), int(match[2]))
    raise _Problem(_note(reader, key, t("is {value}; write a time of day as HH:MM, e.g. "
                                        "'07:30'.", value=_shown(value))))


def _days(reader: FieldReader, key: FieldKey, value: object) -> frozenset[Weekday]:
    if isinstance(value, str) and value.strip().lower() in _NAMED_DAYS:
        return _NAMED_DAYS[value.strip().lower()]
    if isinstance(value, list) and value:
        days = set()
        for i, name in enumerate(value):
            day = _DAY_NAMES.get(name.strip().lower()) if isinstance(name, str) else None
            if day is None:
                raise _Problem(_note(reader, (*key, i), t(
                    "is {value}; use a day such as mon, tue … sun.", value=_shown(name))))
            days.add(day)
        return frozenset(days)
    raise _Problem(_note(reader, key, t(
        "is {value}; use weekdays, weekend, every day, or a list of days such as "
        "[mon, wed, fri].", value=_shown(value))))


def _flag(reader: FieldReader, key: FieldKey, default: bool, notes: list[str]) -> bool:
    value = reader.raw(key) if reader.has(key) else default
    if isinstance(value, bool):
        return value
    notes.append(_note(reader, key, t(
        "should be yes or no (true/false), not {value}; using {default}", value=_shown(value),
        default=str(default).lower())))
    return default


def _minutes(reader: FieldReader, key: FieldKey, default: int, bounds: MinuteBounds,
             notes: list[str]) -> int:
    if not reader.has(key):
        return default
    value = reader.raw(key)
    if isinstance(value, bool) or not isinstance(value, int):
        notes.append(_note(reader, key, t(
            "should be a whole number of minutes, not {value}; using {default}",
            value=_shown(value), default=default)))
        return default
    clamped = bounds.clamp(value)
    if clamped != value:
        notes.append(_note(reader, key, t(
            "{value} is out of range ({low}–{high} minutes); using {clamped}",
            value=_shown(value), low=bounds.low, high=bounds.high, clamped=clamped)))
    return clamped


def _unknown(reader: FieldReader, key: FieldKey, mapping: dict[Any, Any],
             known: tuple[str, ...], notes: list[str]) -> None:
    for name in mapping:
        if name not in known:
            notes.append(_note(reader, (*key, str(name)),
                               t("is not a reminder setting; it was ignored")))


def _note(reader: FieldReader, key: FieldKey, message: str) -> str:
    """A note that says where: "file:line: field: message"."""
    return str(reader.error(key, message))


def _shown(value: object) -> str:
    """`value` briefly, for a note (never a huge number or text in full)."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int):
        return repr(value) if abs(value) < 10**12 else t("a very large number")
    if isinstance(value, str):
        return repr(value) if len(value) <= 40 else repr(value[:37] + "...")
    if isinstance(value, list):
        return t("a list")
    if isinstance(value, dict):
        return t("a mapping")
    return type(value).__name__


def _days_data(days: frozenset[Weekday]) -> str | list[str]:
    for word, named in _NAMED_DAYS.items():
        if days == named:
            return word
    return [day.short for day in sorted(days)]
