"""Runs the real app with no sound server, then starts one, and prints what the person saw.

    python -m tests.ui.sound_server_run FOLDER [test|start]

PULSE_SERVER must point at FOLDER/native, where nobody listens yet. The app opens as
`stretchdesk` would (launch(), real player) with chimes only; once the sounds have been
tried, a private PulseAudio is started on that very socket and the sound is tried again
through the Settings window's Test button ("test") or by starting a routine ("start").
A fresh process for each run: Qt Multimedia connects to a sound server once per process.
One JSON object on the last line of stdout says what was on screen at each step.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from benchmarks.pulse import PrivatePulse
from stretchdesk import paths
from stretchdesk.app import build_parser
from stretchdesk.controller.app_controller import AppController
from stretchdesk.core.settings import Settings, SoundMode
from stretchdesk.core.settings_store import SettingsStore
from stretchdesk.launch_options import LaunchOptions
from stretchdesk.ui import launch as launch_module
from stretchdesk.ui.main_window import MainWindow

WAIT_SECONDS = 20.0


def wait_until(check: Callable[[], bool]) -> None:
    """Lets the app run until `check()` holds (it fails the run after WAIT_SECONDS)."""
    deadline = time.monotonic() + WAIT_SECONDS
    while not check():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting")
        QApplication.processEvents()
        time.sleep(0.005)


def seen(window: MainWindow) -> dict[str, Any]:
    """What the person sees of the sound on the picker and the session screen."""
    controller = window.controller
    status = controller.sound
    shown: dict[str, Any] = {
        "missing": status.missing if status else None,
        "audible": status.audible if status else None,
        "picker_notice": window.picker.sound_label.text(),
        "picker_notice_shown": window.picker.sound_label.isVisibleTo(window.picker),
    }
    if window._session_view is not None:
        button = window.session_view.controls.mute_button
        shown.update(button=button.text(), button_enabled=button.isEnabled(),
                     button_tip=button.toolTip())
    return shown


def scenario(window: MainWindow, folder: Path, how: str) -> dict[str, Any]:
    controller: AppController = window.controller
    report: dict[str, Any] = {}
    wait_until(lambda: controller.sound is not None)
    report["no_server"] = seen(window)
    controller.start_routine("desk-break", ask_cautions=False)
    wait_until(lambda: controller.session is not None and not controller.getting_ready)
    report["no_server_session"] = seen(window)
    controller.stop()
    window.back_to_picker()
    heard: list[object] = []
    controller.sound_status.connect(heard.append)
    pulse = PrivatePulse(folder)
    problem = pulse.start()
    try:
        if problem:
            raise SystemExit(problem)
        if how == "test":
            from stretchdesk.ui.settings_dialog import SettingsDialog

            def press_test(dialog: SettingsDialog) -> int:
                page = dialog.sound
                report["settings_before"] = {"status": page.status.text(),
                                             "voice_hint": page.voice_hint.text()}
                page.test.click()
                wait_until(lambda: bool(heard))
                report["settings_after"] = {"status": page.status.text(),
                                            "status_shown": page.status.isVisibleTo(page)}
                return 0

            SettingsDialog.exec = press_test  # type: ignore[method-assign,assignment]
            window.open_settings()
        else:
            controller.start_routine("desk-break", ask_cautions=False)
            wait_until(lambda: bool(heard) and not controller.getting_ready)
        report["server"] = seen(window)
        player = controller._cues.player if controller._cues is not None else None
        report["chimes_loaded"] = bool(getattr(player, "has_chimes", False))
        controller.shut_down()
    finally:
        pulse.stop()
    return report


def main(folder: Path, how: str) -> int:
    config = paths.config_dir()
    SettingsStore(config, time.time).save(Settings(sound_mode=SoundMode.CHIME))
    windows: list[MainWindow] = []

    class Recorded(MainWindow):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            windows.append(self)

    def run(app: QApplication) -> int:
        report = scenario(windows[0], folder, how)
        print(json.dumps(report), flush=True)
        return 0

    launch_module.MainWindow = Recorded  # type: ignore[misc]
    QApplication.exec = run  # type: ignore[method-assign,assignment]
    options = LaunchOptions.from_args(build_parser().parse_args([]))
    return launch_module.launch(options)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
