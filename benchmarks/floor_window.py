"""The floor of StretchDesk's stack: the bare window plus the app's sound and speech.

`python -m benchmarks.floor_window` shows the same empty 1280×800 window as
benchmarks/baseline_window.py, then does what StretchDesk's cue player does before a
session: decodes the same chimes, opens the audio output (one silent stream) and starts
the same speech engine (which lists every voice of the speech server). Nothing else: no
routine list, no session screen. Once its sounds are ready it prints one line,
`floor ready: <what is missing>` (nothing after the colon when chimes and voice work), so
the benchmark can start the app only once the speech server is up. A session's memory
set beside this, rather than beside a bare window, shows what the app itself adds on top
of the Qt parts it cannot do without.
"""

import sys

READY_LINE = "floor ready: "


def main() -> int:
    """Shows the window, readies chimes and voice, and runs until told to stop."""
    # Imported here so the benchmark's runner can read READY_LINE without loading Qt.
    from PySide6.QtWidgets import QApplication, QMainWindow

    from stretchdesk import paths
    from stretchdesk.audio.player import make_player

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Floor")
    window.resize(1280, 800)
    window.show()
    player = make_player(paths.sounds_dir())
    player.ready.connect(lambda: print(f"{READY_LINE}{player.missing()}", flush=True))
    player.set_speaking(True)
    player.prepare()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
