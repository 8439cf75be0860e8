"""What the history keeps: a session's outcome, each phase as it ended, and what went wrong."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from stretchdesk.core.model import Side
from stretchdesk.core.phase_record import PhaseKey, PhaseRecord
from stretchdesk.core.timeline import PhaseKind

__all__ = [
    "OpenSession",
    "Outcome",
    "ProblemKind",
    "RecordedPhase",
    "SessionHeader",
    "StoreProblem",
]


class Outcome(Enum):
    """How a session ended. A session with no outcome yet is still open (resumable)."""

    FINISHED = "finished"  # the last phase ended
    STOPPED = "stopped"  # the person stopped it
    INTERRUPTED = "interrupted"  # cut short (crash, kill, window closed) and not resumed


@dataclass(frozen=True, slots=True)
class RecordedPhase:
    """One phase of a session as it happened, recorded when it ends.

    `index` is the phase's place in the session's timeline and `item` that of its routine
    item (with the stretch, kind, side and repetition, the phase's PhaseKey: a resume
    finds it again in a timeline that new settings renumbered). `actual_seconds` is the
    time it really ran (pauses left out), which differs from `planned_seconds` when it
    was skipped or extended by `extended_by` seconds (negative when shortened).
    """

    index: int
    stretch_id: str
    kind: PhaseKind
    side: Side | None
    repetition: int
    planned_seconds: float
    actual_seconds: float
    skipped: bool = False
    extended_by: float = 0.0
    item: int = 0

    @classmethod
    def of(cls, record: PhaseRecord, index: int) -> RecordedPhase:
        """The session's record of a phase that ended at timeline `index`."""
        key = record.key
        return cls(index, key.stretch_id, key.kind, key.side, key.rep, record.planned_seconds,
                   record.actual_seconds, record.skipped, record.extended_by, key.item)

    @property
    def key(self) -> PhaseKey:
        """Which phase of the routine this was, whatever its place in the timeline."""
        return PhaseKey(self.item, self.stretch_id, self.kind, self.side, self.repetition)

    def record(self) -> PhaseRecord:
        """The session's record of this phase again (for a session that resumes it).

        A phase is recorded when the session moves on from it, so one not skipped ran
        to its end.
        """
        return PhaseRecord(self.key, self.planned_seconds, self.actual_seconds,
                           self.extended_by, self.skipped, completed=not self.skipped)


@dataclass(frozen=True)
class SessionHeader:
    """What is known of a session when it starts (see the `session` table).

    `local_day` (ISO date) is the day it began on in the person's time zone then, which
    was `utc_offset` seconds east of UTC and is named `time_zone`.
    """

    routine_id: str
    routine_name: str
    level: str
    started_at: float
    utc_offset: int
    time_zone: str
    local_day: str


@dataclass(frozen=True)
class OpenSession:
    """A session that was cut short and never ended: what a resume offer shows.

    `last_phase` is the last phase that ended (None when none did); the session resumes
    from the start of the phase after it, `next_index`. The rest is what
    HistoryStore.resume needs to go on recording it; `last_ended_at` is when the last
    phase ended (None when none did).
    """

    session_id: int
    header: SessionHeader
    last_phase: RecordedPhase | None
    next_seq: int = 0
    active_seconds: float = 0.0
    back_before: int | None = None
    last_ended_at: float | None = None

    @property
    def routine_id(self) -> str:
        """The routine it was running."""
        return self.header.routine_id

    @property
    def routine_name(self) -> str:
        """The routine's name as it was then."""
        return self.header.routine_name

    @property
    def level(self) -> str:
        """The level it was run at."""
        return self.header.level

    @property
    def started_at(self) -> float:
        """When it began (seconds since the epoch)."""
        return self.header.started_at

    @property
    def next_index(self) -> int:
        """The timeline index a resumed session starts from."""
        return 0 if self.last_phase is None else self.last_phase.index + 1


class ProblemKind(Enum):
    """Why the history could not be read or written."""

    LOCKED = "locked"  # another program holds the database
    CORRUPT = "corrupt"  # damaged: set aside, a new file started
    READ_ONLY = "read-only"  # the file or its folder cannot be written
    DISK_FULL = "disk-full"
    NEWER = "newer"  # written by a newer StretchDesk: left untouched
    UNAVAILABLE = "unavailable"  # any other error from the disk or SQLite


@dataclass(frozen=True)
class StoreProblem:
    """A problem with the history file, in words for the person (`message`)."""

    kind: ProblemKind
    message: str

    def __str__(self) -> str:
        return self.message
