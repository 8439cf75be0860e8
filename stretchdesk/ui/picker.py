"""RoutinePicker: every routine with its length at the chosen level; Enter starts one.

The picker is the first screen, so it stays clear of PySide's `Qt` namespace: the
first use of it builds about ninety Python enums, some 14 ms of every start. Rows are
QStandardItems (their flags have boolean setters), the routine id is the item's
default data, and the few things that need a `Qt` enum import it when they happen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtGui import QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.core.errors import LibraryError
from stretchdesk.core.model import Level, Library
from stretchdesk.core.settings import Settings
from stretchdesk.ui.level_selector import LevelSelector
from stretchdesk.ui.plain_text import plain_tooltip
from stretchdesk.ui.push_button import push_button
from stretchdesk.ui.routine_buttons import RoutineButtons
from stretchdesk.ui.routine_details import RoutineDetails, RoutineFacts
from stretchdesk.ui.routine_rows import name_order, routine_facts
from stretchdesk.ui.type_scale import base_length, sized_font

if TYPE_CHECKING:
    from stretchdesk.ui.problems_panel import ProblemsPanel

PROBLEMS_SHARE = 0.45  # the problems panel takes at most this much of the picker's height

ModelIndex = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


class RoutinePicker(QWidget):
    """Lists the routines (the shipped ones, then the person's own) and what each involves.

    Signals:
        start_requested(str): start the routine with this id (Enter, Start, double-click).
        level_changed(Level): the person picked another level.
        settings_requested(): the person wants the Settings window.
        safety_requested(): the person wants to read the warning signs.
        guide_requested(str, int): the guide to this routine's stretches, from the one
            at this (0-based) place.
        history_requested(): the person wants the history screen (H or the button).
    """

    start_requested = Signal(str)
    level_changed = Signal(object)
    settings_requested = Signal()
    safety_requested = Signal()
    guide_requested = Signal(str, int)
    history_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routinePicker")
        self._facts: dict[str, RoutineFacts] = {}
        self.title_label = QLabel(translate("RoutinePicker", "Choose a routine"), self)
        self.title_label.setObjectName("pickerTitle")
        self.level_selector = LevelSelector(self)
        self.level_selector.level_changed.connect(self.level_changed)
        self.settings_button = push_button(translate("RoutinePicker", "Settings"), self)
        self.settings_button.setToolTip(translate("RoutinePicker", "Settings (S or Ctrl+,)"))
        self.settings_button.clicked.connect(self.settings_requested)
        self.rows = QStandardItemModel(self)
        self.routine_list = QListView(self)
        self.routine_list.setObjectName("routineList")
        self.routine_list.setAccessibleName(translate("RoutinePicker", "Routines"))
        self.routine_list.setAccessibleDescription(
            translate("RoutinePicker", "Arrow keys choose a routine; Enter starts it."))
        self.routine_list.setModel(self.rows)
        self.routine_list.setWordWrap(True)
        self.routine_list.setSizePolicy(QSizePolicy.Policy.Preferred,
                                        QSizePolicy.Policy.Expanding)
        self.routine_list.selectionModel().currentChanged.connect(self._show_current)
        self.routine_list.doubleClicked.connect(lambda _index: self.start_selected())
        self.details = RoutineDetails(self)
        self.details.start_requested.connect(self.start_selected)
        self.details.guide_requested.connect(self.request_guide)
        self.safety_button = self.details.safety_button  # beside Start: read before starting
        self.safety_button.clicked.connect(self.safety_requested)
        # Built with the first unusable file: most people never have one.
        self.problems_panel: ProblemsPanel | None = None
        self.routine_buttons = RoutineButtons(self)  # the person's own (ui/routine_actions.py)
        # After them (and so after them in the Tab order): the bottom row's corner.
        self.history_button = push_button(translate("RoutinePicker", "History  (H)"), self)
        self.history_button.setToolTip(
            translate("RoutinePicker", "Your streak, minutes and back scores over time (H)"))
        self.history_button.setAccessibleName(translate("RoutinePicker", "History"))
        self.history_button.clicked.connect(self.history_requested)
        self.sound_label = QLabel(self)  # what will not be heard, said once, up top
        self.sound_label.setObjectName("soundNotice")
        self.sound_label.setWordWrap(True)
        self.sound_label.hide()

        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.level_selector)
        top.addSpacing(16)
        top.addWidget(self.settings_button)
        # Unusable files are listed under the routines, so the details keep their height.
        self._left = QVBoxLayout()
        self._left.addWidget(self.routine_list, 1)
        middle = QHBoxLayout()
        middle.addLayout(self._left, 5)
        middle.addWidget(self.details, 6)
        self._column = QVBoxLayout(self)
        self._column.addLayout(top)
        self._column.addWidget(self.sound_label)
        self._column.addLayout(middle, 1)
        bottom = QHBoxLayout()  # the person's routines; their history in the corner
        bottom.addWidget(self.routine_buttons, 1)
        bottom.addSpacing(12)
        bottom.addWidget(self.history_button)
        self._column.addLayout(bottom)
        self._base = 0.0
        self._text_scale = 1.0

    # -- content -------------------------------------------------------------------------

    def show_library(self, library: Library, settings: Settings,
                     lengths: Mapping[str, float]) -> None:
        """Lists every routine of `library` with its length (`lengths`, by routine id)."""
        keep = self.selected_routine_id
        self.level_selector.set_level(settings.level)
        self.rows.clear()
        ordered = sorted(library.routines.values(), key=lambda r: (r.user, name_order(r.name)))
        self._facts = {r.id: routine_facts(r, library, settings, lengths[r.id]) for r in ordered}
        headed = False  # a heading row comes before the first of the person's own routines
        for routine in ordered:
            if routine.user and not headed:
                heading = QStandardItem(translate("RoutinePicker", "Your routines"))
                heading.setEnabled(False)
                heading.setSelectable(False)
                heading.setEditable(False)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self.rows.appendRow(heading)
                headed = True
            facts = self._facts[routine.id]
            item = QStandardItem(f"{facts.name}\n{facts.summary_line}")
            item.setData(routine.id)
            item.setToolTip(plain_tooltip(facts.purpose))
            item.setEditable(False)
            self.rows.appendRow(item)
        self.show_problems(library.problems)
        self.select(keep or (ordered[0].id if ordered else ""))

    def show_problems(self, problems: Sequence[LibraryError]) -> None:
        """Lists the person's routine files that could not be used (none: no panel)."""
        if not problems and self.problems_panel is None:
            return
        if self.problems_panel is None:
            from stretchdesk.ui.problems_panel import ProblemsPanel  # see the module's note

            self.problems_panel = ProblemsPanel(self)
            self.problems_panel.setMaximumHeight(round(self.height() * PROBLEMS_SHARE))
            self._left.addWidget(self.problems_panel)
            if self._base:
                self._apply_fonts(self._base)
        self.problems_panel.show_problems(problems)

    def show_sound_notice(self, text: str) -> None:
        """Says what the person will not hear ("" hides the notice)."""
        from PySide6.QtCore import Qt  # after the first paint (see the module's note)

        self.sound_label.setTextFormat(Qt.TextFormat.PlainText)  # it may name a file
        # A warm note that reads the same on light and dark windows.
        self.sound_label.setStyleSheet(
            "QLabel#soundNotice { background: #fff1c7; color: #4a3500; padding: 8px 12px;"
            " border: 1px solid #e2c46b; border-radius: 6px; }")
        self.sound_label.setText(text)
        self.sound_label.setVisible(bool(text))

    @property
    def facts(self) -> dict[str, RoutineFacts]:
        """What is shown for each routine, by id."""
        return dict(self._facts)

    def row_text(self, routine_id: str) -> str:
        """The text of `routine_id`'s row in the list."""
        for row in range(self.rows.rowCount()):
            item = self.rows.item(row)
            if item.data() == routine_id:
                return item.text()
        raise KeyError(routine_id)

    @property
    def selected_routine_id(self) -> str | None:
        """The routine selected in the list."""
        return self._routine_at(self.routine_list.currentIndex())

    def select(self, routine_id: str) -> bool:
        """Selects `routine_id`; False when there is no such routine."""
        for row in range(self.rows.rowCount()):
            if self.rows.item(row).data() == routine_id:
                self.routine_list.setCurrentIndex(self.rows.index(row, 0))
                return True
        return False

    def _routine_at(self, index: ModelIndex) -> str | None:
        """The id of the routine in row `index` (None for a heading or no row)."""
        item = self.rows.itemFromIndex(index) if index.isValid() else None
        routine_id = item.data() if item is not None else None
        return str(routine_id) if routine_id else None

    def set_level(self, level: Level) -> None:
        """Shows `level` in the level selector."""
        self.level_selector.set_level(level)

    def focus_list(self) -> None:
        """Puts the keyboard on the routine list (arrows choose, Enter starts)."""
        self.routine_list.setFocus()

    def _show_current(self, index: ModelIndex, _previous: object = None) -> None:
        routine_id = self._routine_at(index)
        self.details.show_facts(self._facts.get(routine_id) if routine_id else None)

    def request_guide(self, index: int = 0) -> None:
        """Asks for the guide to the selected routine's stretch at `index` (I, or a click)."""
        routine_id = self.selected_routine_id
        if routine_id:
            self.guide_requested.emit(routine_id, index)

    def start_selected(self) -> None:
        """Enter: asks to start the routine selected in the list (keys.BINDINGS)."""
        routine_id = self.selected_routine_id
        if routine_id:
            self.start_requested.emit(routine_id)

    # -- size ----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        base = base_length(event.size().width(), event.size().height())
        if abs(base - self._base) >= 1:
            self._base = base
            self._apply_fonts(base)
        if self.problems_panel is not None:
            self.problems_panel.setMaximumHeight(round(event.size().height() * PROBLEMS_SHARE))
        super().resizeEvent(event)

    def set_text_scale(self, scale: float) -> None:
        """Makes the list's and the details' text `scale` times their size (a setting)."""
        if abs(scale - self._text_scale) > 1e-6:
            self._text_scale = scale
            if self._base:
                self._apply_fonts(self._base)

    def _apply_fonts(self, base: float) -> None:
        body = max(14, round(base * 0.026 * self._text_scale))
        font = self.font()
        self.title_label.setFont(sized_font(font, round(body * 1.6), bold=True))
        self.routine_list.setFont(sized_font(font, body))
        self.routine_list.setSpacing(max(2, body // 4))
        details = self.details
        details.name_label.setFont(sized_font(font, round(body * 1.45), bold=True))
        for label in (details.purpose_label, details.length_label, details.needs_label,
                      details.stretches_label, details.cautions_label):
            label.setFont(sized_font(font, body))
        details.length_label.setFont(sized_font(font, body, bold=True))
        details.start_button.setFont(sized_font(font, round(body * 1.3), bold=True))
        details.start_button.setMinimumHeight(round(body * 2.6))
        details.start_button.setMinimumWidth(round(body * 9))
        self.level_selector.set_pixel_size(round(body * 0.9))
        for button in (self.settings_button, self.safety_button):
            button.setFont(sized_font(font, round(body * 0.9)))
            button.setMinimumHeight(round(body * 2))
        details.fit_buttons()  # with or without their keys, at the new size
        details.overview.set_pixel_size(body)
        if self.problems_panel is not None:
            self.problems_panel.set_pixel_size(round(body * 0.85))
        self.routine_buttons.set_pixel_size(round(body * 0.8))
        self.history_button.setFont(sized_font(font, round(body * 0.8)))
        self.sound_label.setFont(sized_font(font, body, bold=True))
        margin = round(base * 0.03)
        self._column.setContentsMargins(margin, margin, margin, margin)
        self._column.setSpacing(round(margin * 0.7))
