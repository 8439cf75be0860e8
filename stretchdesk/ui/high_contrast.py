"""The high-contrast look, light and dark: its palettes, its borders and its focus colour.

Every pair of text and background colours here has a contrast ratio of 7:1 or more
(WCAG's AAA level; tests/ui/test_high_contrast.py checks each). Fusion draws the edges
of buttons and fields a shade off their background, which on black is no edge at all,
so the high-contrast look adds a style sheet that draws them in the text colour, two
pixels wide. The phase colours have high-contrast partners in phase_style.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

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


def high_contrast_style_sheet(dark: bool) -> str:
    """Borders in the text colour around every control, so each shows where it is."""
    line = "#ffffff" if dark else "#000000"
    focus = "#ffd700" if dark else "#0000c8"
    return (
        f"QPushButton, QToolButton, QComboBox, QSpinBox, QDoubleSpinBox, QLineEdit,"
        f" QPlainTextEdit, QTextEdit {{ border: 2px solid {line}; border-radius: 3px;"
        f" padding: 3px 8px; }}"
        f"QPushButton:checked, QToolButton:checked {{ border: 4px double {line}; }}"
        f"QPushButton:disabled, QToolButton:disabled {{ border-style: dashed; }}"
        f"QAbstractItemView, QScrollArea, QTabWidget::pane {{ border: 2px solid {line}; }}"
        f"QTabBar::tab {{ border: 2px solid {line}; padding: 4px 12px; }}"
        f"QTabBar::tab:selected {{ border-bottom: 6px solid {focus}; }}"
        f"QCheckBox::indicator, QRadioButton::indicator {{ border: 2px solid {line};"
        f" width: 14px; height: 14px; }}"
        f"QCheckBox::indicator:checked, QRadioButton::indicator:checked {{"
        f" background: {line}; }}"
        f"QGroupBox {{ border: 2px solid {line}; margin-top: 1.2em; padding-top: 0.4em; }}"
        f"QGroupBox::title {{ subcontrol-origin: margin; left: 8px; }}"
        f"QToolTip {{ border: 2px solid {line}; }}"
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
