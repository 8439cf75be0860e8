"""The Display page: the colour scheme, contrast, motion and the size of the text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
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
from stretchdesk.translation_marks import QT_TRANSLATE_NOOP
from stretchdesk.ui.settings_language import LanguageChoice
from stretchdesk.ui.settings_page import (
    PERCENT,
    BoundedSpinBox,
    SettingsPage,
    hint,
    set_field,
)

THEME_NAMES = {
    Theme.SYSTEM: QT_TRANSLATE_NOOP("DisplayPage", "Follow the system"),
    Theme.LIGHT: QT_TRANSLATE_NOOP("DisplayPage", "Light"),
    Theme.DARK: QT_TRANSLATE_NOOP("DisplayPage", "Dark"),
}

CONTRAST_NAMES = {
    Contrast.SYSTEM: QT_TRANSLATE_NOOP("DisplayPage", "Follow the desktop"),
    Contrast.HIGH: QT_TRANSLATE_NOOP("DisplayPage", "High contrast"),
    Contrast.STANDARD: QT_TRANSLATE_NOOP("DisplayPage", "Standard"),
}

MOTION_NAMES = {
    Motion.SYSTEM: QT_TRANSLATE_NOOP("DisplayPage", "Follow the desktop"),
    Motion.REDUCED: QT_TRANSLATE_NOOP("DisplayPage", "Reduced: pictures change at once"),
    Motion.FULL: QT_TRANSLATE_NOOP("DisplayPage", "Full: pictures move between poses"),
}

SAMPLE = QT_TRANSLATE_NOOP("DisplayPage", "Hold · 0:30")


# What the desktop asks for, as the line under the choices words it: (yes, no, unknown).
DESKTOP_CONTRAST = (QT_TRANSLATE_NOOP("DisplayPage", "high"),
                    QT_TRANSLATE_NOOP("DisplayPage", "standard"),
                    QT_TRANSLATE_NOOP("DisplayPage", "does not say"))
DESKTOP_MOTION = (QT_TRANSLATE_NOOP("DisplayPage", "reduced"),
                  QT_TRANSLATE_NOOP("DisplayPage", "full"),
                  QT_TRANSLATE_NOOP("DisplayPage", "does not say"))


def _said(value: bool | None, words: tuple[str, str, str]) -> str:
    return words[2] if value is None else words[0] if value else words[1]


def _tr(text: str) -> str:
    return QCoreApplication.translate("DisplayPage", text)


def desktop_words(asks: DesktopAsks) -> str:
    """What the desktop asks for, in a line the page shows under the choices."""
    contrast = _tr(_said(asks.high_contrast, DESKTOP_CONTRAST))
    motion = _tr(_said(asks.reduced_motion, DESKTOP_MOTION))
    if asks.text_factor > 1:
        return QCoreApplication.translate(
            "DisplayPage", "Your desktop: contrast {contrast}, motion {motion}, text {percent} % "
            "of the usual size (followed).").format(
                contrast=contrast, motion=motion,
                percent=QLocale().toString(round(asks.text_factor * 100)))
    return QCoreApplication.translate(
        "DisplayPage", "Your desktop: contrast {contrast}, motion {motion}.").format(
            contrast=contrast, motion=motion)


class DisplayPage(SettingsPage):
    """Theme, contrast, motion and text size, with a sample of the chosen size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Colours and text"), self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)

        self.theme = QComboBox(box)
        for theme, name in THEME_NAMES.items():
            self.theme.addItem(_tr(name), theme)
        theme_label = QLabel(self.tr("&Appearance:"), box)
        theme_label.setBuddy(self.theme)
        form.addRow(theme_label, self.theme)

        self.contrast = QComboBox(box)
        for contrast, name in CONTRAST_NAMES.items():
            self.contrast.addItem(_tr(name), contrast)
        self.contrast.setAccessibleDescription(
            self.tr("High contrast: black on white, or white on black with a dark appearance."))
        contrast_label = QLabel(self.tr("&Contrast:"), box)
        contrast_label.setBuddy(self.contrast)
        form.addRow(contrast_label, self.contrast)

        self.motion = QComboBox(box)
        for motion, name in MOTION_NAMES.items():
            self.motion.addItem(_tr(name), motion)
        motion_label = QLabel(self.tr("&Motion:"), box)
        motion_label.setBuddy(self.motion)
        form.addRow(motion_label, self.motion)

        self.text_scale = BoundedSpinBox(BOUNDS["text_scale"], scale=100, suffix=PERCENT, step=5,
                                         parent=box)
        self.text_scale.setAccessibleName(self.tr("Text size"))
        size_label = QLabel(self.tr("Te&xt size:"), box)
        size_label.setBuddy(self.text_scale)
        form.addRow(size_label, self.text_scale)
        self.sample = QLabel(_tr(SAMPLE), box)
        base = self.sample.font().pointSizeF()
        self._sample_points = (base if base > 0 else 10.0) * 2  # the session's text is large
        form.addRow(self.tr("Sample:"), self.sample)
        form.addRow(hint(self.tr("The text size scales every word and number in StretchDesk, "
                                 "on top of your desktop's own text size."), box))
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
