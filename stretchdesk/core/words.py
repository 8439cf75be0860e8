"""The words a person reads and hears for phases and sides, and how lengths are written.

This is the one table of them: the banner, the step headings, the spoken cues and the
finish screen all take their words from here. The tables hold the English (other code
and tests read them); the functions give the words in the run's language
(core/phrasebook.py), so callers that show or say a word use the functions.
"""

from __future__ import annotations

from stretchdesk.core.model import Side
from stretchdesk.core.phrasebook import N_, t
from stretchdesk.core.timeline import PhaseKind

# The big word on screen for each phase.
PHASE_WORDS: dict[PhaseKind, str] = {
    PhaseKind.PREPARE: N_("Starting position"),
    PhaseKind.HOLD: N_("Hold"),
    PhaseKind.RELEASE: N_("Release"),
    PhaseKind.SWITCH: N_("Switch sides"),
    PhaseKind.REST: N_("Rest"),
}
PAUSED_WORD = N_("Paused")
COMPLETE_WORD = N_("Routine complete")
STOPPED_WORD = N_("Stopped early")
GETTING_READY_WORD = N_("Getting ready…")  # a session waits for its sounds (a second or two)

# A side inside a sentence ("Switch to your left side") and on its own ("Left side").
SIDE_NAMES: dict[Side, str] = {Side.LEFT: N_("left"), Side.RIGHT: N_("right")}
SIDE_WORDS: dict[Side, str] = {Side.LEFT: N_("Left side"), Side.RIGHT: N_("Right side")}

# The headings of a stretch's three lists of steps, by the phase that shows them.
STEP_HEADINGS: dict[PhaseKind, str] = {
    PhaseKind.PREPARE: N_("Get into position"),
    PhaseKind.HOLD: N_("Hold"),
    PhaseKind.RELEASE: N_("Release"),
}


def phase_word(kind: PhaseKind) -> str:
    """The word shown for a phase: "Starting position", "Hold", ..."""
    return t(PHASE_WORDS[kind])


def paused_word() -> str:
    """The banner's word while a session is paused."""
    return t(PAUSED_WORD)


def complete_word() -> str:
    """The headline of a routine done to its end (also said aloud)."""
    return t(COMPLETE_WORD)


def stopped_word() -> str:
    """The headline of a routine stopped before its end."""
    return t(STOPPED_WORD)


def getting_ready_word() -> str:
    """The banner's word while a session waits for its sounds."""
    return t(GETTING_READY_WORD)


def step_heading(kind: PhaseKind) -> str:
    """The heading of the steps shown during `kind` (PREPARE, HOLD or RELEASE)."""
    return t(STEP_HEADINGS[kind])


def side_name(side: Side | None) -> str:
    """"left" or "right" as a word on its own in lower case; "" for a two-sided stretch.

    Not for building sentences: a language places and agrees the side its own way, so a
    sentence naming a side is a whole phrase for each side.
    """
    return t(SIDE_NAMES[side]) if side is not None else ""


def side_word(side: Side | None) -> str:
    """"Left side" or "Right side" on its own; "" for a two-sided stretch."""
    return t(SIDE_WORDS[side]) if side is not None else ""


def format_duration(seconds: float) -> str:
    """`seconds` as m:ss (or h:mm:ss), the way a timer shows it."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


# The back check-in (issue 17): asked before and after a routine, answered with one key.
BACK_QUESTION_BEFORE = N_("How does your back feel?")
BACK_QUESTION_AFTER = N_("How does your back feel now?")
BACK_SCALE = N_("0 = no pain, 10 = the worst")
BACK_TEN_KEY = "T"  # the key for 10: the digit keys give 0 to 9
BACK_KEYS = f"press a number, {BACK_TEN_KEY} for 10"


def back_question(after: bool) -> str:
    """The check-in's question, before the routine or after it."""
    return t(BACK_QUESTION_AFTER if after else BACK_QUESTION_BEFORE)


def back_scale() -> str:
    """What the numbers of the check-in mean."""
    return t(BACK_SCALE)


def back_keys() -> str:
    """How to answer the check-in: "press a number, T for 10"."""
    return t("press a number, {key} for 10", key=BACK_TEN_KEY)


def back_answer(score: int) -> str:
    """What the check-in says once answered: "your answer: 3"."""
    return t("your answer: {score}", score=score)


def resume_question(routine_name: str, stretch_name: str, side: Side | None, rep: int,
                    reps: int, rest: bool = False) -> str:
    """The offer to carry on a session cut short, naming the phase it starts again from:
    "Resume After long sitting: pelvic tilt, left side, round 2?"."""
    fields = {"routine": routine_name, "stretch": _in_sentence(stretch_name), "rep": rep}
    if rest:
        return t("Resume {routine}: rest before {stretch}?", **fields)
    rounds = reps > 1
    if side is Side.LEFT:
        if rounds:
            return t("Resume {routine}: {stretch}, left side, round {rep}?", **fields)
        return t("Resume {routine}: {stretch}, left side?", **fields)
    if side is Side.RIGHT:
        if rounds:
            return t("Resume {routine}: {stretch}, right side, round {rep}?", **fields)
        return t("Resume {routine}: {stretch}, right side?", **fields)
    if rounds:
        return t("Resume {routine}: {stretch}, round {rep}?", **fields)
    return t("Resume {routine}: {stretch}?", **fields)


def _in_sentence(name: str) -> str:
    """A stretch's name inside a sentence: "Pelvic tilt" becomes "pelvic tilt", while a
    name that starts with a proper name or an abbreviation ("McKenzie", "QL") stays."""
    first = name.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower():
        return name[0].lower() + name[1:]
    return name
