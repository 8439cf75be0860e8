"""Starts the Qt application: the library, the settings, the app controller and its window."""

from __future__ import annotations

# Sound, speech, the session driver and the cue plan are imported where they are first
# needed, once the routine list has been painted: the first window should not wait for them.
import gc
import os
import sys
import time
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from stretchdesk import __version__, dataclass_code, freed_memory, paths
from stretchdesk.controller.app_controller import AppController
from stretchdesk.controller.library_service import LibraryService
from stretchdesk.controller.settings_keeper import SettingsKeeper
from stretchdesk.core.document_cache import DocumentCache
from stretchdesk.core.errors import LibraryError
from stretchdesk.core.library import load_library
from stretchdesk.core.newcomer import gentlest_routine
from stretchdesk.launch_options import LaunchOptions
from stretchdesk.run_language import start_language
from stretchdesk.ui.first_paint import after_first_paint
from stretchdesk.ui.main_window import MainWindow
from stretchdesk.ui.translation import install_translators
from stretchdesk.ui.window_state import WindowState

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

DESKTOP_ID = "io.github.stretchdesk.StretchDesk"
DOCUMENT_CACHE = "documents.cache"  # parsed YAML of the library and settings, in the cache dir

NO_DISPLAY = str(QT_TRANSLATE_NOOP(
    "Launch",
    "stretchdesk: there is no display to open a window on (neither DISPLAY nor "
    "WAYLAND_DISPLAY is set).\nRun it from a desktop session, or set QT_QPA_PLATFORM "
    "(for example QT_QPA_PLATFORM=offscreen) to run without a screen."
))


