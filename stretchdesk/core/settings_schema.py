"""The settings file's fields: their bounds, and conversion between Settings and YAML data.

Every number a person can set has one pair of bounds, declared here (the hold range in
core.limits, shared with stretch and routine files), which both the settings file
(values outside are clamped and reported) and the settings dialog (its spin boxes and
sliders) use. Conversion is driven by the fields of `Settings` and the
type of each default, so a new field is read and written without touching this module
(a new numeric field only needs its bounds added to `BOUNDS`, and every field its name in
`FIELD_WORDS`).
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
from stretchdesk.core.fields import FieldReader, shown
from stretchdesk.core.limits import HOLD_BOUNDS, Bounds
from stretchdesk.core.reminders.schema import reminders_from_document, reminders_to_data
from stretchdesk.core.reminders.settings import ReminderSettings
from stretchdesk.core.settings import Settings, Weekday
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


PHASE_BOUNDS = Bounds(0, 120, "s")  # 0 leaves the phase out (say, no rest)

BOUNDS: Mapping[str, Bounds] = MappingProxyType({
    "hold_seconds": HOLD_BOUNDS,
    "hold_overrides": HOLD_BOUNDS,  # each per-stretch hold
    "reps": Bounds(1, 10),
    "prepare_seconds": PHASE_BOUNDS,
    "release_seconds": PHASE_BOUNDS,
    "switch_seconds": PHASE_BOUNDS,
    "rest_seconds": PHASE_BOUNDS,
    "speech_rate": Bounds(-1, 1),  # QTextToSpeech's rate: -1 slowest, 0 normal, 1 fastest
    "volume": Bounds(0, 1),
    "text_scale": Bounds(0.75, 2),
    # -- history (issue 17) --
    "weekly_goal_minutes": Bounds(0, 1000, "min"),  # 0: no goal; 1000 min is ~2.5 h a day
})

_DEFAULTS = Settings()
_UNSET: Any = object()

# Each setting as the Settings window names it, for messages about the settings file.
FIELD_WORDS: Mapping[str, str] = MappingProxyType({
    "level": "Level",
    "hold_mode": "Hold length (follow the level, or the same for every stretch)",
    "hold_seconds": "Hold length for every stretch",
    "hold_overrides": "Your own holds",
    "reps_mode": "Repetitions (by level, or the same for every stretch)",
    "reps": "Repetitions per side for every stretch",
    "side_order": "Side order",
    "prepare_seconds": "Starting position",
    "release_seconds": "Release",
    "switch_seconds": "Switch sides",
    "rest_seconds": "Rest between stretches",
    "countdown_ticks": "Countdown ticks",
    "halfway_cue": "Halfway cue",
    "breath_cues": "Breath cues",
    "sound_mode": "Play (chimes, voice or silent)",
    "voice": "Voice",
    "speech_rate": "Speaking rate",
    "volume": "Volume",
    "theme": "Appearance",
    "text_scale": "Text size",
    "contrast": "Contrast",
    "motion": "Motion",
    "hidden_cautions": "Routines whose cautions you hid",
    # -- reminders (issue 18) --
    "reminders": "Reminders",
    # -- history (issue 17) --
    "back_check_in": "Ask how your back feels",
    "weekly_goal_minutes": "Weekly goal",
    "rest_days": "Rest days",
    # -- language (issue 19) --
    "language": "Language",
})

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
        raise reader.error((), f"should be a mapping of settings, not {shown(data)}")
    notes: list[str] = []
    known = {f.name for f in fields(Settings)}
    for key in data:
        if key not in known and key not in skip:
            notes.append(f"The unknown setting {shown(key)} was ignored.")
    values: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name not in data:
            continue
        words, default = FIELD_WORDS[f.name], getattr(_DEFAULTS, f.name)
        if data[f.name] is None:
            notes.append(f"{words} was empty; it is set to its default ({value_words(f.name)}).")
            continue
        if isinstance(data[f.name], UnreadableValue):
            notes.append(f"{words}: {data[f.name].message}; it was reset to its default "
                         f"({value_words(f.name)}).")
            continue
        try:
            values[f.name] = _read_field(reader, f.name, default, notes)
        except LibraryError as exc:
            notes.append(f"{words} {exc.message}; it was reset to its default "
                         f"({value_words(f.name)}).")
    return replace(_DEFAULTS, **values), notes


def value_words(name: str, value: Any = _UNSET) -> str:
    """Setting `name`'s `value` (its default if not given) as the Settings window shows it."""
    if value is _UNSET:
        value = getattr(_DEFAULTS, name)
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, Enum):
        return str(value.value)
    if name in ("volume", "text_scale"):
        return f"{round(value * 100)} %"
    if name == "speech_rate":
        return "normal" if value == 0 else f"{value:+g}"
    if isinstance(value, int | float):
        unit = BOUNDS[name].unit if name in BOUNDS else ""
        return f"{value:g}{' ' + unit if unit else ''}"
    if name == "language":
        return "follow the system" if value == "system" else str(value)
    if isinstance(value, str):
        return shown(value) if value else "the system's voice"
    if isinstance(value, ReminderSettings):
        return "no reminders" if not value.active else "reminders on"
    if isinstance(value, frozenset) and value:
        return ", ".join(day.short for day in sorted(value)) if name == "rest_days" else (
            ", ".join(sorted(value)))
    return "none"


