"""What a person did in a session, counted from its phase records (for the finish screen)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from stretchdesk.core.phase_record import PhaseRecord
from stretchdesk.core.session_state import SessionState
from stretchdesk.core.timeline import PhaseKind

if TYPE_CHECKING:
    from stretchdesk.core.session import Session


@dataclass(frozen=True)
class SessionSummary:
    """Stretches done, time spent, the holds the person changed, and every phase's record."""

    routine_id: str
    completed: bool  # False when the person stopped early
    stretches_done: int
    stretches_total: int
    seconds: float  # time spent in phases, pauses left out
    holds_extended: int
    seconds_added: float  # net seconds added to holds (negative when shortened)
    holds_shortened: int
    holds_skipped: int
    # (stretch id, new hold seconds) for each stretch whose hold was changed with + / −,
    # in routine order: what the finish screen offers to remember.
    changed_holds: tuple[tuple[str, float], ...] = ()
    records: tuple[PhaseRecord, ...] = ()


def summarize(session: Session) -> SessionSummary:
    """The summary of a finished or stopped `session`.

    A stretch counts as done when one of its holds ran to its end (not skipped, not cut
    short by stopping).
    """
    records = session.records
    holds = [r for r in records if r.key.kind is PhaseKind.HOLD]
    changes = [r for r in holds if r.extended_by != 0]
    return SessionSummary(
        routine_id=session.timeline.routine_id,
        completed=session.state is SessionState.FINISHED,
        stretches_done=len({r.key.item for r in holds if r.completed}),
        stretches_total=session.timeline.item_count,
        seconds=session.elapsed,
        holds_extended=sum(1 for r in changes if r.extended_by > 0),
        seconds_added=math.fsum(r.extended_by for r in changes),
        holds_shortened=sum(1 for r in changes if r.extended_by < 0),
        holds_skipped=sum(1 for r in holds if r.skipped),
        changed_holds=_changed_holds(changes),
        records=records,
    )


def _changed_holds(changes: list[PhaseRecord]) -> tuple[tuple[str, float], ...]:
    """The hold each changed stretch ended up with (its last changed hold wins)."""
    latest: dict[str, float] = {}
    for record in changes:  # in the order the holds were done
        latest[record.key.stretch_id] = max(1.0, record.planned_seconds + record.extended_by)
    return tuple(latest.items())
