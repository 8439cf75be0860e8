"""StepList: the stretch's steps, with those of the current phase highlighted."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from stretchdesk.core.model import Stretch
from stretchdesk.core.timeline import PhaseKind
from stretchdesk.core.words import STEP_HEADINGS
from stretchdesk.ui.type_scale import MIN_PIXELS, Role, pixel_size

BULLET = "•"
NOW = "▶"  # marks the current steps for those who do not see the colour
WRAP = int(Qt.TextFlag.TextWordWrap)


class Fold(Enum):
    """How the sections that are not current are shown when room is short."""

    NONE = "none"  # every step of every section
    HEADINGS = "headings"  # the other sections by heading only
    OTHERS_HIDDEN = "others-hidden"  # the current section alone


@dataclass(frozen=True)
class StepSection:
    """A heading and its steps; `current` sections are the ones to do now."""

    heading: str
    steps: tuple[str, ...]
    current: bool


def sections_for(stretch: Stretch, kind: PhaseKind) -> tuple[StepSection, ...]:
    """The sections shown during phase `kind` of `stretch` (REST shows the next stretch)."""
    if kind is PhaseKind.REST:
        return (StepSection(f"{NOW} Next up: {stretch.name}", stretch.steps.prepare, True),)
    now = {
        PhaseKind.PREPARE: "prepare", PhaseKind.SWITCH: "prepare",
        PhaseKind.HOLD: "hold", PhaseKind.RELEASE: "release",
    }[kind]
    parts = (("prepare", STEP_HEADINGS[PhaseKind.PREPARE], stretch.steps.prepare),
             ("hold", STEP_HEADINGS[PhaseKind.HOLD], stretch.steps.hold),
             ("release", STEP_HEADINGS[PhaseKind.RELEASE], stretch.steps.release))
    return tuple(StepSection(f"{NOW} Now: {title}" if name == now else title, steps, name == now)
                 for name, title, steps in parts)


def sections_words(sections: tuple[StepSection, ...]) -> str:
    """Every section's heading and steps as plain sentences, for a screen reader."""
    return " ".join(
        f"{section.heading.replace(NOW, '').strip()}: {' '.join(section.steps)}".strip()
        for section in sections)


@dataclass(frozen=True)
class _Line:
    rect: QRectF
    text: str
    heading: bool
    current: bool


