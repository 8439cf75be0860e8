"""The Display page: the colour scheme, contrast, motion and the size of the text."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.core.display_choice import DesktopAsks
from stretchdesk.core.settings import Contrast, Motion, Settings, Theme
from stretchdesk.core.settings_schema import BOUNDS
from stretchdesk.ui.settings_language import LanguageChoice
from stretchdesk.ui.settings_page import BoundedSpinBox, SettingsPage, hint, set_field

THEME_NAMES = {
    Theme.SYSTEM: "Follow the system",
    Theme.LIGHT: "Light",
    Theme.DARK: "Dark",
}

CONTRAST_NAMES = {
    Contrast.SYSTEM: "Follow the desktop",
    Contrast.HIGH: "High contrast",
    Contrast.STANDARD: "Standard",
}

MOTION_NAMES = {
    Motion.SYSTEM: "Follow the desktop",
    Motion.REDUCED: "Reduced: pictures change at once",
    Motion.FULL: "Full: pictures move between poses",
}

SAMPLE = "Hold · 0:30"


def _said(value: bool | None, yes: str, no: str) -> str:
    return "does not say" if value is None else (yes if value else no)


def desktop_words(asks: DesktopAsks) -> str:
    """What the desktop asks for, in a line the page shows under the choices."""
    text = (f"Your desktop: contrast {_said(asks.high_contrast, 'high', 'standard')}, "
            f"motion {_said(asks.reduced_motion, 'reduced', 'full')}")
    if asks.text_factor > 1:
        text += f", text {round(asks.text_factor * 100)} % of the usual size (followed)"
    return text + "."


class DisplayPage(SettingsPage):
    """Theme, contrast, motion and text size, with a sample of the chosen size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        box = QGroupBox("Colours and text", self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)

        self.theme = QComboBox(box)
        for theme, name in THEME_NAMES.items():
            self.theme.addItem(name, theme)
        theme_label = QLabel("&Appearance:", box)
        theme_label.setBuddy(self.theme)
        form.addRow(theme_label, self.theme)

        self.contrast = QComboBox(box)
        for contrast, name in CONTRAST_NAMES.items():
            self.contrast.addItem(name, contrast)
        self.contrast.setAccessibleDescription(
            "High contrast: black on white, or white on black with a dark appearance.")
        contrast_label = QLabel("&Contrast:", box)
        contrast_label.setBuddy(self.contrast)
        form.addRow(contrast_label, self.contrast)

        self.motion = QComboBox(box)
        for motion, name in MOTION_NAMES.items():
            self.motion.addItem(name, motion)
        motion_label = QLabel("&Motion:", box)
        motion_label.setBuddy(self.motion)
        form.addRow(motion_label, self.motion)

        self.text_scale = BoundedSpinBox(BOUNDS["text_scale"], scale=100, suffix=" %", step=5,
                                         parent=box)
        self.text_scale.setAccessibleName("Text size")
        size_label = QLabel("Te&xt size:", box)
        size_label.setBuddy(self.text_scale)
        form.addRow(size_label, self.text_scale)
        self.sample = QLabel(SAMPLE, box)
        base = self.sample.font().pointSizeF()
        self._sample_points = (base if base > 0 else 10.0) * 2  # the session's text is large
        form.addRow("Sample:", self.sample)
        form.addRow(hint("The text size scales every word and number in StretchDesk, on top "
                         "of your desktop's own text size.", box))
        self.desktop_label = hint(desktop_words(DesktopAsks()), box)
        self.desktop_label.setObjectName("desktopAsks")
        form.addRow(self.desktop_label)
        layout.addWidget(box)
        self.language = LanguageChoice(parent=self)  # (issue 19)
        self.language.chosen.connect(lambda code: self.report(set_field("language", code)))
        layout.addWidget(self.language)
        layout.addStretch(1)

        self.theme.currentIndexChanged.connect(
            lambda _: self.report(set_field("theme", self.theme.currentData())))
        self.contrast.currentIndexChanged.connect(
            lambda _: self.report(set_field("contrast", self.contrast.currentData())))
        self.motion.currentIndexChanged.connect(
            lambda _: self.report(set_field("motion", self.motion.currentData())))
        self.text_scale.valueChanged.connect(self._on_scale)

    def set_desktop(self, asks: DesktopAsks) -> None:
        """Says what the desktop asks for, which "Follow the desktop" follows."""
        self.desktop_label.setText(desktop_words(asks))

    def show_settings(self, settings: Settings) -> None:
        """Shows the theme and text size."""
        self.theme.setCurrentIndex(self.theme.findData(settings.theme))
        self.contrast.setCurrentIndex(self.contrast.findData(settings.contrast))
        self.motion.setCurrentIndex(self.motion.findData(settings.motion))
        self.text_scale.set_setting(settings.text_scale)
        self.language.show_language(settings.language)
        self._show_sample(settings.text_scale)

    def _on_scale(self) -> None:
        self._show_sample(self.text_scale.setting())
        self.report(set_field("text_scale", self.text_scale.setting()))

    def _show_sample(self, scale: float) -> None:
        font = self.sample.font()
        font.setPointSizeF(self._sample_points * scale)
        self.sample.setFont(font)
