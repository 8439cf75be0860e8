"""Where a session cut short carries on, and the offer to resume it as a person reads it.

A session is cut short by a crash, a kill or the window closing; its phases up to the
last that ended are in the history. It resumes from the start of the phase that was
running then: the one after the last that ended, found by its PhaseKey (never by its
index, which new settings may have changed since).
"""

from __future__ import annotations

from dataclasses import dataclass

from stretchdesk.core.history.records import OpenSession, RecordedPhase
from stretchdesk.core.model import Level, Library, Routine
from stretchdesk.core.phase_record import PhaseKey, PhaseRecord
from stretchdesk.core.timeline import PhaseKind, Timeline
from stretchdesk.core.words import resume_question

__all__ = ["ResumeOffer", "resume_index", "resume_offer"]


def resume_index(timeline: Timeline, last: PhaseKey | None) -> int | None:
    """The index in `timeline` a session resumes from when `last` is the last phase that
    ended (None: none did); None when nothing of the routine is left to do.

    When `last` is not in the timeline any more (new settings left its kind of phase or
    its round out; the routine changed), the session starts again at the beginning of
    that stretch (its Starting position), or at the next stretch kept.
    """
    if last is None:
        return 0
    for index, phase in enumerate(timeline):
        if PhaseKey.of(phase) == last:
            return index + 1 if index + 1 < len(timeline) else None
    same = [i for i, p in enumerate(timeline)
            if p.item == last.item and p.kind is not PhaseKind.REST]
    if same:
        return same[0]
    later = [i for i, p in enumerate(timeline) if p.item > last.item]
    return later[0] if later else None


@dataclass(frozen=True)
class ResumeOffer:
    """A session cut short that can carry on: where, and the question to ask.

    `timeline` is the routine with the settings in use now at the session's `level`,
    and `index` the phase in it to start from; `earlier` the phases it had done.
    """

    open_session: OpenSession
    routine: Routine
    level: Level
    timeline: Timeline
    index: int
    question: str
    earlier: tuple[RecordedPhase, ...] = ()

    def index_in(self, timeline: Timeline) -> int:
        """Where to start in `timeline`: the offer's own, or one that new settings have
        built since (the same phase, found by its PhaseKey)."""
        if timeline is self.timeline:
            return self.index
        last = self.open_session.last_phase
        found = resume_index(timeline, last.key if last is not None else None)
        return found if found is not None else len(timeline) - 1

    def records(self) -> tuple[PhaseRecord, ...]:
        """The session's records of the phases it had done, for the Session that resumes it."""
        return tuple(phase.record() for phase in self.earlier)


def resume_offer(open_session: OpenSession, library: Library, timeline: Timeline,
                 level: Level, earlier: tuple[RecordedPhase, ...] = ()) -> ResumeOffer | None:
    """The offer for `open_session`, whose routine at its `level` is `timeline` now.

    None when there is nothing to offer: the routine is gone from the library, or every
    phase of it was done (the app was closed between the last phase and the end).
    """
    routine = library.routines.get(open_session.routine_id)
    last = open_session.last_phase
    index = resume_index(timeline, last.key if last is not None else None)
    if routine is None or index is None:
        return None
    phase = timeline[index]
    stretch = library.stretches[phase.stretch_id]
    question = resume_question(routine.name, stretch.name, phase.side, phase.rep, phase.reps,
                               rest=phase.kind is PhaseKind.REST)
    return ResumeOffer(open_session, routine, level, timeline, index, question, earlier)
