"""How each phase looks: its word, colour and shape (never colour alone), and side words."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtGui import QColor

from stretchdesk.core.model import Side
from stretchdesk.core.timeline import PhaseKind


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
    PhaseKind.PREPARE: PhaseLook("Starting position", "#1d5fc9", Shape.TRIANGLE),
    PhaseKind.HOLD: PhaseLook("Hold", "#b83f0b", Shape.SQUARE),
    PhaseKind.RELEASE: PhaseLook("Release", "#18794e", Shape.CHEVRON_DOWN),
    PhaseKind.SWITCH: PhaseLook("Switch sides", "#6d3fc0", Shape.ARROWS),
    PhaseKind.REST: PhaseLook("Rest", "#44566c", Shape.CIRCLE),
}

PAUSED = PhaseLook("Paused", "#5b5b5b", Shape.PAUSE)

COMPLETE = PhaseLook("Routine complete", "#18794e", Shape.CHECK)
STOPPED = PhaseLook("Stopped early", "#5b5b5b", Shape.SQUARE)

SIDE_WORDS: dict[Side, str] = {Side.LEFT: "Left side", Side.RIGHT: "Right side"}


def look(kind: PhaseKind) -> PhaseLook:
    """The look of phase `kind`."""
    return LOOKS[kind]


def colour(kind: PhaseKind) -> QColor:
    """The phase's colour as a QColor."""
    return QColor(LOOKS[kind].colour)


def side_word(side: Side | None) -> str:
    """"Left side", "Right side", or "" for a two-sided stretch."""
    return SIDE_WORDS[side] if side is not None else ""
