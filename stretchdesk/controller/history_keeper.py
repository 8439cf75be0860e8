"""HistoryKeeper: records every session the controller runs, and keeps what comes of it.

It opens the person's history file (after the first paint: nothing of it loads before),
records each session phase by phase through a SessionRecorder, asks the back check-in,
and finds a session cut short to offer to resume. Whatever goes wrong with the file, the
session runs on; the store says so once, through the controller's `notice`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import SignalInstance

from stretchdesk.core.events import Event, Finished, PhaseStarted, Stopped
from stretchdesk.core.history import HistoryStatistics, HistoryStore, Outcome, read_statistics
from stretchdesk.core.history.check_in import BackCheckIn, CheckInMoment
from stretchdesk.core.history.recorder import SessionRecorder
from stretchdesk.core.history.resume import ResumeOffer, resume_offer
from stretchdesk.core.model import Level, Library, Routine
from stretchdesk.core.session import Session
from stretchdesk.core.settings import Settings
from stretchdesk.desktop.clocks import local_zone

if TYPE_CHECKING:
    from stretchdesk.controller.app_controller import AppController

__all__ = ["HistoryKeeper"]


class HistoryKeeper:
    """The person's history as the app meets it: one store, the session being recorded.

    Made by `controller` (AppController.open_history), it hears the controller's session
    events and re-planned timelines, and tells the controller's `check_in_changed` the
    back question on screen and its `notice` what is wrong with the file (once).
    `wall_clock` gives seconds since the epoch (time.time in the app) and `zone` the
    person's time zone at that moment.
    """

    def __init__(self, folder: Path, controller: AppController, *,
                 wall_clock: Callable[[], float] = time.time,
                 zone: Callable[[], tzinfo] = local_zone) -> None:
        self.wall_clock, self.zone = wall_clock, zone
        self._controller = controller
        self.store = HistoryStore(folder, wall_clock(),
                                  on_problem=lambda problem: controller.notice.emit(str(problem)),
                                  checkpoint_when_ended=False)  # done in _ended
        self._heard: list[tuple[SignalInstance, Callable[..., None]]] = [
            (controller.driver.events,
             lambda events: self.take(events, controller.settings.back_check_in)),
            (controller.timeline_changed, lambda _timeline: self.adopted()),
            (controller.session_ended, lambda _summary: self._ended())]
        for signal, slot in self._heard:
            signal.connect(slot)
        self._recorder: SessionRecorder | None = None
        self.check_in: BackCheckIn | None = None  # the question on screen now
        self._before: int | None = None  # the answer before this session
        self._after: BackCheckIn | None = None  # the question once the session has ended

    # -- recording ----------------------------------------------------------------------

    def begin(self, session: Session, routine: Routine, settings: Settings,
              offer: ResumeOffer | None = None) -> None:
        """Starts recording `session` of `routine`, which starts now; with `offer`, it
        goes on recording that session cut short, which `session` resumes (one session).

        With the check-in on, the back question shows until the first phase ends. A
        resumed session is asked only if it starts again from its first phase without an
        answer; an answer given before is kept, to compare with the one after.
        """
        now = self.wall_clock()
        if offer is None:
            recording = self.store.start_session(routine.id, routine.name,
                                                 settings.level.value, now, self.zone())
            self._before = None
        else:
            recording = self.store.resume(offer.open_session, now)
            self._before = offer.open_session.back_before
        self._recorder = SessionRecorder(session, recording)
        first = offer.index_in(session.timeline) if offer is not None else 0
        fresh = first == 0 and self._before is None
        self._ask(BackCheckIn(CheckInMoment.BEFORE) if settings.back_check_in and fresh
                  else None)

    def take(self, events: Iterable[Event], ask_back: bool) -> None:
        """Records what a batch of the session's events ended. The question before goes
        once the first phase has ended; with `ask_back`, the one after comes at the end."""
        recorder = self._recorder
        if recorder is None:
            return
        batch = list(events)
        recorder.take(batch, self.wall_clock())  # on disk before the driver logs it
        if any(isinstance(event, Finished | Stopped) for event in batch):
            # The file's checkpoint (~2.5 ms) and the question (the finish screen is built
            # to show it, ~15 ms) come once the session has ended (_ended): among the end's
            # own events they held up the driver's end.
            self._after = (BackCheckIn(CheckInMoment.AFTER, before=self._before)
                           if ask_back else None)
        elif (self.check_in is not None and self.check_in.moment is CheckInMoment.BEFORE
              and any(isinstance(event, PhaseStarted) and event.index > 0 for event in batch)):
            self._ask(None)

    def _ended(self) -> None:
        """The session has finished or stopped: the file checkpointed, and the question
        after it (or none)."""
        if self._recorder is not None and self._recorder.ended:
            self.store.checkpoint()
            after, self._after = self._after, None
            self._ask(after)

    def adopted(self) -> None:
        """New settings renumbered the session's phases."""
        if self._recorder is not None:
            self._recorder.adopted()

    def answer_back(self, score: int) -> bool:
        """Records `score` (0–10) as the answer to the question on screen; False when no
        question is (the first phase has ended, or the check-in is off)."""
        recorder, check_in = self._recorder, self.check_in
        if recorder is None or check_in is None:
            return False
        self._ask(check_in.answered(score))
        if check_in.moment is CheckInMoment.BEFORE:
            self._before = score
            recorder.recording.set_back_before(score)
        else:
            recorder.recording.set_back_after(score)
        return True

    def leave_open(self) -> None:
        """The app is closing mid-session: the session is left as it is, to be resumed."""
        if self._recorder is not None and not self._recorder.ended:
            self._recorder = None
            self._ask(None)

    def close(self) -> None:
        """Writes what it still can and closes the file; records nothing more."""
        for signal, slot in self._heard:
            signal.disconnect(slot)
        self._heard = []
        self.store.close()

    def _ask(self, check_in: BackCheckIn | None) -> None:
        """Shows `check_in` (None: no question on screen)."""
        self.check_in = check_in
        self._controller.check_in_changed.emit(check_in)

    # -- resuming -----------------------------------------------------------------------

    def offer(self) -> ResumeOffer | None:
        """The latest session cut short, as an offer to resume it; None when there is none.

        It resumes at its own level (the one in use when that is unknown), with the
        settings in use. A session whose every phase was done is recorded as finished
        instead of offered; one whose routine is missing is kept for when it is back.
        """
        open_session = self.store.open_session()
        if open_session is None:
            return None
        controller = self._controller
        routine = controller.library.routines.get(open_session.routine_id)
        if routine is None:
            return None
        known = {lv.value: lv for lv in Level}
        level = known.get(open_session.level, controller.settings.level)
        offer = resume_offer(open_session, controller.library,
                             controller.timeline_for(routine, level), level,
                             self.store.phases_of(open_session))
        if offer is None:  # closed between the last phase and the end
            ended_at = open_session.last_ended_at or open_session.started_at
            self.store.resume(open_session, self.wall_clock()).end(Outcome.FINISHED, ended_at)
        return offer

    def discard(self, offer: ResumeOffer) -> None:
        """The person turned the offer down: the session is recorded as interrupted."""
        self.store.discard(offer.open_session, self.wall_clock())

    # -- reading ------------------------------------------------------------------------

    def statistics(self, settings: Settings, library: Library) -> HistoryStatistics:
        """What the history adds up to now, with the person's rest days and weekly goal."""
        from stretchdesk.core.history.body_areas import areas_by_stretch

        return read_statistics(self.store, self.wall_clock(), self.zone(),
                               rest_weekdays=settings.rest_days,
                               weekly_goal_minutes=settings.weekly_goal_minutes,
                               areas=areas_by_stretch(library.stretches))

