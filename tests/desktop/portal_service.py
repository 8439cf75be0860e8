"""A stand-in for the desktop's XDG Settings portal, on a test's private session bus.

`python -m tests.desktop.portal_service [--old] NS/KEY=SIG:VALUE ...` owns
org.freedesktop.portal.Desktop and answers the Settings interface's ReadOne (or, with
--old, only the version 1 Read, whose value is wrapped once more) with the given values,
as xdg-desktop-portal does for GNOME or KDE. Each line written to its stdin,
`NS/KEY=SIG:VALUE`, changes a value and sends SettingChanged. It prints `READY` once it
owns the name, and stops when its stdin closes.
"""

from __future__ import annotations

import os
import select
import sys
from typing import Any

from jeepney import (
    HeaderFields,
    MessageType,
    new_error,
    new_method_return,
    new_signal,
)
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

NAME = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.Settings"


def parse(spec: str) -> tuple[tuple[str, str], tuple[str, Any]]:
    """"org.freedesktop.appearance/contrast=u:1" → ((namespace, key), ("u", 1))."""
    where, value = spec.split("=", 1)
    namespace, key = where.split("/", 1)
    signature, text = value.split(":", 1)
    plain: Any = {"u": int, "b": lambda t: t == "true", "d": float}.get(signature, str)(text)
    return (namespace, key), (signature, plain)


def main() -> int:
    old = "--old" in sys.argv
    values = dict(parse(arg) for arg in sys.argv[1:] if not arg.startswith("--"))
    connection = open_dbus_connection(bus="SESSION")
    connection.send_and_get_reply(message_bus.RequestName(NAME))
    print("READY", flush=True)
    stdin, pending = sys.stdin.fileno(), b""
    while True:
        ready, _, _ = select.select([connection.sock, stdin], [], [])
        if stdin in ready:
            # Read the pipe itself: a buffered readline could keep a second line that
            # select() would then never report.
            chunk = os.read(stdin, 4096)
            if not chunk:
                return 0
            pending += chunk
            *lines, pending = pending.split(b"\n")
            for line in lines:
                where, value = parse(line.decode().strip())
                values[where] = value
                connection.send(new_signal(_emitter(), "SettingChanged", "ssv",
                                           (*where, value)))
        if connection.sock in ready:
            while True:  # every message that came, not only the first
                try:
                    message = connection.receive(timeout=0)
                except TimeoutError:
                    break
                answer(connection, message, values, old)


def answer(connection: Any, message: Any, values: dict[tuple[str, str], tuple[str, Any]],
           old: bool) -> None:
    """Replies to a Settings call as the portal would."""
    if message.header.message_type is not MessageType.method_call:
        return
    member = message.header.fields.get(HeaderFields.member)
    if member == "Read" or (member == "ReadOne" and not old):
        where = tuple(message.body)
        if where not in values:
            connection.send(new_error(message, "org.freedesktop.portal.Error.NotFound", "s",
                                      ("Requested setting not found",)))
            return
        value = values[where]
        body = value if member == "ReadOne" else ("v", value)
        connection.send(new_method_return(message, "v", (body,)))
        return
    connection.send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod", "s",
                              (f"No such method {member}",)))


def _emitter() -> Any:
    from jeepney import DBusAddress

    return DBusAddress(PATH, interface=INTERFACE)


if __name__ == "__main__":
    sys.exit(main())
