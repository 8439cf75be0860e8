"""The questions and the Settings window the main window opens for the app controller.

Each dialog is built when first used (the routine list shows sooner without them), and
each modal one sits behind a classmethod `ask()` that tests replace.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from stretchdesk.core.cautions import CautionAnswer
from stretchdesk.core.session_state import SessionState

if TYPE_CHECKING:
    from stretchdesk.controller.app_controller import AppController
    from stretchdesk.controller.cue_output import SoundStatus
    from stretchdesk.core.display_choice import DesktopAsks
    from stretchdesk.ui.reminder_desktop import ReminderDesktop


def ask_cautions(parent: QWidget, routine_name: str,
                 groups: list[tuple[str, list[str]]]) -> CautionAnswer:
    """Shows a routine's cautions before it starts and returns the person's answer."""
    from stretchdesk.ui.cautions import CautionsDialog

    return CautionsDialog.ask(parent, routine_name, groups)


def ask_to_stop(parent: QWidget, controller: AppController, quitting: bool = False) -> bool:
    """Asks, then stops the session; the countdown waits while the question is up.

    True when no session is left (there was none, or the person chose to stop). When
    `quitting`, the session is left in the history to be resumed next time.
    """
    if controller.state not in (SessionState.RUNNING, SessionState.PAUSED):
        return True
    from stretchdesk.ui.stop_dialog import StopQuestion

    was_running = controller.state is SessionState.RUNNING
    if was_running:
        controller.pause()
    if StopQuestion.ask(parent, quitting=quitting):
        if quitting:
            controller.interrupt()
        else:
            controller.stop()
        return True
    if was_running:
        controller.resume()
    return False


def open_settings(parent: QWidget, controller: AppController,
                  desktop: DesktopAsks | None = None, *,
                  reminder_desktop: ReminderDesktop | None = None,
                  page: str | None = None) -> None:
    """The Settings window; a running session pauses first, and every change applies.

    `desktop` is what the desktop asks for (shown beside "Follow the desktop").
    `page` ("reminders") opens it at that page; `reminder_desktop` says there what the
    desktop offers reminders, once they run.
    """
    from stretchdesk.ui.settings_dialog import SettingsDialog

    controller.pause()
    dialog = SettingsDialog(controller.settings, controller.library, controller.voice_names(),
                            parent)
    if desktop is not None:
        dialog.set_desktop(desktop)
    dialog.set_reminder_desktop(reminder_desktop)
    if page == "reminders":
        dialog.tabs.setCurrentWidget(dialog.reminders)
    dialog.settings_changed.connect(controller.apply_settings)
    dialog.test_sound_requested.connect(controller.test_sound)

    def show_sound(status: SoundStatus | None) -> None:
        if status is not None:
            dialog.set_sound_status(status.settings_notice, status.chimes)

    show_sound(controller.sound)
    if controller.voices_pending():
        dialog.sound.set_voices_pending()

    def show_voices() -> None:
        dialog.sound.set_voices(controller.voice_names())

    controller.sound_status.connect(show_sound)  # Test tries the sound again
    controller.voices_changed.connect(show_voices)  # the engine starts late
    dialog.exec()
    controller.sound_status.disconnect(show_sound)
    controller.voices_changed.disconnect(show_voices)
    dialog.deleteLater()


def show_keys(parent: QWidget, controller: AppController) -> None:
    """The list of keys; a running session pauses while it is open and then carries on."""
    from stretchdesk.ui.key_overlay import KeysDialog

    was_running = controller.state is SessionState.RUNNING
    if was_running:
        controller.pause()
    KeysDialog.show_keys(parent)
    if was_running and controller.state is SessionState.PAUSED:
        controller.resume()
