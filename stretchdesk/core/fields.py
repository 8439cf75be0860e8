"""Typed access to the fields of a YAML document, with errors that say where.

Every accessor takes a key path relative to the document and raises LibraryError
naming the file, the line and the field path (with the object's label in front, e.g.
``stretches[knee-to-chest].hold_seconds.beginner``). The messages say what is wrong with
the field in the run's language (core/phrasebook.py); the field path and the file's own
words (the allowed values, the value found) are quoted as the file has them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from stretchdesk.core.errors import LibraryError
from stretchdesk.core.phrasebook import t
from stretchdesk.core.quoted import kind, shown
from stretchdesk.core.yaml_source import Document, FieldKey

__all__ = ["FieldReader", "kind", "shown", "too_long", "unknown_field"]

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
            raise self.error(key, t("should be a mapping of names to values, not {value}",
                                    value=kind(value)))
        for name in value:
            if not isinstance(name, str):
                raise self.error(key, t("has a key {key} that is not a name", key=shown(name)))
        return value

    def text(self, key: FieldKey, required: bool = True, default: str = "") -> str:
        """A non-empty string at `key`."""
        value = self._get(key, required, default)
        if not isinstance(value, str):
            raise self.error(key, t("should be text, not {value}", value=kind(value)))
        if required and not value.strip():
            raise self.error(key, t("is empty; write something here"))
        return value.strip()

    def flag(self, key: FieldKey, default: bool = False) -> bool:
        """A yes/no value at `key` (true or false), `default` when it is absent."""
        value = self._get(key, False, default)
        if not isinstance(value, bool):
            raise self.error(key, t("should be true or false, not {value}", value=kind(value)))
        return value

    def texts(self, key: FieldKey, required: bool = False) -> tuple[str, ...]:
        """A list of strings at `key` (at least one if required)."""
        value = self._get(key, required, [])
        if value is None and not required:
            return ()
        if not isinstance(value, list):
            raise self.error(key, t("should be a list of sentences, not {value}",
                                    value=kind(value)))
        if required and not value:
            raise self.error(key, t("is empty; give at least one"))
        out: list[str] = []
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                raise self.error((*key, i), t("should be text, not {value}", value=kind(item)))
            out.append(item.strip())
        return tuple(out)

    def choice(
        self, key: FieldKey, allowed: Iterable[str], required: bool = True, default: str = ""
    ) -> str:
        """One of `allowed` at `key`."""
        options = list(allowed)
        value = self._get(key, required, default)
        if not isinstance(value, str) or value not in options:
            raise self.error(key, _not_one_of(value, options))
        return value

    def choices(self, key: FieldKey, allowed: Iterable[str]) -> tuple[str, ...]:
        """A list of values from `allowed` at `key` (empty if absent)."""
        options = list(allowed)
        value = self._get(key, False, [])
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self.error(key, t("should be a list, not {value}", value=kind(value)))
        for i, item in enumerate(value):
            if not isinstance(item, str) or item not in options:
                raise self.error((*key, i), _not_one_of(item, options))
        return tuple(value)

    def number(
        self, key: FieldKey, low: float, high: float, *, integer: bool = False,
        seconds: bool = False,
    ) -> float:
        """A number at `key` within [low, high], a count of seconds when `seconds`."""
        value = self._get(key, True, None)
        return self.check_number(key, value, low, high, integer, seconds)

    def check_number(
        self, key: FieldKey, value: Any, low: float, high: float, integer: bool = False,
        seconds: bool = False,
    ) -> float:
        """Checks that `value` (found at `key`) is a number in [low, high]."""
        if isinstance(value, bool) or not isinstance(value, int | float):
            found = kind(value)
            raise self.error(key, (
                t("should be a whole number, not {value}", value=found) if integer
                else t("should be a number of seconds, not {value}", value=found) if seconds
                else t("should be a number, not {value}", value=found)))
        if integer and isinstance(value, float) and not value.is_integer():
            raise self.error(key, t("should be a whole number, not {value}", value=shown(value)))
        try:
            number = float(value)
        except OverflowError:  # an integer beyond any float is out of every range
            number = math.inf if value > 0 else -math.inf
        if not math.isfinite(number) or number < low or number > high:
            bounds = {"value": shown(value), "low": f"{low:g}", "high": f"{high:g}"}
            raise self.error(key, (
                t("is {value} seconds; it must be at least {low} and at most {high} seconds",
                  **bounds) if seconds
                else t("is {value}; it must be at least {low} and at most {high}", **bounds)))
        return number

    def _get(self, key: FieldKey, required: bool, default: Any) -> Any:
        value = self.raw(key)
        if value is _MISSING:
            if required:
                raise self.error(key, t("is missing; this field is required"))
            return default
        return value


def _not_one_of(value: Any, options: list[str]) -> str:
    """The message for `value` found where one of `options` (the file's words) belongs."""
    return t("is {value}; use one of: {options}", value=shown(value), options=", ".join(options))


def unknown_field(known: Iterable[str]) -> str:
    """The message for a field that is not one of `known` (the file's own names)."""
    return t("is not a known field; known fields: {fields}", fields=", ".join(known))


def too_long(length: int, most: int) -> str:
    """The message for a text of `length` characters where `most` are allowed."""
    return t("is {n} characters long; keep it to {most} at most", n=length, most=most)
