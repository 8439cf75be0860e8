"""Where each line of a stretch's steps goes, and the largest type that lets them fit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from stretchdesk.core.model import Stretch
from stretchdesk.core.timeline import PhaseKind
from stretchdesk.core.words import step_heading
from stretchdesk.translation_marks import QT_TRANSLATE_NOOP
from stretchdesk.ui.type_scale import MIN_PIXELS

NOW = "▶"  # marks the current steps for those who do not see the colour
WRAP = int(Qt.TextFlag.TextWordWrap)
OTHER_SHARE = 0.85  # the sections that are not current are this much smaller
SHRINK = 0.93  # each try at a smaller size is this much of the last
# A current section's heading, by its lead ("Now" or "Next").
LEAD_HEADINGS = {
    "Now": QT_TRANSLATE_NOOP("StepSection", "Now: {title}"),
    "Next": QT_TRANSLATE_NOOP("StepSection", "Next: {title}"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("StepSection", text)


class Fold(Enum):
    """How the sections that are not current are shown when room is short."""

    NONE = "none"  # every step of every section
    HEADINGS = "headings"  # the other sections by heading only
    OTHERS_HIDDEN = "others-hidden"  # the current section alone


@dataclass(frozen=True)
class StepSection:
    """A titled group of steps; `current` sections are the ones to do now."""

    title: str
    steps: tuple[str, ...]
    current: bool
    lead: str = "Now"  # said before the title when the section is current

    @property
    def plain_heading(self) -> str:
        """The title, after "Now: " when current (the words a screen reader says)."""
        if not self.current:
            return self.title
        return _tr(LEAD_HEADINGS[self.lead]).format(title=self.title)

    @property
    def heading(self) -> str:
        """The title, marked "▶ Now: …" when current."""
        return f"{NOW} {self.plain_heading}" if self.current else self.title


def sections_for(stretch: Stretch, kind: PhaseKind) -> tuple[StepSection, ...]:
    """The sections shown during phase `kind` of `stretch` (REST shows the next stretch)."""
    if kind is PhaseKind.REST:
        # The title above already names the next stretch: the heading says what to do.
        return (StepSection(step_heading(PhaseKind.PREPARE), stretch.steps.prepare, True,
                            lead="Next"),)
    now = {
        PhaseKind.PREPARE: "prepare", PhaseKind.SWITCH: "prepare",
        PhaseKind.HOLD: "hold", PhaseKind.RELEASE: "release",
    }[kind]
    parts = (("prepare", step_heading(PhaseKind.PREPARE), stretch.steps.prepare),
             ("hold", step_heading(PhaseKind.HOLD), stretch.steps.hold),
             ("release", step_heading(PhaseKind.RELEASE), stretch.steps.release))
    return tuple(StepSection(title, steps, name == now) for name, title, steps in parts)


Turns = tuple[tuple[StepSection, ...], ...]


def each_current(sections: tuple[StepSection, ...]) -> Turns:
    """The same sections with each one in turn current: every phase of the stretch.

    Type sized to fit all of them stays the same size from phase to phase.
    """
    turns = [tuple(replace(s, current=(i == j)) for j, s in enumerate(sections))
             for i, section in enumerate(sections) if section.steps]
    return (sections, *(t for t in turns if t != sections))


@dataclass(frozen=True)
class Line:
    """One heading or step, where it goes."""

    rect: QRectF
    text: str
    heading: bool
    current: bool


@dataclass(frozen=True)
class StepFonts:
    """Heading, current-step and other-step fonts for one step size."""

    heading: QFont
    current: QFont
    other: QFont


def fonts_at(template: QFont, pixels: int) -> StepFonts:
    """The fonts for current steps of `pixels` pixels."""
    heading, current, other = QFont(template), QFont(template), QFont(template)
    smaller = max(MIN_PIXELS, round(pixels * OTHER_SHARE))
    heading.setBold(True)
    heading.setPixelSize(smaller)
    current.setPixelSize(pixels)
    current.setBold(True)
    other.setPixelSize(smaller)
    return StepFonts(heading, current, other)


def lay_out(sections: Sequence[StepSection], fonts: StepFonts, width: float,
            fold: Fold = Fold.NONE) -> tuple[list[Line], float]:
    """The lines of `sections` in `width`, and the height they take."""
    pixels = fonts.current.pixelSize()
    lines: list[Line] = []
    y = 0.0
    pad = pixels * 0.45
    indent = pixels * 1.4
    shown = [s for s in sections if s.current or fold is not Fold.OTHERS_HIDDEN]
    for number, section in enumerate(shown):
        if number:
            y += pad
        y += pad if section.current else 0.0
        heading = section.heading
        folded = fold is not Fold.NONE and not section.current
        if folded and section.steps:
            # One step apart, the count is always plural (lupdate reads no plural forms
            # from translate(), only from a QObject's tr()).
            count = len(section.steps)
            folded_heading = (
                QCoreApplication.translate("StepSection", "{heading}  (1 step)") if count == 1
                else QCoreApplication.translate("StepSection", "{heading}  ({count} steps)"))
            heading = folded_heading.format(heading=heading, count=QLocale().toString(count))
        box = QFontMetricsF(fonts.heading).boundingRect(
            QRectF(pad, 0, width - 2 * pad, 1e6), WRAP, heading)
        lines.append(Line(QRectF(pad, y, width - 2 * pad, box.height()), heading,
                          True, section.current))
        y += box.height() + pad * 0.4
        if folded:
            continue  # short of room: the other sections keep only their headings
        metrics = QFontMetricsF(fonts.current if section.current else fonts.other)
        for step in section.steps:
            box = metrics.boundingRect(QRectF(indent, 0, width - indent - pad, 1e6), WRAP, step)
            lines.append(Line(QRectF(indent, y, width - indent - pad, box.height()), step,
                              False, section.current))
            y += box.height() + pad * 0.35
        y += pad if section.current else 0.0
    return lines, y


def needed_height(turns: Turns, template: QFont, width: float, pixels: int,
                  fold: Fold = Fold.HEADINGS) -> float:
    """The height every phase's steps take at `pixels`, the other sections folded."""
    fonts = fonts_at(template, pixels)
    return max((lay_out(turn, fonts, width, fold)[1] for turn in turns), default=0.0)


def ladder(largest: int, smallest: int) -> list[tuple[Fold, int]]:
    """Every fold and current-step size `fit` tries, in its order: the type shrinks a
    little (to OTHER_SHARE of `largest`) with every section shown, then with the other
    sections folded to their headings, then the other sections are left out and the type
    shrinks from `largest` again, down to `smallest`."""
    little = max(smallest, round(largest * OTHER_SHARE))
    tries: list[tuple[Fold, int]] = []
    for fold, bottom in ((Fold.NONE, little), (Fold.HEADINGS, little),
                         (Fold.OTHERS_HIDDEN, smallest)):
        pixels = largest
        while True:
            tries.append((fold, pixels))
            if pixels <= bottom:
                break
            pixels = max(bottom, int(pixels * SHRINK))
    return tries


def fit(turns: Turns, template: QFont, width: float, height: float,
        largest: int, smallest: int) -> tuple[Fold, int, bool]:
    """The fold and current-step size that show every phase's steps in width x height:
    the first of `ladder` that does. The current steps are never smaller than `smallest`
    (the third value is False when even that overflows, and the list scrolls).
    """
    for fold, pixels in ladder(largest, smallest):
        fonts = fonts_at(template, pixels)
        if all(lay_out(turn, fonts, width, fold)[1] <= height for turn in turns):
            return fold, pixels, True
    return Fold.OTHERS_HIDDEN, smallest, False
