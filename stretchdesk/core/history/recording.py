"""SessionRecording: one session as it is recorded, phase by phase, and what is on disk yet."""

from __future__ import annotations

import contextlib
import sqlite3
from typing import Protocol

from stretchdesk.core.history.records import Outcome, RecordedPhase, SessionHeader

__all__ = ["SessionRecording"]


class _Saver(Protocol):
    def save(self, recording: SessionRecording) -> bool: ...


_INSERT_SESSION = (
    "INSERT OR IGNORE INTO session (id, routine_id, routine_name, level, started_at, "
    "utc_offset, time_zone, local_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
_INSERT_PHASE = (
    "INSERT OR IGNORE INTO phase (session_id, seq, phase_index, item, stretch_id, kind, "
    "side, repetition, planned_seconds, actual_seconds, skipped, extended_by, ended_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
_UPDATE_SESSION = (
    "UPDATE session SET ended_at = ?, outcome = ?, back_before = ?, back_after = ?, "
    "active_seconds = ? WHERE id = ?")


class SessionRecording:
    """Records one session: each phase as it ends, the back scores, and how it ended.

    Made by HistoryStore.start_session and HistoryStore.resume. Every call saves at once,
    in one small transaction; what cannot be saved (the file is locked, the disk full) is
    kept here and saved with the next call, or by HistoryStore.close. Calls never raise:
    the store reports problems once, and the session goes on.
    """

    def __init__(self, saver: _Saver, header: SessionHeader, session_id: int | None = None,
                 next_seq: int = 0, active_seconds: float = 0.0,
                 back_before: int | None = None, back_after: int | None = None,
                 generation: int | None = None) -> None:
        self._saver = saver
        self.header = header
        self._session_id = session_id
        self._first_seq = next_seq
        self._phases: list[tuple[RecordedPhase, float]] = []  # (phase, when it ended)
        self._saved = 0  # how many of _phases are on disk
        self._generation = generation  # the store's file this session is in (None: none)
        self._dirty = True
        self.active_seconds = active_seconds
        self.back_before = back_before
        self.back_after = back_after
        self.outcome: Outcome | None = None
        self.ended_at: float | None = None

    @property
    def session_id(self) -> int | None:
        """The session's row id once it is on disk."""
        return self._session_id

    @property
    def saved(self) -> bool:
        """Whether everything recorded so far is on disk."""
        return not self._dirty

    @property
    def phases(self) -> tuple[RecordedPhase, ...]:
        """The phases this recording recorded (not those before a resume)."""
        return tuple(phase for phase, _ in self._phases)

    def record_phase(self, phase: RecordedPhase, at: float) -> bool:
        """Records a phase that ended at `at`; True when it is on disk."""
        self._phases.append((phase, at))
        self.active_seconds += phase.actual_seconds
        return self._changed()

    def set_back_before(self, score: int | None) -> bool:
        """How the back felt before the routine, 0–10 (None: not answered)."""
        self.back_before = _score(score)
        return self._changed()

    def set_back_after(self, score: int | None) -> bool:
        """How the back felt after the routine, 0–10 (None: not answered)."""
        self.back_after = _score(score)
        return self._changed()

    def end(self, outcome: Outcome, at: float) -> bool:
        """Records how and when the session ended; True when it is on disk."""
        self.outcome, self.ended_at = outcome, at
        return self._changed()

    def _changed(self) -> bool:
        self._dirty = True
        return self._saver.save(self)

    def write(self, connection: sqlite3.Connection, generation: int) -> None:
        """Writes what is not on disk yet in one transaction; on error nothing changes.

        `generation` counts the files the store has used: when it differs from the last
        write's (a damaged file was replaced), the whole session is written again.
        """
        fresh_file = self._generation != generation
        start = 0 if fresh_file else self._saved
        session_id = self._session_id
        header = self.header
        connection.execute("BEGIN IMMEDIATE")
        try:
            cursor = connection.execute(_INSERT_SESSION, (
                session_id, header.routine_id, header.routine_name, header.level,
                header.started_at, header.utc_offset, header.time_zone, header.local_day,
            )) if session_id is None or fresh_file else None
            if session_id is None:
                assert cursor is not None
                session_id = cursor.lastrowid
            connection.executemany(_INSERT_PHASE, [
                (session_id, self._first_seq + number, phase.index, phase.item, phase.stretch_id,
                 phase.kind.value, phase.side.value if phase.side else None,
                 phase.repetition, phase.planned_seconds, phase.actual_seconds,
                 int(phase.skipped), phase.extended_by, ended_at)
                for number, (phase, ended_at) in enumerate(self._phases[start:], start)
            ])
            connection.execute(_UPDATE_SESSION, (
                self.ended_at, self.outcome.value if self.outcome else None,
                self.back_before, self.back_after, self.active_seconds, session_id))
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    connection.execute("ROLLBACK")
            raise
        self._session_id = session_id
        self._saved = len(self._phases)
        self._generation = generation
        self._dirty = False


def _score(score: int | None) -> int | None:
    if score is not None and not 0 <= score <= 10:
        raise ValueError(f"a back score is 0 to 10, not {score}")
    return score
