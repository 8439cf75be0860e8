"""The --event-log file: one JSON object a line for every event, command and cue.

Each line carries "t", the instant on the clock it is given (the app gives it the
machine's monotonic clock, which other processes read too, so an outside recorder can
line sound up with phases), and "event", plus whatever fields the event has (index,
kind, side, ...).
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import IO


def _plain(value: object) -> object:
    """A JSON-friendly form of a field value (enums by their value)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


class EventLog:
    """Appends events to a file as JSON lines; a file that cannot be written is reported once.

    Writing is best effort: the session must go on even if the disk is full.
    """

    def __init__(self, path: Path | str, clock: Callable[[], float]) -> None:
        self.path = Path(path)
        self._clock = clock
        self._file: IO[str] | None = None
        try:
            self._file = self.path.open("w", encoding="utf-8", buffering=1)
        except OSError as exc:
            self._give_up(exc)

    @property
    def writing(self) -> bool:
        """Whether lines still reach the file."""
        return self._file is not None

    def write(self, event: str, **fields: object) -> None:
        """Writes one line for `event` with the time now and `fields` (None values left out)."""
        if self._file is None:
            return
        record: dict[str, object] = {"t": self._clock(), "event": event}
        record.update({k: _plain(v) for k, v in fields.items() if v is not None})
        try:
            self._file.write(json.dumps(record, ensure_ascii=False) + "\n")
        except OSError as exc:
            self._give_up(exc)

    def close(self) -> None:
        """Flushes and closes the file."""
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
            self._file = None

    def _give_up(self, exc: OSError) -> None:
        print(f"stretchdesk: cannot write the event log {self.path}: {exc.strerror or exc}",
              file=sys.stderr)
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
        self._file = None
