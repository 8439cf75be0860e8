"""Puts a due reminder in front of the person and reports their answer.

A desktop notification with Start, Snooze 10 minutes and Skip today where the server
shows buttons (a click on the notification itself also starts); the tray icon's message
otherwise, where a click starts the routine.
"""

from __future__ import annotations

from enum import Enum
from itertools import count

from PySide6.QtCore import QObject, Signal

from stretchdesk.core.reminders.scheduler import Reminder, ReminderKind
from stretchdesk.desktop.notifications import NotificationClient
from stretchdesk.desktop.tray_icon import TrayIcon

__all__ = ["ACTIONS", "Answer", "ReminderNotifier", "reminder_text"]


class Answer(Enum):
    """What the person did with a reminder."""

    START = "start"
    SNOOZE = "snooze"
    SKIP = "skip"
    DISMISSED = "dismissed"  # closed it without choosing


# "default" is what the server invokes on a click on the notification itself.
ACTIONS = (("default", "Start"), ("start", "Start"), ("snooze", "Snooze 10 minutes"),
           ("skip", "Skip today"))
_ANSWERS = {"default": Answer.START, "start": Answer.START, "snooze": Answer.SNOOZE,
            "skip": Answer.SKIP}


def reminder_text(reminder: Reminder, routine_name: str, minutes_used: int = 0) -> tuple[str, str]:
    """The notification's title and body for `reminder` (plain text)."""
    if reminder.kind is ReminderKind.DESK_BREAK:
        title = "Time for a desk break"
        used = f"You have been at the computer for {minutes_used} minutes. " if minutes_used else ""
        return title, f"{used}Stretch with “{routine_name}”."
    body = f"“{routine_name}” is planned for now."
    if reminder.late and reminder.planned is not None:
        body = f"“{routine_name}” was planned for {reminder.planned:%H:%M}."
    return "Time to stretch", body


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
            self._client.notify(self._token, title, body, ACTIONS, replaces=replaces)
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
