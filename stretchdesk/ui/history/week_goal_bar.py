"""WeekGoalBar: this week's minutes against the weekly goal, as a bar with the numbers on it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from stretchdesk.core.history import WeekProgress
from stretchdesk.ui.history.chart_style import BASE_PIXELS, chart_colours, font_at


def progress_text(week: WeekProgress | None) -> str:
    """ "35 of 60 min (58 %)", "75 of 60 min: goal reached", or that there is no goal."""
    translate, locale = QCoreApplication.translate, QLocale()
    if week is None or week.goal_minutes <= 0:
        return translate("WeekGoalBar", "No weekly goal set")
    done, goal = locale.toString(round(week.minutes)), locale.toString(round(week.goal_minutes))
    if week.reached:
        return translate("WeekGoalBar", "{done} of {goal} min: goal reached").format(
            done=done, goal=goal)
    return translate("WeekGoalBar", "{done} of {goal} min ({percent} %)").format(
        done=done, goal=goal, percent=locale.toString(round(week.fraction * 100)))


class WeekGoalBar(QWidget):
    """A bar filled as far as this week's minutes go toward the goal, the words on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("This week's goal"))
        self._week: WeekProgress | None = None
        self._scale = 1.0

    def set_progress(self, week: WeekProgress | None) -> None:
        """Shows `week`'s progress."""
        self._week = week
        self.setAccessibleDescription(progress_text(week))
        self.update()

    def set_text_scale(self, scale: float) -> None:
        """Grows the type with the person's text size."""
        self._scale = scale
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        """What the bar says."""
        return progress_text(self._week)

    def sizeHint(self) -> QSize:
        return QSize(round(BASE_PIXELS * self._scale * 18), round(BASE_PIXELS * self._scale * 2.4))

    def minimumSizeHint(self) -> QSize:
        return QSize(round(BASE_PIXELS * self._scale * 8), round(BASE_PIXELS * self._scale * 2.2))

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = chart_colours(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(colours.muted, 1.5))
        painter.setBrush(colours.panel)
        painter.drawRoundedRect(track, 6, 6)
        fraction = self._week.fraction if self._week is not None else 0.0
        if fraction > 0:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.heat[-1])
            painter.drawRoundedRect(QRectF(track.left(), track.top(), track.width() * fraction,
                                           track.height()), 6, 6)
        painter.setPen(colours.text)
        painter.setFont(font_at(self.font(), BASE_PIXELS * self._scale, bold=True))
        painter.drawText(track.adjusted(10, 0, -10, 0),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.text())
        painter.end()
