"""The language choice of the Settings window: the system's, or one of the installed ones."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from stretchdesk import paths
from stretchdesk.core.language import ENGLISH, SYSTEM, available_languages
from stretchdesk.ui.settings_page import hint


def native_name(code: str) -> str:
    """The language's name in itself, as a person looking for it would read it: "Français"."""
    # Qt names "en" by its default country ("American English"); the app's English is plain.
    name = "English" if code == ENGLISH else QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


class LanguageChoice(QGroupBox):
    """System, English, Français…, and the note that a change applies at the next start.

    The language is chosen once, at start-up (core.language), so the window never
    changes language while it is open.

    Signals:
        chosen(str): the person chose "system" or a language code.
    """

    chosen = Signal(str)

    def __init__(self, languages: Sequence[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Language"))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.combo = QComboBox(self)
        self.combo.setObjectName("language")
        self.combo.addItem(self.tr("Follow the system"), SYSTEM)
        offered = available_languages(paths.data_dir()) if languages is None else languages
        for code in offered:
            self.combo.addItem(native_name(code), code)
        label = QLabel(self.tr("&Language:"), self)
        label.setBuddy(self.combo)
        form.addRow(label, self.combo)
        self.note = hint(
            self.tr("A change of language takes effect the next time StretchDesk starts."), self)
        self.note.setObjectName("languageNote")
        form.addRow(self.note)
        self.combo.currentIndexChanged.connect(lambda _: self.chosen.emit(self.language()))

    def language(self) -> str:
        """The choice shown: "system" or a language code."""
        return str(self.combo.currentData())

    def show_language(self, choice: str) -> None:
        """Shows the saved `choice`; one whose files are not installed shows as the system's
        (the run follows the system then)."""
        self.combo.setCurrentIndex(max(self.combo.findData(choice), 0))
