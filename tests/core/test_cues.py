"""The cue plan: the chimes and lines a person hears through a real session on a fake clock."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from stretchdesk.core.cues import CHIMES, Cue, CuePlan, latest_events, spoken_length
from stretchdesk.core.library import Library, load_library
from stretchdesk.core.model import Side
from stretchdesk.core.session import (
    Breath,
    Countdown,
    Event,
    Finished,
    Halfway,
    PhaseStarted,
    Session,
    SessionState,
    Stopped,
)
from stretchdesk.core.settings import Level, Settings, SoundMode
from stretchdesk.core.timeline import Phase, PhaseKind, Timeline, build_timeline
from tests.core.clock import FakeClock
from tests.core.factory import make_data, routine_text, write

SOUNDS = Path(__file__).resolve().parents[2] / "assets" / "sounds"


@pytest.fixture
def library(tmp_path: Path) -> Library:
    """The made-up stretches, with a routine of a one-sided and a dynamic stretch."""
    root = make_data(tmp_path / "data")
    write(root / "routines" / "all.yaml", routine_text("all", "side-reach", "rocking"))
    return load_library(root)


def run(library: Library, routine: str, settings: Settings, step: float = 0.05) -> list[Cue]:
    """Every cue of a whole session, ticking every `step` seconds like the app does."""
    clock = FakeClock()
    session = Session(build_timeline(library.routines[routine], library, settings), clock)
    plan = CuePlan.from_library(library, settings)
    session.start()
    cues: list[Cue] = []
    for _ in range(100_000):
        cues += plan.cues_for(session.tick())
        if session.state is SessionState.FINISHED:
            break
        clock.advance(step)
    return cues


def lines(cues: list[Cue]) -> list[str]:
    return [c.text for c in cues if c.text is not None]


def test_one_sided_stretch_then_dynamic_one_says_every_phase_with_real_numbers(
    library: Library,
) -> None:
    # side-reach: intermediate 20 s holds, 2 reps, alternating; rocking: 20 s, breath 4 s.
    said = [c.text for c in run(library, "all", Settings()) if c.phase_start]
    assert said == [
        "Starting position: side reach, left side",
        "Left side. Hold for 20 seconds",
        "Release slowly",
        "Switch to your right side",
        "Right side. Hold for 20 seconds",
        "Release slowly",
        "Switch to your left side",
        "Left side. Hold for 20 seconds",
        "Release slowly",
        "Switch to your right side",
        "Right side. Hold for 20 seconds",
        "Release slowly",
        "Rest. Next up: rocking",
        "Starting position: rocking",
        "Move with your breath for 20 seconds. Breathe in",
        "Release slowly",
        "Routine complete",
    ]


def test_each_phase_kind_has_its_own_chime(library: Library) -> None:
    cues = [c for c in run(library, "all", Settings()) if c.phase_start]
    by_line = {c.text: c.chime for c in cues}
    assert by_line["Starting position: side reach, left side"] == "prepare"
    assert by_line["Left side. Hold for 20 seconds"] == "hold"
    assert by_line["Release slowly"] == "release"
    assert by_line["Switch to your right side"] == "switch"
    assert by_line["Rest. Next up: rocking"] == "rest"
    assert by_line["Routine complete"] == "finish"
    assert {c.chime for c in cues} == {"prepare", "hold", "release", "switch", "rest", "finish"}


def test_every_chime_the_plan_names_is_a_committed_sound(library: Library) -> None:
    assert sorted(CHIMES) == sorted(p.stem for p in SOUNDS.glob("*.wav"))
    named = {c.chime for c in run(library, "all", Settings()) if c.chime}
    assert named == set(CHIMES)


def test_countdown_halfway_and_breath_cues_in_the_hold(library: Library) -> None:
    cues = run(library, "all", Settings())
    texts = [c.text for c in cues]
    start = texts.index("Move with your breath for 20 seconds. Breathe in")
    rocking = cues[start : texts.index("Release slowly", start)]
    # Breath every 4 s over a 20 s hold: out at 4, in at 8, out 12, in 16; halfway at 10;
    # ticks at 17, 18, 19.
    assert [(c.chime, c.text) for c in rocking[1:]] == [
        ("breath-out", "Breathe out"),
        ("breath-in", "Breathe in"),
        ("halfway", "Halfway there"),
        ("breath-out", "Breathe out"),
        ("breath-in", "Breathe in"),
        ("tick", None),
        ("tick", None),
        ("tick", None),
    ]


def test_settings_turn_off_ticks_halfway_and_breath(library: Library) -> None:
    quiet = Settings(countdown_ticks=False, halfway_cue=False, breath_cues=False)
    chimes = [c.chime for c in run(library, "all", quiet)]
    assert "tick" not in chimes and "halfway" not in chimes
    assert "breath-in" not in chimes and "breath-out" not in chimes
    assert chimes.count("hold") == 5  # the phase cues still play


@pytest.mark.parametrize(
    ("mode", "chimes", "voice"),
    [(SoundMode.CHIME_AND_VOICE, True, True), (SoundMode.CHIME, True, False),
     (SoundMode.SILENT, False, False)],
)  # fmt: skip
def test_sound_mode_decides_chime_and_voice_but_captions_stay(
    library: Library, mode: SoundMode, chimes: bool, voice: bool
) -> None:
    cues = run(library, "all", Settings(sound_mode=mode))
    assert any(c.chime for c in cues) is chimes
    assert any(c.spoken for c in cues) is voice
    # Captions show every line in every mode.
    assert "Switch to your right side" in lines(cues)
    assert "Routine complete" in lines(cues)


def test_hold_line_uses_the_level_and_the_persons_own_hold(library: Library) -> None:
    beginner = Settings(level=Level.BEGINNER)
    assert "Left side. Hold for 10 seconds" in lines(run(library, "all", beginner))
    mine = Settings(hold_overrides={"side-reach": 45.0})
    assert "Left side. Hold for 45 seconds" in lines(run(library, "all", mine))


def test_late_tick_plays_only_the_latest_phase_start_and_what_follows() -> None:
    clock = FakeClock()
    phases = [
        Phase(PhaseKind.PREPARE, "a", None, 1, 1, 2.0),
        Phase(PhaseKind.HOLD, "a", None, 1, 1, 2.0),
        Phase(PhaseKind.RELEASE, "a", None, 1, 1, 6.0),
    ]
    session = Session(Timeline(phases), clock)
    plan = CuePlan({"a": "Alpha"}, Settings())
    session.start()
    assert [c.text for c in plan.cues_for(session.tick())] == ["Starting position: alpha"]
    # The app stalls for 7.1 s: prepare and hold are over, the release is 3.1 s in.
    clock.advance(7.1)
    events = session.tick()
    assert [type(e) for e in events] == [PhaseStarted, PhaseStarted, Countdown]
    cues = plan.cues_for(events)
    assert [(c.chime, c.text) for c in cues] == [("release", "Release slowly"), ("tick", None)]


def test_late_tick_past_the_end_plays_only_the_finish() -> None:
    events: list[Event] = [
        PhaseStarted(4, Phase(PhaseKind.RELEASE, "a", None, 1, 1, 5.0)),
        Countdown(3),
        Countdown(2),
        Finished(),
    ]
    assert latest_events(events) == [Finished()]
    cues = CuePlan({}, Settings()).cues_for(events)
    assert [(c.chime, c.text) for c in cues] == [("finish", "Routine complete")]


def test_several_stale_ticks_without_a_phase_start_keep_the_newest() -> None:
    assert latest_events([Countdown(3), Countdown(2), Countdown(1)]) == [Countdown(1)]
    assert latest_events([Breath(1, False), Halfway(1)]) == [Halfway(1)]
    assert latest_events([]) == []


def test_stop_is_said_without_a_chime() -> None:
    cue = CuePlan({}, Settings()).cue_for(Stopped())
    assert cue == Cue(chime=None, text="Session stopped", spoken=True, phase_start=True)


def test_switch_and_prepare_name_the_side_about_to_be_worked() -> None:
    plan = CuePlan({"reach": "Side reach"}, Settings())
    switch = Phase(PhaseKind.SWITCH, "reach", Side.LEFT, 1, 2, 5.0)
    prepare = Phase(PhaseKind.PREPARE, "reach", Side.RIGHT, 1, 2, 10.0)
    assert plan.phase_line(switch) == "Switch to your left side"
    assert plan.phase_line(prepare) == "Starting position: side reach, right side"
    assert plan.phase_line(replace(switch, side=None)) == "Switch sides"


def test_rest_names_the_next_stretch_as_spoken() -> None:
    plan = CuePlan({"cat-cow": "Cat–cow", "tfl": "TFL release"}, Settings())
    rest = Phase(PhaseKind.REST, "cat-cow", None, 1, 1, 10.0)
    assert plan.phase_line(rest) == "Rest. Next up: cat–cow"
    assert plan.phase_line(replace(rest, stretch_id="tfl")) == "Rest. Next up: TFL release"
    # An id the library does not know is still readable.
    assert plan.phase_line(replace(rest, stretch_id="hip-opener")) == "Rest. Next up: hip opener"


@pytest.mark.parametrize(
    ("seconds", "said"),
    [(30, "30 seconds"), (1, "1 second"), (29.6, "30 seconds"), (60, "1 minute"),
     (120, "2 minutes"), (90, "1 minute 30 seconds"), (61, "1 minute 1 second"),
     (0.2, "1 second")],
)  # fmt: skip
def test_lengths_are_said_the_way_a_person_says_them(seconds: float, said: str) -> None:
    assert spoken_length(seconds) == said


def test_changed_settings_apply_to_later_cues() -> None:
    plan = CuePlan({}, Settings())
    assert plan.cue_for(Countdown(3)) == Cue("tick", None)
    silent = plan.with_settings(Settings(sound_mode=SoundMode.SILENT, countdown_ticks=True))
    assert silent.cue_for(Countdown(3)) == Cue(None, None)
    assert silent.cue_for(Halfway(2)) == Cue(None, "Halfway there")
