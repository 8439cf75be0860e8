"""What the window keeps between runs, apart from the preferences: its place and routine.

Window state lives in `window.ini` in the config folder (QSettings), not in the settings
file: the size and position of the window and the routine last chosen are not choices
a person makes in the Settings window, and losing them costs nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtWidgets import QWidget

FILE_NAME = "window.ini"
PREFERRED = QSize(1280, 800)  # the first window's size where the screen has room for it
# What the window system adds around the window before it says so: borders and a title bar.
BORDER = 8
TITLE_BAR = 40


def first_geometry(available: QRect, minimum: QSize) -> QRect:
    """Where the window's inside goes the first time: PREFERRED or less, centred.

    `available` is the screen less its panels and docks; the title bar and borders the
    window system adds must fit in it too, so that the whole window is on screen.
    """
    room_w = available.width() - 2 * BORDER
    room_h = available.height() - TITLE_BAR - 2 * BORDER
    width = max(minimum.width(), min(PREFERRED.width(), room_w))
    height = max(minimum.height(), min(PREFERRED.height(), room_h))
    left = available.x() + BORDER + max(0, (room_w - width) // 2)
    top = available.y() + BORDER + TITLE_BAR + max(0, (room_h - height) // 2)
    return QRect(left, top, width, height)


class WindowState:
    """The window's place and last routine, read at start and written as the app closes."""

    def __init__(self, folder: Path) -> None:
        # Others keep their own keys here too (the warning signs read: ui/first_start.py).
        self.store = QSettings(str(folder / FILE_NAME), QSettings.Format.IniFormat)

    def place(self, window: QWidget) -> None:
        """Puts `window` where it was last time, or sizes it to the screen the first time.

        Qt moves a restored window back onto the screen (and shrinks it to fit) when the
        screens have changed since.
        """
        geometry = self.store.value("geometry")
        if geometry is not None and window.restoreGeometry(geometry):
            return
        screen = window.screen()
        window.setGeometry(first_geometry(screen.availableGeometry(), window.minimumSize()))

    @property
    def routine(self) -> str | None:
        """The routine chosen when the app last closed."""
        value = self.store.value("routine")
        return value if isinstance(value, str) and value else None

    def save(self, window: QWidget, routine: str | None) -> None:
        """Keeps the window's place (not mat mode's full screen) and the chosen routine."""
        if not window.isFullScreen():
            self.store.setValue("geometry", window.saveGeometry())
        if routine:
            self.store.setValue("routine", routine)
        self.store.sync()
