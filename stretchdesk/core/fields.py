"""Typed access to the fields of a YAML document, with errors that say where.

Every accessor takes a key path relative to the document and raises LibraryError
naming the file, the line and the field path (with the object's label in front, e.g.
``stretches[knee-to-chest].hold_seconds.beginner``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date
from typing import Any

from stretchdesk.core.errors import LibraryError
from stretchdesk.core.yaml_source import Document, FieldKey, UnreadableValue

_MISSING = object()


class FieldReader:
    """Reads the fields of one object in a Document, checking their types."""

    def __init__(self, doc: Document, label: str) -> None:
        self.doc = doc
        self.label = label

    def error(self, key: FieldKey, message: str) -> LibraryError:
        """An error about the field at `key`."""
        return LibraryError(self.doc.file, self.doc.line_of(key), self.path(key), message)

    def path(self, key: FieldKey) -> str:
        """The readable field path of `key`, e.g. ``routines[x].items[2].stretch``."""
        out = self.label
        for part in key:
            out += f"[{part}]" if isinstance(part, int) else f".{part}"
        return out

    def raw(self, key: FieldKey) -> Any:
        """The value at `key`, or _MISSING."""
        value: Any = self.doc.value
        for part in key:
            if isinstance(part, int):
                if not isinstance(value, list) or part >= len(value):
                    return _MISSING
            elif not isinstance(value, dict) or part not in value:
                return _MISSING
            value = value[part]
        return value

    def has(self, key: FieldKey) -> bool:
        """Whether `key` is present (even if null)."""
        return self.raw(key) is not _MISSING

    def mapping(self, key: FieldKey, required: bool = True) -> dict[str, Any]:
        """The mapping at `key` (empty if optional and absent)."""
        value = self._get(key, required, {})
        if not isinstance(value, dict):
            raise self.error(key, f"should be a mapping of names to values, not {_kind(value)}")
        for name in value:
            if not isinstance(name, str):
                raise self.error(key, f"has a key {shown(name)} that is not a name")
        return value

    def text(self, key: FieldKey, required: bool = True, default: str = "") -> str:
        """A non-empty string at `key`."""
        value = self._get(key, required, default)
        if not isinstance(value, str):
            raise self.error(key, f"should be text, not {_kind(value)}")
        if required and not value.strip():
            raise self.error(key, "is empty; write something here")
        return value.strip()

    def flag(self, key: FieldKey, default: bool = False) -> bool:
        """A yes/no value at `key` (true or false), `default` when it is absent."""
        value = self._get(key, False, default)
        if not isinstance(value, bool):
            raise self.error(key, f"should be true or false, not {_kind(value)}")
        return value

    def texts(self, key: FieldKey, required: bool = False) -> tuple[str, ...]:
        """A list of strings at `key` (at least one if required)."""
        value = self._get(key, required, [])
        if value is None and not required:
            return ()
        if not isinstance(value, list):
            raise self.error(key, f"should be a list of sentences, not {_kind(value)}")
        if required and not value:
            raise self.error(key, "is empty; give at least one")
        out: list[str] = []
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                raise self.error((*key, i), f"should be text, not {_kind(item)}")
            out.append(item.strip())
        return tuple(out)

    def choice(
        self, key: FieldKey, allowed: Iterable[str], required: bool = True, default: str = ""
    ) -> str:
        """One of `allowed` at `key`."""
        options = list(allowed)
        value = self._get(key, required, default)
        if not isinstance(value, str) or value not in options:
            raise self.error(key, f"is {shown(value)}; use one of: {', '.join(options)}")
        return value

    def choices(self, key: FieldKey, allowed: Iterable[str]) -> tuple[str, ...]:
        """A list of values from `allowed` at `key` (empty if absent)."""
        options = list(allowed)
        value = self._get(key, False, [])
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self.error(key, f"should be a list, not {_kind(value)}")
        for i, item in enumerate(value):
            if not isinstance(item, str) or item not in options:
                raise self.error((*key, i), f"is {shown(item)}; use one of: {', '.join(options)}")
        return tuple(value)

    def number(
        self,
        key: FieldKey,
        low: float,
        high: float,
        *,
        low_inclusive: bool = True,
        integer: bool = False,
        unit: str = "",
    ) -> float:
        """A number at `key` within [low, high] (or (low, high] when not low_inclusive)."""
        value = self._get(key, True, None)
        return self.check_number(key, value, low, high, low_inclusive, integer, unit)

    def check_number(
        self,
        key: FieldKey,
        value: Any,
        low: float,
        high: float,
        low_inclusive: bool = True,
        integer: bool = False,
        unit: str = "",
    ) -> float:
        """Checks that `value` (found at `key`) is a number in range."""
        kind = "a whole number" if integer else "a number"
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(key, f"should be {kind}{unit and ' of ' + unit}, not {_kind(value)}")
        if integer and isinstance(value, float) and not value.is_integer():
            raise self.error(key, f"should be a whole number, not {shown(value)}")
        try:
            number = float(value)
        except OverflowError:  # an integer beyond any float is out of every range
            number = math.inf if value > 0 else -math.inf
        too_low = number < low if low_inclusive else number <= low
        if not math.isfinite(number) or too_low or number > high:
            bound = "at least" if low_inclusive else "more than"
            raise self.error(
                key, f"is {shown(value)}{unit and ' ' + unit}; it must be {bound} {low:g} and "
                f"at most {high:g}{unit and ' ' + unit}"
            )
        return number

    def _get(self, key: FieldKey, required: bool, default: Any) -> Any:
        value = self.raw(key)
        if value is _MISSING:
            if required:
                raise self.error(key, "is missing; this field is required")
            return default
        return value


def shown(value: Any) -> str:
    """`value` as a message quotes it: short, and never the whole of a long text or number."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:37] + "…")
    if isinstance(value, int):
        if abs(value) >= 10**15:  # printing a huge number can fail, and helps nobody
            digits = int(value.bit_length() * 0.30103) + 1
            return f"a number of about {digits} digits"
        return str(value)
    if isinstance(value, float):
        return f"{value:g}"
    return _kind(value)


def _kind(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"yes/no ({str(value).lower()})"
    if isinstance(value, str):
        return f"text {shown(value)}" if len(value) < 40 else "text"
    if isinstance(value, int | float):
        return f"the number {shown(value)}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, bytes):
        return "binary data"
    if isinstance(value, set):
        return "a set"
    if isinstance(value, date):
        return "a date"
    if isinstance(value, UnreadableValue):
        return f"a value that cannot be read ({value.message})"
    return type(value).__name__
