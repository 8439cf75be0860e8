"""MainWindow: the routine picker, the guided session and the finish screen, run by keys."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, QSize, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from stretchdesk.core.cautions import caution_groups, routine_cautions
from stretchdesk.core.library import Library
from stretchdesk.core.model import Level, Routine
from stretchdesk.core.session_state import SessionState
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_store import remember_hold
from stretchdesk.core.timeline import Timeline, build_timeline
from stretchdesk.ui import keys
from stretchdesk.ui.picker import RoutinePicker
from stretchdesk.ui.plain_text import plain_title

# The driver, the dialogs, the session and finish screens and what they use are imported
# when first needed: the routine list shows sooner without them.
if TYPE_CHECKING:
    from stretchdesk.ui.driver import SessionDriver
    from stretchdesk.ui.finish_view import FinishView
    from stretchdesk.ui.screen_awake import ScreenAwake
    from stretchdesk.ui.session_view import SessionView

EXTEND_SECONDS = 5.0
MINIMUM_SIZE = QSize(720, 540)  # below this the session's type would get too small
TITLE = "StretchDesk"


class MainWindow(QMainWindow):
    """Switches between the three screens and turns keys and buttons into driver commands.

    Wiring points for the rest of the app (see launch.py):
      * `driver` (the SessionDriver `make_driver` makes, on first use): connect the cue
        player to its signals and give it `driver.log_event` for the event log; connect
        `mute_toggled` to the player.
      * `settings_requested` (S, Ctrl+, or the Settings buttons): open the Settings
        window, then call `apply_settings(new)`; a running session adopts the new
        timings from its next phase on.
      * `settings_changed` (the window changed the level or hid cautions): save them.

    Signals:
        settings_requested(): the person wants the Settings window.
        settings_changed(Settings): the window changed a setting itself; save it.
        mute_toggled(bool): True when sound was muted (M or the Mute button).
        session_ended(bool): a session finished (True) or was stopped (False).
    """

    settings_requested = Signal()
    settings_changed = Signal(object)
    mute_toggled = Signal(bool)
    session_ended = Signal(bool)

    def __init__(self, library: Library, settings: Settings,
                 make_driver: Callable[[], SessionDriver],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.library = library
        self.settings = settings
        self._make_driver = make_driver
        self._driver: SessionDriver | None = None
        self.muted = False
        self.routine: Routine | None = None
        self._cautions_seen: set[str] = set()  # routines whose cautions were shown this run
        # A gate every session start goes through, given the start itself: the cue
        # player uses it to load its sounds first, so the first cue is on time.
        self.before_start: Callable[[Callable[[], None]], None] | None = None
        self._screen: ScreenAwake | None = None
        self._normal_geometry: QRect | None = None
        self.setMinimumSize(MINIMUM_SIZE)

        self.picker = RoutinePicker(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.picker)
        self.setCentralWidget(self.pages)
        self.picker.show_library(library, settings)
        self.picker.start_requested.connect(self.start_routine)
        self.picker.level_changed.connect(self._level_picked)
        self.picker.settings_requested.connect(self.request_settings)
        # The session and finish screens are built when first needed: the routine list
        # shows sooner, and browsing it does not hold their memory.
        self._session_view: SessionView | None = None
        self._finish_view: FinishView | None = None

        self._shortcuts = keys.install(self)
        self._show_page(self.picker)

    @property
    def driver(self) -> SessionDriver:
        """Runs the sessions (made on first use: the routine list does not need it)."""
        if self._driver is None:
            driver = self._driver = self._make_driver()
            driver.setParent(self)
            driver.state_changed.connect(self._state_changed)
        return self._driver

    @property
    def session_view(self) -> SessionView:
        """The guided session screen (built on first use)."""
        if self._session_view is None:
            from stretchdesk.ui.session_view import SessionView

            view = self._session_view = SessionView(self.library.stretches, self)
            self.pages.addWidget(view)
            view.set_text_scale(self.settings.text_scale)
            view.set_dark(dark_palette())
            view.controls.set_muted(self.muted)
            view.controls.set_fullscreen(self.isFullScreen())
            controls = view.controls
            controls.back.connect(self.back)
            controls.toggle_pause.connect(self.toggle_pause)
            controls.skip.connect(self.skip)
            controls.shorter.connect(self.shorter)
            controls.longer.connect(self.longer)
            controls.mute_requested.connect(self.toggle_mute)
            controls.fullscreen_requested.connect(self.toggle_fullscreen)
            controls.settings_requested.connect(self.request_settings)
            controls.stop_requested.connect(self.ask_stop)
            self.driver.phase_started.connect(view.show_phase)
            self.driver.remaining_changed.connect(view.show_remaining)
        return self._session_view

    @property
    def finish_view(self) -> FinishView:
        """The summary screen (built on first use)."""
        if self._finish_view is None:
            from stretchdesk.ui.finish_view import FinishView

            self._finish_view = FinishView(self)
            self.pages.addWidget(self._finish_view)
            self._finish_view.back_requested.connect(self.back_to_picker)
            self._finish_view.remember_requested.connect(self._remember_holds)
        return self._finish_view

    def prepare_screens(self) -> None:
        """Builds the session and finish screens now, so the first start is instant."""
        _ = self.session_view, self.finish_view

    # -- screens -------------------------------------------------------------------------

    @property
    def page(self) -> QWidget | None:
        """The screen shown: picker, session_view or finish_view."""
        return self.pages.currentWidget()

    def _show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        for shortcut in self._shortcuts[keys.Where.SESSION]:
            shortcut.setEnabled(page is self._session_view)
        for shortcut in self._shortcuts[keys.Where.FINISH]:
            shortcut.setEnabled(page is self._finish_view)
        if page is self.picker:
            self.picker.focus_list()
            self.setWindowTitle(TITLE)

    def back_to_picker(self) -> None:
        """Shows the routine list again."""
        self._show_page(self.picker)

    # -- starting ------------------------------------------------------------------------

    def start_routine(self, routine_id: str, ask_cautions: bool = True) -> bool:
        """Starts `routine_id`, showing its cautions first unless hidden or seen this run.

        False when the person chose not to start after reading the cautions.
        """
        routine = self.library.routines[routine_id]
        cautions = routine_cautions(routine, self.library)
        if (ask_cautions and cautions and routine_id not in self.settings.hidden_cautions
                and routine_id not in self._cautions_seen):
            from stretchdesk.ui.cautions import CautionsDialog

            answer = CautionsDialog.ask(self, routine.name,
                                        caution_groups(routine, self.library))
            if not answer.start:
                return False
            self._cautions_seen.add(routine_id)
            if answer.hide_next_time:
                hidden = self.settings.hidden_cautions | {routine_id}
                self._change_settings(replace(self.settings, hidden_cautions=hidden))
        self.routine = routine
        timeline = build_timeline(routine, self.library, self.settings)
        self.driver.load(timeline)
        self.session_view.set_timeline(timeline)
        self._show_page(self.session_view)
        self.setWindowTitle(plain_title(f"{routine.name} — {TITLE}"))
        if self._screen is None:
            from stretchdesk.ui.screen_awake import ScreenAwake

            self._screen = ScreenAwake()
        self._screen.hold(self)
        if self.before_start is None:
            self.driver.start()
        else:
            self.before_start(lambda: self._start_loaded(timeline))
        return True

    def _start_loaded(self, timeline: Timeline) -> None:
        """Starts the loaded session, unless the person left it while sound was loading."""
        session = self.driver.session
        if (session is not None and session.timeline is timeline
                and session.state is SessionState.IDLE and self.page is self._session_view):
            self.driver.start()

    # -- session commands (keys and buttons) ----------------------------------------------

    def toggle_pause(self) -> None:
        """Space: pause or resume."""
        self.driver.toggle()

    def skip(self) -> None:
        """Right or N: on to the next phase."""
        self.driver.skip()

    def back(self) -> None:
        """Left or P: restart this phase, or go to the previous one."""
        self.driver.back()

    def longer(self) -> None:
        """+: five seconds more of this phase."""
        self.driver.extend(EXTEND_SECONDS)

    def shorter(self) -> None:
        """Minus: five seconds less of this phase."""
        self.driver.extend(-EXTEND_SECONDS)

    def ask_stop(self) -> None:
        """Asks, then stops the session; the countdown waits while the question is up."""
        if not self.driver.active:
            return
        from stretchdesk.ui.stop_dialog import StopQuestion

        was_running = self.driver.state is SessionState.RUNNING
        if was_running:
            self.driver.pause()
        if StopQuestion.ask(self):
            self.driver.stop()
        elif was_running:
            self.driver.resume()

    def escape(self) -> None:
        """Esc: leaves mat mode first; then asks before stopping, or leaves the summary."""
        if self.isFullScreen():
            self.toggle_fullscreen()
        elif self.page is self._session_view:
            self.ask_stop()
        elif self.page is self._finish_view:
            self.back_to_picker()

    def toggle_mute(self) -> None:
        """M: mutes or unmutes chimes and voice."""
        self.muted = not self.muted
        if self._session_view is not None:
            self._session_view.controls.set_muted(self.muted)
        self.statusBar().showMessage("Sound muted" if self.muted else "Sound on", 3000)
        self.mute_toggled.emit(self.muted)

    def toggle_fullscreen(self) -> None:
        """F or F11: mat mode, the whole screen for reading from the floor."""
        if self.isFullScreen():
            self.showNormal()
            if self._normal_geometry is not None:
                self.setGeometry(self._normal_geometry)
            return
        self._normal_geometry = self.geometry()
        # Without a window manager (a bare X server, a kiosk) the fullscreen state alone
        # does not resize the window, so it is also given the screen's size.
        screen = self.screen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    def request_settings(self) -> None:
        """S or Ctrl+,: asks for the Settings window (a running session pauses first)."""
        if self._driver is not None and self._driver.state is SessionState.RUNNING:
            self.driver.pause()
        self.settings_requested.emit()

    # -- settings ------------------------------------------------------------------------

    def apply_settings(self, settings: Settings) -> None:
        """Uses `settings` from now on; a session in progress adopts them from its next phase."""
        self.settings = settings
        self.picker.show_library(self.library, settings)
        if self._session_view is not None:
            self._session_view.set_text_scale(settings.text_scale)
        driver = self._driver
        session = driver.session if driver is not None else None
        if (driver is not None and driver.active and self.routine is not None
                and session is not None):
            timeline = build_timeline(self.routine, self.library, settings)
            driver.adopt(timeline)
            self.session_view.set_timeline(timeline)
            self.session_view.show_phase(session.index, session.phase)
            self.session_view.show_remaining(session.remaining, session.phase_seconds)

    def _change_settings(self, settings: Settings) -> None:
        self.apply_settings(settings)
        self.settings_changed.emit(settings)

    def remember_holds(self) -> None:
        """K on the finish screen: keep the holds changed with + / − for next time."""
        if self.page is self._finish_view and self._finish_view is not None:
            self._finish_view.remember()

    def _remember_holds(self, changed: tuple[tuple[str, float], ...]) -> None:
        settings = self.settings
        for stretch_id, seconds in changed:
            settings = remember_hold(settings, stretch_id, seconds)
        self._change_settings(settings)

    def _level_picked(self, level: Level) -> None:
        self._change_settings(replace(self.settings, level=level))

    # -- what the driver reports ---------------------------------------------------------

    def _state_changed(self, state: SessionState) -> None:
        self.session_view.set_paused(state is SessionState.PAUSED)
        if state in (SessionState.FINISHED, SessionState.STOPPED):
            from stretchdesk.ui.session_summary import summarize

            if self._screen is not None:
                self._screen.release()
            session = self.driver.session
            if session is not None and self.routine is not None:
                summary = summarize(session, self.driver.phases_started)
                names = {sid: st.name for sid, st in self.library.stretches.items()}
                self.finish_view.show_summary(summary, self.routine.name, names)
                self._show_page(self.finish_view)
            self.session_ended.emit(state is SessionState.FINISHED)

    # -- window events -------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            full = self.isFullScreen()
            if self._session_view is not None:
                self._session_view.controls.set_fullscreen(full)
            self.statusBar().setVisible(not full)
        elif event.type() == QEvent.Type.PaletteChange and self._session_view is not None:
            self._session_view.set_dark(dark_palette())
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._driver is not None and self._driver.active:
            self._driver.stop()
        if self._screen is not None:
            self._screen.release()
        super().closeEvent(event)


def dark_palette() -> bool:
    """Whether the application's colours are light text on a dark background."""
    palette = QGuiApplication.palette()
    return palette.window().color().lightness() < 128
