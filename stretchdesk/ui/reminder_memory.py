"""What the reminders and the tray remember between runs, apart from the person's settings.

The scheduler's answers (a pause, a day skipped, the last occurrence of each reminder
already shown), the routines used last (first in the tray menu) and whether the person
has been told that closing the window keeps StretchDesk in the tray. Like the window's
place, this is app state, not a choice made in Settings: it lives in window.ini in the
config folder, group `reminders`, and losing it costs at most a reminder shown again.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings

from stretchdesk.core.reminders.state import SchedulerState, state_from_data, state_to_data

__all__ = ["FILE_NAME", "RECENT_KEPT", "ReminderMemory"]

FILE_NAME = "window.ini"
RECENT_KEPT = 5  # routines remembered as used last
_STATE = "reminders/state"
_RECENT = "reminders/recent"
_TOLD = "reminders/told-closing-keeps-tray"


class ReminderMemory:
    """Reads and writes the reminders' part of window.ini; every write reaches the disk."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / FILE_NAME
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)

    def scheduler_state(self) -> SchedulerState:
        """What the scheduler remembered last time (nothing on a first run or a bad entry)."""
        text = self._store.value(_STATE)
        if not isinstance(text, str):
            return SchedulerState()
        try:
            return state_from_data(json.loads(text))
        except ValueError:
            return SchedulerState()

    def keep_scheduler_state(self, state: SchedulerState) -> None:
        """Keeps `state` (as JSON text: QSettings would turn nested maps into its own types)."""
        self._write(_STATE, json.dumps(state_to_data(state), sort_keys=True))

    def recent_routines(self) -> list[str]:
        """The routines used last, the latest first."""
        text = self._store.value(_RECENT)
        try:
            ids = json.loads(text) if isinstance(text, str) else []
        except ValueError:
            return []
        return [rid for rid in ids if isinstance(rid, str)] if isinstance(ids, list) else []

    def note_used(self, routine_id: str) -> None:
        """Puts `routine_id` first among the routines used last."""
        recent = [routine_id, *(r for r in self.recent_routines() if r != routine_id)]
        self._write(_RECENT, json.dumps(recent[:RECENT_KEPT]))

    @property
    def told_closing_keeps_tray(self) -> bool:
        """Whether the person was told that closing the window keeps StretchDesk running."""
        return str(self._store.value(_TOLD, "false")).lower() == "true"

    def note_told_closing_keeps_tray(self) -> None:
        """Remembers that the person was told (it is said once, ever)."""
        self._write(_TOLD, "true")

    def _write(self, key: str, value: str) -> None:
        self._store.setValue(key, value)
        self._store.sync()
