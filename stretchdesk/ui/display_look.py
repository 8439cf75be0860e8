"""DisplayLook: applies the display choice to the whole app: contrast, motion, text size.

core.display_choice decides from the settings and the desktop (DesktopWatch); this puts
it on screen where it is app-wide (the palette and borders of high contrast, the phase
colours, the focus ring, Qt's own menu and list animations, the text of dialogs) and
tells the window, whose screens size their own type, through `changed`. Nothing is
touched while the standard look is in use, so a person who asks for nothing gets the
platform's look (and the Appearance setting's) untouched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from stretchdesk.core.display_choice import DisplayChoice, display_choice
from stretchdesk.core.settings import Settings, Theme
from stretchdesk.ui.desktop_prefs import DesktopWatch

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from stretchdesk.ui.focus_ring import FocusRing

RING_NAME = "stretchdeskFocusRing"


def focus_ring(app: QApplication) -> FocusRing:
    """The application's one focus ring (made on first use)."""
    from stretchdesk.ui.focus_ring import FocusRing  # QStyle's proxy: ~20 ms to import

    ring = app.findChild(FocusRing, RING_NAME)
    if ring is None:
        ring = FocusRing(app)
        ring.setObjectName(RING_NAME)
    return ring


def wants_dark(theme: Theme) -> bool:
    """Whether the high-contrast look should be white on black for this Appearance."""
    if theme is not Theme.SYSTEM:
        return theme is Theme.DARK
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else None
    if scheme is not None and scheme.name in ("Dark", "Light"):
        return bool(scheme.name == "Dark")
    return QGuiApplication.palette().window().color().lightness() < 128


class DisplayLook(QObject):
    """Puts a DisplayChoice on screen app-wide, and says when it changes.

    Signals:
        changed(DisplayChoice): the choice in use changed (the window resizes its type,
            repaints its phase colours and stills its picture).
    """

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app
        self._settings = Settings()
        self.desktop = DesktopWatch(self)
        self.desktop.changed.connect(lambda _asks: self.apply(self._settings))
        self._ring: FocusRing | None = None  # made after the first paint (start_focus_ring)
        self.choice = DisplayChoice()
        self.dark = False
        self._palette_before: QPalette | None = None  # the palette high contrast replaced
        self._font_scale = 1.0
        self._effects_before: dict[Qt.UIEffect, bool] = {}  # Qt's menu and list effects

    @property
    def ring(self) -> FocusRing:
        """The app's focus ring (made now if it was not yet)."""
        return self.start_focus_ring()

    def start_focus_ring(self) -> FocusRing:
        """Puts the focus ring on screen from now on, as wide as the look in use asks.

        The window calls it once it has been painted: the ring's style costs the first
        window ~20 ms, and until a key is pressed nobody looks for the focus.
        """
        if self._ring is None:
            self._ring = focus_ring(self._app)
            self._ring.set_width(self._ring_width(self.choice.high_contrast))
        return self._ring

    @staticmethod
    def _ring_width(high_contrast: bool) -> int:
        if high_contrast:
            from stretchdesk.ui.high_contrast import FOCUS_WIDTH

            return FOCUS_WIDTH
        from stretchdesk.ui.focus_ring import WIDTH

        return WIDTH

    def apply(self, settings: Settings) -> DisplayChoice:
        """Applies what `settings` and the desktop ask for; returns the choice made."""
        self._settings = settings
        choice = display_choice(settings, self.desktop.asks)
        dark = wants_dark(settings.theme) if choice.high_contrast else False
        changed = (choice, dark) != (self.choice, self.dark)
        self._contrast(choice.high_contrast, dark)
        self._motion(choice.reduced_motion)
        self._dialog_text(settings.text_scale)
        self.choice, self.dark = choice, dark
        if changed:
            self.changed.emit(choice)
        return choice

    def _contrast(self, high: bool, dark: bool) -> None:
        if (high, dark) == (self.choice.high_contrast, self.dark):
            return
        # (Imported only now: the standard look, the first window's usual one, needs none of it.)
        from stretchdesk.ui import phase_style
        from stretchdesk.ui.high_contrast import high_contrast_palette, high_contrast_style_sheet

        app = self._app
        if high:
            if self._palette_before is None:
                self._palette_before = QPalette(app.palette())
            app.setPalette(high_contrast_palette(dark))
            app.setStyleSheet(high_contrast_style_sheet(dark))
        else:
            app.setStyleSheet("")
            if self._palette_before is not None:
                app.setPalette(self._palette_before)
                self._palette_before = None
        phase_style.use_high_contrast(high, dark)
        if self._ring is not None:
            self._ring.set_width(self._ring_width(high))

    def _motion(self, reduced: bool) -> None:
        if reduced == self.choice.reduced_motion:
            return
        from PySide6.QtCore import Qt

        effects = (Qt.UIEffect.UI_AnimateMenu, Qt.UIEffect.UI_FadeMenu,
                   Qt.UIEffect.UI_AnimateCombo, Qt.UIEffect.UI_AnimateTooltip,
                   Qt.UIEffect.UI_FadeTooltip, Qt.UIEffect.UI_AnimateToolBox)
        if reduced:
            self._effects_before = {e: QApplication.isEffectEnabled(e) for e in effects}
            for effect in effects:
                QApplication.setEffectEnabled(effect, False)
        else:
            for effect, enabled in self._effects_before.items():
                QApplication.setEffectEnabled(effect, enabled)

    def _dialog_text(self, scale: float) -> None:
        """Dialogs and lists use the application font: the desktop's, times the setting."""
        if abs(scale - self._font_scale) < 1e-6:
            return
        self._font_scale = scale
        font = QFont(self.desktop.desktop_font)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * scale)
        else:
            font.setPixelSize(round(font.pixelSize() * scale))
        self._app.setFont(font)
