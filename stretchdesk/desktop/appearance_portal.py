"""What the desktop asks of every app's look, read from the XDG Settings portal.

org.freedesktop.portal.Settings (xdg-desktop-portal, on GNOME, KDE and others) says in
its `org.freedesktop.appearance` namespace whether the person wants higher contrast
(`contrast`, 1) and less motion (`reduced-motion`, 1); GNOME also says whether
animations are on (`org.gnome.desktop.interface` `enable-animations`). Qt 6.8 and 6.9
report none of these, and no Qt version reports motion, so this asks the portal itself:
once, without blocking (replies come on the event loop), and again whenever the portal
signals a change. No portal, no bus: the desktop does not say, and nothing is waited for.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from jeepney import DBusAddress, HeaderFields, MatchRule, Message, new_method_call
from PySide6.QtCore import QObject, Signal

from stretchdesk.desktop.bus_link import BusError, BusLink, is_error

PORTAL = DBusAddress("/org/freedesktop/portal/desktop", bus_name="org.freedesktop.portal.Desktop",
                     interface="org.freedesktop.portal.Settings")
APPEARANCE = "org.freedesktop.appearance"
GNOME_INTERFACE = "org.gnome.desktop.interface"
# (namespace, key) → what it says, as the name this module reports it by.
KEYS: dict[tuple[str, str], str] = {
    (APPEARANCE, "contrast"): "high_contrast",
    (APPEARANCE, "reduced-motion"): "reduced_motion",
    (GNOME_INTERFACE, "enable-animations"): "animations_off",
}


def _plain(value: Any) -> Any:
    """A D-Bus variant's value (jeepney gives (signature, value) pairs), unwrapped."""
    while isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str):
        value = value[1]
    return value


def reading(name: str, value: Any) -> bool | None:
    """What one portal value says: True (asked for), False (not), None (cannot tell)."""
    value = _plain(value)
    if name == "animations_off":
        return (not value) if isinstance(value, bool) else None
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value == 1  # 0 no preference; other values are to be treated as 0


class AppearancePortal(QObject):
    """Reads the portal's contrast and motion keys and follows their changes.

    Signals:
        changed(str, object): a key's reading changed ("high_contrast", "reduced_motion",
            "animations_off"; True, False or None).
    """

    changed = Signal(str, object)

    def __init__(self, parent: QObject | None = None, address: str = "SESSION") -> None:
        super().__init__(parent)
        self.readings: dict[str, bool | None] = {}
        self._link: BusLink | None = None
        self._address = address

    def start(self) -> bool:
        """Asks the portal; False when there is no session bus to ask on."""
        try:
            self._link = BusLink(self._address, self)
        except BusError:
            return False
        link = self._link
        link.signal_received.connect(self._signal)
        link.add_match(MatchRule(type="signal", interface=PORTAL.interface,
                                 member="SettingChanged", path=PORTAL.object_path))
        for (namespace, key), name in KEYS.items():
            link.call(new_method_call(PORTAL, "ReadOne", "ss", (namespace, key)),
                      partial(self._read, name=name, namespace=namespace, key=key))
        return True

    def _read(self, reply: Message, name: str, namespace: str, key: str,
              old_api: bool = False) -> None:
        if is_error(reply):
            error = str(reply.header.fields.get(HeaderFields.error_name, ""))
            if not old_api and error.endswith("UnknownMethod") and self._link is not None:
                # Portals before version 2 have only Read, which wraps the value once more.
                self._link.call(new_method_call(PORTAL, "Read", "ss", (namespace, key)),
                                partial(self._read, name=name, namespace=namespace, key=key,
                                        old_api=True))
                return
            self._set(name, None)
            return
        self._set(name, reading(name, reply.body[0]))

    def _signal(self, message: Message) -> None:
        fields = message.header.fields
        if fields.get(HeaderFields.member) != "SettingChanged":
            return
        namespace, key, value = message.body
        name = KEYS.get((namespace, key))
        if name is not None:
            self._set(name, reading(name, value))

    def _set(self, name: str, value: bool | None) -> None:
        if self.readings.get(name, "unread") != value:
            self.readings[name] = value
            self.changed.emit(name, value)

    def close(self) -> None:
        """Stops listening."""
        if self._link is not None:
            self._link.close()
            self._link = None
