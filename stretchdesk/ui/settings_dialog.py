"""The settings dialog: every preference, applied the moment it changes.

There is no OK/Cancel: each edit produces a new Settings at once (so the picker's
routine lengths follow along, and a paused session uses it from the next phase on).
Whoever opens the dialog saves what `settings_changed` carries.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.core.display_choice import DesktopAsks
from stretchdesk.core.model import Library
from stretchdesk.core.newcomer import NEWCOMER
from stretchdesk.core.settings import Settings
from stretchdesk.ui.settings_display_page import DisplayPage
from stretchdesk.ui.settings_history_page import HistoryPage
from stretchdesk.ui.settings_holds_page import HoldsPage
from stretchdesk.ui.settings_page import Change, SettingsPage
from stretchdesk.ui.settings_reminders_page import LoginStart, RemindersPage
from stretchdesk.ui.settings_sound_page import SoundPage
from stretchdesk.ui.settings_timing_page import TimingPage

if TYPE_CHECKING:
    from stretchdesk.ui.reminder_desktop import ReminderDesktop

USUAL_TEXT_PIXELS = 12  # Qt's own 9 pt at 96 dpi: the size the pages were laid out for


class SettingsDialog(QDialog):
    """Holds, timing, sound, display, reminder and history settings on six pages, plus
    Restore defaults.

    Keyboard: Alt+H/T/S/D/M/I pick a page (in English; each language's labels carry their
    own access keys, unique on every page), every control has a mnemonic or is reached with
    Tab, Esc closes, and Enter commits a typed number without closing the dialog.

    Signals:
        settings_changed(object): the new Settings, after every change.
        test_sound_requested(): the person pressed Test beside the volume.
    """

    settings_changed = Signal(object)
    test_sound_requested = Signal()

    def __init__(
        self,
        settings: Settings,
        library: Library,
        voices: Sequence[str] = (),
        parent: QWidget | None = None,
        login_start: LoginStart | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.holds = HoldsPage(library)
        self.timing = TimingPage()
        self.sound = SoundPage(voices)
        self.display = DisplayPage()
        # -- reminders (issue 18) --
        if login_start is None:
            from stretchdesk.ui.login_start import apply_login_start

            login_start = apply_login_start
        self.reminders = RemindersPage(library, login_start)
        self.history = HistoryPage()  # -- history (issue 17) --
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        self.tabs.addTab(self.holds, self.tr("&Holds"))
        self.tabs.addTab(self.timing, self.tr("&Timing"))
        self.tabs.addTab(self.sound, self.tr("&Sound"))
        self.tabs.addTab(self.display, self.tr("&Display"))
        self.tabs.addTab(self.reminders, self.tr("Re&minders"))
        self.tabs.addTab(self.history, self.tr("H&istory"))
        self._pages: tuple[SettingsPage, ...] = (self.holds, self.timing, self.sound,
                                                 self.display, self.reminders, self.history)
        for page in self._pages:
            page.edited.connect(self._apply)
        self.sound.test_requested.connect(self.test_sound_requested)

        self.restore = QPushButton(self.tr("&Restore defaults"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.restore.clicked.connect(self._on_restore)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        # No default button anywhere (QDialog would otherwise make the first one, a Reset,
        # the default): Enter in a spin box commits the number and nothing else. Space
        # presses the focused button.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self._show(settings)
        # Its usual size, grown with larger text (the text size setting scales the
        # application font), or the screen's free area on a small screen (never off screen).
        owner = parent if parent is not None else self
        room = owner.screen().availableGeometry()
        grow = max(1.0, QFontInfo(self.font()).pixelSize() / USUAL_TEXT_PIXELS)
        self.resize(min(round(820 * grow), room.width()), min(round(640 * grow), room.height()))

    @property
    def settings(self) -> Settings:
        """The settings as the dialog shows them now."""
        return self._settings

    def set_sound_status(self, notice: str, chimes: bool) -> None:
        """Shows on the Sound page what will not be heard (and that Test tries again)."""
        self.sound.set_sound_status(notice, chimes)

    def set_desktop(self, asks: DesktopAsks) -> None:
        """Shows on the Display page what the desktop asks for."""
        self.display.set_desktop(asks)

    def set_reminder_desktop(self, desktop: ReminderDesktop | None) -> None:
        """Says on the Reminders page what the desktop offers reminders."""
        self.reminders.set_desktop(desktop)

    def set_settings(self, settings: Settings) -> None:
        """Shows `settings` (changed elsewhere, say by "remember this hold") without emitting."""
        self._settings = settings
        self._show(settings)

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        """Asks whether to put every setting back to its default; True for yes."""
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("SettingsDialog", "Restore defaults"),
            QCoreApplication.translate(
                "SettingsDialog",
                "Put every setting back to how StretchDesk started, including your own holds "
                "for single stretches? Your reminders are kept."),
            QMessageBox.StandardButton.RestoreDefaults | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.RestoreDefaults

    def _on_restore(self) -> None:
        if type(self).ask(self):
            # As StretchDesk started for a newcomer; dismissed cautions are not a setting
            # on these pages, so they stay dismissed. Reminders are kept too: a reset of
            # holds and sounds should not silently stop them (or remove the login entry);
            # their own page turns them off.
            self._apply(lambda s: replace(NEWCOMER, hidden_cautions=s.hidden_cautions,
                                          reminders=s.reminders))

    def _apply(self, change: Change) -> None:
        new = change(self._settings)
        if new == self._settings:
            return
        self._settings = new
        self._show(new)
        self.settings_changed.emit(new)

    def _show(self, settings: Settings) -> None:
        for page in self._pages:
            page.load(settings)
