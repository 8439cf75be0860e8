"""Mat mode: a window fills the screen, readable from the floor, and comes back as it was."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget


class MatMode:
    """Switches a window between its normal size and the whole screen."""

    def __init__(self, window: QWidget) -> None:
        self._window = window
        self._normal_geometry: QRect | None = None

    def toggle(self) -> None:
        """Fills the screen, or goes back to the size and place the window had."""
        window = self._window
        if window.isFullScreen():
            window.showNormal()
            if self._normal_geometry is not None:
                window.setGeometry(self._normal_geometry)
            return
        self._normal_geometry = window.geometry()
        # Without a window manager (a bare X server, a kiosk) the fullscreen state alone
        # does not resize the window, so it is also given the screen's size.
        screen = window.screen()
        if screen is not None:
            window.setGeometry(screen.geometry())
        window.showFullScreen()
