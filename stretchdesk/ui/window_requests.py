"""WindowRequests: what the person asks of the main window by key or button.

Each request becomes one of the app controller's intents or one of the window's dialogs
(the cautions before a routine, the question before stopping, Settings, the keys list),
or changes what belongs to the window itself (mat mode, the screen shown). The main
window mixes it in; keys.BINDINGS names which key asks for what.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from stretchdesk.ui import window_dialogs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from stretchdesk.controller.app_controller import AppController
    from stretchdesk.core.cautions import CautionAnswer
    from stretchdesk.ui.about_screens import AboutScreens
    from stretchdesk.ui.display_look import DisplayLook
    from stretchdesk.ui.finish_view import FinishView
    from stretchdesk.ui.history_screens import HistoryScreens
    from stretchdesk.ui.main_window import MainWindow
    from stretchdesk.ui.mat_mode import MatMode
    from stretchdesk.ui.reminder_desktop import ReminderDesktop
    from stretchdesk.ui.session_view import SessionView


class WindowRequests:
    """ask_cautions, ask_stop, quit, open_settings, show_keys, escape, toggle_mute,
    toggle_fullscreen and remember_holds, mixed into MainWindow, which provides the
    controller, its screens and `back_to_picker`."""

    controller: AppController
    look: DisplayLook
    about: AboutScreens
    history: HistoryScreens
    _mat_mode: MatMode
    _session_view: SessionView | None
    _finish_view: FinishView | None
    # Set by the reminders once they run: what the desktop offers them (Settings).
    reminder_desktop: Callable[[], ReminderDesktop] | None = None

    @property
    def _window(self) -> MainWindow:
        return cast("MainWindow", self)

    def ask_cautions(self, routine_name: str,
                     groups: list[tuple[str, list[str]]]) -> CautionAnswer:
        """Shows a routine's cautions before it starts (the controller asks)."""
        return window_dialogs.ask_cautions(self._window, routine_name, groups)

    def ask_stop(self) -> None:
        """Esc or Stop: asks, then stops the session."""
        window_dialogs.ask_to_stop(self._window, self.controller)

    def quit(self) -> None:
        """Ctrl+Q: leaves StretchDesk from any screen, asking first during a session."""
        if window_dialogs.ask_to_stop(self._window, self.controller, quitting=True):
            self.controller.quit()

    def open_settings(self, page: str | None = None) -> None:
        """S or Ctrl+,: the Settings window (a running session pauses first); the tray
        opens it at its Reminders `page`."""
        reminders = self.reminder_desktop() if self.reminder_desktop is not None else None
        window_dialogs.open_settings(self._window, self.controller, self.look.desktop.asks,
                                     reminder_desktop=reminders, page=page)

    def show_keys(self) -> None:
        """? or F1: every key and what it does; a running session waits meanwhile."""
        window_dialogs.show_keys(self._window, self.controller)

    def escape(self) -> None:
        """Esc: closes "about this stretch" first, then leaves mat mode; then asks before
        stopping, or leaves the summary."""
        window = self._window
        page: QWidget | None = window.page
        if self.about.close_overlay():
            return
        if window.isFullScreen():
            self.toggle_fullscreen()
        elif page is self._session_view:
            self.ask_stop()
        elif page is self._finish_view:
            window.back_to_picker()
        elif self.history.showing:
            self.history.close()

    def toggle_mute(self) -> None:
        """M: mutes or unmutes chimes and voice; with no sound at all, tries it again."""
        self.controller.toggle_mute()

    def toggle_fullscreen(self) -> None:
        """F or F11: mat mode, the whole screen for reading from the floor."""
        self._mat_mode.toggle()

    def remember_holds(self) -> None:
        """K on the finish screen: keep the holds changed with + / − for next time."""
        if self._window.page is self._finish_view and self._finish_view is not None:
            self._finish_view.remember()
