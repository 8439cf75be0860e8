"""Renders every screen of the main window to PNG files, for the docs and for looking at.

    python -m tools.screenshots OUTDIR [--size 1280x800] [--mat-mode] [--text-scale 1.5]
                                       [--high-contrast] [--theme light|dark|system]
                                       [--language fr]

The session runs on a hand-moved clock, so each picture shows the same moment every
time; the captions are the cues' own lines (a silent player plays them). With
--mat-mode the window fills the screen (run it under Xvfb at 1920x1080, or with
QT_QPA_PLATFORM="offscreen:configfile=F" where the JSON file F describes a 1920x1080
screen: {"screens": [{"name": "s", "x": 0, "y": 0, "width": 1920, "height": 1080}]}).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from stretchdesk import paths
from stretchdesk.audio.player import SilentPlayer
from stretchdesk.controller.app_controller import AppController
from stretchdesk.controller.library_service import LibraryService
from stretchdesk.controller.settings_keeper import SettingsKeeper
from stretchdesk.core import language
from stretchdesk.core.history.synthetic import make_history
from stretchdesk.core.library import load_library
from stretchdesk.core.session_state import SessionState
from stretchdesk.core.settings import Contrast, Settings, Theme
from stretchdesk.core.settings_schema import remember_hold
from stretchdesk.core.settings_store import SettingsStore
from stretchdesk.core.timeline import PhaseKind
from stretchdesk.ui.main_window import MainWindow
from stretchdesk.ui.translation import install_translators
from tools import history_screenshots

ROUTINE = "after-sitting"


class HandClock:
    """A clock that only moves when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _settle(app: QApplication, window: MainWindow) -> None:
    figure = window.session_view.figure
    clock = getattr(figure, "clock", None)  # absent where the figure could not be drawn
    for _ in range(4):
        app.processEvents()
        if clock is not None:  # show the pose itself, not a frame of the way there
            clock.seek(clock.duration_ms)
    app.processEvents()


