"""The schema version and its upgrade steps: step by step, all or nothing, newer left alone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from stretchdesk.core.history import HistoryStore, ProblemKind, StoreProblem
from stretchdesk.core.history.database import connect
from stretchdesk.core.history.schema import (
    CURRENT_VERSION,
    MIGRATIONS,
    NewerSchemaError,
    migrate,
    version_of,
)
from tests.core.history.sessions import PARIS, T0, phase, record, rows


def _add_minutes_column(connection: sqlite3.Connection) -> None:
    """A made-up version 2: a column filled in from the existing rows."""
    connection.execute("ALTER TABLE session ADD COLUMN minutes REAL")
    connection.execute("UPDATE session SET minutes = active_seconds / 60")


def _broken_step(connection: sqlite3.Connection) -> None:
    connection.execute("CREATE TABLE half_done (x)")
    raise sqlite3.OperationalError("the step fails half way")


def test_a_new_file_is_made_at_the_current_version(store: HistoryStore) -> None:
    assert CURRENT_VERSION == len(MIGRATIONS) == 1
    tables = {name for (name,) in rows(store.path, "SELECT name FROM sqlite_master")}
    assert {"session", "phase", "session_by_day", "session_open"} <= tables


def test_an_older_file_is_upgraded_step_by_step_and_keeps_its_sessions(
        folder: Path, store: HistoryStore) -> None:
    record(store, T0, minutes=3)
    store.close()
    connection = connect(folder / "history.sqlite3")
    assert migrate(connection, (*MIGRATIONS, _add_minutes_column)) == 1
    assert version_of(connection) == 2
    assert connection.execute("SELECT minutes FROM session").fetchall() == [(3.0,)]
    assert migrate(connection, (*MIGRATIONS, _add_minutes_column)) == 2  # nothing more to do
    connection.close()


def test_a_step_that_fails_leaves_the_file_as_it_was(folder: Path, store: HistoryStore) -> None:
    record(store, T0, minutes=3)
    store.close()
    connection = connect(folder / "history.sqlite3")
    with pytest.raises(sqlite3.OperationalError, match="half way"):
        migrate(connection, (*MIGRATIONS, _broken_step))
    assert version_of(connection) == 1
    names = {n for (n,) in connection.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in names
    assert connection.execute("SELECT count(*) FROM phase").fetchall() == [(3,)]
    connection.close()


def test_a_file_from_a_newer_version_is_never_changed_and_the_session_goes_on(
        folder: Path, store: HistoryStore) -> None:
    record(store, T0, minutes=2)
    store.close()
    connection = connect(folder / "history.sqlite3")
    connection.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    with pytest.raises(NewerSchemaError):
        migrate(connection)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = (folder / "history.sqlite3").read_bytes()
    problems: list[StoreProblem] = []
    newer = HistoryStore(folder, now=T0 + 60, on_problem=problems.append)
    recording = newer.start_session("r", "R", "beginner", T0 + 60, PARIS)
    assert recording.record_phase(phase(0), T0 + 120) is False  # not saved, and no error
    assert recording.record_phase(phase(1), T0 + 180) is False
    assert [p.kind for p in problems] == [ProblemKind.NEWER]
    assert "newer StretchDesk" in str(problems[0]) and str(newer.path) in str(problems[0])
    newer.close()
    assert (folder / "history.sqlite3").read_bytes() == before

