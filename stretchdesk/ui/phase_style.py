"""How each phase looks: its word (from core.words), colour and shape (never colour alone)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtGui import QColor

from stretchdesk.core.timeline import PhaseKind
from stretchdesk.core.words import (
    COMPLETE_WORD,
    GETTING_READY_WORD,
    PAUSED_WORD,
    STOPPED_WORD,
    phase_word,
)


class Shape(Enum):
    """The symbol drawn next to the phase word, so phases differ in more than colour."""

    TRIANGLE = "triangle"  # get set: pointing up, into position
    SQUARE = "square"  # hold: still and solid
    CHEVRON_DOWN = "chevron-down"  # release: come down slowly
    ARROWS = "arrows"  # switch sides: left and right arrows
    CIRCLE = "circle"  # rest: a calm dot
    PAUSE = "pause"  # the session is paused
    CHECK = "check"  # the routine is complete


@dataclass(frozen=True)
class PhaseLook:
    """The word, colour and shape that mark one phase kind on screen."""

    word: str
    colour: str  # background of the phase banner; white text reads on all of them
    shape: Shape


LOOKS: dict[PhaseKind, PhaseLook] = {
    PhaseKind.PREPARE: PhaseLook(phase_word(PhaseKind.PREPARE), "#1d5fc9", Shape.TRIANGLE),
    PhaseKind.HOLD: PhaseLook(phase_word(PhaseKind.HOLD), "#b83f0b", Shape.SQUARE),
    PhaseKind.RELEASE: PhaseLook(phase_word(PhaseKind.RELEASE), "#18794e", Shape.CHEVRON_DOWN),
    PhaseKind.SWITCH: PhaseLook(phase_word(PhaseKind.SWITCH), "#6d3fc0", Shape.ARROWS),
    PhaseKind.REST: PhaseLook(phase_word(PhaseKind.REST), "#44566c", Shape.CIRCLE),
}

PAUSED = PhaseLook(PAUSED_WORD, "#5b5b5b", Shape.PAUSE)
# Before the first phase, while the sounds finish loading: the calm look of a rest.
GETTING_READY = PhaseLook(GETTING_READY_WORD, "#44566c", Shape.CIRCLE)

COMPLETE = PhaseLook(COMPLETE_WORD, "#18794e", Shape.CHECK)
STOPPED = PhaseLook(STOPPED_WORD, "#5b5b5b", Shape.SQUARE)


def look(kind: PhaseKind) -> PhaseLook:
    """The look of phase `kind`."""
    return LOOKS[kind]


def colour(kind: PhaseKind) -> QColor:
    """The phase's colour as a QColor."""
    return QColor(LOOKS[kind].colour)

