"""What every page of the settings dialog shares: the edit signal and bounded controls.

A page shows a Settings value (`load`) and reports each edit the person makes as a
change, a function from the old Settings to the new one, so a page never rewrites a
field it did not touch (an int spin box would otherwise round a 12.5 s phase to 12).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import cmp_to_key
from typing import Any

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QPalette, QWheelEvent
from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from stretchdesk.core.settings import Settings, Weekday
from stretchdesk.core.settings_schema import Bounds
from stretchdesk.translation_marks import QT_TRANSLATE_NOOP

Change = Callable[[Settings], Settings]

# The units spin boxes show after their numbers (a language may join them with a no-break
# space, or write them its own way).
SECONDS = QT_TRANSLATE_NOOP("BoundedSpinBox", " s")
MINUTES = QT_TRANSLATE_NOOP("BoundedSpinBox", " min")
PERCENT = QT_TRANSLATE_NOOP("BoundedSpinBox", " %")


def set_field(name: str, value: Any) -> Change:
    """A change that sets one field of Settings."""
    return lambda settings: replace(settings, **{name: value})


class SettingsPage(QWidget):
    """One page of the settings dialog.

    Signals:
        edited(object): the person changed something; the argument is a Change.
    """

    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False

    def load(self, settings: Settings) -> None:
        """Shows `settings` in the page's controls without reporting edits."""
        with self.loading():
            self.show_settings(settings)

    def show_settings(self, settings: Settings) -> None:
        """Fills the controls; pages override this (load() wraps it)."""
        raise NotImplementedError

    @contextmanager
    def loading(self) -> Iterator[None]:
        """While active, control signals caused by filling the page are not edits."""
        self._loading, before = True, self._loading
        try:
            yield
        finally:
            self._loading = before

    def report(self, change: Change) -> None:
        """Emits `change` unless the page is being filled."""
        if not self._loading:
            self.edited.emit(change)


class BoundedSpinBox(QSpinBox):
    """A whole-number spin box limited to a setting's bounds.

    It commits a typed value on Enter or when focus leaves (not on every keystroke), and
    ignores the mouse wheel unless focused, so scrolling a page never changes a value.
    """

    def __init__(
        self, bounds: Bounds, scale: float = 1, suffix: str = "", step: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.scale = scale
        self.setRange(round(bounds.low * scale), round(bounds.high * scale))
        self.setSuffix(QCoreApplication.translate("BoundedSpinBox", suffix))
        self.setSingleStep(step)
        self.setKeyboardTracking(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccelerated(True)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def set_setting(self, value: float) -> None:
        """Shows a setting's value (in its own unit)."""
        self.setValue(round(value * self.scale))

    def setting(self) -> float:
        """The value shown, in the setting's own unit."""
        return self.value() / self.scale

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    """A short explanatory line in the secondary text colour."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label



def name_order() -> Callable[[str], Any]:
    """A sort key for names in the run's language: case and accents aside, as a person
    looks them up ("Étirement" among the E's)."""
    collator = QCollator(QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return cmp_to_key(collator.compare)


def day_name(day: Weekday, form: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    """The day's name in the run's language, capitalised as a label ("Mon", "Lun.")."""
    name = QLocale().dayName(day.value + 1, form)
    return name[:1].upper() + name[1:]
