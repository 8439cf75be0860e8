"""Opening the history file, naming what went wrong, and keeping a damaged file aside.

A connection is in autocommit mode (transactions are explicit), in WAL mode with
`synchronous=NORMAL`: a commit appends to the write-ahead log without waiting for the
disk, and SQLite replays the log on the next open. A killed program therefore keeps every
commit it made (the operating system still writes the log out); only a power cut or an
OS crash can lose the last few, and even then the file stays consistent.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from stretchdesk.core.history.records import ProblemKind, StoreProblem
from stretchdesk.core.phrasebook import t, tn

__all__ = [
    "BUSY_TIMEOUT_MS",
    "FILE_NAME",
    "connect",
    "describe",
    "kind_of",
    "kind_of_os_error",
    "salvage",
    "set_aside",
]

FILE_NAME = "history.sqlite3"
# How long a write waits for another program's lock: short, because it runs on the GUI
# thread between two phases. A write that cannot get the lock is kept and tried again
# with the next phase.
BUSY_TIMEOUT_MS = 25
_COMPANIONS = ("", "-wal", "-shm")  # the database, its write-ahead log and its index


def connect(path: Path, *, read_only: bool = False,
            busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> sqlite3.Connection:
    """A connection to `path` set up for the history (created when missing, unless read-only).

    Read-only, a file on a read-only disk is opened as immutable when it must be: SQLite
    cannot make the shared-memory index a WAL file is read through there.
    """
    if read_only:
        try:
            return _open(path, "mode=ro", busy_timeout_ms, read_only)
        except sqlite3.Error:
            if os.access(path.parent, os.W_OK) or not path.exists():
                raise
            return _open(path, "mode=ro&immutable=1", busy_timeout_ms, read_only)
    return _open(path, "mode=rwc", busy_timeout_ms, read_only)


def _open(path: Path, query: str, busy_timeout_ms: int, read_only: bool) -> sqlite3.Connection:
    uri = f"file:{quote(str(path))}?{query}"
    connection = sqlite3.connect(uri, uri=True, timeout=busy_timeout_ms / 1000,
                                 isolation_level=None)
    try:
        if not read_only:
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")
            # Checkpoints copy the log into the file and wait for the disk twice: done when
            # a session ends (HistoryStore.checkpoint), never in the middle of one.
            connection.execute("PRAGMA wal_autocheckpoint = 0")
        connection.execute("PRAGMA user_version").fetchone()  # reads the header: NOTADB here
    except BaseException:
        connection.close()
        raise
    return connection


def kind_of(error: sqlite3.Error, path: Path) -> ProblemKind:
    """Which problem an SQLite error means for the history file at `path`."""
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error).lower()
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text:
        return ProblemKind.CORRUPT
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return ProblemKind.LOCKED
    if name == "SQLITE_FULL" or (name.startswith("SQLITE_IOERR") and _disk_full(path)):
        return ProblemKind.DISK_FULL
    if name.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_AUTH")):
        return ProblemKind.READ_ONLY
    if name.startswith("SQLITE_CANTOPEN") and not _writable(path):
        return ProblemKind.READ_ONLY
    return ProblemKind.UNAVAILABLE


def kind_of_os_error(error: OSError) -> ProblemKind:
    """Which problem an error from the file system (making the folder) means."""
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ProblemKind.READ_ONLY
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return ProblemKind.DISK_FULL
    return ProblemKind.UNAVAILABLE


def _writable(path: Path) -> bool:
    target = path if path.exists() else path.parent
    return os.access(target, os.W_OK)


def _disk_full(path: Path) -> bool:
    try:
        stats = os.statvfs(path.parent)
    except OSError:
        return False
    return stats.f_bavail * stats.f_frsize < 64 * 1024


def describe(kind: ProblemKind, path: Path, kept_as: Path | None = None,
             salvaged: int = 0) -> StoreProblem:
    """The problem in words a person can act on, naming the file."""
    if kind is ProblemKind.CORRUPT and kept_as is None:
        corrupt = t("The history file {path} was damaged. It is kept as it was and a new "
                    "history was started.", path=path)
    elif kind is ProblemKind.CORRUPT and salvaged:
        corrupt = tn("The history file {path} was damaged. It is kept as {kept} and a new "
                     "history was started, with the {n} session that could still be read.",
                     "The history file {path} was damaged. It is kept as {kept} and a new "
                     "history was started, with the {n} sessions that could still be read.",
                     salvaged, path=path, kept=kept_as.name if kept_as else "")
    else:
        corrupt = t("The history file {path} was damaged. It is kept as {kept} and a new "
                    "history was started.", path=path, kept=kept_as.name if kept_as else "")
    messages = {
        ProblemKind.LOCKED: t("Another program is using the history file {path}. This "
                              "session is kept in memory and saved as soon as the file is "
                              "free.", path=path),
        ProblemKind.CORRUPT: corrupt,
        ProblemKind.READ_ONLY: t("The history file {path} cannot be written (its folder or "
                                 "disk is read-only, or it belongs to someone else). Sessions "
                                 "are not being recorded.", path=path),
        ProblemKind.DISK_FULL: t("The disk holding {path} is full. This session is kept in "
                                 "memory and saved once there is room.", path=path),
        ProblemKind.NEWER: t("The history file {path} was written by a newer StretchDesk. "
                             "It is left as it is, and sessions are not recorded by this "
                             "version.", path=path),
        ProblemKind.UNAVAILABLE: t("The history file {path} cannot be used. Sessions are "
                                   "not being recorded.", path=path),
    }
    return StoreProblem(kind, messages[kind])


def set_aside(path: Path, at: float) -> Path:
    """Renames a damaged `path` (and its log and index) to `<name>.corrupt-<time>`.

    Never overwrites an earlier one: a second damaged file the same second gets `-2`.
    """
    stamp = datetime.fromtimestamp(at, UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 1
    while any(Path(f"{target}{suffix}").exists() for suffix in _COMPANIONS):
        number += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
    for suffix in _COMPANIONS:
        source = Path(f"{path}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{target}{suffix}"))
    return target


_TABLES = {
    "session": ("id", "routine_id", "routine_name", "level", "started_at", "utc_offset",
                "time_zone", "local_day", "ended_at", "outcome", "back_before", "back_after",
                "active_seconds"),
    "phase": ("id", "session_id", "seq", "phase_index", "item", "stretch_id", "kind", "side",
              "repetition", "planned_seconds", "actual_seconds", "skipped", "extended_by",
              "ended_at"),
}


def salvage(damaged: Path, fresh: sqlite3.Connection) -> int:
    """Copies every row still readable from `damaged` into `fresh`; returns the sessions.

    Rows are read in rowid order from both ends, so a damaged page in the middle of a
    table loses only the rows on it. Nothing is written to `damaged`.
    """
    try:
        old = sqlite3.connect(f"file:{quote(str(damaged))}?mode=ro", uri=True)
    except sqlite3.Error:
        return 0
    sessions = 0
    try:
        for table, columns in _TABLES.items():
            rows: dict[int, tuple[object, ...]] = {}
            for order in ("ASC", "DESC"):
                try:
                    for row in old.execute(
                            f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid {order}"):
                        rows[row[0]] = row
                except sqlite3.Error:
                    pass  # the rest of this direction is behind a damaged page
            insert = (f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) "
                      f"VALUES ({', '.join('?' * len(columns))})")
            fresh.execute("BEGIN IMMEDIATE")
            for row in rows.values():
                try:
                    fresh.execute(insert, row)
                except sqlite3.IntegrityError:
                    continue  # a row the damage garbled past the table's rules
            fresh.execute("COMMIT")
            if table == "session":
                sessions = len(rows)
    finally:
        old.close()
    return sessions
