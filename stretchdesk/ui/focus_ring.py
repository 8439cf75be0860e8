"""FocusRing: a thick outline around whichever control has the keyboard focus, in every window.

Fusion marks the focus with a thin line of the highlight colour, easy to lose from
across a room. This draws a ring three pixels wide (four in high contrast) in the
highlight colour with a thin edge of the background colour inside it, so it shows on
any background. The ring is a QFocusFrame: Qt keeps it on top of the control as the
control moves or scrolls, and leaves it out of the accessibility tree (a screen reader
follows the focus itself).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFocusFrame,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)
from shiboken6 import isValid

WIDTH = 3
GAP = 2  # pixels between the ring and the control, so the control's own edge still shows


class _RingStyle(QProxyStyle):
    """The application's style, with room around the control for the ring and its gap."""

    def __init__(self) -> None:
        super().__init__()
        self.margin = WIDTH + GAP

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                    widget: QWidget | None = None) -> int:
        if metric in (QStyle.PixelMetric.PM_FocusFrameHMargin,
                      QStyle.PixelMetric.PM_FocusFrameVMargin):
            return self.margin
        return super().pixelMetric(metric, option, widget)


class _Ring(QFocusFrame):
    """The outline itself, drawn over the control's edge."""

    def __init__(self, width: int, style: QStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("focusRing")
        self.setStyle(style)  # QFocusFrame asks its own style how far out to sit
        self.width_px = width

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = QApplication.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outer = QRectF(self.rect()).adjusted(self.width_px / 2, self.width_px / 2,
                                             -self.width_px / 2, -self.width_px / 2)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), self.width_px))
        painter.drawRoundedRect(outer, 4, 4)
        inner = outer.adjusted(self.width_px / 2 + 0.5, self.width_px / 2 + 0.5,
                               -self.width_px / 2 - 0.5, -self.width_px / 2 - 0.5)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Window), 1))
        painter.drawRoundedRect(inner, 3, 3)
        painter.end()


class FocusRing(QObject):
    """Keeps one ring on the focused control of the application's windows."""

    def __init__(self, app: QApplication, width: int = WIDTH) -> None:
        super().__init__(app)
        self._width = width
        self._style = _RingStyle()
        self._style.margin = width + GAP
        self._ring: _Ring | None = None
        app.focusChanged.connect(self._focus_changed)
        self._focus_changed(None, app.focusWidget())

    @property
    def ring(self) -> QFocusFrame | None:
        """The ring on screen now, if a control has the focus."""
        ring = self._ring
        return ring if ring is not None and isValid(ring) and ring.widget() is not None else None

    def set_width(self, width: int) -> None:
        """Draws the ring `width` pixels wide from now on."""
        self._width = width
        self._style.margin = width + GAP
        ring = self.ring
        if ring is not None:
            ring.width_px = width  # type: ignore[attr-defined]
            control = ring.widget()
            ring.setWidget(None)  # type: ignore[arg-type]  # set again: out at the new margin
            ring.setWidget(control)
            ring.show()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        ring = self._ring if self._ring is not None and isValid(self._ring) else None
        if new is None or new.isWindow():
            if ring is not None:
                ring.setWidget(None)  # type: ignore[arg-type]
            return
        if ring is None:
            # Owned by the control's window; a window that closes takes its ring along,
            # and the next focus change makes a new one.
            ring = self._ring = _Ring(self._width, self._style, new.window())
        ring.width_px = self._width
        ring.setWidget(new)
        ring.show()
