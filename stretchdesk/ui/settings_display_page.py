"""The Display page: the colour scheme and the size of the text."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.core.settings import Settings, Theme
from stretchdesk.core.settings_schema import BOUNDS
from stretchdesk.ui.settings_page import BoundedSpinBox, SettingsPage, hint, set_field

THEME_NAMES = {
    Theme.SYSTEM: "Follow the system",
    Theme.LIGHT: "Light",
    Theme.DARK: "Dark",
}

SAMPLE = "Hold · 0:30"


class DisplayPage(SettingsPage):
    """Theme and text size, with a sample of the chosen size."""

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
        form.addRow(hint("The text size scales the words and numbers in the session view.",
                         box))
        layout.addWidget(box)
        layout.addStretch(1)

        self.theme.currentIndexChanged.connect(
            lambda _: self.report(set_field("theme", self.theme.currentData())))
        self.text_scale.valueChanged.connect(self._on_scale)

    def show_settings(self, settings: Settings) -> None:
        """Shows the theme and text size."""
        self.theme.setCurrentIndex(self.theme.findData(settings.theme))
        self.text_scale.set_setting(settings.text_scale)
        self._show_sample(settings.text_scale)

    def _on_scale(self) -> None:
        self._show_sample(self.text_scale.setting())
        self.report(set_field("text_scale", self.text_scale.setting()))

    def _show_sample(self, scale: float) -> None:
        font = self.sample.font()
        font.setPointSizeF(self._sample_points * scale)
        self.sample.setFont(font)
