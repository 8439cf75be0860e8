"""StepList: the stretch's steps, with those of the current phase highlighted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QLinearGradient, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QSizePolicy, QWidget

from stretchdesk.ui.step_layout import (
    WRAP,
    Fold,
    Line,
    StepFonts,
    StepSection,
    Turns,
    each_current,
    fit,
    fonts_at,
    lay_out,
    needed_height,
    sections_for,
)
from stretchdesk.ui.type_scale import Role, pixel_size

BULLET = "•"
FOLDS = (Fold.NONE, Fold.HEADINGS, Fold.OTHERS_HIDDEN)  # least folded first

__all__ = ["Fold", "StepList", "StepSection", "sections_for", "sections_words"]


def sections_words(sections: tuple[StepSection, ...]) -> str:
    """Every section's title and steps as plain sentences, for a screen reader."""
    return " ".join(
        QCoreApplication.translate("StepSection", "{heading}: {steps}").format(
            heading=section.plain_heading, steps=" ".join(section.steps)).strip()
        for section in sections)


class StepList(QAbstractScrollArea):
    """Paints step sections in the largest type that shows them, the current ones biggest.

    The type is chosen for the whole stretch (every phase's steps must fit), so it does
    not jump from phase to phase. Short of room the other sections fold to headings, the
    type shrinks down to a floor, then the other sections are left out; if the current
    steps still do not fit, the list scrolls (wheel or scroll bar) and shows the current
    section from its top. The current section gets a tinted band, a bar in the phase
    colour, bold type and a "▶" marker; the others are dimmed and a little smaller.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the session's keys stay the window's
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # A viewport of our own, see-through: the first Qt-made widget handed to Python (the
        # one viewport() would return) has PySide resolve every widget type, building ~60
        # enums (~20 ms of the session's first frame).
        self._viewport = QWidget()
        self._viewport.setAutoFillBackground(False)
        self.setViewport(self._viewport)
        self._sections: tuple[StepSection, ...] = ()
        self._turns: Turns = ()  # every phase's sections: the type fits them all
        self._colour = QColor("#1d5fc9")
        self._base = 600.0
        self._text_scale = 1.0
        self._lines: list[Line] = []
        self._fonts = fonts_at(self.font(), 16)
        self._height = 0.0
        self._fits = True
        self._fold = Fold.NONE
        self.setAccessibleName(self.tr("Steps"))
        self.setAccessibleDescription(self.tr("The stretch's steps show once a routine starts."))
        # (every phase's sections, width, height, largest, smallest) -> the fold and size
        # fitted for them: every phase of a stretch shares one answer.
        self._fitted: dict[tuple[object, ...], tuple[Fold, int]] = {}
        self._needed: dict[tuple[object, ...], float] = {}

    @property
    def sections(self) -> tuple[StepSection, ...]:
        """What is shown."""
        return self._sections

    @property
    def turns(self) -> Turns:
        """The sections of every phase of the stretch shown: the type fits them all."""
        return self._turns

    @property
    def highlighted_steps(self) -> tuple[str, ...]:
        """The steps marked as the ones to do now."""
        return tuple(step for s in self._sections if s.current for step in s.steps)

    @property
    def fits(self) -> bool:
        """Whether every step shown is in view without scrolling."""
        return self._fits

    @property
    def fold(self) -> Fold:
        """How much of the sections that are not current is left out for want of room."""
        return self._fold

    @property
    def fonts(self) -> StepFonts:
        """The fonts of the headings, the current steps and the other steps."""
        return self._fonts

    @property
    def step_font(self) -> QFont:
        """The font the current steps are painted in."""
        return self._fonts.current

    @property
    def lines(self) -> list[Line]:
        """Every heading and step shown, where it is painted (before scrolling)."""
        return list(self._lines)

    def show_sections(self, sections: tuple[StepSection, ...],
                      family: tuple[StepSection, ...] = ()) -> None:
        """Shows `sections`, scrolled to the current one.

        The type is sized to fit them in every phase of their stretch, and in those of
        `family` too (a rest shows the next stretch's first steps: sized as its phases).
        """
        if sections != self._sections:
            self._sections = sections
            self.setAccessibleDescription(sections_words(sections))
            turns = each_current(family) if family else each_current(sections)
            self._turns = turns if sections in turns else (sections, *turns)
            self._relayout()
            self._scroll_to_current()

    def needed_height(self, width: int, pixels: int, fold: Fold) -> float:
        """The height that shows every phase's steps in `width`, the current ones at
        `pixels`, the others as `fold` says."""
        key = (self._turns, width, pixels, fold)
        if key not in self._needed:
            if len(self._needed) > 256:  # the picture's place is searched for at many widths
                self._needed.clear()
            self._needed[key] = needed_height(self._turns, self.font(), float(width), pixels,
                                              fold)
        return self._needed[key]

    def set_colour(self, colour: QColor) -> None:
        """Marks the current steps in `colour`."""
        if colour != self._colour:
            self._colour = QColor(colour)
            self._viewport.update()

    def set_base(self, base: float, text_scale: float = 1.0) -> None:
        """Sizes the type for a window whose base length is `base`."""
        self._base, self._text_scale = base, text_scale
        self.updateGeometry()
        self._relayout()

    def largest_pixels(self) -> int:
        """The size current steps get when there is room."""
        return pixel_size(Role.STEPS, self._base, self._text_scale)

    def smallest_pixels(self) -> int:
        """The size current steps never go below (they scroll instead).

        A larger text scale raises this floor by a third as much: the steps stay larger
        than at 100 %, yet long ones need not scroll in a laptop-sized window.
        """
        scale = self._text_scale
        return pixel_size(Role.STEPS_FLOOR, self._base, scale if scale < 1 else (2 + scale) / 3)

    def sizeHint(self) -> QSize:
        return QSize(round(self._base * 0.8), round(self._base * 0.3))

    def minimumSizeHint(self) -> QSize:
        return QSize(round(self._base * 0.3), round(self._base * 0.12))

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A scroll area is told here when its viewport changes size.
        super().resizeEvent(event)
        self._relayout()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self._viewport.update()

    # -- layout --------------------------------------------------------------------------

    def _relayout(self) -> None:
        width = float(self._viewport.width())
        height = float(self._viewport.height())
        largest, smallest = self.largest_pixels(), self.smallest_pixels()
        key = (self._turns, width, height, largest, smallest)
        if key not in self._fitted:
            if len(self._fitted) > 64:
                self._fitted.clear()
            fold, pixels, _ = fit(self._turns, self.font(), width, height, largest, smallest)
            self._fitted[key] = (fold, pixels)
        fold, pixels = self._fitted[key]
        self._fonts = fonts_at(self.font(), pixels)
        # The size holds for the whole stretch; how much of the other sections shows is
        # decided per phase: as much as fits at that size.
        for self._fold in FOLDS[:FOLDS.index(fold) + 1]:
            self._lines, self._height = lay_out(self._sections, self._fonts, width, self._fold)
            if self._height <= height:
                break
        self._fits = self._height <= height + 0.5
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, round(self._height - height)))
        bar.setPageStep(max(1, round(height)))
        bar.setSingleStep(max(1, self._fonts.current.pixelSize()))
        self._viewport.update()

    def _scroll_to_current(self) -> None:
        current = [line.rect for line in self._lines if line.current]
        top = current[0].top() - self._fonts.current.pixelSize() * 0.45 if current else 0.0
        self.verticalScrollBar().setValue(max(0, round(top)))

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self._viewport)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(0, -self.verticalScrollBar().value())
        text = self.palette().windowText().color()
        dim = QColor(text)
        dim.setAlphaF(0.6)
        fonts = self._fonts
        current = [line.rect for line in self._lines if line.current]
        if current:
            band = current[0].united(current[-1])
            pad = fonts.current.pixelSize() * 0.45
            band = QRectF(0, band.top() - pad, self._viewport.width(),
                          band.height() + 2 * pad)
            tint = QColor(self._colour)
            tint.setAlphaF(0.14)
            painter.fillRect(band, tint)
            painter.fillRect(QRectF(0, band.top(), max(4.0, pad * 0.6), band.height()),
                             self._colour)
        self._paint_lines(painter, text, dim)
        painter.resetTransform()
        self._paint_fades(painter)
        painter.end()

    def _paint_lines(self, painter: QPainter, text: QColor, dim: QColor) -> None:
        fonts = self._fonts
        for line in self._lines:
            if line.heading:
                painter.setFont(fonts.heading)
                painter.setPen(self._colour if line.current else dim)
                painter.drawText(line.rect, WRAP, line.text)
                continue
            font = fonts.current if line.current else fonts.other
            painter.setFont(font)
            painter.setPen(text if line.current else dim)
            bullet = QRectF(line.rect.x() - font.pixelSize(), line.rect.y(),
                            font.pixelSize(), line.rect.height())
            painter.drawText(bullet, int(Qt.AlignmentFlag.AlignTop), BULLET)
            painter.drawText(line.rect, WRAP, line.text)

    def _paint_fades(self, painter: QPainter) -> None:
        """Fades the edge where more steps are scrolled out of view, so no line looks cut."""
        bar = self.verticalScrollBar()
        if bar.maximum() == 0:
            return
        width, height = self._viewport.width(), self._viewport.height()
        depth = min(height / 4, self._fonts.current.pixelSize() * 1.6)
        clear = QColor(self.palette().window().color())
        solid = QColor(clear)
        clear.setAlpha(0)
        for edge, more in ((0.0, bar.value() > 0), (height - depth, bar.value() < bar.maximum())):
            if not more:
                continue
            fade = QLinearGradient(0, edge, 0, edge + depth)
            fade.setColorAt(0.0, solid if edge == 0.0 else clear)
            fade.setColorAt(1.0, clear if edge == 0.0 else solid)
            painter.fillRect(QRectF(0, edge, width, depth), fade)
