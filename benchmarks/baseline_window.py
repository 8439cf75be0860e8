"""The bare Qt baseline: an empty PySide6 QMainWindow, started the way StretchDesk is.

`python -m benchmarks.baseline_window` shows a 1280×800 window titled "Baseline" and
runs the event loop, nothing else, so the benchmark can set StretchDesk's start-up,
memory and idle CPU beside what Qt itself costs on the same machine in the same run.
"""

import sys

from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    """Shows the window and runs the event loop until the process is told to stop."""
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Baseline")
    window.resize(1280, 800)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
