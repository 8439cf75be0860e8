"""HistoryView: the history screen, drawn from a HistoryStatistics (never the database)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.core.history import HistoryStatistics
from stretchdesk.core.history.statistics import SCORE_DAYS
from stretchdesk.ui.history.back_score_chart import BackScoreChart
from stretchdesk.ui.history.chart_style import BASE_PIXELS, font_at, minutes_text
from stretchdesk.ui.history.export_dialog import ExportFileDialog
from stretchdesk.ui.history.minutes_bars import MinutesBars
from stretchdesk.ui.history.month_calendar import MonthCalendar, weekday_name
from stretchdesk.ui.history.week_goal_bar import WeekGoalBar

LEGEND = str(QT_TRANSLATE_NOOP(
    "HistoryView", "Number: minutes  ·  ✓ routine finished\nHatched: rest day  ·  Framed: today"))
DESIGN_SIZE = (1280, 800)  # type grows on larger windows, up to MAX_GROWTH times
MAX_GROWTH = 1.5


def _label(parent: QWidget, name: str = "", wrap: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names come from the person's files
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    return label


def _date(day: date, form: str) -> str:
    """`day` written by the locale with the (translated) format `form`."""
    return QLocale().toString(QDate(day.year, day.month, day.day), form)


class _Card(QFrame):
    """A small panel: a big value over its name."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = _label(self)
        self.name = _label(self)
        self.name.setText(name)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.name)


