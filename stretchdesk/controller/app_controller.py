"""AppController: the one place that starts, steers and records sessions, for every view.

Views (the main window now; the tray, history and editor next) send it intents and
render what its signals say; none reaches into another. It owns the library service,
the settings and their saving, the session driver, the cue output and the last summary.
The driver and the cues are made when first needed: the routine list shows without them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from stretchdesk.controller.history_intents import HistoryIntents
from stretchdesk.controller.library_service import LibraryService
from stretchdesk.controller.settings_keeper import SettingsKeeper
from stretchdesk.controller.sound_intents import SoundIntents
from stretchdesk.controller.steering import Steering
from stretchdesk.core.model import Level, Library, Routine
from stretchdesk.core.session_state import SessionState
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_schema import remember_hold
from stretchdesk.core.timeline import Timeline, build_timeline, timeline_seconds
from stretchdesk.timers import TimerFactory, qt_timer

if TYPE_CHECKING:
    from stretchdesk.controller.caution_gate import CautionGate
    from stretchdesk.controller.cue_output import CueOutput
    from stretchdesk.controller.driver import SessionDriver
    from stretchdesk.controller.history_keeper import HistoryKeeper
    from stretchdesk.controller.view import QuestionView
    from stretchdesk.core.event_log import EventLog
    from stretchdesk.core.history.resume import ResumeOffer
    from stretchdesk.core.session import Session
    from stretchdesk.core.session_summary import SessionSummary


class AppController(Steering, SoundIntents, HistoryIntents, QObject):
    """Runs the app for its views: intents in (methods), what happened out (signals).

    Intents: start_routine, pause, resume, toggle_pause, skip, back, extend, stop,
    keep_holds, apply_settings, set_muted, toggle_mute, prepare_sound, test_sound, quit;
    with the history open (open_history, then `history`): resume_offer, interrupt. A view
    that can answer questions (the cautions before a routine) registers itself with
    `set_view`. The steering, sound and history intents come from their mixins
    (controller/steering.py, sound_intents.py, history_intents.py).

    Signals:
        library_changed(Library): the routines were reloaded (a file of the person's changed).
        settings_changed(Settings): the settings in use changed.
        session_started(Routine, Timeline): a session was set up; its first phase starts
            once the sounds are ready (at once when they are: see `getting_ready`).
        timeline_changed(Timeline): new settings re-planned the session in progress.
        phase_started(int, Phase): the phase at index began.
        remaining_changed(float, float): seconds left in the phase, and its length.
        state_changed(SessionState): running, paused, finished or stopped.
        session_ended(SessionSummary): the session finished or was stopped.
        caption(str): a cue's line, to be shown as it is spoken.
        sound_status(SoundStatus): what the person will hear, each time the sounds have
            been got ready (after the first paint, and after each try again).
        muted_changed(bool): sound was muted (True) or turned back on.
        voices_changed(): the speech engine, started in the background, has listed its
            voices (voice_names() gives them, to whoever shows them).
        notice(str): something the person should be told (a setting not saved, ...).
        check_in_changed(object): the back question on screen now (a BackCheckIn), or None.
    """

    library_changed = Signal(object)
    voices_changed = Signal()
    settings_changed = Signal(object)
    session_started = Signal(object, object)
    timeline_changed = Signal(object)
    phase_started = Signal(int, object)
    remaining_changed = Signal(float, float)
    state_changed = Signal(object)
    session_ended = Signal(object)
    caption = Signal(str)
    sound_status = Signal(object)
    muted_changed = Signal(bool)
    notice = Signal(str)
    check_in_changed = Signal(object)

    def __init__(self, library: LibraryService, keeper: SettingsKeeper,
                 settings: Settings | None = None, *, clock: Callable[[], float] = time.monotonic,
                 speed: float = 1.0, event_log: EventLog | None = None,
                 timers: TimerFactory = qt_timer, parent: QObject | None = None,
                 wall_clock: Callable[[], float] = time.time) -> None:
        super().__init__(parent)
        self.library_service = library
        self._keeper = keeper
        self.settings = settings if settings is not None else keeper.load()
        self._clock, self._speed, self._event_log, self._timers = clock, speed, event_log, timers
        self._wall_clock = wall_clock  # the history's dates and times
        self._view: QuestionView | None = None
        self._driver: SessionDriver | None = None
        self._cues: CueOutput | None = None
        self._cautions: CautionGate | None = None  # made at the first start
        self.history: HistoryKeeper | None = None  # opened after the first paint (open_history)
        self.routine: Routine | None = None
        self.last_summary: SessionSummary | None = None
        self.muted = False
        library.changed.connect(self.library_changed)
        self.notice.connect(lambda text: event_log.write("notice", text=text)
                            if event_log is not None else None)

    def set_view(self, view: QuestionView) -> None:
        """The view that answers the controller's questions (the cautions)."""
        self._view = view

    @property
    def library(self) -> Library:
        """The stretches and routines as they are now."""
        return self.library_service.library

    @property
    def driver(self) -> SessionDriver:
        """Runs the sessions on a timer (made on first use: the routine list needs none)."""
        if self._driver is None:
            from stretchdesk.controller.driver import SessionDriver

            driver = self._driver = SessionDriver(self._clock, self._speed, self._event_log,
                                                  self, self._timers)
            driver.phase_started.connect(self.phase_started)
            driver.remaining_changed.connect(self.remaining_changed)
            driver.state_changed.connect(self._state_changed)
        return self._driver

    @property
    def session(self) -> Session | None:
        """The session loaded now (running, paused or over), if any."""
        return self._driver.session if self._driver is not None else None

    @property
    def state(self) -> SessionState:
        """The state of the session (IDLE when there is none)."""
        return self._driver.state if self._driver is not None else SessionState.IDLE

    def timeline_for(self, routine: Routine, level: Level | None = None) -> Timeline:
        """The phases of `routine` with the settings in use (at `level`): the app's one place."""
        settings = self.settings if level is None else replace(self.settings, level=level)
        return build_timeline(routine, self.library, settings)

    def routine_lengths(self) -> dict[str, float]:
        """Every routine's length in seconds with the settings in use, by id."""
        return {rid: timeline_seconds(r, self.library, self.settings)
                for rid, r in self.library.routines.items()}

    # -- starting ------------------------------------------------------------------------

    def start_routine(self, routine_id: str, level: Level | None = None, *,
                      ask_cautions: bool = True, resume: ResumeOffer | None = None) -> bool:
        """Starts `routine_id` (at `level`, for this run, when given).

        Its cautions are shown first, unless the person hid them or saw them this run.
        False when they chose not to start, or there was no view to show them on. With
        `resume`, it carries that session cut short on from the start of the phase it was
        cut short in, and the history records it as the same session.
        """
        routine = self.library.routines[routine_id]
        self.driver.log_event("start_requested", routine=routine_id)
        if level is not None and level is not self.settings.level:
            self._use(replace(self.settings, level=level))
        if ask_cautions and not self._cautions_accepted(routine):
            return False
        self.routine = routine
        timeline = self.timeline_for(routine)
        self.driver.load(timeline, resume.records() if resume is not None else ())
        if self._cues is not None:
            self._cues.prepare()  # what could not be got ready before is tried again
        self._hold(self._cues is not None and not self._cues.ready)
        self.session_started.emit(routine, timeline)
        if self._cues is None:
            self._start_loaded(timeline, resume)
        else:
            self._cues.when_ready(lambda: self._start_loaded(timeline, resume))
        return True

    def _cautions_accepted(self, routine: Routine) -> bool:
        if self._cautions is None:
            from stretchdesk.controller.caution_gate import CautionGate

            self._cautions = CautionGate()
        answer = self._cautions.ask(routine, self.library, self.settings, self._view)
        if answer.start and answer.hide_next_time:
            hidden = self.settings.hidden_cautions | {routine.id}
            self.apply_settings(replace(self.settings, hidden_cautions=hidden))
        return answer.start

    def _start_loaded(self, timeline: Timeline, offer: ResumeOffer | None = None) -> None:
        """Starts the loaded session, unless another replaced it while sound was loading;
        the history records it from now on (as the session of `offer`, when resumed)."""
        session = self.session
        if (session is None or session.timeline is not timeline
                or session.state is not SessionState.IDLE):
            return
        if self.history is not None and self.routine is not None:
            self.history.begin(session, self.routine, self.settings, offer)
        first = offer.index_in(timeline) if offer is not None else 0
        self._run_held(lambda: self.driver.start(first))

    def _state_changed(self, state: SessionState) -> None:
        self.state_changed.emit(state)
        session = self.session
        if state in (SessionState.FINISHED, SessionState.STOPPED) and session is not None:
            from stretchdesk.core.session_summary import summarize

            self.last_summary = summarize(session)
            self.session_ended.emit(self.last_summary)

    # -- settings ------------------------------------------------------------------------

    def apply_settings(self, settings: Settings) -> None:
        """Uses and saves `settings`; a session in progress adopts them from its next phase."""
        self._use(settings)
        problem = self._keeper.save(settings)
        if problem:
            self.notice.emit(problem)

    def keep_holds(self) -> None:
        """Keeps the holds changed with + / − in the last session for next time."""
        summary = self.last_summary
        if summary is None or not summary.changed_holds:
            return
        settings = self.settings
        for stretch_id, seconds in summary.changed_holds:
            settings = remember_hold(settings, stretch_id, seconds)
        self.apply_settings(settings)

    def _use(self, settings: Settings) -> None:
        self.settings = settings
        if self._cues is not None:
            self._cues.apply_settings(settings)
        driver = self._driver
        if driver is not None and driver.active and self.routine is not None:
            timeline = self.timeline_for(self.routine)
            driver.adopt(timeline)
            self.timeline_changed.emit(timeline)
        self.settings_changed.emit(settings)

    def shut_down(self) -> None:
        """Ends any session (left to be resumed next time), closes the history and the
        event log (the app is closing)."""
        if self._driver is not None and self._driver.active:
            self.interrupt()
        if self.history is not None:
            self.history.close()
        if self._cues is not None:
            self._cues.player.stop()
        if self._event_log is not None:
            self._event_log.close()

    def quit(self) -> None:
        """Ends everything and leaves the app."""
        self.shut_down()
        QCoreApplication.quit()
