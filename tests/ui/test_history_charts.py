"""The history charts read in light and dark: contrast of text and lines on their fills."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from stretchdesk.ui.history.chart_style import chart_colours, minutes_text
from tools.history_screenshots import dark_palette


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def _contrast(one: QColor, other: QColor) -> float:
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("dark", [False, True])
def test_text_reads_on_every_day_fill_and_lines_stand_out(qapp: QApplication,
                                                          dark: bool) -> None:
    palette = dark_palette() if dark else QPalette(qapp.palette())
    colours = chart_colours(palette)
    window = palette.color(QPalette.ColorRole.Window)
    assert colours.dark is dark
    for fill in (*colours.heat, colours.panel):
        assert _contrast(colours.text, fill) >= 4.5  # WCAG AA for text
    for line in (colours.before, colours.after, colours.bar):
        assert _contrast(line, window) >= 3.0  # WCAG AA for graphics


def test_minutes_read_as_a_person_says_them() -> None:
    assert [minutes_text(m) for m in (0, 44.6, 60, 125)] == [
        "0 min", "45 min", "1 h 00 min", "2 h 05 min"]

