"""AccentButton: the one button a screen is for, filled with the app's blue, drawn by itself.

A style sheet would draw the same, but the first style sheet set in the app costs ~9 ms
(Qt builds its style-sheet style then), and the routine list's Start button is on the
first window. In high contrast the button takes a style sheet after all (the palette's
highlight with a thick border), and Qt draws it from that.

The painting calls only what PySide can match without its `Qt` namespace: QPainter's
setPen and setBrush, and QBrush's and QPalette's constructors, all have an overload that
takes a `Qt` enum, and the first such call builds that namespace's ~90 enums (~20 ms of
the first window). So the fills are brushes taken from a palette, and the white of the
text is the button's own foreground colour, which QPainter starts with.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize
from PySide6.QtGui import (
    QBrush,
    QColor,
    QEnterEvent,
    QFontInfo,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QPushButton, QWidget

FILL = "#1d5fc9"  # white text on it: 6.0:1
HOVER = "#174fa8"  # under the mouse or pressed
DISABLED = "#9aa7b8"
RADIUS = 6.0
# Qt.AlignmentFlag.AlignCenter and QPainter.RenderHint.Antialiasing as numbers: the button
# is painted with the first window, which stays clear of PySide's Qt namespace (picker.py).
_ALIGN_CENTER = 0x84
_ANTIALIASING = 0x01


class AccentButton(QPushButton):
    """A push button in the accent blue with white text (padding 0.3 em by 1.2 em)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # (then the text: see ui/push_button.py)
        self.setText(text)
        self._style_sheet_draws = False
        # palette() hands out copies: QPalette's own constructor is avoided (see above).
        scratch = self.palette()
        self._fills: dict[str, QBrush] = {}
        for colour in (FILL, HOVER, DISABLED):
            scratch.setColor(QPalette.ColorRole.Button, QColor(colour))
            self._fills[colour] = scratch.brush(QPalette.ColorRole.Button)
        own = self.palette()
        own.setColor(QPalette.ColorRole.ButtonText, QColor("white"))
        self.setPalette(own)  # the text's white: a painter on the button starts with it

    def draw_with_style_sheet(self, sheet: str) -> None:
        """Lets `sheet` draw the button from now on ("" paints the accent blue again)."""
        self._style_sheet_draws = bool(sheet)
        if sheet != self.styleSheet():  # (even an empty sheet set costs the first-use ~9 ms)
            self.setStyleSheet(sheet)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        if self._style_sheet_draws:
            return super().sizeHint()
        metrics = self.fontMetrics()
        em = QFontInfo(self.font()).pixelSize()  # what a style sheet's "em" is
        return QSize(metrics.horizontalAdvance(self.text()) + round(2.4 * em),
                     metrics.height() + round(0.6 * em))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint() if not self._style_sheet_draws else super().minimumSizeHint()

    def enterEvent(self, event: QEnterEvent) -> None:
        super().enterEvent(event)
        self.update()  # the hover colour

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._style_sheet_draws:
            super().paintEvent(event)
            return
        if not self.isEnabled():
            fill = DISABLED
        elif self.isDown() or self.underMouse():
            fill = HOVER
        else:
            fill = FILL
        painter = QPainter(self)  # its pen: the button's foreground (white), its font
        painter.setRenderHint(QPainter.RenderHint(_ANTIALIASING))
        outline = QPainterPath()
        outline.addRoundedRect(QRectF(self.rect()), RADIUS, RADIUS)
        painter.fillPath(outline, self._fills[fill])
        painter.drawText(self.rect(), _ALIGN_CENTER, self.text())
        painter.end()
