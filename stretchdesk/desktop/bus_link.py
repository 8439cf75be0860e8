"""A D-Bus connection that runs on the Qt event loop, for calls QtDBus cannot make.

PySide6's QtDBus turns every Python int into a signed 32-bit D-Bus integer, and offers
no way to send an unsigned one; a notification's `replaces_id` and `CloseNotification`'s
id are unsigned, and servers built on GDBus (dunst, GNOME Shell, xfce4-notifyd) refuse
the call ("does not match expected type (susssasa{sv}i)"). So the notification client
speaks the D-Bus wire format with jeepney (pure Python, no compiled parts) on a socket
that a QSocketNotifier watches: nothing blocks the event loop after the connection is
set up, and replies and signals arrive as Qt events.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from itertools import count

from jeepney import HeaderFields, MatchRule, Message, MessageType, Parser, message_bus
from jeepney.bus import get_bus
from jeepney.io.blocking import prep_socket
from PySide6.QtCore import QObject, QSocketNotifier, Signal

__all__ = ["BusError", "BusLink", "is_error"]

_CONNECT_SECONDS = 1.0  # authentication and Hello on a local socket take about a millisecond

Reply = Callable[[Message], None]


class BusError(Exception):
    """The bus could not be reached; the message says why."""


class BusLink(QObject):
    """One connection to a message bus (the session bus unless `address` says otherwise).

    Signals: `signal_received(Message)` for every D-Bus signal that arrives;
    `lost()` once, when the bus closes the connection.
    """

    signal_received = Signal(object)
    lost = Signal()

    def __init__(self, address: str = "SESSION", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._serials = count(1)
        self._parser = Parser()
        self._replies: dict[int, Reply] = {}
        try:
            self._sock = prep_socket(get_bus(address), timeout=_CONNECT_SECONDS)
            self.unique_name = self._hello()
        except (OSError, KeyError, ValueError, RuntimeError) as exc:
            raise BusError(f"no D-Bus session bus ({exc})") from exc
        self._sock.setblocking(False)
        self._notifier = QSocketNotifier(self._sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    @property
    def connected(self) -> bool:
        """Whether the connection is still open."""
        return bool(self._sock.fileno() >= 0)

    def call(self, message: Message, on_reply: Reply | None = None) -> None:
        """Sends `message`; `on_reply` gets its reply (or error) later, on the event loop."""
        serial = next(self._serials)
        if on_reply is not None:
            self._replies[serial] = on_reply
        try:
            self._sock.sendall(message.serialise(serial=serial))
        except OSError:
            self._replies.pop(serial, None)
            self._close()

    def add_match(self, rule: MatchRule) -> None:
        """Asks the bus to pass on the signals `rule` matches."""
        self.call(message_bus.AddMatch(rule))

    def close(self) -> None:
        """Closes the connection (no `lost` signal)."""
        self._notifier.setEnabled(False)
        with contextlib.suppress(OSError):
            self._sock.close()

    def _hello(self) -> str:
        """Says Hello, as every connection must first; returns the name the bus gave us."""
        serial = next(self._serials)
        self._sock.settimeout(_CONNECT_SECONDS)
        self._sock.sendall(message_bus.Hello().serialise(serial=serial))
        while True:
            message = self._parser.get_next_message()
            if message is None:
                data = self._sock.recv(4096)
                if not data:
                    raise ConnectionResetError("the bus closed the connection")
                self._parser.add_data(data)
                continue
            if message.header.fields.get(HeaderFields.reply_serial) == serial:
                if message.header.message_type is MessageType.error:
                    raise RuntimeError(f"the bus refused Hello: {message.body}")
                return str(message.body[0])

    def _read(self) -> None:
        while True:
            try:
                data = self._sock.recv(65536)
            except (BlockingIOError, InterruptedError):
                break
            except OSError:
                data = b""
            if not data:
                self._close()
                return
            self._parser.add_data(data)
        while (message := self._parser.get_next_message()) is not None:
            self._dispatch(message)

    def _dispatch(self, message: Message) -> None:
        kind = message.header.message_type
        if kind is MessageType.signal:
            self.signal_received.emit(message)
        elif kind in (MessageType.method_return, MessageType.error):
            handler = self._replies.pop(message.header.fields.get(HeaderFields.reply_serial, -1),
                                        None)
            if handler is not None:
                handler(message)

    def _close(self) -> None:
        if self.connected:
            self.close()
            self.lost.emit()


def is_error(message: Message) -> bool:
    """Whether `message` is an error reply."""
    return bool(message.header.message_type is MessageType.error)
