"""ControlBar: a button for every session key, each tooltip naming its key."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QFontMetricsF, QIcon, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QStyle, QToolButton, QWidget

from stretchdesk.translation_marks import QT_TRANSLATE_NOOP
from stretchdesk.ui.type_scale import MIN_PIXELS, Role, pixel_size, sized_font

MINUS = "\N{MINUS SIGN}"  # typeset minus, as wide as the plus beside it
MUTE_TIP = QT_TRANSLATE_NOOP("ControlBar", "Mute or unmute chimes and voice (M)")
GROUP_GAP = 8  # between the moving buttons and the +/- pair


class ControlBar(QWidget):
    """The session's buttons, for those who reach for the mouse; the keys do the same.

    The buttons never take the keyboard focus, so Space and the arrows always reach the
    window's shortcuts instead of "clicking" whichever button was last used. Their type
    follows the window and the text scale, but shrinks until every button, with the
    longest label it can have, fits the row.

    Signals:
        back(), toggle_pause(), skip(), shorter(), longer(): session commands.
        mute_requested(), fullscreen_requested(), settings_requested(), stop_requested().
    """

    back = Signal()
    toggle_pause = Signal()
    skip = Signal()
    shorter = Signal()
    longer = Signal()
    mute_requested = Signal()
    fullscreen_requested = Signal()
    settings_requested = Signal()
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        icon = self.style().standardIcon
        pix = QStyle.StandardPixmap
        self.back_button = self._button(
            self.tr("Back"),
            self.tr("Back: restart this phase, or go to the previous one (Left arrow or P)"),
            self.back, icon(pix.SP_MediaSkipBackward))
        self.pause_button = self._button(self.tr("Pause"), self.tr("Pause or resume (Space)"),
                                         self.toggle_pause, icon(pix.SP_MediaPause))
        self.skip_button = self._button(
            self.tr("Skip"), self.tr("Skip to the next phase (Right arrow or N)"), self.skip,
            icon(pix.SP_MediaSkipForward))
        five = self.tr("{seconds} s", "seconds, short").format(seconds=QLocale().toString(5))
        self.shorter_button = self._button(
            MINUS + five, self.tr("5 seconds less of this phase (-)"), self.shorter)
        self.longer_button = self._button(
            f"+{five}", self.tr("5 seconds more of this phase (+)"), self.longer)
        self.mute_button = self._button(self.tr("Sound on"), self.tr(MUTE_TIP),
                                        self.mute_requested, icon(pix.SP_MediaVolume))
        self.mute_button.setCheckable(True)
        self._muted = False
        self._no_sound = ""  # why no cue can be heard ("" while sound works)
        self.fullscreen_button = self._button(
            self.tr("Mat mode"),
            self.tr("Fill the screen, for reading from the mat (F or F11; Esc leaves)"),
            self.fullscreen_requested, icon(pix.SP_TitleBarMaxButton))
        self.settings_button = self._button(
            self.tr("Settings"), self.tr("Settings (S or Ctrl+,)"), self.settings_requested)
        self.stop_button = self._button(
            self.tr("Stop"), self.tr("Stop the routine (Esc; asks first)"), self.stop_requested,
            icon(pix.SP_MediaStop))
        # Every label a button can show: the row must have room for the longest.
        self._labels = {
            self.pause_button: (self.tr("Pause"), self.tr("Resume")),
            self.mute_button: (self.tr("Sound on"), self.tr("Muted"), self.tr("No sound")),
            self.fullscreen_button: (self.tr("Mat mode"), self.tr("Leave mat mode")),
        }
        self._wanted = pixel_size(Role.BUTTON, 600)
        self._pixels = 0
        row = self._row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.back_button, self.pause_button, self.skip_button):
            row.addWidget(button)
        row.addSpacing(GROUP_GAP)
        row.addWidget(self.shorter_button)
        row.addWidget(self.longer_button)
        row.addStretch(1)
        for button in (self.mute_button, self.fullscreen_button, self.settings_button,
                       self.stop_button):
            row.addWidget(button)
        self.settings_button.hide()
        # Names a screen reader says, where the text on the button is a symbol or a state.
        self.shorter_button.setAccessibleName(self.tr("5 seconds less"))
        self.longer_button.setAccessibleName(self.tr("5 seconds more"))
        self.mute_button.setAccessibleName(self.tr("Mute"))  # checked while muted
        self._match_background()

    def _button(self, text: str, tip: str, signal: SignalInstance,
                icon: QIcon | None = None) -> QToolButton:
        # Tool buttons: no style-imposed minimum width, so all fit in an 800 px window.
        button = QToolButton(self)
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if icon is not None:
            button.setIcon(icon)
        button.clicked.connect(signal)
        return button

    def set_paused(self, paused: bool) -> None:
        """Turns Pause into Resume; Settings is offered while paused."""
        pix = QStyle.StandardPixmap
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_button.setIcon(self.style().standardIcon(
            pix.SP_MediaPlay if paused else pix.SP_MediaPause))
        self.settings_button.setVisible(paused)

    def set_muted(self, muted: bool) -> None:
        """Shows whether sound is muted."""
        self._muted = muted
        self._show_sound()

    def set_no_sound(self, reason: str) -> None:
        """Shows the sound as unavailable, and why ("" when sound works again)."""
        self._no_sound = reason
        self._show_sound()

    def _show_sound(self) -> None:
        pix = QStyle.StandardPixmap
        button, muted = self.mute_button, self._muted
        if self._no_sound:  # it tries the sound again
            button.setChecked(False)
            button.setText(self.tr("No sound"))
            button.setToolTip(self.tr("{reason}. Cues show as captions. Click (or M) to try "
                                      "the sound again.").format(reason=self._no_sound))
            button.setIcon(self.style().standardIcon(pix.SP_MessageBoxWarning))
            return
        button.setChecked(muted)
        button.setText(self.tr("Muted") if muted else self.tr("Sound on"))
        button.setToolTip(self.tr(MUTE_TIP))
        button.setIcon(self.style().standardIcon(
            pix.SP_MediaVolumeMuted if muted else pix.SP_MediaVolume))

    def set_fullscreen(self, fullscreen: bool) -> None:
        """Names what the fullscreen button will do."""
        self.fullscreen_button.setText(self.tr("Leave mat mode") if fullscreen
                                       else self.tr("Mat mode"))

    def set_base(self, base: float, text_scale: float = 1.0) -> None:
        """Sizes the buttons for a window whose base length is `base`."""
        self._wanted = pixel_size(Role.BUTTON, base, text_scale)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._match_background()
            self._pixels = 0  # measure again: the row's width changed
            self._fit()
        super().changeEvent(event)

    def _match_background(self) -> None:
        """Words alone on a dark background (a dark or a high-contrast look): the style's
        media symbols are drawn dark and vanish there."""
        dark = self.palette().window().color().lightness() < 128
        for button in self.findChildren(QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly if dark else
                                      Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    def needed_width(self) -> int:
        """The row's width at the buttons' present size, each with its longest label."""
        width = self._row.sizeHint().width()
        for button in self.findChildren(QToolButton):
            metrics = QFontMetricsF(button.font())
            texts = self._labels.get(button, (button.text(),))
            width += round(max(metrics.horizontalAdvance(t) for t in texts)
                           - metrics.horizontalAdvance(button.text()))
            if button.isHidden():  # Settings, offered only while paused
                width += button.sizeHint().width() + self._row.spacing()
        return width

    def _fit(self) -> None:
        """The wanted button size, or the largest below it at which the row fits."""
        pixels = self._wanted
        self._set_pixels(pixels)
        if self.width() <= 0:
            return
        while pixels > MIN_PIXELS and self.needed_width() > self.width():
            pixels -= 1
            self._set_pixels(pixels)

    def _set_pixels(self, pixels: int) -> None:
        if pixels == self._pixels:
            return
        self._pixels = pixels
        for button in self.findChildren(QToolButton):
            button.setFont(sized_font(self.font(), pixels))
            button.setIconSize(QSize(pixels + 4, pixels + 4))
            button.setMinimumHeight(round(pixels * 2.2))
