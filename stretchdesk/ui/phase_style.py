"""How each phase looks: its word (from core.words), colour and shape (never colour alone)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtGui import QColor

from stretchdesk.core.phrasebook import t
from stretchdesk.core.timeline import PhaseKind
from stretchdesk.core.words import (
    COMPLETE_WORD,
    GETTING_READY_WORD,
    PAUSED_WORD,
    PHASE_WORDS,
    STOPPED_WORD,
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

    english: str  # the word in English; `word` is it in the run's language
    colour: str  # background of the phase banner; white text reads on all of them
    shape: Shape

    @property
    def word(self) -> str:
        """The word shown, in the run's language (core/phrasebook.py)."""
        return t(self.english)


LOOKS: dict[PhaseKind, PhaseLook] = {
    PhaseKind.PREPARE: PhaseLook(PHASE_WORDS[PhaseKind.PREPARE], "#1d5fc9", Shape.TRIANGLE),
    PhaseKind.HOLD: PhaseLook(PHASE_WORDS[PhaseKind.HOLD], "#b83f0b", Shape.SQUARE),
    PhaseKind.RELEASE: PhaseLook(PHASE_WORDS[PhaseKind.RELEASE], "#18794e", Shape.CHEVRON_DOWN),
    PhaseKind.SWITCH: PhaseLook(PHASE_WORDS[PhaseKind.SWITCH], "#6d3fc0", Shape.ARROWS),
    PhaseKind.REST: PhaseLook(PHASE_WORDS[PhaseKind.REST], "#44566c", Shape.CIRCLE),
}

PAUSED = PhaseLook(PAUSED_WORD, "#5b5b5b", Shape.PAUSE)
# Before the first phase, while the sounds finish loading: the calm look of a rest.
GETTING_READY = PhaseLook(GETTING_READY_WORD, "#44566c", Shape.CIRCLE)

COMPLETE = PhaseLook(COMPLETE_WORD, "#18794e", Shape.CHECK)
STOPPED = PhaseLook(STOPPED_WORD, "#5b5b5b", Shape.SQUARE)


# The high-contrast partner of each colour above: (a banner under white text, 9:1 or more;
# a line or tint on black, 11:1 or more). On white the banner colour serves for lines too.
HIGH_CONTRAST: dict[str, tuple[str, str]] = {
    "#1d5fc9": ("#0a3a8c", "#9cc2ff"),
    "#b83f0b": ("#7a2800", "#ffb07a"),
    "#18794e": ("#0b4d2f", "#6fe0a6"),
    "#6d3fc0": ("#4a2490", "#cdb0ff"),
    "#44566c": ("#2b3848", "#c3ccd8"),
    "#5b5b5b": ("#3a3a3a", "#d0d0d0"),
}
_high_contrast = (False, False)  # (in use, on a dark background)


def use_high_contrast(on: bool, dark: bool = False) -> None:
    """Makes the phase colours the high-contrast ones (lines light when `dark`), or not."""
    global _high_contrast
    _high_contrast = (on, dark)


def look(kind: PhaseKind) -> PhaseLook:
    """The look of phase `kind`."""
    return LOOKS[kind]


def banner_colour(phase_look: PhaseLook) -> QColor:
    """The background of a banner showing `phase_look` (its text is white)."""
    on, _dark = _high_contrast
    pair = HIGH_CONTRAST.get(phase_look.colour) if on else None
    return QColor(pair[0] if pair else phase_look.colour)


def colour(kind: PhaseKind) -> QColor:
    """The phase's colour as a QColor, for its ring and the marks beside its steps."""
    on, dark = _high_contrast
    pair = HIGH_CONTRAST.get(LOOKS[kind].colour) if on else None
    return QColor(pair[1 if dark else 0] if pair else LOOKS[kind].colour)

