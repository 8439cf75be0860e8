"""HistoryStore: the person's sessions in history.sqlite3, kept safe whatever the disk does.

Whatever goes wrong with the file, a session goes on: the store tells the person once
(`problem`, `on_problem`) and keeps what it could not write to try again with the next
phase. A damaged file is renamed `history.sqlite3.corrupt-<time>` (never deleted), a new
one is started with every row that could still be read, and the session in progress is
written into it. A file from a newer StretchDesk is left untouched.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TypeVar

from stretchdesk.core.history import queries
from stretchdesk.core.history.database import (
    BUSY_TIMEOUT_MS,
    FILE_NAME,
    connect,
    describe,
    kind_of,
    kind_of_os_error,
    salvage,
    set_aside,
)
from stretchdesk.core.history.recording import SessionRecording
from stretchdesk.core.history.records import (
    OpenSession,
    ProblemKind,
    RecordedPhase,
    SessionHeader,
    StoreProblem,
)
from stretchdesk.core.history.schema import NewerSchemaError, migrate

__all__ = ["HistoryStore"]

T = TypeVar("T")


class HistoryStore:
    """Records sessions into `folder`/history.sqlite3 and reads them back.

    `now` is the wall-clock time (seconds since the epoch) at opening; every later call
    that writes takes its own time. `on_problem` hears each kind of problem once (a
    damaged file every time one is set aside); `problem` is the last one, for a view.
    Everything runs on the caller's thread; a locked file is waited for at most
    `busy_timeout_ms` per call. Saving a session's end also copies the write-ahead log
    into the file (checkpoint()) unless `checkpoint_when_ended` is False: the app does
    that itself once the end is told, out of its way.
    """

    def __init__(self, folder: Path, now: float,
                 on_problem: Callable[[StoreProblem], None] | None = None,
                 busy_timeout_ms: int = BUSY_TIMEOUT_MS,
                 checkpoint_when_ended: bool = True) -> None:
        self.folder = folder
        self.path = folder / FILE_NAME
        self.on_problem = on_problem
        self.problem: StoreProblem | None = None
        self._checkpoint_when_ended = checkpoint_when_ended
        self._told: set[ProblemKind] = set()
        self._busy_timeout_ms = busy_timeout_ms
        self._latest = now  # names a damaged file set aside outside a timed call
        self._connection: sqlite3.Connection | None = None
        self._reader: sqlite3.Connection | None = None  # read-only, when writing is refused
        self._generation = 0  # counts new files started after damage
        self._newer = False
        self._recordings: list[SessionRecording] = []  # made here and not yet ended
        self._pending: list[SessionRecording] = []  # with changes not on disk yet
        self._connect()

    # -- recording ----------------------------------------------------------------------

    def start_session(self, routine_id: str, routine_name: str, level: str, at: float,
                      zone: tzinfo) -> SessionRecording:
        """Starts recording a session that began at `at` in the person's time `zone`."""
        self._latest = at
        local = datetime.fromtimestamp(at, zone)
        offset = local.utcoffset()
        header = SessionHeader(routine_id, routine_name, level, at,
                               int(offset.total_seconds()) if offset else 0,
                               getattr(zone, "key", None) or local.tzname() or "",
                               local.date().isoformat())
        recording = SessionRecording(self, header)
        self._recordings.append(recording)
        self.save(recording)
        return recording

    def resume(self, open_session: OpenSession, at: float) -> SessionRecording:
        """Goes on recording `open_session` (one session, however long the break).

        Any older session still open is marked interrupted: only the latest is offered.
        """
        self._latest = at
        self._close_older(open_session, include_it=False)
        recording = SessionRecording(
            self, open_session.header, open_session.session_id, open_session.next_seq,
            open_session.active_seconds, open_session.back_before, None, self._generation)
        self._recordings.append(recording)
        return recording

    def discard(self, open_session: OpenSession, at: float) -> None:
        """Marks `open_session` (and any older open one) interrupted: it is offered no more."""
        self._latest = at
        self._close_older(open_session, include_it=True)

    def save(self, recording: SessionRecording) -> bool:
        """Writes what `recording` has not saved yet (and any other unsaved one)."""
        if recording not in self._pending:
            self._pending.append(recording)
        if recording.outcome is not None and recording in self._recordings:
            self._recordings.remove(recording)
        saved = self._write(self._write_pending)
        if saved and recording.outcome is not None and self._checkpoint_when_ended:
            self.checkpoint()
        return bool(saved) and recording.saved

    def _write_pending(self, connection: sqlite3.Connection) -> bool:
        for recording in list(self._pending):
            recording.write(connection, self._generation)
            self._pending.remove(recording)
        return True

    def checkpoint(self) -> None:
        """Copies the write-ahead log into the file (done when a session ends)."""
        if self._connection is not None:
            with contextlib.suppress(sqlite3.Error):
                self._connection.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def close(self) -> None:
        """Saves what it still can, then closes the file."""
        if self._pending:
            self._write(self._write_pending)
        self.checkpoint()
        for connection in (self._connection, self._reader):
            if connection is not None:
                connection.close()
        self._connection = self._reader = None

    @property
    def unsaved(self) -> bool:
        """Whether something recorded is not on disk yet."""
        return bool(self._pending)

    # -- reading ------------------------------------------------------------------------

    def open_session(self) -> OpenSession | None:
        """The latest session that was cut short and never ended (not one recorded here)."""
        return self._read(lambda c: queries.latest_open_session(c, self._mine()), None)

    def phases_of(self, open_session: OpenSession) -> tuple[RecordedPhase, ...]:
        """The phases `open_session` recorded before it was cut short (for its resume)."""
        return self._read(lambda c: queries.session_phases(c, open_session.session_id), ())

    def totals(self, since: date, scores_since: date | None = None) -> queries.HistoryTotals:
        """What the statistics need: 4-week parts from `since`, back scores from
        `scores_since` (see queries.history_totals); nothing when the file cannot be read."""
        return self._read(lambda c: queries.history_totals(c, since, scores_since),
                          queries.HistoryTotals.empty())

    def read(self, reader: Callable[[sqlite3.Connection], T], fallback: T) -> T:
        """Runs `reader` on the file (for exports); `fallback` when it cannot be read."""
        return self._read(reader, fallback)

    # -- the file -----------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection | None:
        if self._connection is not None or self._newer:
            return self._connection
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._report(kind_of_os_error(error))
            return None
        try:
            connection = connect(self.path, busy_timeout_ms=self._busy_timeout_ms)
            try:
                migrate(connection)
            except BaseException:
                connection.close()
                raise
        except NewerSchemaError:
            self._newer = True
            self._report(ProblemKind.NEWER)
            return None
        except sqlite3.Error as error:
            kind = kind_of(error, self.path)
            if kind is ProblemKind.CORRUPT:
                return self._start_new_file()
            self._report(kind)
            return None
        self._connection = connection
        return connection

    def _start_new_file(self) -> sqlite3.Connection | None:
        """Sets the damaged file aside and starts a new one with what could be read."""
        for connection in (self._connection, self._reader):
            if connection is not None:
                connection.close()
        self._connection = self._reader = None
        try:
            kept = set_aside(self.path, self._latest)
            connection = connect(self.path, busy_timeout_ms=self._busy_timeout_ms)
            migrate(connection)
            salvaged = salvage(kept, connection)
        except (OSError, sqlite3.Error) as error:
            kind = (kind_of_os_error(error) if isinstance(error, OSError)
                    else kind_of(error, self.path))
            self._report(kind)
            return None
        self._generation += 1
        self._connection = connection
        self._told.discard(ProblemKind.CORRUPT)
        self._report(ProblemKind.CORRUPT, describe(ProblemKind.CORRUPT, self.path, kept,
                                                   salvaged))
        # Sessions in progress go on in the new file whole, whatever the damage took.
        for recording in self._recordings:
            if recording not in self._pending:
                self._pending.append(recording)
        with contextlib.suppress(sqlite3.Error):
            self._write_pending(connection)
        return connection

    def _write(self, action: Callable[[sqlite3.Connection], bool]) -> bool:
        """Runs `action` in the file; on damage, once more in a new file."""
        for _attempt in range(2):
            connection = self._connect()
            if connection is None:
                return False
            try:
                return action(connection)
            except sqlite3.Error as error:
                kind = kind_of(error, self.path)
                if kind is not ProblemKind.CORRUPT:
                    self._report(kind)
                    return False
                if self._start_new_file() is None:
                    return False
        return False

    def _read(self, reader: Callable[[sqlite3.Connection], T], fallback: T) -> T:
        for _attempt in range(2):
            connection = self._connect() or self._read_only()
            if connection is None:
                return fallback
            try:
                return reader(connection)
            except sqlite3.Error as error:
                kind = kind_of(error, self.path)
                if kind is not ProblemKind.CORRUPT or self._newer:
                    self._report(kind)
                    return fallback
                if self._start_new_file() is None:
                    return fallback
        return fallback

    def _read_only(self) -> sqlite3.Connection | None:
        """A read-only connection, for a file that can be read but not written."""
        if self._reader is None and not self._newer and self.path.exists():
            with contextlib.suppress(sqlite3.Error):
                self._reader = connect(self.path, read_only=True,
                                       busy_timeout_ms=self._busy_timeout_ms)
        return self._reader

    def _close_older(self, open_session: OpenSession, include_it: bool) -> None:
        self._write(lambda c: queries.mark_interrupted(
            c, open_session.started_at, include_it, open_session.session_id, self._mine()))

    def _mine(self) -> set[int]:
        """Sessions recorded here: in progress, or ended but not all on disk yet."""
        return {r.session_id for r in (*self._recordings, *self._pending)
                if r.session_id is not None}

    def _report(self, kind: ProblemKind, problem: StoreProblem | None = None) -> None:
        if kind in self._told:
            return
        self._told.add(kind)
        self.problem = problem or describe(kind, self.path)
        if self.on_problem is not None:
            self.on_problem(self.problem)

