"""MonthCalendar: one month of days, each with its minutes and a mark for a finished routine."""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QWidget

from stretchdesk.core.history import HistoryStatistics
from stretchdesk.ui.history.chart_style import BASE_PIXELS, ChartColours, chart_colours, font_at

HEAT_MINUTES = (10.0, 20.0)  # a day's fill darkens at these minutes


def weekday_name(weekday: int,
                 form: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    """The name of `weekday` (Monday = 0) in the locale's language: "Mon", "lun.", or with
    NarrowFormat "M", "L"."""
    return QLocale().dayName(weekday + 1, form)


def month_title(year: int, month: int) -> str:
    """ "March 2026", "Mars 2026" (capitalised: it heads the calendar)."""
    title = QLocale().toString(QDate(year, month, 1),
                               QCoreApplication.translate("MonthCalendar", "MMMM yyyy"))
    return title[:1].upper() + title[1:]


def _shift(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


class MonthCalendar(QWidget):
    """Days of one month in weeks: minutes as a number, a tick for a finished routine,
    hatching for a rest day, a frame around today. ←/→ (or Page Up/Down) change the
    month, Home comes back to this one; months before the first session or after this
    one are not shown.

    Signals:
        month_changed(int, int): the calendar now shows (year, month).
    """

    month_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthCalendar")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._statistics: HistoryStatistics | None = None
        self._month = (2000, 1)  # until statistics come: then the month of their today
        self._scale = 1.0

    # -- what it shows --------------------------------------------------------------------

    def set_statistics(self, statistics: HistoryStatistics) -> None:
        """Shows `statistics`, at the month of its today when first given."""
        first = self._statistics is None
        self._statistics = statistics
        if first:
            self.show_month(statistics.today.year, statistics.today.month)
        else:
            self.show_month(*self._month)
            self.month_changed.emit(*self._month)  # the same month, with new numbers

    def set_text_scale(self, scale: float) -> None:
        """Grows the type with the person's text size."""
        self._scale = scale
        self.updateGeometry()
        self.update()

    @property
    def month(self) -> tuple[int, int]:
        """The (year, month) on show."""
        return self._month

    @property
    def title(self) -> str:
        """The month on show, as its header says it."""
        return month_title(*self._month)

    def _limits(self) -> tuple[tuple[int, int], tuple[int, int]]:
        stats = self._statistics
        if stats is None:
            return self._month, self._month
        last = (stats.today.year, stats.today.month)
        first_day = stats.first_day or stats.today
        return (first_day.year, first_day.month), last

    def can_go(self, months: int) -> bool:
        """Whether there is a month `months` (±1) away to show."""
        first, last = self._limits()
        return first <= _shift(*self._month, months) <= last

    def show_month(self, year: int, month: int) -> None:
        """Shows `month` of `year`, kept between the first session's month and today's."""
        first, last = self._limits()
        wanted = min(max((year, month), first), last)
        changed = wanted != self._month
        self._month = wanted
        self.setAccessibleName(self.tr("Calendar, {month}").format(month=self.title))
        self.setAccessibleDescription(self._summary())
        self.update()
        if changed:
            self.month_changed.emit(*wanted)

    def next_month(self) -> None:
        """One month on (never past this month)."""
        self.show_month(*_shift(*self._month, 1))

    def previous_month(self) -> None:
        """One month back (never before the first session)."""
        self.show_month(*_shift(*self._month, -1))

    def this_month(self) -> None:
        """Back to the month of today."""
        if self._statistics is not None:
            self.show_month(self._statistics.today.year, self._statistics.today.month)

    def days(self) -> list[date]:
        """The days of the month on show."""
        year, month = self._month
        return [date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)]

    def day_text(self, day: date) -> str:
        """What a day says, in words (for screen readers and tests)."""
        stats = self._statistics
        parts = [QLocale().toString(QDate(day.year, day.month, day.day), self.tr("d MMMM"))]
        if stats is None:
            return parts[0]
        minutes = stats.minutes_on(day)
        if minutes > 0:
            parts.append(self.tr("{minutes} min").format(
                minutes=QLocale().toString(round(minutes))))
        if day in stats.finished_days:
            parts.append(self.tr("routine finished"))
        elif day.weekday() in stats.rest_weekdays and day <= stats.today:
            parts.append(self.tr("rest day"))
        if day == stats.today:
            parts.append(self.tr("today"))
        return ", ".join(parts)

    def _summary(self) -> str:
        stats = self._statistics
        if stats is None:
            return ""
        active = [d for d in self.days() if d in stats.finished_days]
        total = sum(stats.minutes_on(d) for d in self.days())
        # A plural entry whose English reads as it always has ("1 days" included).
        return self.tr("%n days with a finished routine, {minutes} minutes in all", "",
                       len(active)).format(minutes=QLocale().toString(round(total)))

    # -- keys -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.previous_month()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.next_month()
        elif key == Qt.Key.Key_Home:
            self.this_month()
        else:
            super().keyPressEvent(event)

    # -- drawing --------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        unit = BASE_PIXELS * self._scale
        return QSize(round(unit * 34), round(unit * 22))

    def minimumSizeHint(self) -> QSize:
        unit = BASE_PIXELS * self._scale
        return QSize(round(unit * 16), round(unit * 12))

    def weekday_header(self, metrics: QFontMetricsF | None = None,
                       room: float = 0.0) -> list[str]:
        """The short weekday names over the columns, in the locale's language and order;
        their initials when one of them, drawn with `metrics`, is wider than `room`."""
        names = [weekday_name(weekday) for weekday in self._weekday_order()]
        if metrics is not None and max(metrics.horizontalAdvance(n) for n in names) > room:
            return [weekday_name(weekday, QLocale.FormatType.NarrowFormat)
                    for weekday in self._weekday_order()]
        return names

    def _weekday_order(self) -> list[int]:
        first = self._statistics.first_weekday if self._statistics else 0
        return [(first + n) % 7 for n in range(7)]

    def _cells(self) -> list[tuple[date, QRectF]]:
        days = self.days()
        order = self._weekday_order()
        lead = order.index(days[0].weekday())
        weeks = (lead + len(days) + 6) // 7
        header = BASE_PIXELS * self._scale * 1.8
        width = self.width() / 7
        height = (self.height() - header) / weeks
        cells = []
        for n, day in enumerate(days):
            slot = lead + n
            cells.append((day, QRectF((slot % 7) * width, header + (slot // 7) * height,
                                      width, height).adjusted(2, 2, -2, -2)))
        return cells

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = chart_colours(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = BASE_PIXELS * self._scale
        width = self.width() / 7
        header_font = font_at(self.font(), unit * 0.9, bold=True)
        painter.setFont(header_font)
        painter.setPen(colours.muted)
        for column, name in enumerate(self.weekday_header(QFontMetricsF(header_font),
                                                          width - 4)):
            painter.drawText(QRectF(column * width, 0, width, unit * 1.6),
                             Qt.AlignmentFlag.AlignCenter, name)
        for day, cell in self._cells():
            self._paint_day(painter, day, cell, colours, unit)
        if self.hasFocus():
            painter.setPen(QPen(colours.focus, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def _paint_day(self, painter: QPainter, day: date, cell: QRectF, colours: ChartColours,
                   unit: float) -> None:
        stats = self._statistics
        minutes = stats.minutes_on(day) if stats else 0.0
        future = stats is not None and day > stats.today
        rest = (stats is not None and day.weekday() in stats.rest_weekdays and not future
                and minutes == 0)
        painter.setPen(Qt.PenStyle.NoPen)
        level = sum(minutes >= m for m in HEAT_MINUTES)
        painter.setBrush(colours.heat[level] if minutes > 0 else colours.panel)
        painter.drawRoundedRect(cell, 5, 5)
        if rest:
            hatch = QBrush(colours.muted, Qt.BrushStyle.BDiagPattern)
            painter.setBrush(hatch)
            painter.drawRoundedRect(cell, 5, 5)
        pad = unit * 0.3
        painter.setPen(colours.muted if future else colours.text)
        painter.setFont(font_at(self.font(), unit * 0.85, bold=stats is not None
                                and day == stats.today))
        painter.drawText(cell.adjusted(pad, pad * 0.6, -pad, -pad),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(day.day))
        if minutes > 0:
            painter.setFont(font_at(self.font(), min(unit * 1.35, cell.height() * 0.36),
                                    bold=True))
            painter.drawText(cell.adjusted(0, cell.height() * 0.22, 0, 0),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                             QLocale().toString(round(minutes)))
        elif rest:
            painter.setFont(font_at(self.font(), unit * 0.75))
            painter.drawText(cell.adjusted(0, cell.height() * 0.25, 0, 0),
                             Qt.AlignmentFlag.AlignCenter, self.tr("rest"))
        if stats is not None and day in stats.finished_days:
            self._paint_tick(painter, cell, colours.text, unit)
        if stats is not None and day == stats.today:
            painter.setPen(QPen(colours.text, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(cell.adjusted(1.5, 1.5, -1.5, -1.5), 5, 5)

    @staticmethod
    def _paint_tick(painter: QPainter, cell: QRectF, colour: QColor, unit: float) -> None:
        size = min(unit * 0.8, cell.width() * 0.24)
        corner = QPointF(cell.right() - size - unit * 0.3, cell.top() + unit * 0.35)
        path = QPainterPath(corner + QPointF(0, size * 0.5))
        path.lineTo(corner + QPointF(size * 0.38, size * 0.88))
        path.lineTo(corner + QPointF(size, size * 0.05))
        painter.setPen(QPen(colour, max(2.0, unit * 0.16), Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

