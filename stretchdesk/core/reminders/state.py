"""What the reminder scheduler must remember across a restart: pauses and skipped days."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from types import MappingProxyType
from typing import Any

__all__ = ["SchedulerState", "state_from_data", "state_to_data"]


def _empty_dates() -> Mapping[str, date]:
    return MappingProxyType({})


def _empty_instants() -> Mapping[str, datetime]:
    return MappingProxyType({})


@dataclass(frozen=True)
class SchedulerState:
    """The person's answers that outlive the process.

    `paused_until` (UTC) holds reminders back; `skipped` maps a reminder key to the local
    date it was skipped for; `handled` maps a routine reminder key to the UTC instant of
    its last occurrence already shown or let go, so a restart never shows it twice.
    """

    paused_until: datetime | None = None
    skipped: Mapping[str, date] = field(default_factory=_empty_dates)
    handled: Mapping[str, datetime] = field(default_factory=_empty_instants)


def state_to_data(state: SchedulerState) -> dict[str, Any]:
    """`state` as plain data (ISO 8601 text), for QSettings or a small file."""
    return {
        "paused_until": state.paused_until.isoformat() if state.paused_until else None,
        "skipped": {key: day.isoformat() for key, day in sorted(state.skipped.items())},
        "handled": {key: at.isoformat() for key, at in sorted(state.handled.items())},
    }


def state_from_data(data: object) -> SchedulerState:
    """The state saved by `state_to_data`; anything unreadable is left out, never raised.

    This is the scheduler's own memory, not something a person writes: a damaged entry
    only means a skip or pause is forgotten.
    """
    if not isinstance(data, Mapping):
        return SchedulerState()
    paused = _instant(data.get("paused_until"))
    skipped: dict[str, date] = {}
    for key, text in _pairs(data.get("skipped")):
        try:
            skipped[key] = date.fromisoformat(text)
        except ValueError:
            continue
    handled = {key: at for key, text in _pairs(data.get("handled"))
               if (at := _instant(text)) is not None}
    return SchedulerState(paused, MappingProxyType(skipped), MappingProxyType(handled))


def _pairs(value: object) -> list[tuple[str, str]]:
    if not isinstance(value, Mapping):
        return []
    return [(k, v) for k, v in value.items() if isinstance(k, str) and isinstance(v, str)]


def _instant(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        instant = datetime.fromisoformat(value)
    except ValueError:
        return None
    if instant.tzinfo is None:
        return None
    return instant.astimezone(UTC)
