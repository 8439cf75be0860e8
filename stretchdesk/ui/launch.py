"""Starts the Qt application and the main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QMainWindow


def launch(args: argparse.Namespace) -> int:
    """Opens the main window and runs the event loop."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("stretchdesk")
    app.setApplicationDisplayName("StretchDesk")
    window = QMainWindow()
    window.setWindowTitle("StretchDesk")
    window.resize(1280, 800)
    window.show()
    return app.exec()