def render(out: Path, width: int, height: int, mat_mode: bool,
           text_scale: float = 1.0, look: Settings | None = None,
           language_code: str = "en") -> list[Path]:
    """Writes picker, the warning signs, the stretch guide, session-* (with "about this
    stretch" and the back check-in), finish, the history screen, settings and the offer
    to resume PNGs to `out`; returns them."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName("StretchDesk")
    language.set_current(language_code)  # the content, the spoken words and the interface
    install_translators(app, language_code)
    clock = HandClock()
    library = load_library(paths.data_dir())
    service = LibraryService(lambda: library, paths.user_routines_dir())
    # The pictures show the defaults, and nothing is saved where the person keeps theirs.
    keeper = SettingsKeeper(SettingsStore(Path(tempfile.mkdtemp()), lambda: 0.0))
    start = replace(look or Settings(), text_scale=text_scale)  # with its contrast and theme
    controller = AppController(service, keeper, start, clock=clock,
                               wall_clock=lambda: history_screenshots.NOW)
    controller.attach_sound(SilentPlayer())
    # A made-up year behind the session (tools/history_screenshots.py), so the finish
    # screen shows a streak and the history screen a year.
    history = Path(tempfile.mkdtemp(prefix="stretchdesk-shots-"))
    make_history(history, library, history_screenshots.LAST_DAY, 365, history_screenshots.ZONE,
                 seed=5)
    controller.open_history(history, zone=lambda: history_screenshots.ZONE)
    window = MainWindow(controller)
    window.resize(width, height)
    window.show()
    if mat_mode:
        window.toggle_fullscreen()
    written: list[Path] = []

    def shot(name: str, widget: QWidget | None = None) -> None:
        _settle(app, window)
        path = out / f"{name}.png"
        (widget or window).grab().save(str(path))
        written.append(path)

    def dialog_shot(name: str, open_dialog: Callable[[], QWidget | None]) -> Callable[[], None]:
        def go() -> None:
            dialog = open_dialog()
            assert dialog is not None
            shot(name, dialog)
            dialog.close()
        return go

    def about_shot() -> None:
        window.about.toggle_overlay()  # "about this stretch" over the hold
        shot("session-about")
        window.about.toggle_overlay()

    def wait(seconds: float) -> None:
        clock.now += seconds
        controller.driver.tick()

    def to_phase(kind: PhaseKind) -> None:
        session = controller.session
        assert session is not None
        while session.phase.kind is not kind:
            wait(session.remaining)  # live through each phase, as a person would

    def phase(kind: PhaseKind | None, seconds: float) -> Callable[[], None]:
        def go() -> None:
            if controller.state is SessionState.IDLE:
                # The pictures show the session, not the cautions dialog before it.
                controller.start_routine(ROUTINE, ask_cautions=False)
            controller.resume()
            if kind is not None:
                to_phase(kind)
            wait(seconds)
        return go

    def answer_back(score: int) -> Callable[[], None]:
        def go() -> None:
            assert controller.history is not None
            controller.history.answer_back(score)
        return go

    steps: list[tuple[str | None, Callable[[], None]]] = [
        ("picker", lambda: None),
        (None, dialog_shot("warning-signs", lambda: window.about.show_safety(True))),
        (None, dialog_shot("stretch-guide", lambda: window.about.show_guides(ROUTINE, 1))),
        (None, dialog_shot("keys", lambda: _keys_list(window))),
        ("session-prepare", phase(None, 3.4)),  # with the back question
        ("session-check-in", answer_back(6)),
        ("session-hold", phase(PhaseKind.HOLD, 7.2)),
        (None, about_shot),
        ("session-paused", controller.pause),
        ("session-release", phase(PhaseKind.RELEASE, 1.5)),
        ("session-rest", phase(PhaseKind.REST, 2.2)),
        ("session-switch", phase(PhaseKind.SWITCH, 1.2)),
    ]
    window.select_routine(ROUTINE)
    for name, action in steps:
        action()
        if name is not None:  # None: the action took its own pictures
            shot(name)
    session = controller.session
    assert session is not None
    to_phase(PhaseKind.HOLD)
    controller.extend(10.0)  # "give me 10 s more" once
    to_phase(PhaseKind.REST)
    to_phase(PhaseKind.HOLD)
    controller.skip()  # and "skip this one" once
    while controller.state is SessionState.RUNNING:
        wait(max(session.remaining, 0.1))
    answer_back(3)()
    shot("finish")
    window.history.open()
    shot("history-in-app")
    window.history.close()
    shot("settings", _settings_dialog(controller, window))
    shot("settings-reminders", _reminders_page(controller, window))
    shot("settings-history", _settings_dialog(controller, window, "history"))
    _resume_offer_shot(controller, window, wait, shot)
    window.close()
    window.deleteLater()
    return written


def _keys_list(window: MainWindow) -> QWidget:
    """The list of keys (? or F1), as it opens over the window."""
    from stretchdesk.ui.key_overlay import KeysDialog

    dialog = KeysDialog(window)
    dialog.show()
    return dialog


def _settings_dialog(controller: AppController, window: MainWindow,
                     page: str = "holds") -> QWidget:
    """The Settings window on a page (Holds: with one hold the person made their own)."""
    from stretchdesk.ui.settings_dialog import SettingsDialog

    settings = remember_hold(controller.settings, "cat-cow", 25)
    dialog = SettingsDialog(settings, controller.library, (), window)
    dialog.tabs.setCurrentWidget(getattr(dialog, page))
    dialog.show()
    return dialog


def _resume_offer_shot(controller: AppController, window: MainWindow,
                       wait: Callable[[float], None], shot: Callable[[str, QWidget], None],
                       ) -> None:
    """A session cut short in a one-sided hold's second round, and the offer to resume it
    at the next start."""
    from stretchdesk.ui.resume_dialog import ResumeQuestion

    controller.start_routine(ROUTINE, ask_cautions=False)
    session = controller.session
    assert session is not None
    while not (session.phase.kind is PhaseKind.HOLD and session.phase.side is not None
               and session.phase.rep == 2):
        wait(session.remaining)
    controller.interrupt()  # as when the window closes
    window.back_to_picker()
    assert controller.history is not None
    folder = controller.history.store.folder
    controller.history.close()
    controller.open_history(folder, zone=lambda: history_screenshots.ZONE)  # the next start
    window.history.offer_resume()
    (dialog,) = window.findChildren(ResumeQuestion)
    shot("resume-offer", dialog)
    dialog.close()


def _reminders_page(controller: AppController, window: MainWindow) -> QWidget:
    """The Settings window on its Reminders page: a desk break, two routines at set times."""
    from datetime import time

    from stretchdesk.core.reminders.settings import (
        EVERY_DAY,
        WEEKDAYS,
        DeskBreak,
        ReminderSettings,
        RoutineReminder,
    )
    from stretchdesk.ui.reminder_desktop import ReminderDesktop
    from stretchdesk.ui.settings_dialog import SettingsDialog

    reminders = ReminderSettings(
        routines=(RoutineReminder("morning-stiffness", time(7, 30), WEEKDAYS),
                  RoutineReminder("before-bed", time(22, 0), EVERY_DAY, enabled=False)),
        desk_break=DeskBreak(enabled=True), start_at_login=True)
    settings = replace(controller.settings, reminders=reminders)
    dialog = SettingsDialog(settings, controller.library, (), window,
                            login_start=lambda _wanted: None)  # a picture: nothing written
    dialog.set_reminder_desktop(ReminderDesktop(True, "the X11 screen-saver extension",
                                                "notification"))
    dialog.tabs.setCurrentWidget(dialog.reminders)
    dialog.show()
    return dialog


def main(argv: list[str] | None = None) -> int:
    """Parses the command line and renders."""
    parser = argparse.ArgumentParser(prog="python -m tools.screenshots")
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--mat-mode", action="store_true", help="fill the screen")
    parser.add_argument("--text-scale", type=float, default=1.0, help="1.5 for 150 %%")
    parser.add_argument("--high-contrast", action="store_true", help="the high-contrast look")
    parser.add_argument("--theme", choices=[t.value for t in Theme], default="system")
    parser.add_argument("--language", default="en", help="fr for French")
    args = parser.parse_args(argv)
    look = Settings(contrast=Contrast.HIGH if args.high_contrast else Contrast.STANDARD,
                    theme=Theme(args.theme))
    width, height = (int(n) for n in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    for path in render(args.out, width, height, args.mat_mode, args.text_scale, look,
                       args.language):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
