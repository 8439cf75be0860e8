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


# The back check-in (issue 17): asked before and after a routine, answered with one key.
BACK_QUESTION_BEFORE = "How does your back feel?"
BACK_QUESTION_AFTER = "How does your back feel now?"
BACK_SCALE = "0 = no pain, 10 = the worst"
BACK_TEN_KEY = "T"  # the key for 10: the digit keys give 0 to 9
BACK_KEYS = f"press a number, {BACK_TEN_KEY} for 10"


def back_answer(score: int) -> str:
    """What the check-in says once answered: "your answer: 3"."""
    return f"your answer: {score}"


def resume_question(routine_name: str, stretch_name: str, side: Side | None, rep: int,
                    reps: int, rest: bool = False) -> str:
    """The offer to carry on a session cut short, naming the phase it starts again from:
    "Resume After long sitting: pelvic tilt, left side, round 2?"."""
    stretch = _in_sentence(stretch_name)
    if rest:
        return f"Resume {routine_name}: rest before {stretch}?"
    parts = [stretch]
    if side is not None:
        parts.append(f"{side_name(side)} side")
    if reps > 1:
        parts.append(f"round {rep}")
    return f"Resume {routine_name}: {', '.join(parts)}?"


def _in_sentence(name: str) -> str:
    """A stretch's name inside a sentence: "Pelvic tilt" becomes "pelvic tilt", while a
    name that starts with a proper name or an abbreviation ("McKenzie", "QL") stays."""
    first = name.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower():
        return name[0].lower() + name[1:]
    return name
