"""MainWindow: the routine picker, the guided session and the finish screen of the app."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from stretchdesk.core.model import Level, Routine
from stretchdesk.core.session_state import SessionState
from stretchdesk.core.settings import Settings
from stretchdesk.core.timeline import Timeline
from stretchdesk.timers import TimerFactory, qt_timer
from stretchdesk.ui import keys
from stretchdesk.ui.about_screens import AboutScreens
from stretchdesk.ui.announcer import Announcer
from stretchdesk.ui.appearance import apply_theme, dark_palette
from stretchdesk.ui.display_look import DisplayLook
from stretchdesk.ui.history_screens import HistoryScreens
from stretchdesk.ui.mat_mode import MatMode
from stretchdesk.ui.picker import RoutinePicker
from stretchdesk.ui.plain_text import plain_title
from stretchdesk.ui.routine_actions import RoutineActions
from stretchdesk.ui.window_requests import WindowRequests

# The dialogs, the session and finish screens and what they use are imported when first
# needed: the routine list shows sooner without them.
if TYPE_CHECKING:
    from stretchdesk.controller.app_controller import AppController
    from stretchdesk.controller.cue_output import SoundStatus
    from stretchdesk.core.display_choice import DisplayChoice
    from stretchdesk.core.session_summary import SessionSummary
    from stretchdesk.ui.finish_view import FinishView
    from stretchdesk.ui.screen_awake import ScreenAwake
    from stretchdesk.ui.session_view import SessionView

EXTEND_SECONDS = 5.0  # what + and − add to or take from a phase
MINIMUM_SIZE = QSize(720, 540)  # below this the session's type would get too small
TITLE = "StretchDesk"


class MainWindow(WindowRequests, QMainWindow):
    """A view of the AppController on three screens: its keys and buttons become intents
    (WindowRequests).

    It renders what the controller's signals say, answers its questions (the cautions
    before a routine), and keeps what belongs to the window: which screen shows, mat
    mode, the screen kept awake during a session, and the question before stopping.
    """

    def __init__(self, controller: AppController, parent: QWidget | None = None, *,
                 timers: TimerFactory = qt_timer) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(TITLE)
        self.setMinimumSize(MINIMUM_SIZE)
        self._screen: ScreenAwake | None = None
        self._mat_mode = MatMode(self)
        apply_theme(controller.settings.theme)
        self.picker = RoutinePicker(self)
        # Contrast, motion and text size, from the settings and the desktop (app-wide).
        self.look = DisplayLook(self)
        self.look.changed.connect(self._look_changed)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.picker)
        self.setCentralWidget(self.pages)
        self._show_library()
        self.picker.start_requested.connect(controller.start_routine)
        self.picker.level_changed.connect(self._level_picked)
        self.picker.settings_requested.connect(self.open_settings)
        self.about = AboutScreens(self)  # warning signs and stretch guides
        self.picker.safety_requested.connect(self.about.show_safety)
        self.picker.guide_requested.connect(self.about.show_guides)
        self.history = HistoryScreens(self, controller)  # the history screen, the check-in
        self.picker.history_requested.connect(self.history.open)
        # The session and finish screens are built when first needed: the routine list
        # shows sooner, and browsing it does not hold their memory.
        self._session_view: SessionView | None = None
        self._finish_view: FinishView | None = None
        self.look.apply(controller.settings)
        c = controller
        # What each key and button does (keys.BINDINGS names them).
        self._actions: dict[str, Callable[[], object]] = {
            "toggle_pause": c.toggle_pause, "skip": c.skip, "back": c.back,
            "longer": lambda: c.extend(EXTEND_SECONDS),
            "shorter": lambda: c.extend(-EXTEND_SECONDS),
            "toggle_mute": self.toggle_mute, "toggle_fullscreen": self.toggle_fullscreen,
            "escape": self.escape, "request_settings": self.open_settings,
            "back_to_picker": self.back_to_picker, "remember_holds": self.remember_holds,
            "stop": self.ask_stop, "quit": self.quit, "about_stretch": self.about.toggle_overlay,
            "show_safety": self.about.show_safety, "about_stretches": self.picker.request_guide,
            "start_selected": self.picker.start_selected, "show_keys": self.show_keys,
            **self.history.actions(),
        }
        self.routines = RoutineActions(self, self.picker, controller, timers, self._actions)
        self._shortcuts = keys.install(self, self._actions)
        self.history.use_keys(self._shortcuts)
        self._show_page(self.picker)
        self.announcer = Announcer(c, self)  # tells a screen reader each phase and notice
        c.set_view(self)
        for signal, slot in (
            (c.library_changed, self._show_library), (c.settings_changed, self._settings_changed),
            (c.session_started, self._session_started), (c.state_changed, self._state_changed),
            (c.timeline_changed, self._timeline_changed), (c.session_ended, self._session_ended),
            (c.sound_status, self._sound_status), (c.muted_changed, self._muted_changed),
            (c.notice, lambda text: self.show_notice(text, 10000)),
        ):
            signal.connect(slot)

    @property
    def session_view(self) -> SessionView:
        """The guided session screen (built on first use)."""
        if self._session_view is None:
            from stretchdesk.ui.session_screen import build_session_view

            self._session_view = build_session_view(self, self.controller, self._actions)
        return self._session_view

    @property
    def finish_view(self) -> FinishView:
        """The summary screen (built on first use)."""
        if self._finish_view is None:
            from stretchdesk.ui.finish_view import FinishView

            self._finish_view = FinishView(self)
            self._finish_view.set_text_scale(self.look.choice.text_scale)
            self.pages.addWidget(self._finish_view)
            self._finish_view.back_requested.connect(self.back_to_picker)
            self._finish_view.remember_requested.connect(lambda _: self.controller.keep_holds())
            self._finish_view.history_requested.connect(self.history.open)
        return self._finish_view

    @property
    def finish_view_built(self) -> bool:
        """Whether the summary screen has been built yet (it is, when first needed)."""
        return self._finish_view is not None

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
        for shortcut in self._shortcuts[keys.Where.PICKER]:
            shortcut.setEnabled(page is self.picker)
        for shortcut in self._shortcuts[keys.Where.SESSION]:
            shortcut.setEnabled(page is self._session_view)
        for shortcut in self._shortcuts[keys.Where.FINISH]:
            shortcut.setEnabled(page is self._finish_view)
        if page is self.picker:
            self.picker.focus_list()
            self.setWindowTitle(TITLE)
        self.history.update_keys()

    def show_page(self, page: QWidget) -> None:
        """Shows `page` (one of the window's screens), with its keys."""
        self._show_page(page)

    def back_to_picker(self) -> None:
        """Shows the routine list again."""
        self._show_page(self.picker)

    def select_routine(self, routine_id: str) -> bool:
        """Selects `routine_id` in the routine list; False when there is no such routine."""
        return self.picker.select(routine_id)

    @property
    def selected_routine_id(self) -> str | None:
        """The routine selected in the routine list."""
        return self.picker.selected_routine_id

    def show_notice(self, text: str, timeout_ms: int = 0) -> None:
        """Tells the person something in the status bar."""
        self.statusBar().showMessage(text, timeout_ms)

    def _level_picked(self, level: Level) -> None:
        self.controller.apply_settings(replace(self.controller.settings, level=level))

    # -- what the controller says --------------------------------------------------------

    def _show_library(self, _library: object = None) -> None:
        c = self.controller
        self.picker.show_library(c.library, c.settings, c.routine_lengths())

    def _settings_changed(self, settings: Settings) -> None:
        self._show_library()
        self.look.apply(settings)
        # After the look: high contrast keeps its own palette; off again, the theme's.
        apply_theme(settings.theme, covered=self.look.choice.high_contrast)

    def _look_changed(self, choice: DisplayChoice) -> None:
        """New contrast, motion or text size: every screen built so far follows."""
        self.picker.set_text_scale(choice.text_scale)
        self.picker.details.set_high_contrast(choice.high_contrast)
        if self._finish_view is not None:
            self._finish_view.set_text_scale(choice.text_scale)
            self._finish_view.banner.refresh()
        view = self._session_view
        if view is None:
            return
        view.set_text_scale(choice.text_scale)
        view.figure.set_reduced_motion(choice.reduced_motion)  # type: ignore[attr-defined]
        if self.page is view:
            from stretchdesk.ui.session_screen import show_session_now

            show_session_now(view, self.controller)  # in the colours now in use
        view.banner.refresh()

    def _session_started(self, routine: Routine, timeline: Timeline) -> None:
        view = self.session_view
        view.set_timeline(timeline)
        if self.controller.getting_ready:  # the sounds are not ready yet: a second or two
            view.show_getting_ready()
        self._show_page(view)
        self.setWindowTitle(plain_title(f"{routine.name} — {TITLE}"))
        if self._screen is None:
            from stretchdesk.ui.screen_awake import ScreenAwake

            self._screen = ScreenAwake()
        self._screen.hold(self)

    def _timeline_changed(self, timeline: Timeline) -> None:
        """New settings re-planned the session: show it as it now is, paused or not."""
        if self._session_view is None or self.controller.session is None:
            return
        from stretchdesk.ui.session_screen import show_session_now

        self._session_view.set_timeline(timeline)
        show_session_now(self._session_view, self.controller)

    def _state_changed(self, state: SessionState) -> None:
        if self._session_view is not None:
            self._session_view.set_paused(state is SessionState.PAUSED)

    def _session_ended(self, summary: SessionSummary) -> None:
        if self._screen is not None:
            self._screen.release()
        c = self.controller
        name = c.routine.name if c.routine is not None else summary.routine_id
        names = {sid: stretch.name for sid, stretch in c.library.stretches.items()}
        self.finish_view.show_summary(summary, name, names)
        self._show_page(self.finish_view)

    def _sound_status(self, status: SoundStatus) -> None:
        """Says what the person will not hear, once, where they look; and when it is fixed."""
        self.picker.show_sound_notice(status.notice)
        if self._session_view is not None:
            self._session_view.controls.set_no_sound("" if status.audible else status.missing)

    def _muted_changed(self, muted: bool) -> None:
        if self._session_view is not None:
            self._session_view.controls.set_muted(muted)
        self.show_notice(QCoreApplication.translate("MainWindow", "Sound muted") if muted
                         else QCoreApplication.translate("MainWindow", "Sound on"), 3000)

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
        if not self.routines.close_editor():  # the person kept an unsaved routine open
            return event.ignore()
        if self.controller.state in (SessionState.RUNNING, SessionState.PAUSED):
            self.controller.interrupt()  # kept in the history, offered next time
        if self._screen is not None:
            self._screen.release()
        super().closeEvent(event)