class StepList(QWidget):
    """Paints step sections, shrinking the type until every word fits (nothing is cut off).

    The current section gets a tinted band, a bar in the phase colour, bold type and a
    "▶" marker; the others are dimmed and a little smaller.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._sections: tuple[StepSection, ...] = ()
        self._colour = QColor("#1d5fc9")
        self._base = 600.0
        self._text_scale = 1.0
        self._lines: list[_Line] = []
        self._fonts: tuple[QFont, QFont, QFont] = (self.font(), self.font(), self.font())
        self._fits = True
        self._fold = Fold.NONE
        self.setAccessibleName("Steps")
        self.setAccessibleDescription("The stretch's steps show once a routine starts.")

    @property
    def sections(self) -> tuple[StepSection, ...]:
        """What is shown."""
        return self._sections

    @property
    def highlighted_steps(self) -> tuple[str, ...]:
        """The steps marked as the ones to do now."""
        return tuple(step for s in self._sections if s.current for step in s.steps)

    @property
    def fits(self) -> bool:
        """Whether every step is shown whole at the current size."""
        return self._fits

    @property
    def fold(self) -> Fold:
        """How much of the sections that are not current is left out for want of room."""
        return self._fold

    def show_sections(self, sections: tuple[StepSection, ...]) -> None:
        """Shows `sections`."""
        if sections != self._sections:
            self._sections = sections
            self.setAccessibleDescription(sections_words(sections))
            self._relayout()

    def set_colour(self, colour: QColor) -> None:
        """Marks the current steps in `colour`."""
        if colour != self._colour:
            self._colour = QColor(colour)
            self.update()

    def set_base(self, base: float, text_scale: float = 1.0) -> None:
        """Sizes the type for a window whose base length is `base`."""
        self._base, self._text_scale = base, text_scale
        self.updateGeometry()
        self._relayout()

    def sizeHint(self) -> QSize:
        return QSize(round(self._base * 0.8), round(self._base * 0.3))

    def minimumSizeHint(self) -> QSize:
        return QSize(round(self._base * 0.3), round(self._base * 0.12))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._relayout()
        super().resizeEvent(event)

    # -- layout --------------------------------------------------------------------------

    def _fonts_at(self, pixels: int) -> tuple[QFont, QFont, QFont]:
        """Heading, current-step and other-step fonts for a step size of `pixels`."""
        heading, current, other = QFont(self.font()), QFont(self.font()), QFont(self.font())
        heading.setBold(True)
        heading.setPixelSize(max(MIN_PIXELS, round(pixels * 0.85)))
        current.setPixelSize(pixels)
        current.setBold(True)
        other.setPixelSize(max(MIN_PIXELS, round(pixels * 0.85)))
        return heading, current, other

    def _layout_at(self, pixels: int, width: float, fold: Fold = Fold.NONE
                   ) -> tuple[list[_Line], float]:
        fonts = self._fonts_at(pixels)
        lines: list[_Line] = []
        y = 0.0
        pad = pixels * 0.45
        indent = pixels * 1.4
        shown = [s for s in self._sections if s.current or fold is not Fold.OTHERS_HIDDEN]
        for number, section in enumerate(shown):
            if number:
                y += pad
            y += pad if section.current else 0.0
            heading = section.heading
            folded = fold is not Fold.NONE and not section.current
            if folded and section.steps:
                heading += f"  ({len(section.steps)} step{'s' if len(section.steps) > 1 else ''})"
            box = QFontMetricsF(fonts[0]).boundingRect(
                QRectF(pad, 0, width - 2 * pad, 1e6), WRAP, heading)
            lines.append(_Line(QRectF(pad, y, width - 2 * pad, box.height()), heading,
                               True, section.current))
            y += box.height() + pad * 0.4
            font = fonts[1] if section.current else fonts[2]
            if folded:
                continue  # short of room: the other sections keep only their headings
            for step in section.steps:
                box = QFontMetricsF(font).boundingRect(
                    QRectF(indent, 0, width - indent - pad, 1e6), WRAP, step)
                lines.append(_Line(QRectF(indent, y, width - indent - pad, box.height()), step,
                                   False, section.current))
                y += box.height() + pad * 0.35
            y += pad if section.current else 0.0
        return lines, y

    def _relayout(self) -> None:
        """Finds the largest type that shows everything; short of room, it first folds
        the sections that are not current down to their headings, then leaves them out,
        shrinking the type a little at each stage before folding further."""
        width, height = float(self.width()), float(self.height())
        largest = pixel_size(Role.STEPS, self._base, self._text_scale)
        stages = ((Fold.NONE, max(MIN_PIXELS, round(largest * 0.75))),
                  (Fold.HEADINGS, max(MIN_PIXELS, round(largest * 0.6))),
                  (Fold.OTHERS_HIDDEN, MIN_PIXELS))
        for fold, smallest in stages:
            pixels = largest
            lines, used = self._layout_at(pixels, width, fold)
            while used > height and pixels > smallest:
                pixels = max(smallest, int(pixels * 0.93))
                lines, used = self._layout_at(pixels, width, fold)
            if used <= height:
                break
        self._fold = fold
        self._lines, self._fonts, self._fits = lines, self._fonts_at(pixels), used <= height
        self.update()

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().windowText().color()
        dim = QColor(text)
        dim.setAlphaF(0.6)
        current = [line.rect for line in self._lines if line.current]
        if current:
            band = current[0].united(current[-1])
            pad = self._fonts[1].pixelSize() * 0.45
            band = QRectF(0, band.top() - pad, self.width(), band.height() + 2 * pad)
            tint = QColor(self._colour)
            tint.setAlphaF(0.14)
            painter.fillRect(band, tint)
            painter.fillRect(QRectF(0, band.top(), max(4.0, pad * 0.6), band.height()),
                             self._colour)
        for line in self._lines:
            if line.heading:
                painter.setFont(self._fonts[0])
                painter.setPen(self._colour if line.current else dim)
                painter.drawText(line.rect, WRAP, line.text)
                continue
            painter.setFont(self._fonts[1] if line.current else self._fonts[2])
            painter.setPen(text if line.current else dim)
            bullet = QRectF(line.rect.x() - self._fonts[1].pixelSize(), line.rect.y(),
                            self._fonts[1].pixelSize(), line.rect.height())
            painter.drawText(bullet, int(Qt.AlignmentFlag.AlignTop), BULLET)
            painter.drawText(line.rect, WRAP, line.text)
        painter.end()
