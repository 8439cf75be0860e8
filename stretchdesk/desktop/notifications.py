"""Desktop notifications with buttons (org.freedesktop.Notifications), and the answer.

The client asks the server what it can do (GetCapabilities) before the first
notification: `actions_supported` then says whether buttons will be shown. Each
notification carries a `token` (what it is about); the person's choice comes back as
`action_invoked(token, action_key)`, and a notification gone without a choice as
`closed(token)`. Body text is escaped where the server reads markup, so a routine name
is always shown as written.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from jeepney import DBusAddress, HeaderFields, MatchRule, Message, new_method_call
from PySide6.QtCore import QObject, Signal

from stretchdesk.desktop.bus_link import BusLink, is_error

__all__ = ["NOTIFICATIONS", "NotificationClient"]

NOTIFICATIONS = DBusAddress("/org/freedesktop/Notifications",
                            bus_name="org.freedesktop.Notifications",
                            interface="org.freedesktop.Notifications")



class NotificationClient(QObject):
    """Shows notifications through the desktop's notification server.

    Signals: `ready(bool)` once the server's capabilities are known (True: it shows
    buttons), or `ready(False)` with `available` False when there is no server;
    `shown(str token)` once the server has taken a notification;
    `action_invoked(str token, str action_key)`; `closed(str token)`.
    """

    ready = Signal(bool)
    shown = Signal(str)
    action_invoked = Signal(str, str)
    closed = Signal(str)

    def __init__(self, link: BusLink, app_name: str = "StretchDesk",
                 desktop_entry: str = "io.github.stretchdesk.StretchDesk",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._link = link
        self._app_name = app_name
        self._desktop_entry = desktop_entry
        self.capabilities: frozenset[str] | None = None  # None until the server answered
        self.available = False
        self.server = ""  # the server's name, e.g. "dunst"
        self._tokens: dict[int, str] = {}  # notification id -> token
        self._shown: dict[str, int] = {}  # token -> notification id
        self._pending: set[str] = set()  # tokens whose Notify has not been answered yet
        self._unwanted: set[str] = set()  # of those, the ones already replaced: close them
        link.signal_received.connect(self._on_signal)
        for member in ("ActionInvoked", "NotificationClosed"):
            link.add_match(MatchRule(type="signal", interface=NOTIFICATIONS.interface,
                                     member=member, path=NOTIFICATIONS.object_path))

    @property
    def actions_supported(self) -> bool:
        """Whether the server shows a notification's buttons."""
        return self.capabilities is not None and "actions" in self.capabilities

    def probe(self) -> None:
        """Asks the server what it can do; `ready` follows."""
        self._link.call(new_method_call(NOTIFICATIONS, "GetCapabilities"), self._on_capabilities)
        self._link.call(new_method_call(NOTIFICATIONS, "GetServerInformation"), self._on_info)

    def notify(self, token: str, summary: str, body: str,
               actions: Sequence[tuple[str, str]] = (), replaces: str | None = None) -> None:
        """Shows a notification about `token`, with `actions` as (key, label) buttons.

        With `replaces`, the notification shown for that token is replaced, not stacked.
        It stays until the person answers or dismisses it.
        """
        if self.capabilities is not None and "body-markup" in self.capabilities:
            body = html.escape(body, quote=False)
        flat = [part for key, label in actions for part in (key, label)]
        hints = {"desktop-entry": ("s", self._desktop_entry), "urgency": ("y", 1),
                 "category": ("s", "presence")}
        replaces_id = self._shown.get(replaces, 0) if replaces is not None else 0
        if replaces in self._pending:
            self._unwanted.add(replaces)  # its id is not known yet: close it when it is
        self._pending.add(token)
        message = new_method_call(NOTIFICATIONS, "Notify", "susssasa{sv}i", (
            self._app_name, replaces_id, self._desktop_entry, summary, body, flat, hints, 0))
        self._link.call(message, lambda reply: self._on_shown(token, reply))

    def close(self, token: str) -> None:
        """Takes the notification about `token` away, if it is still shown."""
        notification = self._shown.get(token)
        if notification is not None:
            self._link.call(new_method_call(NOTIFICATIONS, "CloseNotification", "u",
                                            (notification,)))

    def _on_capabilities(self, reply: Message) -> None:
        self.available = not is_error(reply)
        self.capabilities = frozenset(reply.body[0]) if self.available else frozenset()
        self.ready.emit(self.actions_supported)

    def _on_info(self, reply: Message) -> None:
        if not is_error(reply) and reply.body:
            self.server = str(reply.body[0])

    def _on_shown(self, token: str, reply: Message) -> None:
        self._pending.discard(token)
        if is_error(reply):
            self.closed.emit(token)
            return
        notification = int(reply.body[0])
        if token in self._unwanted:
            self._unwanted.discard(token)
            self._link.call(new_method_call(NOTIFICATIONS, "CloseNotification", "u",
                                            (notification,)))
            return
        old = self._shown.get(token)
        if old is not None and old != notification:
            self._tokens.pop(old, None)
        self._tokens[notification] = token
        self._shown[token] = notification
        self.shown.emit(token)

    def _on_signal(self, message: Message) -> None:
        fields = message.header.fields
        member = fields.get(HeaderFields.member)
        if member not in ("ActionInvoked", "NotificationClosed"):
            return
        notification = int(message.body[0])
        token = self._tokens.get(notification)
        if token is None:
            return  # another application's notification
        if member == "ActionInvoked":
            self.action_invoked.emit(token, str(message.body[1]))
            return
        del self._tokens[notification]
        if self._shown.get(token) == notification:
            del self._shown[token]
        self.closed.emit(token)
