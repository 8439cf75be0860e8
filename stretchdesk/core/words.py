"""The words a person reads and hears for phases and sides, and how lengths are written.

This is the one table of them: the banner, the step headings, the spoken cues and the
finish screen all take their words from here, so a translation replaces them in one
place.
"""

from __future__ import annotations

from stretchdesk.core.model import Side
from stretchdesk.core.timeline import PhaseKind

# The big word on screen for each phase.
PHASE_WORDS: dict[PhaseKind, str] = {
    PhaseKind.PREPARE: "Starting position",
    PhaseKind.HOLD: "Hold",
    PhaseKind.RELEASE: "Release",
    PhaseKind.SWITCH: "Switch sides",
    PhaseKind.REST: "Rest",
}
PAUSED_WORD = "Paused"
COMPLETE_WORD = "Routine complete"
STOPPED_WORD = "Stopped early"
GETTING_READY_WORD = "Getting ready…"  # a session waits for its sounds (a second or two)

# A side inside a sentence ("Switch to your left side") and on its own ("Left side").
SIDE_NAMES: dict[Side, str] = {Side.LEFT: "left", Side.RIGHT: "right"}
SIDE_WORDS: dict[Side, str] = {Side.LEFT: "Left side", Side.RIGHT: "Right side"}

# The headings of a stretch's three lists of steps, by the phase that shows them.
STEP_HEADINGS: dict[PhaseKind, str] = {
    PhaseKind.PREPARE: "Get into position",
    PhaseKind.HOLD: "Hold",
    PhaseKind.RELEASE: "Release",
}


def phase_word(kind: PhaseKind) -> str:
    """The word shown for a phase: "Starting position", "Hold", ..."""
    return PHASE_WORDS[kind]


def side_name(side: Side | None) -> str:
    """"left" or "right" inside a sentence; "" for a two-sided stretch."""
    return SIDE_NAMES[side] if side is not None else ""


def side_word(side: Side | None) -> str:
    """"Left side" or "Right side" on its own; "" for a two-sided stretch."""
    return SIDE_WORDS[side] if side is not None else ""


def format_duration(seconds: float) -> str:
    """`seconds` as m:ss (or h:mm:ss), the way a timer shows it."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
