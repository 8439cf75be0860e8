"""The settings file's fields: conversion between Settings and YAML data, and their bounds.

Every number a person can set has one pair of bounds (`BOUNDS`, declared in core.limits
with the hold range shared with stretch and routine files), which both the settings file
(values outside are clamped and reported) and the settings dialog (its spin boxes and
sliders) use. Conversion is driven by the fields of `Settings` and the type of each
default, so a new field is read and written without touching this module (a new numeric
field only needs its bounds added to `SETTING_BOUNDS`, and every field its name in
settings_words.FIELD_WORDS). The notes about values it corrects are in the run's
language, naming each setting as the Settings window does.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import fields, replace
from enum import Enum
from pathlib import PurePath
from types import MappingProxyType
from typing import Any

from stretchdesk.core.errors import LibraryError
from stretchdesk.core.fields import FieldReader, kind, shown
from stretchdesk.core.limits import HOLD_BOUNDS, PHASE_BOUNDS, SETTING_BOUNDS, Bounds
from stretchdesk.core.phrasebook import t, tn
from stretchdesk.core.reminders.schema import reminders_from_document, reminders_to_data
from stretchdesk.core.reminders.settings import ReminderSettings
from stretchdesk.core.settings import Settings, Weekday
from stretchdesk.core.settings_words import FIELD_WORDS, setting_name, value_words
from stretchdesk.core.yaml_source import Document, FieldKey, UnreadableValue

__all__ = [
    "BOUNDS",
    "FIELD_WORDS",
    "HOLD_BOUNDS",
    "PHASE_BOUNDS",
    "Bounds",
    "forget_hold",
    "remember_hold",
    "settings_from_document",
    "settings_to_data",
    "value_words",
]

BOUNDS = SETTING_BOUNDS  # the bounds of every number a person can set (core/limits.py)

_DEFAULTS = Settings()

# What the language setting may hold: "system", or a language's code as its folder in
# data/lang is named (two or three small letters). A code whose files are not installed
# is kept (the files may come with a later StretchDesk); the run follows the system then.
LANGUAGE_CODE = re.compile(r"system|[a-z]{2,3}")


def remember_hold(settings: Settings, stretch_id: str, seconds: float) -> Settings:
    """`settings` with `seconds` (clamped to the hold bounds) as the person's own hold.

    Used by "remember this hold" on the finish screen and by the per-stretch table.
    """
    overrides = dict(settings.hold_overrides)
    overrides[stretch_id] = HOLD_BOUNDS.clamp(float(seconds))
    return replace(settings, hold_overrides=MappingProxyType(overrides))


def forget_hold(settings: Settings, stretch_id: str) -> Settings:
    """`settings` without the person's own hold for `stretch_id` (its level or fixed hold)."""
    overrides = {k: v for k, v in settings.hold_overrides.items() if k != stretch_id}
    return replace(settings, hold_overrides=MappingProxyType(overrides))


def settings_to_data(settings: Settings) -> dict[str, Any]:
    """`settings` as plain YAML-safe data, in the order of the Settings fields."""
    data: dict[str, Any] = {}
    for f in fields(Settings):
        data[f.name] = _plain(getattr(settings, f.name))
    return data


def _plain(value: Any) -> Any:
    if isinstance(value, ReminderSettings):  # reminders (issue 18): a section of its own
        return reminders_to_data(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool | str):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else value  # "30", not "30.0"
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in sorted(value.items())}
    if isinstance(value, frozenset):
        if all(isinstance(item, Weekday) for item in value):  # rest days: [mon, sun]
            return [day.short for day in sorted(value)]
        return sorted(value)
    return value


def settings_from_document(doc: Document, skip: frozenset[str] = frozenset()) -> tuple[
    Settings, list[str]
]:
    """Reads Settings from a settings document, with a note for each value it corrected.

    Missing fields keep their defaults. A value of the wrong kind, or an empty one, is
    reset to its default and the rest of the file is kept; out-of-range numbers are
    clamped; unknown keys are ignored. Each is noted, naming the setting as the Settings
    window does. Keys in `skip` (such as `version`) are not settings. Raises
    LibraryError only when the document is not a mapping at all.
    """
    reader = FieldReader(doc, "settings")
    data = doc.value
    if not isinstance(data, dict):
        raise reader.error((), t("should be a mapping of settings, not {value}",
                                 value=shown(data)))
    notes: list[str] = []
    known = {f.name for f in fields(Settings)}
    for key in data:
        if key not in known and key not in skip:
            notes.append(t("The unknown setting {name} was ignored.", name=shown(key)))
    values: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name not in data:
            continue
        words, default = setting_name(f.name), getattr(_DEFAULTS, f.name)
        if data[f.name] is None:
            notes.append(t("{setting} was empty; it is set to its default ({value}).",
                           setting=words, value=value_words(f.name)))
            continue
        if isinstance(data[f.name], UnreadableValue):
            notes.append(t("{setting}: {problem}; it was reset to its default ({value}).",
                           setting=words, problem=data[f.name].message,
                           value=value_words(f.name)))
            continue
        try:
            values[f.name] = _read_field(reader, f.name, default, notes)
        except LibraryError as exc:
            notes.append(t("{setting} {problem}; it was reset to its default ({value}).",
                           setting=words, problem=exc.message, value=value_words(f.name)))
    return replace(_DEFAULTS, **values), notes


