"""The colours, fonts and sizes the history charts share, for light and dark windows.

Colour only ever repeats what a label, a number, a line style or a marker already says.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor, QFont, QPalette

BASE_PIXELS = 16  # body text at 100 % text size: readable at 1280x800 from a desk


@dataclass(frozen=True)
class ChartColours:
    """The colours of one theme."""

    dark: bool
    text: QColor
    muted: QColor  # secondary text, axes and grid
    panel: QColor  # the background of a card
    bar: QColor
    before: QColor  # back score before a routine: dashed line, hollow squares
    after: QColor  # after: solid line, filled circles
    heat: tuple[QColor, ...]  # calendar fill by minutes, lightest first
    focus: QColor


def chart_colours(palette: QPalette) -> ChartColours:
    """The colours for a window drawn with `palette`."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    dark = window.lightness() < 128
    muted = QColor(text)
    muted.setAlphaF(0.62)
    focus = palette.color(QPalette.ColorRole.Highlight)
    if dark:
        return ChartColours(True, text, muted, window.lighter(135), QColor("#4fb286"),
                            QColor("#f0925f"), QColor("#7eb0ff"),
                            (QColor("#1f3a2d"), QColor("#24573c"), QColor("#2a7550")), focus)
    return ChartColours(False, text, muted, window.lighter(106), QColor("#18794e"),
                        QColor("#b83f0b"), QColor("#1d5fc9"),
                        (QColor("#dcefe3"), QColor("#b4dcc2"), QColor("#86c59f")), focus)


def font_at(template: QFont, pixels: float, bold: bool = False) -> QFont:
    """A copy of `template` at `pixels` pixels (rounded, at least 11)."""
    font = QFont(template)
    font.setPixelSize(max(11, round(pixels)))
    font.setBold(bold)
    return font


def minutes_text(minutes: float) -> str:
    """Minutes as a person reads them: "0 min", "45 min", "2 h 05 min"."""
    whole, locale = round(minutes), QLocale()
    if whole < 60:
        return QCoreApplication.translate("ChartStyle", "{minutes} min").format(
            minutes=locale.toString(whole))
    return QCoreApplication.translate("ChartStyle", "{hours} h {minutes} min").format(
        hours=locale.toString(whole // 60), minutes=f"{whole % 60:02d}")
