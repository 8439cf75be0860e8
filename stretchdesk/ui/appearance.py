"""The Appearance setting applied to the whole app: light, dark, or as the system has it.

Light and dark are palettes set on the application, so every window, dialog and widget
that paints with the palette follows at once (the session's ring, steps and the picker's
list; the illustrations are told through `dark_palette()` when the palette changes; the
phase banner keeps its own colours, white on the phase's, readable on both). From Qt 6.8
the system is also asked for the scheme (`QStyleHints.setColorScheme`), so a window
title bar drawn by the system can follow too. "Follow the system" gives the platform's
palette back and lets it change with the system.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from stretchdesk.core.settings import Theme

# Colours of the dark palette: (role, active and inactive colour, disabled colour or None).
_DARK: tuple[tuple[QPalette.ColorRole, str, str | None], ...] = (
    (QPalette.ColorRole.Window, "#2b2d31", None),
    (QPalette.ColorRole.WindowText, "#e8e8ea", "#85878d"),
    (QPalette.ColorRole.Base, "#1f2023", "#2b2d31"),
    (QPalette.ColorRole.AlternateBase, "#292b2f", None),
    (QPalette.ColorRole.ToolTipBase, "#35373c", None),
    (QPalette.ColorRole.ToolTipText, "#e8e8ea", None),
    (QPalette.ColorRole.PlaceholderText, "#9b9ea5", None),
    (QPalette.ColorRole.Text, "#e8e8ea", "#85878d"),
    (QPalette.ColorRole.Button, "#35373c", None),
    (QPalette.ColorRole.ButtonText, "#e8e8ea", "#85878d"),
    (QPalette.ColorRole.BrightText, "#ff7a7a", None),
    (QPalette.ColorRole.Light, "#4a4d53", None),
    (QPalette.ColorRole.Midlight, "#3f4247", None),
    (QPalette.ColorRole.Mid, "#26282b", None),
    (QPalette.ColorRole.Dark, "#1b1c1f", None),
    (QPalette.ColorRole.Shadow, "#0d0d0e", None),
    (QPalette.ColorRole.Highlight, "#3b6fd4", "#4a4d53"),
    (QPalette.ColorRole.HighlightedText, "#ffffff", "#85878d"),
    (QPalette.ColorRole.Link, "#7eaaff", None),
    (QPalette.ColorRole.LinkVisited, "#b494ff", None),
)
# The light palette: Fusion's own, the style StretchDesk's screens were drawn for.
_LIGHT_STYLE = "Fusion"


def dark_palette() -> bool:
    """Whether the application's colours are light text on a dark background."""
    palette = QGuiApplication.palette()
    return palette.window().color().lightness() < 128


def palette_for(theme: Theme) -> QPalette | None:
    """The palette `theme` stands for (None: the system's own)."""
    if theme is Theme.SYSTEM:
        return None
    if theme is Theme.LIGHT:
        from PySide6.QtWidgets import QStyleFactory

        style = QStyleFactory.create(_LIGHT_STYLE)
        return style.standardPalette() if style is not None else None
    palette = QPalette()
    groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
    for role, colour, disabled in _DARK:
        for group in groups:
            palette.setColor(group, role, QColor(colour))
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled or colour))
    return palette


# What the application shows now: the platform's palette at first; None while high
# contrast (ui/display_look.py) has put its own palette over it.
_shown: Theme | None = Theme.SYSTEM


def apply_theme(theme: Theme, *, covered: bool = False) -> None:
    """Makes the whole application light, dark, or the system's, at once.

    `covered`: high contrast is on and has a palette of its own (light or dark after the
    same setting); only the system is told, and the palette of `theme` comes back, when
    the next call is not covered.
    """
    global _shown
    if covered:
        _ask_the_system(theme)
        _shown = None
        return
    if theme is _shown:
        return
    _shown = theme
    _ask_the_system(theme)
    palette = palette_for(theme)
    # An empty palette gives the platform's back, which then follows the system.
    QGuiApplication.setPalette(palette if palette is not None else QPalette())


def _ask_the_system(theme: Theme) -> None:
    """Qt 6.8 and later: the platform's own scheme too (window title bars, native dialogs)."""
    hints = QGuiApplication.styleHints()
    if not hasattr(hints, "setColorScheme"):
        return
    from PySide6.QtCore import Qt  # not at start-up: the first window avoids the namespace

    if theme is Theme.SYSTEM:
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(Qt.ColorScheme.Dark if theme is Theme.DARK
                             else Qt.ColorScheme.Light)