def _read_field(reader: FieldReader, name: str, default: Any, notes: list[str]) -> Any:
    key: FieldKey = (name,)
    value = reader.raw(key)
    if isinstance(default, Enum):
        options = [member.value for member in type(default)]
        return type(default)(reader.choice(key, options))
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise reader.error(key, t("should be yes or no (true/false), not {value}",
                                      value=shown(value)))
        return value
    if name == "language":
        return _read_language(reader, key, value)
    if isinstance(default, str):
        if not isinstance(value, str):  # kept exactly: a voice name must match the system's
            raise reader.error(key, t("should be text, not {value}", value=kind(value)))
        return value
    if isinstance(default, int | float):
        integer = isinstance(default, int)
        return _read_number(reader, key, value, BOUNDS[name], integer, setting_name(name), notes)
    if isinstance(default, Mapping):
        return _read_holds(reader, key, value, notes)
    if name == "rest_days":
        return _read_weekdays(reader, key, value, notes)
    if isinstance(default, frozenset):
        return _read_names(reader, key, value, notes)
    if isinstance(default, ReminderSettings):  # reminders (issue 18): each value on its own
        reminders, more = reminders_from_document(reader.doc, key, reader.label)
        notes += more
        return reminders
    raise TypeError(f"settings field {name} has a type the settings file cannot hold")


def _read_language(reader: FieldReader, key: FieldKey, value: Any) -> str:
    """"system" or a language code; the message names the file and line of a bad one."""
    if isinstance(value, str) and LANGUAGE_CODE.fullmatch(value.strip().lower()):
        return value.strip().lower()
    raise reader.error(key, t(
        "is {value} ({file}, line {line}), which is not a language; use system or a language "
        "code such as en or fr", value=shown(value), file=PurePath(reader.doc.file).name,
        line=reader.doc.line_of(key)))


def _read_holds(
    reader: FieldReader, key: FieldKey, value: Any, notes: list[str]
) -> Mapping[str, float]:
    """The person's own holds; a bad entry is left out and the others kept."""
    if not isinstance(value, dict):
        raise reader.error(key, t("should be a list of stretch ids with a hold for each"))
    holds: dict[str, float] = {}
    for sid, raw in value.items():
        if not isinstance(sid, str):
            notes.append(t("Your own hold for {id} was left out: that is not a stretch id.",
                           id=shown(sid)))
            continue
        words = t("Your own hold for {id}", id=sid)
        try:
            holds[sid] = _read_number(reader, (*key, sid), raw, HOLD_BOUNDS, False, words, notes)
        except LibraryError as exc:
            notes.append(t("{setting} {problem}; it was left out.", setting=words,
                           problem=exc.message))
    return MappingProxyType(holds)


def _read_names(
    reader: FieldReader, key: FieldKey, value: Any, notes: list[str]
) -> frozenset[str]:
    """A list of routine ids; entries that are not names are left out, the others kept."""
    if not isinstance(value, list):
        raise reader.error(key, t("should be a list of names, not {value}", value=shown(value)))
    names = [item for item in value if isinstance(item, str)]
    if len(names) < len(value):
        notes.append(tn("{setting}: {n} entry that is not a name was left out.",
                        "{setting}: {n} entries that are not names were left out.",
                        len(value) - len(names), setting=setting_name(str(key[0]))))
    return frozenset(names)


def _read_weekdays(
    reader: FieldReader, key: FieldKey, value: Any, notes: list[str]
) -> frozenset[Weekday]:
    """Days of the week by their short names (mon … sun); a word that is not one is left
    out, the others kept."""
    if not isinstance(value, list):
        raise reader.error(key, t("should be a list of days (mon … sun), not {value}",
                                  value=shown(value)))
    names = {day.short: day for day in Weekday}
    days = {names[item.strip().lower()] for item in value
            if isinstance(item, str) and item.strip().lower() in names}
    wrong = [item for item in value
             if not (isinstance(item, str) and item.strip().lower() in names)]
    if wrong:
        notes.append(tn("{setting}: {values} is not a day (mon … sun), so left out.",
                        "{setting}: {values} are not days (mon … sun), so left out.",
                        len(wrong), setting=setting_name(str(key[0])),
                        values=", ".join(shown(w) for w in wrong)))
    return frozenset(days)


def _read_number(
    reader: FieldReader, key: FieldKey, value: Any, bounds: Bounds, integer: bool,
    words: str, notes: list[str],
) -> float:
    """A number in `bounds`, one out of them clamped with a note about `words` (the
    setting's name)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise reader.error(key, (
            t("should be a whole number, not {value}", value=shown(value)) if integer
            else t("should be a number, not {value}", value=shown(value))))
    if integer and isinstance(value, float) and math.isfinite(value) and not value.is_integer():
        raise reader.error(key, t("should be a whole number, not {value}", value=shown(value)))
    if value in bounds:
        return int(value) if integer else float(value)
    clamped = bounds.clamp(value)
    unit = f" {bounds.unit}" if bounds.unit else ""
    notes.append(t("{setting} {value} was out of range ({low}–{high}); using {clamped}.",
                   setting=words, value=f"{shown(value)}{unit}",
                   low=f"{bounds.low:g}", high=f"{bounds.high:g}{unit}",
                   clamped=f"{clamped:g}{unit}"))
    return int(clamped) if integer else clamped
