"""The app controller runs whole sessions for a view it only talks to through signals."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from stretchdesk.audio.player import SilentPlayer
from stretchdesk.controller.app_controller import AppController
from stretchdesk.controller.cue_output import SoundStatus
from stretchdesk.controller.library_service import LibraryService
from stretchdesk.controller.settings_keeper import SettingsKeeper
from stretchdesk.core.cautions import CautionAnswer
from stretchdesk.core.library import Library
from stretchdesk.core.model import Level
from stretchdesk.core.session_state import SessionState
from stretchdesk.core.session_summary import SessionSummary
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_store import SettingsStore
from stretchdesk.core.timeline import PhaseKind, build_timeline
from tests.controller.conftest import FakeView
from tests.core.clock import FakeClock
from tests.helpers.timers import FakeTimers


def run_out(controller: AppController, clock: FakeClock, timers: FakeTimers) -> None:
    """Lets time pass as the app would: the clock moves to each wake-up, the timer fires."""
    while controller.state is SessionState.RUNNING:
        (tick,) = timers.running("session tick")
        clock.advance(tick.interval() / 1000)
        tick.fire()


def test_a_whole_routine_runs_with_a_fake_view_and_a_fake_clock(
    controller: AppController, clock: FakeClock, timers: FakeTimers, view: FakeView,
    player: SilentPlayer, library: Library,
) -> None:
    said: list[tuple[str, object]] = []
    for name in ("session_started", "phase_started", "state_changed", "session_ended",
                 "caption", "sound_status"):
        getattr(controller, name).connect(lambda *args, n=name: said.append((n, args)))
    timeline = build_timeline(library.routines["desk-break"], library, Settings())

    assert controller.start_routine("desk-break")
    run_out(controller, clock, timers)

    assert view.asked == ["Desk break"]  # the cautions first
    names = [n for n, _ in said]
    assert names[:3] == ["sound_status", "session_started", "state_changed"]
    started = [args for n, args in said if n == "phase_started"]
    assert [i for i, _ in started] == list(range(len(timeline)))
    assert [p for _, p in started] == list(timeline)
    # Every phase start is captioned with its cue line, which the player also played.
    phase_lines = [c.text for c in player.played if c.phase_start]
    assert phase_lines[0].startswith("Starting position: ")
    assert phase_lines[-1] == "Routine complete"
    captions = [args[0] for n, args in said if n == "caption"]
    assert [line for line in captions if line in phase_lines] == phase_lines
    (summary,) = [args[0] for n, args in said if n == "session_ended"]
    assert isinstance(summary, SessionSummary) and summary.completed
    assert (summary.stretches_done, summary.stretches_total) == (4, 4)
    assert abs(summary.seconds - timeline.total_seconds) < 1e-6
    assert controller.last_summary is summary
    assert timers.running() == []  # nothing is left ticking


def test_declining_the_cautions_starts_nothing(controller: AppController, view: FakeView,
                                               timers: FakeTimers) -> None:
    view.answer = CautionAnswer(start=False, hide_next_time=False)
    started: list[object] = []
    controller.session_started.connect(lambda *args: started.append(args))
    assert not controller.start_routine("before-bed")
    assert started == [] and controller.state is SessionState.IDLE
    assert timers.running() == []


def test_without_a_view_unseen_cautions_never_start(library: Library, tmp_path: Path) -> None:
    service = LibraryService(lambda: library, tmp_path / "routines")
    controller = AppController(service, SettingsKeeper(SettingsStore(tmp_path, lambda: 0)),
                               Settings(), timers=FakeTimers())
    assert not controller.start_routine("before-bed")
    assert controller.start_routine("before-bed", ask_cautions=False)


def test_hidden_cautions_are_saved_and_not_asked_again(
    controller: AppController, view: FakeView, store: SettingsStore
) -> None:
    view.answer = CautionAnswer(start=True, hide_next_time=True)
    assert controller.start_routine("before-bed")
    controller.stop()
    assert store.load().hidden_cautions == frozenset({"before-bed"})
    assert controller.start_routine("before-bed")
    assert view.asked == ["Before bed"]


def test_kept_holds_are_saved_and_used_next_time(
    controller: AppController, clock: FakeClock, timers: FakeTimers, store: SettingsStore
) -> None:
    controller.start_routine("desk-break")
    session = controller.session
    assert session is not None
    while session.phase.kind is not PhaseKind.HOLD:
        controller.skip()
    stretch_id, hold = session.phase.stretch_id, session.phase.seconds
    controller.extend(10)
    run_out(controller, clock, timers)
    assert controller.last_summary is not None
    assert controller.last_summary.changed_holds == ((stretch_id, hold + 10),)
    controller.keep_holds()
    assert store.load().hold_overrides[stretch_id] == hold + 10
    controller.start_routine("desk-break")
    assert controller.session is not None
    assert next(p.seconds for p in controller.session.timeline
                if p.stretch_id == stretch_id and p.kind is PhaseKind.HOLD) == hold + 10


def test_new_settings_mid_session_replan_it_and_a_rest_change_stays_a_rest_change(
    controller: AppController, clock: FakeClock, timers: FakeTimers
) -> None:
    """Issue 13 item 6: + in a rest, then Settings: no hold was changed, none is offered."""
    replanned: list[object] = []
    controller.timeline_changed.connect(replanned.append)
    controller.start_routine("desk-break")
    session = controller.session
    assert session is not None
    while session.phase.kind is not PhaseKind.REST:
        controller.skip()
    controller.extend(5)
    controller.pause()  # as opening Settings does
    controller.apply_settings(replace(controller.settings, prepare_seconds=0.0))
    assert len(replanned) == 1 and replanned[0] is session.timeline
    assert controller.state is SessionState.PAUSED  # the session's real state
    assert not any(p.kind is PhaseKind.PREPARE for p in session.timeline)
    controller.resume()
    run_out(controller, clock, timers)
    summary = controller.last_summary
    assert summary is not None
    assert (summary.holds_extended, summary.changed_holds) == (0, ())


def test_a_level_for_one_start_is_used_but_not_saved(
    controller: AppController, library: Library, store: SettingsStore
) -> None:
    levels: list[Level] = []
    controller.settings_changed.connect(lambda s: levels.append(s.level))
    controller.start_routine("morning-stiffness", Level.BEGINNER)
    routine = library.routines["morning-stiffness"]
    beginner = build_timeline(routine, library, Settings(level=Level.BEGINNER))
    assert controller.session is not None
    assert list(controller.session.timeline) == list(beginner)
    assert levels == [Level.BEGINNER]
    assert store.load().level is Settings().level


def test_sessions_wait_for_sounds_and_each_try_says_what_is_missing(
    library: Library, tmp_path: Path, clock: FakeClock
) -> None:
    class Loading(SilentPlayer):
        loaded = False
        prepared = 0

        def prepare(self) -> None:
            self.prepared += 1

        def is_ready(self) -> bool:
            return self.loaded

        def is_audible(self) -> bool:
            return True  # chimes, no voice

    timers = FakeTimers()
    service = LibraryService(lambda: library, tmp_path / "routines", timers=timers)
    controller = AppController(service, SettingsKeeper(SettingsStore(tmp_path, lambda: 0)),
                               Settings(), clock=clock, timers=timers)
    player = Loading(missing="No voice: testing")
    controller.attach_sound(player)
    statuses: list[SoundStatus] = []
    controller.sound_status.connect(statuses.append)
    controller.prepare_sound()  # the app does this after the first paint
    assert player.prepared == 1 and controller.sound is None
    controller.start_routine("desk-break", ask_cautions=False)
    assert controller.getting_ready and controller.state is SessionState.IDLE
    player.loaded = True
    player.ready.emit()
    assert controller.state is SessionState.RUNNING and not controller.getting_ready
    controller.stop()
    controller.start_routine("desk-break", ask_cautions=False)
    assert controller.state is SessionState.RUNNING  # ready now: no wait
    assert statuses == [SoundStatus("No voice: testing", audible=True)]
    assert controller.sound == statuses[0]
    player.ready.emit()  # ready again after trying again (a sound server appeared)
    assert len(statuses) == 2


def test_the_voices_are_listed_only_for_whoever_shows_them(
    controller: AppController
) -> None:
    # espeak-ng's engine offers 13,363 voices: listing them makes an object for each on
    # the window's thread, and a session shows none (only the Settings window does).
    class Voices(SilentPlayer):
        listed = 0

        def voice_names(self) -> list[str]:
            self.listed += 1
            return ["Alto", "Bass"]

    player = Voices()
    controller.attach_sound(player)
    player.voices_changed.emit()  # the engine has started, in the background
    assert player.listed == 0
    shown: list[list[str]] = []
    controller.voices_changed.connect(lambda: shown.append(controller.voice_names()))
    player.voices_changed.emit()  # as the Settings window hears it
    assert shown == [["Alto", "Bass"]]


def test_a_changed_library_reaches_the_views(
    library: Library, tmp_path: Path, timers: FakeTimers
) -> None:
    extra = replace(library.routines["desk-break"], id="mine", name="Mine", user=True)
    current = {"lib": library}
    service = LibraryService(lambda: current["lib"], tmp_path / "routines", timers=timers)
    controller = AppController(service, SettingsKeeper(SettingsStore(tmp_path, lambda: 0)),
                               Settings(), timers=timers)
    heard: list[Library] = []
    controller.library_changed.connect(heard.append)
    current["lib"] = Library(library.stretches, {**library.routines, "mine": extra}, [])
    service.reload()
    assert heard == [current["lib"]] and controller.library is current["lib"]
    assert controller.routine_lengths()["mine"] == controller.routine_lengths()["desk-break"]


def test_mute_reaches_the_player_and_the_views(controller: AppController,
                                               player: SilentPlayer) -> None:
    heard: list[bool] = []
    controller.muted_changed.connect(heard.append)
    controller.set_muted(True)
    assert player.muted and heard == [True]
