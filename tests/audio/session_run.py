"""A small in-process session run for the recorded audio tests.

Run as ``python -m tests.audio.session_run LOG [--speed N] [--voice|--silent]
[--language CODE]``: drives a
real Session through a short made-up routine containing every phase kind with a
QTimer, plays each cue through the real QtCuePlayer, and writes one JSON object per
line to LOG, stamped with time.monotonic() (the clock the recorder uses):

- {"t", "event": "ready", "missing", "voice"}: the player finished loading (before the
  start); `voice` is the locale of the voice lines are said in ("" without one)
- {"t", "event": "phase", "index", "kind", "side", "boundary"}: a phase began;
  `boundary` is when it was due, `t` when the tick saw it
- {"t", "event": "cue", "chime", "text", "spoken", "phase_start", "due"}: a cue was
  played; `due` is the phase boundary for a phase-start cue, else `t`
- {"t", "event": "finished", "missing"}: the routine is over

It runs in its own process so that a hang or crash inside Qt Multimedia fails the test
that started it instead of freezing the whole test run.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer

from stretchdesk.audio.qt_player import QtCuePlayer
from stretchdesk.core import language
from stretchdesk.core.cues import CuePlan
from stretchdesk.core.model import Side
from stretchdesk.core.session import Finished, PhaseStarted, Session, SessionState
from stretchdesk.core.settings import Settings, SoundMode
from stretchdesk.core.timeline import Phase, PhaseKind, Timeline

SOUNDS = Path(__file__).resolve().parents[2] / "assets" / "sounds"
NAMES = {"reach": "Side reach", "rock": "Rocking"}
TICK_MS = 50
VOICE_WAIT_S = 60.0

P, H, R, S, REST = (PhaseKind.PREPARE, PhaseKind.HOLD, PhaseKind.RELEASE, PhaseKind.SWITCH,
                    PhaseKind.REST)  # fmt: skip
L, RT = Side.LEFT, Side.RIGHT


def full_routine() -> Timeline:
    """Every phase kind and every timed cue, spaced (at speed 3) so no two chimes overlap.

    At speed 3 a chime of up to 1.2 s covers 3.6 session seconds, so short phases are
    3.9 s (no countdown below 4 s). The 21 s hold has its halfway cue and a countdown;
    the dynamic hold breathes out at 6.5 s and in at 13 s, each done before the
    countdown at 16.5 s.
    """
    return Timeline([
        Phase(P, "reach", L, 1, 1, 3.9, 0),
        Phase(H, "reach", L, 1, 1, 21.0, 0),
        Phase(R, "reach", L, 1, 1, 3.9, 0),
        Phase(S, "reach", RT, 1, 1, 3.9, 0),
        Phase(H, "reach", RT, 1, 1, 3.9, 0),
        Phase(R, "reach", RT, 1, 1, 3.9, 0),
        Phase(REST, "rock", None, 1, 1, 3.9, 1),
        Phase(P, "rock", None, 1, 1, 3.9, 1),
        Phase(H, "rock", None, 1, 1, 19.5, 1, breath_seconds=6.5),
        Phase(R, "rock", None, 1, 1, 3.9, 1),
    ], "audio-test")  # fmt: skip


def spoken_routine() -> Timeline:
    """Lines at speed 1, most longer than their phase: each must cut off the one before.

    Said one after another they would take about 9 s; the routine is over after 5.7 s.
    """
    return Timeline([
        Phase(P, "reach", L, 1, 1, 1.0, 0),
        Phase(H, "reach", L, 1, 1, 1.2, 0),
        Phase(R, "reach", L, 1, 1, 1.0, 0),
        Phase(S, "reach", RT, 1, 1, 1.0, 0),
        Phase(REST, "rock", None, 1, 1, 1.5, 1),
    ], "audio-voice-test")  # fmt: skip


class Run:
    """One session from start to finish, logging what it plays."""

    def __init__(
        self, log: IO[str], timeline: Timeline, settings: Settings, speed: float, chimes: bool
    ) -> None:
        self._log = log
        self._chimes = chimes
        self._wait_voice = settings.sound_mode is SoundMode.CHIME_AND_VOICE
        self._speed = speed
        self._app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
        self._player = QtCuePlayer(SOUNDS)
        self._plan = CuePlan(NAMES, settings)
        self._origin = origin = time.monotonic()
        self._clock: Callable[[], float] = lambda: origin + (time.monotonic() - origin) * speed
        self._session = Session(timeline, self._clock)
        self._ticker = QTimer()
        self._ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)
        # Fires right at the next phase boundary, so a phase cue is never a tick late.
        self._boundary = QTimer()
        self._boundary.setTimerType(Qt.TimerType.PreciseTimer)
        self._boundary.setSingleShot(True)
        self._boundary.timeout.connect(self._tick)

    def _real(self, session_time: float) -> float:
        """The real monotonic instant of a moment on the session's (sped-up) clock."""
        return self._origin + (session_time - self._origin) / self._speed

    def write(self, event: str, **fields: Any) -> None:
        self._log.write(json.dumps({"t": time.monotonic(), "event": event, **fields}) + "\n")

    def run(self) -> int:
        self._player.ready.connect(self._start)
        self._player.prepare()
        QTimer.singleShot(120_000, self._app.quit)  # never hang, whatever happens
        self._app.exec()
        self._player.stop()
        return 0 if self._session.state is SessionState.FINISHED else 1

    def _start(self) -> None:
        # A voice run waits for the speech engine, which may start after ready() on a
        # busy machine (the player waits SPEECH_WAIT_MS for it): its lines are the proof.
        if (self._wait_voice and self._player.voices_pending()
                and time.monotonic() < self._origin + VOICE_WAIT_S):
            QTimer.singleShot(100, self._start)
            return
        self.write("ready", missing=self._player.missing(), voice=self._voice_locale())
        self._session.start()
        self._ticker.start()
        self._tick()

    def _voice_locale(self) -> str:
        """The locale of the voice lines are said in ("" when none is): read while the
        engine sits idle, as the player's voice_names() reads its voices."""
        speech = self._player._speech
        if speech is None or not speech.ready:
            return ""
        return speech._worker.speech.voice().locale().name()

    def _tick(self) -> None:
        events = self._session.tick()
        # The instant the current phase began (or the routine ended), on the real clock.
        if self._session.state is SessionState.FINISHED:
            boundary = self._real(self._session.deadline)
        else:
            boundary = self._real(self._session.deadline - self._session.phase_seconds)
        for event in events:
            if isinstance(event, PhaseStarted):
                side = event.phase.side.value if event.phase.side else None
                self.write(
                    "phase",
                    index=event.index,
                    kind=event.phase.kind.value,
                    side=side,
                    boundary=boundary if event.index == self._session.index else None,
                )
        for planned in self._plan.cues_for(events):
            cue = planned if self._chimes else replace(planned, chime=None)
            played = time.monotonic()
            self._player.play(cue)
            self.write(
                "cue",
                chime=cue.chime,
                text=cue.text,
                spoken=cue.spoken,
                phase_start=cue.phase_start,
                due=boundary if cue.phase_start else played,
            )
        if any(isinstance(e, Finished) for e in events):
            self.write("finished", missing=self._player.missing())
            self._ticker.stop()
            # Let the finish chime (and the last line) play out before leaving.
            QTimer.singleShot(2500, self._app.quit)
            return
        if self._session.state is SessionState.RUNNING:
            wait = (self._real(self._session.deadline) - time.monotonic()) * 1000
            self._boundary.start(max(0, math.ceil(wait)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("log", type=Path)
    parser.add_argument("--speed", type=float, default=3.0)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--voice", action="store_true",
        help="chime+voice settings on the spoken routine, chimes left out so that the "
        "recording holds the speech alone",
    )  # fmt: skip
    mode.add_argument("--silent", action="store_true", help="sound mode silent")
    parser.add_argument("--language", default=language.ENGLISH,
                        help="the run's language (its words and its voice)")
    args = parser.parse_args(argv)
    language.set_current(args.language)
    if args.voice:
        timeline, settings = spoken_routine(), Settings(sound_mode=SoundMode.CHIME_AND_VOICE)
    else:
        sound = SoundMode.SILENT if args.silent else SoundMode.CHIME
        timeline, settings = full_routine(), Settings(sound_mode=sound)
    with args.log.open("w", encoding="utf-8", buffering=1) as log:
        return Run(log, timeline, settings, args.speed, chimes=not args.voice).run()


if __name__ == "__main__":
    raise SystemExit(main())