class HistoryView(QWidget):
    """Streaks, this week against the goal, a month calendar (←/→ for months), minutes
    per routine and body area over 4 weeks, and the back score chart. E exports (asks
    for a file), Esc goes back; Tab reaches every part.

    Signals:
        back_requested(): the person wants to leave the screen (Esc or Back).
        export_requested(object): write the history to this Path (chosen in the dialog,
            with leave to replace a file of that name).
    """

    back_requested = Signal()
    export_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.statistics: HistoryStatistics | None = None
        self.title = _label(self, "historyTitle")
        self.title.setText(self.tr("Your history"))
        self.export_button = QPushButton(self.tr("Export…  (E)"), self)
        self.export_button.setToolTip(self.tr("Save your history as a CSV or JSON file (E)"))
        self.export_button.clicked.connect(self.export)
        self.back_button = QPushButton(self.tr("Back  (Esc)"), self)
        self.back_button.clicked.connect(self.back_requested)
        self.notice = _label(self, "historyNotice", wrap=True)
        self.notice.hide()
        self.current = _Card(self.tr("Current streak"), self)
        self.best = _Card(self.tr("Best streak"), self)
        self.today = _Card(self.tr("Today"), self)
        self.week_name = _label(self, wrap=True)
        self.week_bar = WeekGoalBar(self)
        self.previous_button = QPushButton("◀", self)
        self.previous_button.setAccessibleName(self.tr("Previous month"))
        self.previous_button.setToolTip(self.tr("Previous month (←)"))
        self.next_button = QPushButton("▶", self)
        self.next_button.setAccessibleName(self.tr("Next month"))
        self.next_button.setToolTip(self.tr("Next month (→)"))
        self.month_label = _label(self, "monthTitle")
        self.calendar = MonthCalendar(self)
        self.legend = _label(self, wrap=True)
        self.legend.setText(self.tr(LEGEND))
        self.routines_title = _label(self, wrap=True)
        self.routines = MinutesBars(self.tr("Minutes per routine, last 4 weeks"), self)
        self.areas_title = _label(self, wrap=True)
        self.areas = MinutesBars(self.tr("Minutes held per body area, last 4 weeks"), self)
        self.scores_title = _label(self, wrap=True)
        self.scores_title.setText(
            self.tr("How your back felt (0 no pain, 10 the worst), last 13 weeks"))
        self.scores = BackScoreChart(self)
        self.previous_button.clicked.connect(self.calendar.previous_month)
        self.next_button.clicked.connect(self.calendar.next_month)
        self.calendar.month_changed.connect(self._month_shown)
        self._layout()
        self._text_scale = 1.0
        self._growth = 1.0
        self._apply_type()

    def _layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.export_button)
        header.addWidget(self.back_button)
        week = QFrame(self)
        week.setFrameShape(QFrame.Shape.StyledPanel)
        week_column = QVBoxLayout(week)
        week_column.addWidget(self.week_bar)
        week_column.addWidget(self.week_name)
        cards = QHBoxLayout()
        for card in (self.current, self.best, self.today):
            cards.addWidget(card, 2)
        cards.addWidget(week, 5)
        month = QHBoxLayout()
        month.addWidget(self.previous_button)
        month.addWidget(self.month_label, 1, Qt.AlignmentFlag.AlignCenter)
        month.addWidget(self.next_button)
        left = QVBoxLayout()
        left.addLayout(month)
        left.addWidget(self.calendar, 1)
        left.addSpacing(6)  # the calendar's focus frame is drawn at its very edge
        left.addWidget(self.legend)
        # The calendar on the left; on the right the 4 weeks side by side, the chart below.
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.addLayout(left, 0, 0, 4, 1)
        grid.addWidget(self.routines_title, 0, 1)
        grid.addWidget(self.areas_title, 0, 2)
        grid.addWidget(self.routines, 1, 1)
        grid.addWidget(self.areas, 1, 2)
        grid.addWidget(self.scores_title, 2, 1, 1, 2)
        grid.addWidget(self.scores, 3, 1, 1, 2)
        grid.setRowStretch(3, 1)
        grid.setColumnStretch(0, 9)
        grid.setColumnStretch(1, 8)
        grid.setColumnStretch(2, 8)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.addLayout(header)
        outer.addWidget(self.notice)
        outer.addLayout(cards)
        outer.addLayout(grid, 1)
        self.setTabOrder(self.calendar, self.previous_button)
        self.setTabOrder(self.previous_button, self.next_button)
        self.setTabOrder(self.next_button, self.routines)
        self.setTabOrder(self.routines, self.areas)
        self.setTabOrder(self.areas, self.scores)
        self.setTabOrder(self.scores, self.export_button)
        self.setTabOrder(self.export_button, self.back_button)

    # -- what it shows --------------------------------------------------------------------

    def show_statistics(self, statistics: HistoryStatistics) -> None:
        """Shows `statistics` (the calendar keeps the month on show)."""
        self.statistics = statistics
        self.current.value.setText(self._days(statistics.streaks.current))
        self.best.value.setText(self._days(statistics.streaks.best))
        self.today.value.setText(minutes_text(statistics.minutes_on(statistics.today)))
        week = statistics.week
        self.week_name.setText(self._week_text(statistics))
        self.week_bar.set_progress(week)
        self.calendar.set_statistics(statistics)
        start = statistics.window_start
        since = _date(start, self.tr("dd MMM"))
        self.routines_title.setText(self.tr("By routine, since {date}").format(date=since))
        self.routines.set_shares(statistics.routines,
                                 self.tr("No sessions in the last 4 weeks."))
        self.areas_title.setText(
            self.tr("By body area (time held), since {date}").format(date=since))
        self.areas.set_shares(statistics.body_areas, self.tr("No holds in the last 4 weeks."))
        self.scores.set_scores(statistics.back_scores,
                               statistics.today - timedelta(days=SCORE_DAYS - 1),
                               statistics.today)

    def _days(self, count: int) -> str:
        # English picks its plural here; each text is a plural entry, so other languages
        # pick theirs by `count`.
        return self.tr("%n day", "", count) if count == 1 else self.tr("%n days", "", count)

    def _week_text(self, statistics: HistoryStatistics) -> str:
        """ "This week, since Mon 11 May   Rest days: Sun"."""
        week = statistics.week
        rest = ", ".join(weekday_name(d) for d in sorted(statistics.rest_weekdays))
        since = _date(week.first_day, self.tr("ddd dd MMM")) if week else ""
        if since and rest:
            return self.tr("This week, since {date}   Rest days: {days}").format(
                date=since, days=rest)
        if since:
            return self.tr("This week, since {date}").format(date=since)
        if rest:
            return self.tr("This week   Rest days: {days}").format(days=rest)
        return self.tr("This week")

    def show_notice(self, text: str) -> None:
        """Shows a message (a problem with the history file, or where an export went)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def set_text_scale(self, scale: float) -> None:
        """Sizes the type for the person's text size (1.0 = 100 %)."""
        self._text_scale = scale
        self._apply_type()

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        growth = min(max(1.0, min(size.width() / DESIGN_SIZE[0],
                                  size.height() / DESIGN_SIZE[1])), MAX_GROWTH)
        if abs(growth - self._growth) > 0.02:
            self._growth = growth
            self._apply_type()
        super().resizeEvent(event)

    def _apply_type(self) -> None:
        scale = self._text_scale * self._growth
        unit = BASE_PIXELS * scale
        base = self.font()
        self.title.setFont(font_at(base, unit * 1.6, bold=True))
        self.month_label.setFont(font_at(base, unit * 1.2, bold=True))
        for card in (self.current, self.best, self.today):
            card.value.setFont(font_at(base, unit * 1.7, bold=True))
            card.name.setFont(font_at(base, unit))
        for label in (self.week_name, self.legend, self.notice):
            label.setFont(font_at(base, unit * 0.9))
        for label in (self.routines_title, self.areas_title, self.scores_title):
            label.setFont(font_at(base, unit * 1.05, bold=True))
        for button in (self.export_button, self.back_button, self.previous_button,
                       self.next_button):
            button.setFont(font_at(base, unit))
            button.setMinimumHeight(round(unit * 2.2))
        for chart in (self.calendar, self.routines, self.areas, self.scores, self.week_bar):
            chart.set_text_scale(scale)

    def _month_shown(self, year: int, month: int) -> None:
        self.month_label.setText(self.calendar.title)
        self.previous_button.setEnabled(self.calendar.can_go(-1))
        self.next_button.setEnabled(self.calendar.can_go(1))

    # -- what it does ---------------------------------------------------------------------

    def export(self) -> None:
        """Asks for a file, then asks for the history to be written there."""
        today = self.statistics.today if self.statistics else None
        suggested = Path.home() / f"stretchdesk-history{f'-{today}' if today else ''}.csv"
        path = ExportFileDialog.ask(self, suggested)
        if path is not None:
            self.export_requested.emit(path)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.calendar.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_E:
            self.export()
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_Backspace):
            self.back_requested.emit()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_PageUp,
                     Qt.Key.Key_PageDown, Qt.Key.Key_Home):
            self.calendar.keyPressEvent(event)
        else:
            super().keyPressEvent(event)
