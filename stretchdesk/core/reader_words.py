"""What a screen reader says about a session: phase changes, time left, and the pictures.

A person who cannot see the screen hears these instead of reading the banner, the ring
and the illustration. They are built from the same words as the screen (core.words) and
from the stretch data, so a translation or a new stretch needs nothing here.
"""

from __future__ import annotations

import math

from stretchdesk.core.model import Position, Side, Stretch
from stretchdesk.core.phrasebook import N_, t, tn
from stretchdesk.core.timeline import Phase, PhaseKind
from stretchdesk.core.words import phase_word

# How the body is placed, as the picture's description starts ("Lying on your back").
POSITION_WORDS: dict[Position, str] = {
    Position.SUPINE: N_("Lying on your back"),
    Position.PRONE: N_("Lying face down"),
    Position.SEATED: N_("Sitting"),
    Position.STANDING: N_("Standing"),
    Position.KNEELING: N_("Kneeling"),
    Position.QUADRUPED: N_("On hands and knees"),
}

# The pose a picture shows, in words: the session shows "start" before and after a hold.
POSE_WORDS = {"start": N_("the starting position"), "hold": N_("the stretch held")}


def seconds_words(seconds: float) -> str:
    """Whole seconds as said aloud: "1 second", "45 seconds", "2 minutes 5 seconds"."""
    total = max(0, math.ceil(seconds - 1e-9))
    minutes, secs = divmod(total, 60)
    if not minutes:
        return tn("{n} second", "{n} seconds", secs)
    if not secs:
        return tn("{n} minute", "{n} minutes", minutes)
    return t("{minutes} {seconds}", minutes=tn("{n} minute", "{n} minutes", minutes),
             seconds=tn("{n} second", "{n} seconds", secs))


def _phase_and_side(phase: Phase) -> str:
    word = phase_word(phase.kind)
    if phase.side is Side.LEFT:
        return t("{phase}, left side", phase=word)
    if phase.side is Side.RIGHT:
        return t("{phase}, right side", phase=word)
    return word


def stretch_words(phase: Phase, stretch_name: str) -> str:
    """The stretch a phase belongs to: "Cat-cow, round 2 of 3", or "Next up: Cat-cow"."""
    if phase.kind is PhaseKind.REST:
        return t("Next up: {stretch}", stretch=stretch_name)
    if phase.reps > 1:
        return t("{stretch}, round {rep} of {reps}", stretch=stretch_name, rep=phase.rep,
                 reps=phase.reps)
    return stretch_name


def phase_announcement(phase: Phase, stretch_name: str) -> str:
    """Said once when a phase begins: "Hold, left side, 30 seconds. Cat-cow, round 1 of 2."."""
    return t("{phase}, {length}. {stretch}.", phase=_phase_and_side(phase),
             length=seconds_words(phase.seconds), stretch=stretch_words(phase, stretch_name))


def time_left_words(phase: Phase, stretch_name: str, seconds_left: float,
                    paused: bool = False) -> str:
    """What the countdown shows now: "Hold, 23 seconds left, Cat-cow, round 1 of 3"."""
    fields = {"phase": _phase_and_side(phase), "time": seconds_words(seconds_left),
              "stretch": stretch_words(phase, stretch_name)}
    if paused:
        return t("Paused, {phase}, {time} left, {stretch}", **fields)
    return t("{phase}, {time} left, {stretch}", **fields)


def banner_words(phase: Phase, paused: bool = False) -> str:
    """What the banner shows, in words: "Hold, left side", or "Paused, Hold, left side"."""
    if paused:
        return t("Paused, {phase}", phase=_phase_and_side(phase))
    return _phase_and_side(phase)


def pose_name(stretch: Stretch, pose: str, mirrored: bool = False) -> str:
    """The picture's short name: "Picture: Cat-cow, the stretch held, right side"."""
    fields = {"stretch": stretch.name, "pose": t(POSE_WORDS[pose]) if pose in POSE_WORDS
              else pose}
    if mirrored:
        return t("Picture: {stretch}, {pose}, right side", **fields)
    if stretch.unilateral:
        return t("Picture: {stretch}, {pose}, left side", **fields)
    return t("Picture: {stretch}, {pose}", **fields)


def pose_description(stretch: Stretch, pose: str) -> str:
    """What the picture shows, from the stretch data: the position, then its steps.

    The starting position is told by the steps that get a person there; the held pose
    by the stretch's one-line summary and the steps of the hold.
    """
    known = POSITION_WORDS.get(stretch.position)
    position = t(known) if known else stretch.position.value
    if pose == "hold":
        return " ".join((f"{position}.", stretch.summary, *stretch.steps.hold)).strip()
    return " ".join((f"{position}.", *stretch.steps.prepare)).strip()
