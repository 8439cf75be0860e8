"""Starts the Qt application and the main window from the parsed command line."""

from __future__ import annotations

# Sound, speech, the session driver and the cue plan are imported where they are first
# needed, once the routine list has been painted: the first window should not wait for them.
import argparse
import gc
import os
import sys
import time
import typing
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from stretchdesk import __version__, paths
from stretchdesk.core.document_cache import DocumentCache
from stretchdesk.core.library import Library, LibraryError, load_library
from stretchdesk.core.model import Level
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_store import SettingsStore
from stretchdesk.ui.first_paint import after_first_paint
from stretchdesk.ui.main_window import MainWindow

if typing.TYPE_CHECKING:
    from stretchdesk.audio.player import CuePlayer
    from stretchdesk.ui.cue_output import CueOutput
    from stretchdesk.ui.driver import SessionDriver
    from stretchdesk.ui.event_log import EventLog

DESKTOP_ID = "io.github.stretchdesk.StretchDesk"
DOCUMENT_CACHE = "documents.cache"  # parsed YAML of the library and settings, in the cache dir
READY_WAIT_MS = 3000  # a session starts even if some sound never finishes loading

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
    """Loads and saves the person's Settings, turning failures into messages for them."""

    def __init__(self, store: SettingsStore | None = None,
                 documents: DocumentCache | None = None) -> None:
        self._store = store or SettingsStore(paths.config_dir(), time.time, documents)
        self.notice: str | None = None

    def load(self) -> Settings:
        """The saved settings (the defaults when there are none or they cannot be read)."""
        settings = self._store.load()
        self.notice = self._store.notice
        return settings

    def save(self, settings: Settings) -> str | None:
        """Saves `settings`; a message for the person when that failed, else None."""
        try:
            saved = self._store.save(settings)
        except OSError as exc:
            return f"Your settings could not be saved: {exc.strerror or exc}"
        return None if saved else "Your settings file was kept as it is and not overwritten."


def _window_state() -> QSettings:
    """Window geometry lives apart from the preferences, in the config folder."""
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


def window_icon() -> QIcon | None:
    """The app's icon for its windows: the shipped PNGs, or the SVG if they are missing."""
    icon = QIcon()
    for png in paths.window_icon_files().values():
        if png.is_file():
            icon.addFile(str(png))
    if not icon.isNull():
        return icon
    svg = paths.assets_dir() / "icons" / "stretchdesk.svg"
    return QIcon(str(svg)) if svg.is_file() else None


def document_cache() -> DocumentCache:
    """Parsed YAML kept between starts: an unchanged library loads without PyYAML."""
    return DocumentCache(paths.cache_dir() / DOCUMENT_CACHE, __version__)


def _load_library(documents: DocumentCache | None = None) -> Library:
    return load_library(paths.data_dir(), [paths.user_routines_dir()], documents)


def wire_services(window: MainWindow, keeper: SettingsKeeper, player: CuePlayer) -> CueOutput:
    """Connects what lives outside the window: cues, the Settings window, saving."""
    from stretchdesk.core.cues import CuePlan
    from stretchdesk.ui.cue_output import CueOutput

    output = CueOutput(window.driver, CuePlan.from_library(window.library, window.settings),
                       player, lambda text: window.session_view.show_caption(text), window)
    output.apply_settings(window.settings)
    window.mute_toggled.connect(output.set_muted)

    def save(settings: Settings) -> None:
        output.apply_settings(settings)
        problem = keeper.save(settings)
        if problem:
            window.statusBar().showMessage(problem, 10000)

    def open_settings() -> None:
        from stretchdesk.ui.settings_dialog import SettingsDialog  # built on first use

        # The voice list and the Test button need the speech engine and the chimes.
        player.prepare()
        dialog = SettingsDialog(window.settings, window.library, player.voice_names(), window)
        dialog.settings_changed.connect(window.apply_settings)
        dialog.settings_changed.connect(save)
        dialog.test_sound_requested.connect(output.test_sound)
        dialog.exec()
        dialog.deleteLater()

    window.settings_changed.connect(save)
    window.settings_requested.connect(open_settings)
    return output


def when_ready(player: CuePlayer, action: Callable[[], object]) -> None:
    """Runs `action` once the player has loaded its sounds (at most READY_WAIT_MS later)."""
    if player.is_ready():
        action()
        return
    done = False

    def once() -> None:
        nonlocal done
        if not done:
            done = True
            action()

    ready = getattr(player, "ready", None)
    if ready is not None:
        ready.connect(once)
    QTimer.singleShot(READY_WAIT_MS, once)


