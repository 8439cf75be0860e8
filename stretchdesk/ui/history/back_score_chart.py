"""BackScoreChart: how the back felt before and after each routine, over the last weeks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import pairwise

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLineF,
    QLocale,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from stretchdesk.core.history.queries import BackScore
from stretchdesk.ui.history.chart_style import BASE_PIXELS, chart_colours, font_at

BEFORE = str(QT_TRANSLATE_NOOP("BackScoreChart", "Before a routine"))
AFTER = str(QT_TRANSLATE_NOOP("BackScoreChart", "After a routine"))
EMPTY = str(QT_TRANSLATE_NOOP("BackScoreChart",
                          "No back scores yet. When StretchDesk asks how your back feels "
                          "before and after a routine, your answers are drawn here."))


def _tr(text: str) -> str:
    """`text` (one of the texts above) in the interface's language."""
    return QCoreApplication.translate("BackScoreChart", text)


def _points(scores: Sequence[BackScore], after: bool) -> list[tuple[date, int]]:
    return [(s.day, value) for s in scores
            if (value := s.after if after else s.before) is not None]


class BackScoreChart(QWidget):
    """Two lines over time on a 0–10 scale (0: no pain, 10: the worst): before a routine
    dashed with hollow squares, after it solid with filled dots, each named in the legend.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Back score before and after routines"))
        self._scores: tuple[BackScore, ...] = ()
        self._first = self._last = date(2000, 1, 1)
        self._scale = 1.0

    def set_scores(self, scores: Sequence[BackScore], first_day: date, last_day: date) -> None:
        """Shows `scores` on a time axis from `first_day` to `last_day`."""
        self._scores = tuple(scores)
        self._first, self._last = first_day, max(last_day, first_day)
        self.setAccessibleDescription(self.text())
        self.update()

    def set_text_scale(self, scale: float) -> None:
        """Grows the type with the person's text size."""
        self._scale = scale
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        """The chart in words: how many answers, and the averages of the latest ones."""
        befores = [v for _, v in _points(self._scores, after=False)]
        afters = [v for _, v in _points(self._scores, after=True)]
        if not befores and not afters:
            return _tr(EMPTY)

        def mean(values: list[int]) -> str:
            return (QLocale().toString(sum(values) / len(values), "f", 1) if values
                    else self.tr("none"))
        return self.tr("%n sessions with a score; average before {before}, after {after} "
                       "(0 no pain, 10 the worst)", "", len(self._scores)).format(
            before=mean(befores), after=mean(afters))

    def sizeHint(self) -> QSize:
        unit = BASE_PIXELS * self._scale
        return QSize(round(unit * 34), round(unit * 14))

    def minimumSizeHint(self) -> QSize:
        unit = BASE_PIXELS * self._scale
        return QSize(round(unit * 14), round(unit * 8))

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = chart_colours(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = BASE_PIXELS * self._scale
        small = font_at(self.font(), unit * 0.85)
        painter.setFont(small)
        metrics = QFontMetricsF(small)
        if not self._scores:
            painter.setPen(colours.muted)
            painter.drawText(QRectF(self.rect()).adjusted(8, 8, -8, -8),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             _tr(EMPTY))
        else:
            legend_height = metrics.height() * 1.8
            left = metrics.horizontalAdvance(QLocale().toString(10)) + 14
            plot = QRectF(left, legend_height + 6, self.width() - left - 12,
                          self.height() - legend_height - metrics.height() - 18)
            self._paint_axes(painter, plot, colours.muted, metrics)
            self._paint_series(painter, plot, colours.before, after=False, unit=unit)
            self._paint_series(painter, plot, colours.after, after=True, unit=unit)
            self._paint_legend(painter, colours.before, colours.after, colours.text, unit,
                               metrics, left)
        if self.hasFocus():
            painter.setPen(QPen(colours.focus, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def _x(self, plot: QRectF, day: date) -> float:
        """The middle of `day` on the time axis."""
        days = (self._last - self._first).days + 1
        return plot.left() + plot.width() * ((day - self._first).days + 0.5) / days

    def _month_starts(self) -> list[date]:
        day = self._first.replace(day=1)
        starts = []
        while day <= self._last:
            if day >= self._first:
                starts.append(day)
            day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        return starts

    def month_labels(self) -> list[tuple[date, str]]:
        """The time axis's labels: each month's first day shown, and its short name."""
        locale = QLocale()
        return [(start, locale.monthName(start.month, QLocale.FormatType.ShortFormat))
                for start in self._month_starts()]

    @staticmethod
    def _y(plot: QRectF, score: float) -> float:
        return plot.bottom() - plot.height() * score / 10

    def _paint_axes(self, painter: QPainter, plot: QRectF, muted: QColor,
                    metrics: QFontMetricsF) -> None:
        grid = QColor(muted)
        grid.setAlphaF(0.25)
        for score in range(0, 11, 2):
            y = self._y(plot, score)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(muted)
            painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left() - 6,
                                    metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             QLocale().toString(score))
        for start, name in self.month_labels():
            x = self._x(plot, start) - plot.width() / ((self._last - self._first).days + 1) / 2
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(muted)
            painter.drawText(QPointF(x + 3, plot.bottom() + metrics.ascent() + 4),
                             name)

    def _paint_series(self, painter: QPainter, plot: QRectF, colour: QColor, after: bool,
                      unit: float) -> None:
        points = [QPointF(self._x(plot, t), self._y(plot, v))
                  for t, v in _points(self._scores, after)]
        if not points:
            return
        style = Qt.PenStyle.SolidLine if after else Qt.PenStyle.DashLine
        painter.setPen(QPen(colour, max(2.0, unit * 0.14), style, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # Separate segments, not one path: an antialiased zigzag path costs 10-20 ms to
        # stroke (its joins), the segments well under one.
        painter.drawLines([QLineF(a, b) for a, b in pairwise(points)])
        for point in points:
            self._marker(painter, point, colour, after, min(unit * 0.32, plot.height() / 30))

    @staticmethod
    def _marker(painter: QPainter, centre: QPointF, colour: QColor, after: bool,
                radius: float) -> None:
        painter.setPen(QPen(colour, 2))
        if after:
            painter.setBrush(colour)
            painter.drawEllipse(centre, radius, radius)
        else:
            painter.setBrush(Qt.GlobalColor.transparent)
            painter.drawRect(QRectF(centre.x() - radius, centre.y() - radius,
                                    2 * radius, 2 * radius))

    def _paint_legend(self, painter: QPainter, before: QColor, after: QColor, text: QColor,
                      unit: float, metrics: QFontMetricsF, left: float) -> None:
        y = metrics.height() * 0.9
        x = left
        for label, colour, is_after in ((_tr(BEFORE), before, False), (_tr(AFTER), after, True)):
            style = Qt.PenStyle.SolidLine if is_after else Qt.PenStyle.DashLine
            painter.setPen(QPen(colour, max(2.0, unit * 0.14), style))
            painter.drawLine(QPointF(x, y), QPointF(x + unit * 2.2, y))
            self._marker(painter, QPointF(x + unit * 1.1, y), colour, is_after, unit * 0.32)
            painter.setPen(text)
            painter.drawText(QPointF(x + unit * 2.6, y + metrics.ascent() / 2 - 1), label)
            x += unit * 2.6 + metrics.horizontalAdvance(label) + unit * 1.6