def has_display(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """Whether Qt can open a window: a display, or a platform chosen explicitly."""
    if sys.platform != "linux":
        return True
    return any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def window_icon() -> QIcon | None:
    """The app's icon for its windows: the shipped PNGs, or the SVG if they are missing."""
    from PySide6.QtGui import QIcon  # (its 150-odd theme icon names: once the window is up)

    icon = QIcon()
    for png in paths.window_icon_files().values():
        if png.is_file():
            icon.addFile(str(png))
    if not icon.isNull():
        return icon
    svg = paths.assets_dir() / "icons" / "stretchdesk.svg"
    return QIcon(str(svg)) if svg.is_file() else None


def library_service(documents: DocumentCache | None = None) -> LibraryService:
    """The shipped library and the person's routines (raises LibraryError if ours is bad)."""
    folder = paths.user_routines_dir()
    return LibraryService(lambda: load_library(paths.data_dir(), [folder], documents), folder)


def launch(options: LaunchOptions) -> int:
    """Opens the main window, as the command line asks, and runs the event loop.

    The caller may have paused Python's cyclic garbage collector for the start (see
    app.main): it runs again from the window's first paint, and whenever this returns.
    """
    try:
        return _open_and_run(options)
    finally:
        gc.enable()


def _application() -> QApplication:
    # Qt Multimedia reports its search for PipeWire and its FFmpeg version on every
    # start; a person running the app from a terminal should not see that as a fault.
    os.environ.setdefault("QT_LOGGING_RULES",
                          "qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg=false")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("stretchdesk")
    app.setApplicationDisplayName("StretchDesk")
    app.setDesktopFileName(DESKTOP_ID)  # Wayland matches the window to the menu entry
    return app


def give_windows_their_icon(app: QApplication) -> None:
    """The app's icon on its windows, the tray and its notifications. Set once the routine
    list is on screen (the window system shows it a moment later), or before the tray."""
    icon = window_icon()
    if icon is not None:
        app.setWindowIcon(icon)


def _open_and_run(options: LaunchOptions) -> int:
    if not has_display():
        print(QCoreApplication.translate("Launch", NO_DISPLAY), file=sys.stderr)
        return 1
    app = _application()
    # Parsed YAML kept between starts: an unchanged library loads without PyYAML.
    documents = DocumentCache(paths.cache_dir() / DOCUMENT_CACHE, __version__)
    # The settings come first: they choose the language, which the library's texts and
    # every window's strings follow (issue 19).
    keeper = SettingsKeeper(documents=documents)
    settings = keeper.load()
    install_translators(app, start_language(settings.language))
    try:
        library = library_service(documents)
    except LibraryError as exc:
        print(QCoreApplication.translate(
            "Launch", "stretchdesk: StretchDesk's own data is damaged: {problem}").format(
                problem=exc), file=sys.stderr)
        return 1
    if options.routine and options.routine not in library.library.routines:
        known = ", ".join(sorted(library.library.routines))
        print(QCoreApplication.translate(
            "Launch", "stretchdesk: there is no routine {routine}. Routines: {known}").format(
                routine=repr(options.routine), known=known), file=sys.stderr)
        return 2
    documents.save()
    dataclass_code.save()  # the classes' methods compiled so far (app.main); more come later
    if options.level is not None:
        settings = replace(settings, level=options.level)  # for this run only
    log = None
    if options.event_log is not None:
        from stretchdesk.core.event_log import EventLog

        log = EventLog(options.event_log, time.monotonic)
    controller = AppController(library, keeper, settings, speed=options.speed, event_log=log)
    window = MainWindow(controller)
    state = WindowState(paths.config_dir())  # where the window was, the routine last chosen
    state.place(window)
    # The routine asked for, else the last one chosen, else (a first run) the gentlest.
    if not any(window.select_routine(r) for r in (options.routine, state.routine) if r):
        window.select_routine(gentlest_routine(library.library) or "")

    def finish_setup() -> None:
        """Sound, voice, the history and the folder watch join once the routine list is on
        screen.

        The sounds start getting ready now, in the background (the window does not wait
        for them), so that a start rarely has to.
        """
        gc.enable()  # the start is over (see app.main)
        dataclass_code.save()  # what the window's first paint defined
        give_windows_their_icon(app)
        quit_on_signals()
        from stretchdesk.audio.player import make_player

        library.watch()
        window.look.start_focus_ring()
        window.look.desktop.watch()  # the desktop's contrast and motion, from its portal
        controller.attach_sound(make_player(paths.sounds_dir()))
        controller.prepare_sound()
        if controller.history is None:  # (opened already when the app started in the tray)
            controller.open_history(paths.user_data_dir())
        if not reminders:  # (started already when the app started in the tray)
            start_reminders()
        start = options.routine or window.selected_routine_id
        if options.start and start:
            # Asked for explicitly, so no cautions dialog blocks it; a session cut short
            # stays on offer for the next start.
            controller.start_routine(start, ask_cautions=False)
        else:  # until confirmed once, the warning signs come first; then the offer to resume
            from stretchdesk.ui.first_start import show_warning_signs_once

            signs = show_warning_signs_once(window, state.store)
            if signs is not None:
                signs.finished.connect(lambda _result: window.history.offer_resume())
            else:
                window.history.offer_resume()

    def quit_on_signals() -> None:
        """SIGTERM (a logout, `kill`) and Ctrl+C quit as the Quit key does, with every
        quit step below; set once the window is up, where it costs the start nothing."""
        from stretchdesk.ui.quit_signals import QuitOnSignals

        watcher = QuitOnSignals(app.quit, window)  # (gone with the window, as in tests)
        app.aboutToQuit.connect(watcher.stop)

    # -- reminders and the tray (issue 18): never before the first window is on screen --
    reminders: list[object] = []

    def start_reminders(hidden: bool = False) -> None:
        from stretchdesk.ui.reminders_on_demand import RemindersOnDemand

        on_demand = RemindersOnDemand(window, log, lambda: after_first_paint(window, finish_setup))
        reminders.append(on_demand)
        on_demand.start(hidden)

    if options.tray and not options.start:  # the login entry: quietly, into the tray
        give_windows_their_icon(app)
        controller.open_history(paths.user_data_dir())  # a routine from the tray is recorded
        start_reminders(hidden=True)
        quit_on_signals()
        gc.enable()  # no window to paint: the start is over
    else:
        after_first_paint(window, finish_setup)
        window.show()
        if options.fullscreen:
            window.toggle_fullscreen()
    if keeper.notice:
        window.show_notice(keeper.notice)
    if options.quit_when_done:
        # Let the summary reach the screen (and the log) before the loop ends.
        controller.session_ended.connect(lambda _summary: QTimer.singleShot(0, app.quit))

    # The session screen's modules define their dataclasses when the first session starts;
    # keeping their methods' code makes the next run's first session start sooner. Saved
    # just after the session's first frame (never in its way), and at the end. Kept on disk
    # only from then on: the classes still to come are few (see dataclass_code.let_go).
    # What the start freed goes back to the system then, and once the speech engine has
    # started on its thread (freed_memory.py).
    def settled() -> None:
        dataclass_code.let_go()
        freed_memory.give_back()

    controller.session_started.connect(
        lambda *_: after_first_paint(window.session_view, settled))
    controller.voices_changed.connect(freed_memory.give_back)

    def on_quit() -> None:
        state.save(window, window.selected_routine_id)
        controller.shut_down()
        dataclass_code.save()

    app.aboutToQuit.connect(on_quit)
    return app.exec()
