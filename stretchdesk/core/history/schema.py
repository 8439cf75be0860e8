"""The history database's tables and the steps that bring an older file up to date.

The version is SQLite's `PRAGMA user_version`: 0 for a new, empty file. `MIGRATIONS[n]`
turns version n into version n + 1; each step runs in its own transaction together with
the version bump, so a step that fails (or a kill in the middle of one) leaves the file
at the version before it, with nothing half-changed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

__all__ = ["CURRENT_VERSION", "MIGRATIONS", "NewerSchemaError", "Step", "migrate", "version_of"]

Step = Callable[[sqlite3.Connection], None]

# Times are seconds since the epoch (UTC). `local_day` is the date the session began on in
# the person's time zone at that moment (`utc_offset` seconds east of UTC, `time_zone` its
# name): a session keeps its day when the person later travels or the clocks change.
_V1 = (
    """CREATE TABLE session (
        id INTEGER PRIMARY KEY,
        routine_id TEXT NOT NULL,
        routine_name TEXT NOT NULL,
        level TEXT NOT NULL,
        started_at REAL NOT NULL,
        utc_offset INTEGER NOT NULL,
        time_zone TEXT NOT NULL,
        local_day TEXT NOT NULL,
        ended_at REAL,
        outcome TEXT CHECK (outcome IN ('finished', 'stopped', 'interrupted')),
        back_before INTEGER CHECK (back_before BETWEEN 0 AND 10),
        back_after INTEGER CHECK (back_after BETWEEN 0 AND 10),
        active_seconds REAL NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE phase (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES session (id),
        seq INTEGER NOT NULL,
        phase_index INTEGER NOT NULL,
        item INTEGER NOT NULL,
        stretch_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        side TEXT CHECK (side IN ('left', 'right')),
        repetition INTEGER NOT NULL,
        planned_seconds REAL NOT NULL,
        actual_seconds REAL NOT NULL,
        skipped INTEGER NOT NULL,
        extended_by REAL NOT NULL,
        ended_at REAL NOT NULL,
        UNIQUE (session_id, seq)
    )""",
    # The calendar, the streaks and the 4-week totals read sessions by day; with the
    # outcome and the seconds in the index, the totals per day never touch the table.
    "CREATE INDEX session_by_day ON session (local_day, outcome, active_seconds)",
    # A resume offer looks for sessions without an outcome: few, so a partial index.
    "CREATE INDEX session_open ON session (started_at) WHERE outcome IS NULL",
)


def _statements(statements: Sequence[str]) -> Step:
    def step(connection: sqlite3.Connection) -> None:
        for statement in statements:
            connection.execute(statement)

    return step


MIGRATIONS: tuple[Step, ...] = (_statements(_V1),)
CURRENT_VERSION = len(MIGRATIONS)


class NewerSchemaError(Exception):
    """The file was written by a newer StretchDesk, whose tables this one does not know."""

    def __init__(self, version: int, known: int) -> None:
        super().__init__(f"history version {version}; this StretchDesk knows up to {known}")
        self.version = version


def version_of(connection: sqlite3.Connection) -> int:
    """The file's schema version (`PRAGMA user_version`)."""
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def migrate(connection: sqlite3.Connection, steps: Sequence[Step] = MIGRATIONS) -> int:
    """Brings the file up to `len(steps)`, one transaction per step; returns the old version.

    `connection` must be in autocommit mode (isolation_level None). Each step takes the
    write lock first and reads the version again, so two programs opening the same old
    file at once do not both run it. Raises NewerSchemaError (and changes nothing) for a
    file newer than `steps` know.
    """
    found = version_of(connection)
    if found > len(steps):
        raise NewerSchemaError(found, len(steps))
    while (version := version_of(connection)) < len(steps):
        connection.execute("BEGIN IMMEDIATE")
        try:
            if version_of(connection) == version:
                steps[version](connection)
                connection.execute(f"PRAGMA user_version = {version + 1}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return found
