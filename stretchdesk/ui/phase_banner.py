"""PhaseBanner: the band across the top of a session: phase word, its shape, and the side."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from stretchdesk.core.model import Side
from stretchdesk.core.timeline import PhaseKind
from stretchdesk.core.words import side_word
from stretchdesk.ui.phase_icon import PhaseIcon
from stretchdesk.ui.phase_style import PAUSED, PhaseLook, banner_colour, look
from stretchdesk.ui.type_scale import MIN_PIXELS, Role, pixel_size, sized_font

TEXT = QColor("white")


def _widest(words: Iterable[str], font: QFont) -> float:
    metrics = QFontMetricsF(font)
    return max(metrics.horizontalAdvance(word) for word in words)


class PhaseBanner(QFrame):
    """Shows what to do now in the biggest type: "Hold", "Left side", in the phase's colour.

    Paused, it says "Paused" in grey with a pause symbol, the side staying as it was.
    The type is as big as the window and the text scale ask, but never so big that the
    longest phase word and side word it can show do not both fit on the line: it does
    not change size from phase to phase, and nothing is ever cut off or overlapped.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phaseBanner")
        self.setAutoFillBackground(True)
        self.icon = PhaseIcon(self)
        self.phase_label = QLabel(self)
        self.phase_label.setObjectName("phaseWord")
        self.side_label = QLabel(self)
        self.side_label.setObjectName("sideWord")
        for label in (self.phase_label, self.side_label):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.icon.set_colour(TEXT)
        row = self._row = QHBoxLayout(self)
        row.addWidget(self.icon)
        row.addWidget(self.phase_label, 1)
        row.addWidget(self.side_label)
        self._kind = PhaseKind.PREPARE
        self._paused = False
        self._wanted = (pixel_size(Role.PHASE_WORD, 600), pixel_size(Role.SIDE_WORD, 600))
        self._margin = 10
        self._lone_words = {PAUSED.word}  # words shown without a side (finish screen's)
        self._apply(look(self._kind))

    @property
    def phase_word(self) -> str:
        """The word shown for the phase."""
        return self.phase_label.text()

    @property
    def side_text(self) -> str:
        """The side shown ("" when the stretch works both sides at once)."""
        return self.side_label.text()

    def show_phase(self, kind: PhaseKind, side: Side | None) -> None:
        """Shows phase `kind` on `side`."""
        self._kind = kind
        self.side_label.setText(side_word(side))
        self.side_label.setVisible(side is not None)
        self._apply(PAUSED if self._paused else look(kind))

    def show_look(self, phase_look: PhaseLook) -> None:
        """Shows a look that is not a phase (the finish screen's "Routine complete")."""
        self.side_label.hide()
        if phase_look.word not in self._lone_words:
            self._lone_words.add(phase_look.word)
            self._fit()
        self._apply(phase_look)

    def set_paused(self, paused: bool) -> None:
        """Shows or clears the paused state."""
        self._paused = paused
        self._apply(PAUSED if paused else look(self._kind))

    def set_base(self, base: float, text_scale: float = 1.0) -> None:
        """Sizes the type for a window whose base length is `base`."""
        self._wanted = (pixel_size(Role.PHASE_WORD, base, text_scale),
                        pixel_size(Role.SIDE_WORD, base, text_scale))
        margin = self._margin = round(base * 0.018)
        self._row.setContentsMargins(margin * 2, margin, margin * 2, margin)
        self._row.setSpacing(margin * 2)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Phase and side type as wanted, or scaled down together until the widest line
        the banner can show fits its width."""
        phase_px, side_px = self._wanted
        phase_font = sized_font(self.font(), phase_px, bold=True)
        side_font = sized_font(self.font(), side_px, bold=True)
        phase_words = [look(kind).word for kind in PhaseKind] + [PAUSED.word]
        sides = [side_word(side) for side in Side]
        room = self.width() - 4 * self._margin  # the row's margins
        gap = 2 * self._margin

        icon = phase_px * 0.8 + gap
        need = max(icon + _widest(phase_words, phase_font) + gap + _widest(sides, side_font),
                   icon + _widest(self._lone_words, phase_font))
        factor = min(1.0, room / need) if room > 0 else 1.0
        # A little short of the exact fit: text is measured, not laid out, so keep a margin.
        if factor < 1.0:
            factor *= 0.97
        phase_px = max(MIN_PIXELS, int(phase_px * factor))
        side_px = max(MIN_PIXELS, int(side_px * factor))
        self.phase_label.setFont(sized_font(self.font(), phase_px, bold=True))
        self.side_label.setFont(sized_font(self.font(), side_px, bold=True))
        self.icon.set_side(round(phase_px * 0.8))

    def refresh(self) -> None:
        """Paints the look shown again, in the colours now in use (high contrast or not)."""
        self._apply(self._look)

    def _apply(self, phase_look: PhaseLook) -> None:
        self._look = phase_look
        self.phase_label.setText(phase_look.word)
        self.icon.set_shape(phase_look.shape)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, banner_colour(phase_look))
        palette.setColor(QPalette.ColorRole.WindowText, TEXT)
        self.setPalette(palette)
