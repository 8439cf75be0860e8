"""The warning signs at first start: shown until the person confirms them, then not again.

That they were read is app state, not a preference: it lives beside the window's
geometry (window.ini in the config folder), so the settings file holds the person's
choices alone. What is kept is a digest of the warning signs read: when a new version
of StretchDesk changes the list, the person is shown it again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from stretchdesk.ui.main_window import MainWindow
    from stretchdesk.ui.safety_dialog import SafetyDialog

READ_KEY = "safety/warning-signs-read"


def warning_signs_read(state: QSettings, fingerprint: str) -> bool:
    """Whether the person confirmed the warning signs with this `fingerprint`."""
    return bool(state.value(READ_KEY) == fingerprint)


def show_warning_signs_once(window: MainWindow, state: QSettings) -> SafetyDialog | None:
    """Shows the warning signs unless the person has confirmed these ones before.

    Confirming ("I have read this") is remembered in `state` at once; closing the
    dialog any other way is not, so it shows again at the next start.
    """
    notes = window.controller.library.safety
    if notes is None or warning_signs_read(state, notes.fingerprint):
        return None
    dialog = window.about.show_safety(first_start=True)
    if dialog is not None:

        def remember() -> None:
            state.setValue(READ_KEY, notes.fingerprint)
            state.sync()

        dialog.accepted.connect(remember)
    return dialog