def _read_field(reader: FieldReader, name: str, default: Any, notes: list[str]) -> Any:
    key: FieldKey = (name,)
    value = reader.raw(key)
    if isinstance(default, Enum):
        options = [member.value for member in type(default)]
        return type(default)(reader.choice(key, options))
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise reader.error(key, f"should be yes or no (true/false), not {shown(value)}")
        return value
    if name == "language":
        return _read_language(reader, key, value)
    if isinstance(default, str):
        if not isinstance(value, str):  # kept exactly: a voice name must match the system's
            raise reader.error(key, f"should be text, not {shown(value)}")
        return value
    if isinstance(default, int | float):
        integer = isinstance(default, int)
        return _read_number(reader, key, value, BOUNDS[name], integer, FIELD_WORDS[name], notes)
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
    where = f"{PurePath(reader.doc.file).name}, line {reader.doc.line_of(key)}"
    raise reader.error(key, f"is {shown(value)} ({where}), which is not a language; use system "
                            "or a language code such as en or fr")


def _read_holds(
    reader: FieldReader, key: FieldKey, value: Any, notes: list[str]
) -> Mapping[str, float]:
    """The person's own holds; a bad entry is left out and the others kept."""
    if not isinstance(value, dict):
        raise reader.error(key, "should be a list of stretch ids with a hold for each")
    holds: dict[str, float] = {}
    for sid, raw in value.items():
        if not isinstance(sid, str):
            notes.append(f"Your own hold for {shown(sid)} was left out: that is not a stretch id.")
            continue
        words = f"Your own hold for {sid}"
        try:
            holds[sid] = _read_number(reader, (*key, sid), raw, HOLD_BOUNDS, False, words, notes)
        except LibraryError as exc:
            notes.append(f"{words} {exc.message}; it was left out.")
    return MappingProxyType(holds)


def _read_names(
    reader: FieldReader, key: FieldKey, value: Any, notes: list[str]
) -> frozenset[str]:
    """A list of routine ids; entries that are not names are left out, the others kept."""
    if not isinstance(value, list):
        raise reader.error(key, f"should be a list of names, not {shown(value)}")
    names = [item for item in value if isinstance(item, str)]
    if len(names) < len(value):
        notes.append(f"{FIELD_WORDS[str(key[0])]}: {len(value) - len(names)} entries that are not "
                     "names were left out.")
    return frozenset(names)


def _read_weekdays(
    reader: FieldReader, key: FieldKey, value: Any, notes: list[str]
) -> frozenset[Weekday]:
    """Days of the week by their short names (mon … sun); a word that is not one is left
    out, the others kept."""
    if not isinstance(value, list):
        raise reader.error(key, f"should be a list of days (mon … sun), not {shown(value)}")
    names = {day.short: day for day in Weekday}
    days = {names[item.strip().lower()] for item in value
            if isinstance(item, str) and item.strip().lower() in names}
    wrong = [item for item in value
             if not (isinstance(item, str) and item.strip().lower() in names)]
    if wrong:
        notes.append(f"{FIELD_WORDS[str(key[0])]}: {', '.join(shown(w) for w in wrong)} "
                     f"{'is not a day' if len(wrong) == 1 else 'are not days'} (mon … sun), "
                     "so left out.")
    return frozenset(days)


def _read_number(
    reader: FieldReader, key: FieldKey, value: Any, bounds: Bounds, integer: bool,
    words: str, notes: list[str],
) -> float:
    kind = "a whole number" if integer else "a number"
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise reader.error(key, f"should be {kind}, not {shown(value)}")
    if integer and isinstance(value, float) and math.isfinite(value) and not value.is_integer():
        raise reader.error(key, f"should be a whole number, not {shown(value)}")
    if value in bounds:
        return int(value) if integer else float(value)
    clamped = bounds.clamp(value)
    unit = f" {bounds.unit}" if bounds.unit else ""
    notes.append(
        f"{words} {shown(value)}{unit} was out of range ({bounds.low:g}–{bounds.high:g}{unit}); "
        f"using {clamped:g}{unit}."
    )
    return int(clamped) if integer else clamped
