"""What a person did in a session, for the finish screen (Qt-free, read-only)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from stretchdesk.core.session import Session, SessionState
from stretchdesk.core.timeline import PhaseKind


@dataclass(frozen=True)
class SessionSummary:
    """Stretches done, time spent, and the holds the person changed."""

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


def summarize(session: Session, phases_started: Sequence[int]) -> SessionSummary:
    """The summary of `session`; `phases_started` lists every phase index that began.

    A stretch counts as done when at least one of its holds began and was not skipped
    (nor cut short by stopping).
    """
    timeline = session.timeline
    holds = {i for i in phases_started if timeline[i].kind is PhaseKind.HOLD}
    skipped_holds = {i for i in session.skipped if timeline[i].kind is PhaseKind.HOLD}
    if session.state is SessionState.STOPPED and timeline[session.index].kind is PhaseKind.HOLD:
        skipped_holds.add(session.index)
    done_items = {timeline[i].item for i in holds - skipped_holds}
    hold_changes = {i: s for i, s in session.extended.items()
                    if timeline[i].kind is PhaseKind.HOLD and s != 0}
    return SessionSummary(
        completed=session.state is SessionState.FINISHED,
        stretches_done=len(done_items),
        stretches_total=timeline.item_count,
        seconds=session.elapsed,
        holds_extended=sum(1 for s in hold_changes.values() if s > 0),
        seconds_added=math.fsum(hold_changes.values()),
        holds_shortened=sum(1 for s in hold_changes.values() if s < 0),
        holds_skipped=len({i for i in session.skipped if timeline[i].kind is PhaseKind.HOLD}),
        changed_holds=_changed_holds(session, hold_changes),
    )


def _changed_holds(session: Session, changes: dict[int, float]) -> tuple[tuple[str, float], ...]:
    """The hold each changed stretch ended up with (its last changed hold wins)."""
    latest: dict[str, float] = {}
    for index in sorted(changes):
        phase = session.timeline[index]
        latest[phase.stretch_id] = max(1.0, phase.seconds + changes[index])
    return tuple(latest.items())
