"""Short QtDBus calls with a time limit, for the desktop services reminders ask."""

from __future__ import annotations

from typing import Any

from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage, QDBusVariant

__all__ = ["QUERY_TIMEOUT_MS", "call", "get_property"]

QUERY_TIMEOUT_MS = 500  # a local service answers in about a millisecond; never hang on one


def call(bus: QDBusConnection, service: str, path: str, interface: str, member: str,
         *args: Any) -> list[Any] | None:
    """The reply's values, or None when the service is missing, refuses or is too slow.

    Only arguments QtDBus can type (text, booleans, signed ints) may be passed.
    """
    if not bus.isConnected():
        return None
    message = QDBusMessage.createMethodCall(service, path, interface, member)
    if args:
        message.setArguments(list(args))
    reply = bus.call(message, QDBus.CallMode.Block, QUERY_TIMEOUT_MS)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        return None
    return [_plain(value) for value in reply.arguments()]


def get_property(bus: QDBusConnection, service: str, path: str, interface: str,
                 name: str) -> Any:
    """A D-Bus property's value, or None where the service does not have it."""
    values = call(bus, service, path, "org.freedesktop.DBus.Properties", "Get", interface, name)
    return values[0] if values else None


def _plain(value: Any) -> Any:
    return value.variant() if isinstance(value, QDBusVariant) else value
