"""Starts the Qt application and the main window from the parsed command line."""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import replace

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from stretchdesk import paths
from stretchdesk.core.library import Library, LibraryError, load_library
from stretchdesk.core.model import Level
from stretchdesk.core.settings import Settings
from stretchdesk.ui.driver import SessionDriver
from stretchdesk.ui.event_log import EventLog
from stretchdesk.ui.main_window import MainWindow

PREPARE_AFTER_MS = 400
DESKTOP_ID = "io.github.stretchdesk.StretchDesk"

NO_DISPLAY = (
    "stretchdesk: there is no display to open a window on (neither DISPLAY nor "
    "WAYLAND_DISPLAY is set).\nRun it from a desktop session, or set QT_QPA_PLATFORM "
    "(for example QT_QPA_PLATFORM=offscreen) to run without a screen."
)


def has_display(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """Whether Qt can open a window: a display, or a platform chosen explicitly."""
    if sys.platform != "linux":
        return True
    return any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


class SettingsKeeper:
    """Loads and saves the person's Settings; works on the defaults if the store is missing."""

    def __init__(self) -> None:
        self.notice: str | None = None
        self._store: object | None = None
        try:
            from stretchdesk.core.settings_store import SettingsStore
        except ImportError:
            return
        self._store = SettingsStore(paths.config_dir(), clock=time.time)

    def load(self) -> Settings:
        """The saved settings (the defaults when there are none or they cannot be read)."""
        if self._store is None:
            return Settings()
        settings = self._store.load()  # type: ignore[attr-defined]
        self.notice = self._store.notice  # type: ignore[attr-defined]
        return settings  # type: ignore[no-any-return]

    def save(self, settings: Settings) -> str | None:
        """Saves `settings`; a message for the person when that failed, else None."""
        if self._store is None:
            return None
        try:
            saved = self._store.save(settings)  # type: ignore[attr-defined]
        except OSError as exc:
            return f"Your settings could not be saved: {exc.strerror or exc}"
        return None if saved else "Your settings file was kept as it is and not overwritten."


def _window_state() -> QSettings:
    """Window geometry lives apart from the preferences, in the config folder."""
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


def _icon() -> QIcon | None:
    svg = paths.assets_dir() / "icons" / "stretchdesk.svg"
    return QIcon(str(svg)) if svg.is_file() else None


def _load_library() -> Library:
    return load_library(paths.data_dir(), [paths.user_routines_dir()])


def wire_services(window: MainWindow, keeper: SettingsKeeper) -> None:
    """Connects what lives outside the window: saving settings (and, later, more).

    This is where the cue player joins (connect it to `window.driver` and
    `window.mute_toggled`) and where `window.settings_requested` opens the Settings
    window, handing the result to `window.apply_settings` and `keeper.save`.
    """

    def save(settings: Settings) -> None:
        problem = keeper.save(settings)
        if problem:
            window.statusBar().showMessage(problem, 10000)

    window.settings_changed.connect(save)


def launch(args: argparse.Namespace) -> int:
    """Opens the main window, as the command line asks, and runs the event loop."""
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("stretchdesk")
    app.setApplicationDisplayName("StretchDesk")
    app.setDesktopFileName(DESKTOP_ID)  # Wayland matches the window to the menu entry
    icon = _icon()
    if icon is not None:
        app.setWindowIcon(icon)
    try:
        library = _load_library()
    except LibraryError as exc:
        print(f"stretchdesk: StretchDesk's own data is damaged: {exc}", file=sys.stderr)
        return 1
    routine_id = getattr(args, "routine", None)
    if routine_id and routine_id not in library.routines:
        known = ", ".join(sorted(library.routines))
        print(f"stretchdesk: there is no routine {routine_id!r}. Routines: {known}",
              file=sys.stderr)
        return 2
    keeper = SettingsKeeper()
    settings = keeper.load()
    if getattr(args, "level", None):
        settings = replace(settings, level=Level(args.level))
    log = EventLog(args.event_log) if getattr(args, "event_log", None) else None
    driver = SessionDriver(speed=getattr(args, "speed", 1.0) or 1.0, event_log=log)
    window = MainWindow(library, settings, driver)
    wire_services(window, keeper)
    state = _window_state()
    geometry = state.value("geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(1280, 800)
    if routine_id:
        window.picker.select(routine_id)
    window.show()
    if getattr(args, "fullscreen", False):
        window.toggle_fullscreen()
    if keeper.notice:
        window.statusBar().showMessage(keeper.notice)
    if getattr(args, "quit_when_done", False):
        # Let the summary reach the screen (and the log) before the loop ends.
        window.session_ended.connect(lambda _done: QTimer.singleShot(0, app.quit))
    # The session screen is built once the routine list is on screen, not before it.
    QTimer.singleShot(PREPARE_AFTER_MS, window.prepare_screens)
    if getattr(args, "start", False):
        start = routine_id or window.picker.selected_routine_id
        if start:
            # The person asked for the start explicitly, so no cautions dialog blocks it.
            QTimer.singleShot(0, lambda: window.start_routine(start, ask_cautions=False))

    def on_quit() -> None:
        if not window.isFullScreen():
            state.setValue("geometry", window.saveGeometry())
            state.sync()
        if window.driver.active:
            window.driver.stop()
        if log is not None:
            log.close()

    app.aboutToQuit.connect(on_quit)
    return app.exec()
