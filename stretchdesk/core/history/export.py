"""Writes the whole history to a CSV or JSON file a person can keep or open elsewhere.

CSV: one file, one row per session followed by one row per phase of it; the `record`
column says which ("session" or "phase") and `session_id` ties them together. Session
rows fill the session columns (`actual_seconds` is the session's total); phase rows fill
the phase columns and `ended_at`. JSON: {"format": "stretchdesk-history", "version": 1,
"sessions": [{..., "phases": [...]}]}. Times are ISO 8601 in the session's own UTC
offset; an empty outcome (null in JSON) is a session that never ended and can still be
resumed. docs/history.md describes every column.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, TextIO

from stretchdesk.core.history.database import connect
from stretchdesk.core.history.schema import CURRENT_VERSION, version_of
from stretchdesk.core.phrasebook import t

__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "ExportError",
    "Exported",
    "export_file",
    "export_history",
    "format_of",
]

FORMATS = ("csv", "json")
CSV_COLUMNS = (
    "record", "session_id", "routine_id", "routine_name", "level", "started_at", "ended_at",
    "time_zone", "outcome", "back_before", "back_after", "seq", "phase_index", "item",
    "stretch_id",
    "kind", "side", "repetition", "planned_seconds", "actual_seconds", "skipped",
    "extended_by",
)
_SESSIONS = """SELECT id, routine_id, routine_name, level, started_at, ended_at, time_zone,
                      utc_offset, outcome, back_before, back_after, active_seconds
               FROM session ORDER BY id"""
_PHASES = """SELECT session_id, seq, phase_index, item, stretch_id, kind, side, repetition,
                    planned_seconds, actual_seconds, skipped, extended_by, ended_at
             FROM phase ORDER BY session_id, seq"""
_SESSION_KEYS = ("id", "routine_id", "routine_name", "level", "started_at", "ended_at",
                 "time_zone", "outcome", "back_before", "back_after", "active_seconds")
_PHASE_KEYS = ("seq", "phase_index", "item", "stretch_id", "kind", "side", "repetition",
               "planned_seconds", "actual_seconds", "skipped", "extended_by", "ended_at")


class ExportError(Exception):
    """The export could not be written; the message names the file and says why."""


@dataclass(frozen=True)
class Exported:
    """What an export wrote."""

    path: Path
    format: str
    sessions: int
    phases: int


def format_of(path: Path) -> str:
    """"csv" or "json" from the file name; ExportError for any other name."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ExportError(t("{path}: cannot tell the format from the name; "
                            "end it in .csv or .json", path=path))
    return suffix


def _moment(seconds: float | None, offset: int) -> str | None:
    if seconds is None:
        return None
    zone = timezone(timedelta(seconds=offset))
    return datetime.fromtimestamp(seconds, zone).isoformat(timespec="seconds")


Row = dict[str, Any]


def _sessions(connection: sqlite3.Connection) -> Iterator[tuple[Row, list[Row]]]:
    """Each session with its phases, in the order they were recorded (one pass of each)."""
    phases = connection.execute(_PHASES)
    waiting = phases.fetchone()
    for row in connection.execute(_SESSIONS):
        (sid, routine_id, name, level, started, ended, zone, offset, outcome, before, after,
         active) = row
        session = dict(zip(_SESSION_KEYS, (
            sid, routine_id, name, level, _moment(started, offset), _moment(ended, offset),
            zone, outcome, before, after, round(active, 3)), strict=True))
        own: list[Row] = []
        while waiting is not None and waiting[0] <= sid:
            if waiting[0] == sid:
                *fields, skipped, extended, ended_at = waiting[1:]
                own.append(dict(zip(_PHASE_KEYS, (
                    *fields, bool(skipped), extended, _moment(ended_at, offset)), strict=True)))
            waiting = phases.fetchone()
        yield session, own


def _safe(text: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(text, str) and text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def _write_csv(connection: sqlite3.Connection, out: TextIO) -> tuple[int, int]:
    writer = csv.DictWriter(out, CSV_COLUMNS, restval="", lineterminator="\n")
    writer.writeheader()
    sessions = phases = 0
    for session, own in _sessions(connection):
        sessions += 1
        phases += len(own)
        text = {k: _safe(session[k]) for k in ("routine_id", "routine_name")}
        writer.writerow({
            **{k: _blank(v) for k, v in session.items() if k in CSV_COLUMNS}, **text,
            "record": "session", "session_id": session["id"],
            "actual_seconds": session["active_seconds"]})
        for phase in own:
            writer.writerow({
                **{k: _blank(v) for k, v in phase.items()}, "record": "phase",
                "session_id": session["id"], "stretch_id": _safe(phase["stretch_id"]),
                "skipped": int(phase["skipped"])})
    return sessions, phases


def _blank(value: object) -> object:
    return "" if value is None else value


def _write_json(connection: sqlite3.Connection, out: TextIO) -> tuple[int, int]:
    out.write('{"format": "stretchdesk-history", "version": 1, "sessions": [')
    sessions = phases = 0
    for session, own in _sessions(connection):
        out.write(",\n  " if sessions else "\n  ")
        out.write(json.dumps({**session, "phases": own}, ensure_ascii=False))
        sessions += 1
        phases += len(own)
    out.write("\n]}\n" if sessions else "]}\n")
    return sessions, phases


def export_history(connection: sqlite3.Connection, path: Path,
                   overwrite: bool = False) -> Exported:
    """Writes the history to `path` (format from its name), all at once or not at all.

    An existing file is replaced only with `overwrite`; otherwise ExportError, as for
    any file that cannot be written. The history is read in one transaction, so a
    session being recorded meanwhile is either in the file or not.
    """
    kind = format_of(path)
    if path.exists() and not overwrite:
        raise ExportError(t("{path}: a file of that name is already there; choose another name",
                            path=path))
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise ExportError(t("{path}: cannot write there ({reason})", path=path,
                            reason=error.strerror)) from error
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            connection.execute("BEGIN")
            try:
                writer = _write_csv if kind == "csv" else _write_json
                sessions, phases = writer(connection, out)
            finally:
                connection.execute("COMMIT")
            out.flush()
            os.fsync(out.fileno())
        if overwrite:
            os.replace(temp, path)
        else:
            os.link(temp, path)  # fails, rather than replaces, if the name was taken meanwhile
            os.unlink(temp)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise ExportError(t("{path}: could not be written ({reason})", path=path,
                            reason=error.strerror or error)) from error
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return Exported(path, kind, sessions, phases)


def export_file(database: Path, path: Path) -> Exported:
    """Exports the history file `database` to `path` without changing `database` at all.

    For `stretchdesk --export-history`: the file is opened read-only, never upgraded,
    repaired or set aside. ExportError says what is wrong, naming the file.
    """
    format_of(path)
    if not database.exists():
        raise ExportError(t("there is no history to export yet: {database} does not exist "
                            "(it is made when a first session is recorded)", database=database))
    try:
        connection = connect(database, read_only=True)
    except sqlite3.Error as error:
        raise ExportError(t("{database} cannot be read: {reason}", database=database,
                            reason=error)) from error
    try:
        version = version_of(connection)
        if version > CURRENT_VERSION:
            raise ExportError(t("{database} was written by a newer StretchDesk; export it "
                                "with that version", database=database))
        if version == 0:
            raise ExportError(t("there is no history to export yet: {database} is empty",
                                database=database))
        return export_history(connection, path)
    except sqlite3.Error as error:
        raise ExportError(t("{database} cannot be read ({reason}); nothing was exported",
                            database=database, reason=error)) from error
    finally:
        connection.close()
