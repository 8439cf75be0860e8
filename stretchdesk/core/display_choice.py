"""How the window looks and moves, from the person's settings and what the desktop asks.

The settings say "follow the desktop", "high contrast" or "standard", "reduced motion" or
"full", and a text size; the desktop may ask for higher contrast, less motion and larger
text. This decides, in one place, what the window does; the views only apply it.
"""

from __future__ import annotations

from dataclasses import dataclass

from stretchdesk.core.settings import Contrast, Motion, Settings

# A desktop's usual text is at most 11 pt at 96 dpi (GNOME's; KDE's is 10 pt, Windows'
# 9 pt): about 14.7 pixels. Larger text on the desktop was asked for, and is followed.
USUAL_DESKTOP_TEXT_PIXELS = 11 * 96 / 72
LARGEST_DESKTOP_FACTOR = 2.0


@dataclass(frozen=True)
class DesktopAsks:
    """What the desktop asks for, where it says (None: it does not say)."""

    high_contrast: bool | None = None
    reduced_motion: bool | None = None
    text_factor: float = 1.0  # its text size over the usual one (1 or more)


@dataclass(frozen=True)
class DisplayChoice:
    """What the window does: its colours, its movement and how large its text is."""

    high_contrast: bool = False
    reduced_motion: bool = False
    text_scale: float = 1.0  # the settings' text size times the desktop's


def desktop_text_factor(pixels: float) -> float:
    """How much larger than usual the desktop's text of `pixels` is (never below 1).

    Rounded to 5 % steps, so a desktop font a pixel larger does not resize the session.
    """
    factor = max(1.0, min(LARGEST_DESKTOP_FACTOR, pixels / USUAL_DESKTOP_TEXT_PIXELS))
    return round(factor * 20) / 20


def display_choice(settings: Settings, desktop: DesktopAsks) -> DisplayChoice:
    """What the window does with `settings` on a desktop that asks `desktop`."""
    if settings.contrast is Contrast.SYSTEM:
        high_contrast = bool(desktop.high_contrast)
    else:
        high_contrast = settings.contrast is Contrast.HIGH
    if settings.motion is Motion.SYSTEM:
        reduced = bool(desktop.reduced_motion)
    else:
        reduced = settings.motion is Motion.REDUCED
    return DisplayChoice(high_contrast, reduced, settings.text_scale * desktop.text_factor)
