"""The high-contrast look, light and dark: its palettes, its borders and its focus colour.

Every pair of text and background colours here has a contrast ratio of 7:1 or more
(WCAG's AAA level; tests/ui/test_high_contrast.py checks each). Fusion draws the edges
of buttons and fields a shade off their background, which on black is no edge at all,
so the high-contrast look adds a style sheet that draws them in the text colour, two
pixels wide. The phase colours have high-contrast partners in phase_style.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPen, QPolygonF

from stretchdesk import paths

Role = QPalette.ColorRole

# (role, colour, disabled colour or None for the same): black on white, and white on black.
_LIGHT: tuple[tuple[QPalette.ColorRole, str, str | None], ...] = (
    (Role.Window, "#ffffff", None),
    (Role.WindowText, "#000000", "#4d4d4d"),
    (Role.Base, "#ffffff", None),
    (Role.AlternateBase, "#ececec", None),
    (Role.ToolTipBase, "#ffffff", None),
    (Role.ToolTipText, "#000000", None),
    (Role.PlaceholderText, "#3a3a3a", None),
    (Role.Text, "#000000", "#4d4d4d"),
    (Role.Button, "#ffffff", None),
    (Role.ButtonText, "#000000", "#4d4d4d"),
    (Role.BrightText, "#ffffff", None),
    (Role.Light, "#ffffff", None),
    (Role.Midlight, "#e0e0e0", None),
    (Role.Mid, "#000000", None),
    (Role.Dark, "#000000", None),
    (Role.Shadow, "#000000", None),
    (Role.Highlight, "#0000c8", "#4d4d4d"),
    (Role.HighlightedText, "#ffffff", None),
    (Role.Link, "#0000c8", None),
    (Role.LinkVisited, "#5a00a0", None),
)
_DARK: tuple[tuple[QPalette.ColorRole, str, str | None], ...] = (
    (Role.Window, "#000000", None),
    (Role.WindowText, "#ffffff", "#a0a0a0"),
    (Role.Base, "#000000", None),
    (Role.AlternateBase, "#1c1c1c", None),
    (Role.ToolTipBase, "#000000", None),
    (Role.ToolTipText, "#ffffff", None),
    (Role.PlaceholderText, "#c8c8c8", None),
    (Role.Text, "#ffffff", "#a0a0a0"),
    (Role.Button, "#000000", None),
    (Role.ButtonText, "#ffffff", "#a0a0a0"),
    (Role.BrightText, "#000000", None),
    (Role.Light, "#ffffff", None),
    (Role.Midlight, "#606060", None),
    (Role.Mid, "#ffffff", None),
    (Role.Dark, "#ffffff", None),
    (Role.Shadow, "#000000", None),
    (Role.Highlight, "#ffd700", "#a0a0a0"),
    (Role.HighlightedText, "#000000", None),
    (Role.Link, "#80c0ff", None),
    (Role.LinkVisited, "#d0a8ff", None),
)

# Pairs the tests hold to 7:1: (foreground role, background role).
TEXT_PAIRS = (
    (Role.WindowText, Role.Window), (Role.Text, Role.Base), (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button), (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase), (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base), (Role.Highlight, Role.Window),
)

FOCUS_WIDTH = 4  # pixels of the focus outline in high contrast (3 otherwise)


def high_contrast_palette(dark: bool) -> QPalette:
    """The high-contrast palette: white on black when `dark`, else black on white."""
    palette = QPalette()
    for role, colour, disabled in _DARK if dark else _LIGHT:
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(colour))
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled or colour))
    return palette


def arrow_pictures(colour: str, folder: Path) -> dict[str, str]:
    """Small up and down arrows and a tick in `colour`, as PNG files in `folder` (made once)."""
    folder.mkdir(parents=True, exist_ok=True)
    made = {"tick": _tick(colour, folder)}
    for name, points in (("up", ((1, 9), (6, 3), (11, 9))), ("down", ((1, 3), (6, 9), (11, 3)))):
        path = folder / f"arrow-{name}-{colour.lstrip('#')}.png"
        if not path.is_file():
            image = QImage(12, 12, QImage.Format.Format_ARGB32)
            image.fill(0)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QColor(colour))
            painter.setBrush(QColor(colour))
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
            painter.end()
            image.save(str(path))
        made[name] = path.as_posix()
    return made


def _tick(colour: str, folder: Path) -> str:
    path = folder / f"tick-{colour.lstrip('#')}.png"
    if not path.is_file():
        image = QImage(14, 14, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(colour), 2.6))
        painter.drawPolyline(QPolygonF([QPointF(2, 7.5), QPointF(5.5, 11), QPointF(12, 3)]))
        painter.end()
        image.save(str(path))
    return path.as_posix()


def high_contrast_style_sheet(dark: bool, pictures: Path | None = None) -> str:
    """Borders in the text colour around every control, so each shows where it is.

    The arrows of spin boxes and lists are drawn into `pictures` (the cache folder).
    """
    line, background = ("#ffffff", "#000000") if dark else ("#000000", "#ffffff")
    arrows = arrow_pictures(line, pictures or paths.cache_dir() / "high-contrast")
    focus = "#ffd700" if dark else "#0000c8"
    return (
        f"QPushButton, QToolButton, QComboBox, QSpinBox, QDoubleSpinBox, QLineEdit,"
        f" QPlainTextEdit, QTextEdit {{ border: 2px solid {line}; border-radius: 3px;"
        f" padding: 3px 8px; }}"
        f"QPushButton:checked, QToolButton:checked {{ border: 4px double {line}; }}"
        f"QPushButton:disabled, QToolButton:disabled {{ border-style: dashed; }}"
        f"QAbstractItemView, QScrollArea, QTabWidget::pane {{ border: 2px solid {line}; }}"
        f"QScrollArea#routineFacts {{ border: none; }}"  # the picker's details: no box
        f"QHeaderView {{ border: none; }}"
        f"QHeaderView::section {{ background: {background}; border: none;"
        f" border-bottom: 2px solid {line}; padding: 3px 6px; font-weight: bold; }}"
        f"QTabBar::tab {{ border: 2px solid {line}; padding: 4px 12px; }}"
        f"QTabBar::tab:selected {{ border-bottom: 6px solid {focus}; }}"
        f"QCheckBox::indicator, QRadioButton::indicator {{ border: 2px solid {line};"
        f" width: 14px; height: 14px; }}"
        f"QCheckBox::indicator:checked {{ image: url({arrows['tick']}); }}"
        f"QRadioButton::indicator {{ border-radius: 9px; }}"
        f"QRadioButton::indicator:checked {{ background: qradialgradient(cx: 0.5, cy: 0.5,"
        f" radius: 0.5, fx: 0.5, fy: 0.5, stop: 0 {line}, stop: 0.45 {line},"
        f" stop: 0.5 {background}, stop: 1 {background}); }}"
        f"QSlider:horizontal {{ min-height: 26px; }}"
        f"QSlider::groove:horizontal {{ height: 4px; background: {line}; }}"
        f"QSlider::handle:horizontal {{ background: {background}; border: 3px solid {line};"
        f" width: 14px; margin: -8px 0; border-radius: 10px; }}"
        f"QGroupBox {{ border: 2px solid {line}; margin-top: 1.2em; padding-top: 0.4em; }}"
        f"QGroupBox::title {{ subcontrol-origin: margin; left: 8px; }}"
        f"QToolTip {{ border: 2px solid {line}; }}"
        # With a border of their own, spin boxes and lists draw their arrows only when
        # given pictures of them (drawn here, in the text colour).
        f"QSpinBox, QDoubleSpinBox {{ padding-right: 22px; }}"
        f"QSpinBox::up-button, QDoubleSpinBox::up-button,"
        f" QSpinBox::down-button, QDoubleSpinBox::down-button {{ width: 20px;"
        f" border-left: 2px solid {line}; }}"
        f"QSpinBox::up-button, QDoubleSpinBox::up-button {{ subcontrol-position: top right;"
        f" border-bottom: 1px solid {line}; }}"
        f"QSpinBox::down-button, QDoubleSpinBox::down-button {{"
        f" subcontrol-position: bottom right; }}"
        f"QSpinBox::up-arrow, QDoubleSpinBox::up-arrow {{ image: url({arrows['up']}); }}"
        f"QSpinBox::down-arrow, QDoubleSpinBox::down-arrow {{"
        f" image: url({arrows['down']}); }}"
        f"QComboBox::drop-down {{ width: 22px; border-left: 2px solid {line}; }}"
        f"QComboBox::down-arrow {{ image: url({arrows['down']}); }}"
        # Scroll bars: a solid handle in the text colour, wide enough to see and to grab.
        f"QScrollBar:vertical {{ width: 16px; background: {background};"
        f" border-left: 1px solid {line}; }}"
        f"QScrollBar:horizontal {{ height: 16px; background: {background};"
        f" border-top: 1px solid {line}; }}"
        f"QScrollBar::handle {{ background: {line}; margin: 3px; min-height: 28px;"
        f" min-width: 28px; }}"
        f"QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}"
        f"QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}"
    )


def relative_luminance(colour: QColor) -> float:
    """WCAG's relative luminance of an sRGB colour (0 black, 1 white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    return (0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
            + 0.0722 * linear(colour.blueF()))


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG's contrast ratio of two colours: 1 (the same) to 21 (black and white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)),
                             reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
