"""Puts a due reminder in front of the person and reports their answer.

A desktop notification with Start, Snooze 10 minutes and Skip today where the server
shows buttons (a click on the notification itself also starts); the tray icon's message
otherwise, where a click starts the routine.
"""

from __future__ import annotations

from enum import Enum
from itertools import count

from PySide6.QtCore import QObject, Signal

from stretchdesk.core.reminders.reminder import Reminder, ReminderKind
from stretchdesk.desktop.notifications import NotificationClient
from stretchdesk.desktop.tray_icon import TrayIcon
from stretchdesk.translation_marks import QT_TRANSLATE_NOOP

__all__ = ["ACTIONS", "Answer", "ReminderNotifier", "ReminderWords", "reminder_text"]


class Answer(Enum):
    """What the person did with a reminder."""

    START = "start"
    SNOOZE = "snooze"
    SKIP = "skip"
    DISMISSED = "dismissed"  # closed it without choosing


# "default" is what the server invokes on a click on the notification itself. The labels
# are English; ReminderWords.actions() gives them in the run's language.
ACTIONS = (("default", QT_TRANSLATE_NOOP("ReminderWords", "Start")),
           ("start", QT_TRANSLATE_NOOP("ReminderWords", "Start")),
           ("snooze", QT_TRANSLATE_NOOP("ReminderWords", "Snooze 10 minutes")),
           ("skip", QT_TRANSLATE_NOOP("ReminderWords", "Skip today")))
_ANSWERS = {"default": Answer.START, "start": Answer.START, "snooze": Answer.SNOOZE,
            "skip": Answer.SKIP}


class ReminderWords(QObject):
    """A reminder's words in the run's language (a QObject for tr() and its plurals)."""

    def text(self, reminder: Reminder, routine_name: str,
             minutes_used: int = 0) -> tuple[str, str]:
        """The notification's title and body for `reminder` (plain text)."""
        if reminder.kind is ReminderKind.DESK_BREAK:
            title = self.tr("Time for a desk break")
            if minutes_used:
                body = self.tr("You have been at the computer for %n minutes. Stretch with "
                               "“{routine}”.", "", minutes_used)
            else:
                body = self.tr("Stretch with “{routine}”.")
            return title, body.format(routine=routine_name)
        if reminder.late and reminder.planned is not None:
            body = self.tr("“{routine}” was planned for {time}.").format(
                routine=routine_name, time=f"{reminder.planned:%H:%M}")
        else:
            body = self.tr("“{routine}” is planned for now.").format(routine=routine_name)
        return self.tr("Time to stretch"), body

    def actions(self) -> tuple[tuple[str, str], ...]:
        """The notification's buttons, (key, label)."""
        return tuple((key, self.tr(label)) for key, label in ACTIONS)


def reminder_text(reminder: Reminder, routine_name: str, minutes_used: int = 0) -> tuple[str, str]:
    """The notification's title and body for `reminder` (plain text)."""
    return ReminderWords().text(reminder, routine_name, minutes_used)


class ReminderNotifier(QObject):
    """Shows one reminder at a time; a new one replaces the one still shown.

    Signals: `answered(Reminder, str)` with an Answer's value.
    """

    answered = Signal(object, str)

    def __init__(self, client: NotificationClient | None, tray: TrayIcon | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self._tray = tray
        self._current: Reminder | None = None
        self._token = ""  # each showing has its own, so late news of an old one is ignored
        self._showings = count(1)
        if client is not None:
            client.action_invoked.connect(self._on_action)
            client.closed.connect(self._on_closed)
        if tray is not None:
            tray.message_clicked.connect(self._on_message_clicked)

    @property
    def method(self) -> str:
        """How reminders are shown: "notification", "tray message" or "" (they cannot be)."""
        if self._client is not None and self._client.actions_supported:
            return "notification"
        if self._tray is not None and self._tray.visible:
            return "tray message"
        return ""

    def show(self, reminder: Reminder, routine_name: str, minutes_used: int = 0) -> bool:
        """Shows `reminder`; False when there is no way to show it."""
        title, body = reminder_text(reminder, routine_name, minutes_used)
        method = self.method
        if method == "notification" and self._client is not None:
            replaces = self._token if self._current is not None else None
            self._current = reminder
            self._token = f"{reminder.key}#{next(self._showings)}"
            self._client.notify(self._token, title, body, ReminderWords().actions(),
                                replaces=replaces)
            return True
        if method == "tray message" and self._tray is not None:
            self._current = reminder
            self._tray.show_message(title, body)
            return True
        return False

    def _answer(self, answer: Answer) -> None:
        reminder, token = self._current, self._token
        self._current, self._token = None, ""
        if self._client is not None and token and answer is not Answer.DISMISSED:
            self._client.close(token)  # answered: it has done its work
        if reminder is not None:
            self.answered.emit(reminder, answer.value)

    def _on_action(self, token: str, action: str) -> None:
        if token == self._token and action in _ANSWERS:
            self._answer(_ANSWERS[action])

    def _on_closed(self, token: str) -> None:
        if token == self._token:
            self._answer(Answer.DISMISSED)

    def _on_message_clicked(self) -> None:
        if self.method == "tray message":
            self._answer(Answer.START)
