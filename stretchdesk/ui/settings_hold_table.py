"""The table of every stretch's hold: what each level recommends, what is used, and a reset."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from stretchdesk.core.model import Level, RoutineItem, Stretch
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_schema import HOLD_BOUNDS
from stretchdesk.core.timeline import resolve_hold
from stretchdesk.translation_marks import QT_TRANSLATE_NOOP
from stretchdesk.ui.plain_text import show_plain
from stretchdesk.ui.settings_page import SECONDS, BoundedSpinBox, name_order

LEVEL_NAMES = {Level.BEGINNER: QT_TRANSLATE_NOOP("HoldTable", "Beginner"),
               Level.INTERMEDIATE: QT_TRANSLATE_NOOP("HoldTable", "Intermediate"),
               Level.ADVANCED: QT_TRANSLATE_NOOP("HoldTable", "Advanced")}
_HOLD_COLUMN = 1 + len(Level)


def level_name(level: Level) -> str:
    """The level's name in the run's language ("Beginner")."""
    return QCoreApplication.translate("HoldTable", LEVEL_NAMES[level])


class _Row:
    """The widgets of one stretch's row."""

    def __init__(self, stretch: Stretch, parent: QWidget) -> None:
        self.stretch = stretch
        self.name = QLabel(stretch.name, parent)
        show_plain(self.name)
        self.levels = {
            level: QLabel(recommended_hold(stretch, level), parent) for level in Level
        }
        for label in self.levels.values():
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.hold = BoundedSpinBox(HOLD_BOUNDS, suffix=SECONDS, step=5, parent=parent)
        self.hold.setAccessibleName(QCoreApplication.translate(
            "HoldTable", "Hold for {stretch}").format(stretch=stretch.name))
        self.reset = QPushButton(QCoreApplication.translate("HoldTable", "Reset"), parent)
        self.reset.setAccessibleName(
            QCoreApplication.translate("HoldTable", "Reset the hold for {stretch}").format(
                stretch=stretch.name))


def recommended_hold(stretch: Stretch, level: Level) -> str:
    """What `stretch` recommends holding at `level`, e.g. "30 s" or "45–60 s"."""
    span = stretch.hold_seconds.get(level)
    if span is None:
        return "–"
    locale = QLocale()
    low, high = (locale.toString(float(v)) for v in (span.low, span.high))
    text = low if span.low == span.high else f"{low}–{high}"
    return QCoreApplication.translate("HoldTable", "{seconds} s").format(seconds=text)


class HoldTable(QWidget):
    """Each stretch with its recommended hold per level and the hold in use, editable.

    The column of the person's level is shown in bold. Editing a hold makes it the
    person's own for that stretch (shown in bold, with Reset enabled).

    Signals:
        hold_edited(str, float): the person set stretch id's hold to seconds.
        hold_reset(str): the person wants stretch id to follow the level (or fixed) again.
    """

    hold_edited = Signal(str, float)
    hold_reset = Signal(str)

    def __init__(self, stretches: Sequence[Stretch], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        self._headers = {level: QLabel(level_name(level), self) for level in Level}
        grid.addWidget(QLabel("<b>{}</b>".format(self.tr("Stretch")), self), 0, 0)
        for column, level in enumerate(Level, start=1):
            header = self._headers[level]
            header.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
            grid.addWidget(header, 0, column)
        hold_header = QLabel("<b>{}</b>".format(self.tr("Hold now")), self)
        hold_header.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        grid.addWidget(hold_header, 0, _HOLD_COLUMN)
        self.rows: dict[str, _Row] = {}
        order = name_order()
        for line, stretch in enumerate(sorted(stretches, key=lambda s: order(s.name)), 1):
            row = _Row(stretch, self)
            grid.addWidget(row.name, line, 0)
            for column, level in enumerate(Level, start=1):
                grid.addWidget(row.levels[level], line, column)
            grid.addWidget(row.hold, line, _HOLD_COLUMN)
            grid.addWidget(row.reset, line, _HOLD_COLUMN + 1)
            row.hold.valueChanged.connect(partial(self._on_hold, stretch.id))
            row.reset.clicked.connect(partial(self.hold_reset.emit, stretch.id))
            self.rows[stretch.id] = row
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(len(self.rows) + 1, 1)
        self._filling = False

    def show_settings(self, settings: Settings) -> None:
        """Shows the holds `settings` gives each stretch, and marks the person's level."""
        self._filling = True
        try:
            for level, header in self._headers.items():
                chosen = level is settings.level
                name = level_name(level)
                header.setText(f"<b>{name}</b>" if chosen else name)
            for sid, row in self.rows.items():
                own = sid in settings.hold_overrides
                row.hold.set_setting(resolve_hold(RoutineItem(sid), row.stretch, settings))
                font = row.hold.font()
                font.setBold(own)
                row.hold.setFont(font)
                row.reset.setEnabled(own)
                for level, label in row.levels.items():
                    font = label.font()
                    font.setBold(level is settings.level)
                    label.setFont(font)
        finally:
            self._filling = False

    def _on_hold(self, stretch_id: str, seconds: int) -> None:
        if not self._filling:
            self.hold_edited.emit(stretch_id, float(seconds))
