"""Small Qt programs the X11 tests start on their own display: a tray icon, a window.

`python -m tests.desktop.x11_apps tray` shows StretchDesk's tray icon and prints
`SHOWN x y w h` once the tray has embedded it; `window full|normal` shows a plain
window, full screen or not, and prints `SHOWN`. Both run until their stdin closes.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from stretchdesk import paths
from stretchdesk.desktop.tray_icon import TrayIcon
from stretchdesk.desktop.tray_menu import RoutineEntry, tray_menu


def _tray(app: QApplication) -> None:
    icon = QIcon()
    for png in paths.window_icon_files().values():
        icon.addFile(str(png))
    tray = TrayIcon(icon, app)
    tray.show_menu(tray_menu([RoutineEntry("desk-break", "Desk break")], reminders_on=True))

    def try_show() -> None:
        if not TrayIcon.available():
            QTimer.singleShot(50, try_show)  # the tray host is still starting
            return
        tray.show()
        wait_embedded()

    def wait_embedded() -> None:
        x, y, w, h = tray.geometry()
        if w <= 1 or h <= 1 or (x, y) == (0, 0):  # not yet placed in the tray
            QTimer.singleShot(50, wait_embedded)
            return
        print(f"SHOWN {x} {y} {w} {h}", flush=True)

    try_show()


def main() -> int:
    app = QApplication(sys.argv[:1])
    keep: list[object] = []
    if sys.argv[1] == "tray":
        _tray(app)
    else:
        window = QWidget()
        window.setWindowTitle("Another application")
        (window.showFullScreen if sys.argv[2] == "full" else window.show)()
        keep.append(window)
        QTimer.singleShot(0, lambda: print("SHOWN", flush=True))
    stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    stdin.activated.connect(app.quit)  # the test closed our stdin: done
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