def gate_starts_on_sound(window: MainWindow, player: CuePlayer) -> None:
    """Makes every session start wait for the player's sounds, loading them the first time.

    Sounds load when the first session starts, not while the person browses the
    routines (they cost memory); the start waits for them so the first cue is on time.
    What the person will not hear is said once, when loading is over.
    """
    reported = False

    def load_sound_then(start: Callable[[], None]) -> None:
        nonlocal reported
        player.prepare()
        if not reported:
            reported = True
            when_ready(player, lambda: report_missing(window, player))
        when_ready(player, start)

    window.before_start = load_sound_then


def report_missing(window: MainWindow, player: CuePlayer) -> None:
    """Says once, in the status bar, what the person will not hear."""
    missing = player.missing()
    window.driver.log_event("sound", missing=missing)
    if missing:
        current = window.statusBar().currentMessage()
        window.statusBar().showMessage(f"{current}  {missing}".strip())


def launch(args: argparse.Namespace) -> int:
    """Opens the main window, as the command line asks, and runs the event loop.

    The caller may have paused Python's cyclic garbage collector for the start (see
    app.main): it runs again from the window's first paint, and whenever this returns.
    """
    try:
        return _open_and_run(args)
    finally:
        gc.enable()


def _open_and_run(args: argparse.Namespace) -> int:
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    # Qt Multimedia reports its search for PipeWire and its FFmpeg version on every
    # start; a person running the app from a terminal should not see that as a fault.
    os.environ.setdefault("QT_LOGGING_RULES",
                          "qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg=false")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("stretchdesk")
    app.setApplicationDisplayName("StretchDesk")
    app.setDesktopFileName(DESKTOP_ID)  # Wayland matches the window to the menu entry
    icon = window_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    documents = document_cache()
    try:
        library = _load_library(documents)
    except LibraryError as exc:
        print(f"stretchdesk: StretchDesk's own data is damaged: {exc}", file=sys.stderr)
        return 1
    routine_id = getattr(args, "routine", None)
    if routine_id and routine_id not in library.routines:
        known = ", ".join(sorted(library.routines))
        print(f"stretchdesk: there is no routine {routine_id!r}. Routines: {known}",
              file=sys.stderr)
        return 2
    keeper = SettingsKeeper(documents=documents)
    settings = keeper.load()
    documents.save()
    if getattr(args, "level", None):
        settings = replace(settings, level=Level(args.level))
    log: EventLog | None = None
    if getattr(args, "event_log", None):
        from stretchdesk.ui.event_log import EventLog

        log = EventLog(args.event_log)

    def make_driver() -> SessionDriver:
        """The session driver, made once the routine list is up (see finish_setup)."""
        from stretchdesk.ui.driver import SessionDriver

        return SessionDriver(speed=getattr(args, "speed", 1.0) or 1.0, event_log=log)

    window = MainWindow(library, settings, make_driver)
    state = _window_state()
    geometry = state.value("geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(1280, 800)
    if routine_id:
        window.picker.select(routine_id)

    def finish_setup() -> None:
        """Sound, voice, the driver and Settings join once the routine list is on screen."""
        gc.enable()  # the start is over (see app.main)
        from stretchdesk.audio.player import make_player

        player = make_player(paths.sounds_dir())
        wire_services(window, keeper, player)

        gate_starts_on_sound(window, player)
        start = routine_id or window.picker.selected_routine_id
        if getattr(args, "start", False) and start:
            # Asked for explicitly, so no cautions dialog blocks it.
            window.start_routine(start, ask_cautions=False)

    after_first_paint(window, finish_setup)
    window.show()
    if getattr(args, "fullscreen", False):
        window.toggle_fullscreen()
    if keeper.notice:
        window.statusBar().showMessage(keeper.notice)
    if getattr(args, "quit_when_done", False):
        # Let the summary reach the screen (and the log) before the loop ends.
        window.session_ended.connect(lambda _done: QTimer.singleShot(0, app.quit))

    def on_quit() -> None:
        if not window.isFullScreen():
            state.setValue("geometry", window.saveGeometry())
            state.sync()
        if window.driver.active:
            window.driver.stop()
        if log is not None:
            log.close()

    app.aboutToQuit.connect(on_quit)
    window.quit_requested.connect(app.quit)
    return app.exec()
