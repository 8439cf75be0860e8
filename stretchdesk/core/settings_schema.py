"""The settings file's fields: their bounds, and conversion between Settings and YAML data.

Every number a person can set has one pair of bounds, declared here, which both the
settings file (values outside are clamped and reported) and the settings dialog (its
spin boxes and sliders) use. Conversion is driven by the fields of `Settings` and the
type of each default, so a new field is read and written without touching this module
(a new numeric field only needs its bounds added to `BOUNDS`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from enum import Enum
from types import MappingProxyType
from typing import Any

from stretchdesk.core.fields import FieldReader
from stretchdesk.core.settings import Settings
from stretchdesk.core.yaml_source import Document, FieldKey

__all__ = [
    "BOUNDS",
    "HOLD_BOUNDS",
    "PHASE_BOUNDS",
    "Bounds",
    "forget_hold",
    "remember_hold",
    "settings_from_document",
    "settings_to_data",
]


@dataclass(frozen=True)
class Bounds:
    """The smallest and largest value a person may choose for a number, and its unit."""

    low: float
    high: float
    unit: str = ""

    def clamp(self, value: float) -> float:
        """`value` moved inside the bounds."""
        return float(min(max(value, self.low), self.high))

    def __contains__(self, value: object) -> bool:
        return isinstance(value, int | float) and self.low <= value <= self.high


HOLD_BOUNDS = Bounds(5, 300, "s")
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
})

_DEFAULTS = Settings()


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
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool | str):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else value  # "30", not "30.0"
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in sorted(value.items())}
    if isinstance(value, frozenset):
        return sorted(value)
    return value


def settings_from_document(doc: Document, skip: frozenset[str] = frozenset()) -> tuple[
    Settings, list[str]
]:
    """Reads Settings from a settings document, with a note for each value it corrected.

    Missing fields keep their defaults. Out-of-range numbers are clamped, unknown keys
    ignored and empty values replaced by the default; each is noted in words a person
    understands. A value of the wrong type raises LibraryError naming the line and field:
    that file is not trusted at all. Keys in `skip` (such as `version`) are not settings.
    """
    reader = FieldReader(doc, "settings")
    data = reader.mapping(())
    notes: list[str] = []
    known = {f.name for f in fields(Settings)}
    for key in data:
        if key not in known and key not in skip:
            notes.append(f"The unknown setting '{key}' was ignored.")
    values: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name not in data:
            continue
        if data[f.name] is None:
            notes.append(f"{f.name} was empty; using the default.")
            continue
        values[f.name] = _read_field(reader, f.name, getattr(_DEFAULTS, f.name), notes)
    return replace(_DEFAULTS, **values), notes


def _read_field(reader: FieldReader, name: str, default: Any, notes: list[str]) -> Any:
    key: FieldKey = (name,)
    value = reader.raw(key)
    if isinstance(default, Enum):
        options = [member.value for member in type(default)]
        return type(default)(reader.choice(key, options))
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise reader.error(key, f"should be yes or no (true/false), not {value!r}")
        return value
    if isinstance(default, str):
        if not isinstance(value, str):  # kept exactly: a voice name must match the system's
            raise reader.error(key, f"should be text, not {value!r}")
        return value
    if isinstance(default, int | float):
        integer = isinstance(default, int)
        return _read_number(reader, key, value, BOUNDS[name], integer, notes)
    if isinstance(default, Mapping):
        mapping = reader.mapping(key)
        return MappingProxyType({
            sid: _read_number(reader, (*key, sid), raw, BOUNDS[name], False, notes)
            for sid, raw in mapping.items()
        })
    if isinstance(default, frozenset):
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise reader.error(key, f"should be a list of names, not {value!r}")
        return frozenset(value)
    raise TypeError(f"settings field {name} has a type the settings file cannot hold")


def _read_number(
    reader: FieldReader, key: FieldKey, value: Any, bounds: Bounds, integer: bool,
    notes: list[str],
) -> float:
    kind = "a whole number" if integer else "a number"
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        raise reader.error(key, f"should be {kind}, not {value!r}")
    if integer and math.isfinite(value) and not float(value).is_integer():
        raise reader.error(key, f"should be a whole number, not {value}")
    if value in bounds:
        return int(value) if integer else float(value)
    clamped = bounds.clamp(float(value))
    unit = f" {bounds.unit}" if bounds.unit else ""
    where = ".".join(str(part) for part in key)
    notes.append(
        f"{where} {value:g} was out of range ({bounds.low:g}–{bounds.high:g}{unit}); "
        f"using {clamped:g}."
    )
    return int(clamped) if integer else clamped
