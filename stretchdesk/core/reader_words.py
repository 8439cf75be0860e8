"""What a screen reader says about a session: phase changes, time left, and the pictures.

A person who cannot see the screen hears these instead of reading the banner, the ring
and the illustration. They are built from the same words as the screen (core.words) and
from the stretch data, so a translation or a new stretch needs nothing here.
"""

from __future__ import annotations

import math

from stretchdesk.core.model import Position, Stretch
from stretchdesk.core.timeline import Phase, PhaseKind
from stretchdesk.core.words import PAUSED_WORD, phase_word, side_word

# How the body is placed, as the picture's description starts ("Lying on your back").
POSITION_WORDS: dict[Position, str] = {
    Position.SUPINE: "Lying on your back",
    Position.PRONE: "Lying face down",
    Position.SEATED: "Sitting",
    Position.STANDING: "Standing",
    Position.KNEELING: "Kneeling",
    Position.QUADRUPED: "On hands and knees",
}

# The pose a picture shows, in words: the session shows "start" before and after a hold.
POSE_WORDS = {"start": "the starting position", "hold": "the stretch held"}


def seconds_words(seconds: float) -> str:
    """Whole seconds as said aloud: "1 second", "45 seconds", "2 minutes 5 seconds"."""
    total = max(0, math.ceil(seconds - 1e-9))
    minutes, secs = divmod(total, 60)
    parts = []
    if minutes:
        parts.append(f"{minutes} minute{'s' if minutes != 1 else ''}")
    if secs or not minutes:
        parts.append(f"{secs} second{'s' if secs != 1 else ''}")
    return " ".join(parts)


def _round_words(phase: Phase) -> str:
    return f", round {phase.rep} of {phase.reps}" if phase.reps > 1 else ""


def _phase_and_side(phase: Phase) -> str:
    side = side_word(phase.side).lower()
    return f"{phase_word(phase.kind)}, {side}" if side else phase_word(phase.kind)


def stretch_words(phase: Phase, stretch_name: str) -> str:
    """The stretch a phase belongs to: "Cat-cow, round 2 of 3", or "Next up: Cat-cow"."""
    if phase.kind is PhaseKind.REST:
        return f"Next up: {stretch_name}"
    return stretch_name + _round_words(phase)


def phase_announcement(phase: Phase, stretch_name: str) -> str:
    """Said once when a phase begins: "Hold, left side, 30 seconds. Cat-cow, round 1 of 2."."""
    return (f"{_phase_and_side(phase)}, {seconds_words(phase.seconds)}. "
            f"{stretch_words(phase, stretch_name)}.")


def time_left_words(phase: Phase, stretch_name: str, seconds_left: float,
                    paused: bool = False) -> str:
    """What the countdown shows now: "Hold, 23 seconds left, Cat-cow, round 1 of 3"."""
    state = f"{PAUSED_WORD}, " if paused else ""
    return (f"{state}{_phase_and_side(phase)}, {seconds_words(seconds_left)} left, "
            f"{stretch_words(phase, stretch_name)}")


def banner_words(phase: Phase, paused: bool = False) -> str:
    """What the banner shows, in words: "Hold, left side", or "Paused, Hold, left side"."""
    return f"{PAUSED_WORD}, {_phase_and_side(phase)}" if paused else _phase_and_side(phase)


def pose_name(stretch: Stretch, pose: str, mirrored: bool = False) -> str:
    """The picture's short name: "Picture: Cat-cow, the stretch held, right side"."""
    side = ", right side" if mirrored else (", left side" if stretch.unilateral else "")
    return f"Picture: {stretch.name}, {POSE_WORDS.get(pose, pose)}{side}"


def pose_description(stretch: Stretch, pose: str) -> str:
    """What the picture shows, from the stretch data: the position, then its steps.

    The starting position is told by the steps that get a person there; the held pose
    by the stretch's one-line summary and the steps of the hold.
    """
    position = POSITION_WORDS.get(stretch.position, stretch.position.value)
    if pose == "hold":
        return " ".join((f"{position}.", stretch.summary, *stretch.steps.hold)).strip()
    return " ".join((f"{position}.", *stretch.steps.prepare)).strip()
