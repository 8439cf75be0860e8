"""MinutesBars: minutes per routine or per body area as labelled horizontal bars."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from stretchdesk.core.history import Share
from stretchdesk.ui.history.chart_style import BASE_PIXELS, chart_colours, font_at, minutes_text

MAX_ROWS = 6  # more are added up into one "N others" row


class ShareCounts(QObject):
    """The bars' counted words (a QObject: Qt's plural forms come through `self.tr`)."""

    def others(self, count: int) -> str:
        """ "3 others" (never fewer than 2)."""
        return self.tr("%n others", "", count)


def shown_rows(shares: Sequence[Share]) -> list[tuple[str, float]]:
    """The (label, minutes) rows drawn: the largest, then the rest added up."""
    rows = [(s.label, s.minutes) for s in shares[:MAX_ROWS]]
    rest = shares[MAX_ROWS:]
    if len(rest) == 1:
        rows.append((rest[0].label, rest[0].minutes))
    elif rest:
        rows.append((ShareCounts().others(len(rest)), sum(s.minutes for s in rest)))
    return rows


class MinutesBars(QWidget):
    """One bar per routine or area, its name on the left and its minutes written after it.

    The length is only a picture of the number beside it; every bar has the same colour.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # so a screen reader can reach it
        self.setAccessibleName(name)
        self._rows: list[tuple[str, float]] = []
        self._empty = ""
        self._scale = 1.0

    def set_shares(self, shares: Sequence[Share], empty_text: str) -> None:
        """Shows `shares` (most first); `empty_text` when there are none."""
        self._rows = shown_rows(shares)
        self._empty = empty_text
        self.setAccessibleDescription(self.text() or empty_text)
        self.updateGeometry()
        self.update()

    def set_text_scale(self, scale: float) -> None:
        """Grows the type with the person's text size."""
        self._scale = scale
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        """The rows in words: "Before bed 42 min; Desk break 20 min"."""
        return "; ".join(f"{label} {minutes_text(minutes)}" for label, minutes in self._rows)

    def _row_height(self) -> float:
        return BASE_PIXELS * self._scale * 1.9

    def sizeHint(self) -> QSize:
        rows = max(2, len(self._rows))
        return QSize(round(BASE_PIXELS * self._scale * 26), round(rows * self._row_height() + 8))

    def minimumSizeHint(self) -> QSize:
        return QSize(round(BASE_PIXELS * self._scale * 10), round(2 * self._row_height()))

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = chart_colours(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = font_at(self.font(), BASE_PIXELS * self._scale)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        if not self._rows:
            painter.setPen(colours.muted)
            painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, self._empty)
        else:
            value_width = max(metrics.horizontalAdvance(minutes_text(m)) for _, m in self._rows)
            # The numbers always show in full: on a narrow chart the names give way (elided).
            least_bar = BASE_PIXELS * self._scale * 2
            label_width = max(0.0, min(
                area.width() * 0.5,
                max(metrics.horizontalAdvance(label) for label, _ in self._rows),
                area.width() - value_width - 24 - least_bar))
            bar_room = max(10.0, area.width() - label_width - value_width - 24)
            top_minutes = max(m for _, m in self._rows) or 1.0
            height = min(self._row_height(), area.height() / len(self._rows))
            for n, (label, minutes) in enumerate(self._rows):
                row = QRectF(area.left(), area.top() + n * height, area.width(), height)
                painter.setPen(colours.text)
                shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width)
                painter.drawText(QRectF(row.left(), row.top(), label_width, height),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                                 shown)
                length = max(2.0, bar_room * minutes / top_minutes)
                bar = QRectF(row.left() + label_width + 10, row.top() + height * 0.2,
                             length, height * 0.6)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colours.bar)
                painter.drawRoundedRect(bar, 3, 3)
                painter.setPen(colours.text)
                painter.drawText(QRectF(bar.right() + 8, row.top(), value_width + 8, height),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                                 minutes_text(minutes))
        if self.hasFocus():
            painter.setPen(QPen(colours.focus, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()
