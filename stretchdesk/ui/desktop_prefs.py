"""DesktopWatch: what the desktop asks for (contrast, motion, text size), and its changes.

- Contrast: Qt 6.10 and later report it (QStyleHints.accessibility().contrastPreference());
  earlier ones do not, so the XDG Settings portal is asked as well.
- Motion: no Qt version reports it; the portal's `reduced-motion`, or GNOME's
  `enable-animations` through the portal.
- Text size: the desktop's own font, taken as the app starts (before StretchDesk scales
  the application font by its own setting); larger than usual is followed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont, QFontInfo, QGuiApplication
from shiboken6 import isValid

from stretchdesk.core.display_choice import DesktopAsks, desktop_text_factor

if TYPE_CHECKING:
    from stretchdesk.desktop.appearance_portal import AppearancePortal


def qt_contrast_hints() -> Any:
    """Qt's accessibility hints (Qt 6.10 and later), or None where Qt has none.

    PySide 6.11 may hand back a wrapper whose object Qt has already replaced (seen in
    tests that make many windows in one application): that counts as none.
    """
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if not callable(accessibility):
        return None
    made = accessibility()
    return made if made is not None and isValid(made) else None


def qt_says_high_contrast() -> bool | None:
    """Whether Qt reports a high-contrast preference (None: this Qt cannot tell)."""
    hints = qt_contrast_hints()
    if hints is None:
        return None
    from PySide6.QtCore import Qt

    preference = getattr(Qt, "ContrastPreference", None)
    if preference is None:
        return None
    try:
        return bool(hints.contrastPreference() == preference.HighContrast)
    except RuntimeError:  # its object went away (see qt_contrast_hints)
        return None


class DesktopWatch(QObject):
    """Keeps DesktopAsks up to date from Qt, the portal and the desktop's font.

    Signals:
        changed(DesktopAsks): what the desktop asks for changed.
    """

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desktop_font = QFont(QGuiApplication.font())
        self._portal: dict[str, bool | None] = {}
        self.portal: AppearancePortal | None = None  # once watching
        # Qt's contrast hint is read from watch() on: on Qt 6.10+ its answer is an enum of
        # PySide's Qt namespace, whose first use costs the first window ~14 ms.
        self._watching = False
        self._asks = self._gather()

    @property
    def asks(self) -> DesktopAsks:
        """What the desktop asks for now."""
        return self._asks

    def watch(self) -> None:
        """Follows Qt's hints and asks the portal (after the first paint: it is a bus call)."""
        self._watching = True
        self._update()
        hints = qt_contrast_hints()
        if hints is not None and hasattr(hints, "contrastPreferenceChanged"):
            hints.contrastPreferenceChanged.connect(lambda *_: self._update())
        from stretchdesk.desktop.appearance_portal import AppearancePortal

        portal = self.portal = AppearancePortal(self)
        portal.changed.connect(self._portal_changed)
        portal.start()

    def _portal_changed(self, name: str, value: bool | None) -> None:
        self._portal[name] = value
        self._update()

    def _gather(self) -> DesktopAsks:
        portal = self._portal
        high = qt_says_high_contrast() if self._watching else None
        if portal.get("high_contrast") is not None:
            high = bool(high) or bool(portal["high_contrast"])
        reduced = portal.get("reduced_motion")
        if portal.get("animations_off") is not None:
            reduced = bool(reduced) or bool(portal["animations_off"])
        pixels = QFontInfo(self.desktop_font).pixelSize()
        return DesktopAsks(high, reduced, desktop_text_factor(pixels))

    def _update(self) -> None:
        asks = self._gather()
        if asks != self._asks:
            self._asks = asks
            self.changed.emit(asks)
