"""Each setting, and its value, as the Settings window says them: for notes about the file.

A note about the settings file names the setting the person would look for in the
Settings window ("Weekly goal", not `weekly_goal_minutes`) and says a value as the
window shows it, both in the run's language: the names here are English, marked with
N_() and translated where a note is written (core/phrasebook.py); the French must be the
French Settings window's own words (translations/settings_fr.ts).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from types import MappingProxyType
from typing import Any

from stretchdesk.core.fields import shown
from stretchdesk.core.limits import SETTING_BOUNDS
from stretchdesk.core.phrasebook import N_, t
from stretchdesk.core.reminders.settings import ReminderSettings
from stretchdesk.core.settings import Settings

__all__ = ["FIELD_WORDS", "setting_name", "value_words"]

_DEFAULTS = Settings()
_UNSET: Any = object()

# Each setting as the Settings window names it, in English (see setting_name).
FIELD_WORDS: Mapping[str, str] = MappingProxyType({
    "level": N_("Level"),
    "hold_mode": N_("Hold length (follow the level, or the same for every stretch)"),
    "hold_seconds": N_("Hold length for every stretch"),
    "hold_overrides": N_("Your own holds"),
    "reps_mode": N_("Repetitions (by level, or the same for every stretch)"),
    "reps": N_("Repetitions per side for every stretch"),
    "side_order": N_("Side order"),
    "prepare_seconds": N_("Starting position"),
    "release_seconds": N_("Release"),
    "switch_seconds": N_("Switch sides"),
    "rest_seconds": N_("Rest between stretches"),
    "countdown_ticks": N_("Countdown ticks"),
    "halfway_cue": N_("Halfway cue"),
    "breath_cues": N_("Breath cues"),
    "sound_mode": N_("Play (chimes, voice or silent)"),
    "voice": N_("Voice"),
    "speech_rate": N_("Speaking rate"),
    "volume": N_("Volume"),
    "theme": N_("Appearance"),
    "text_scale": N_("Text size"),
    "contrast": N_("Contrast"),
    "motion": N_("Motion"),
    "hidden_cautions": N_("Routines whose cautions you hid"),
    # -- reminders (issue 18) --
    "reminders": N_("Reminders"),
    # -- history (issue 17) --
    "back_check_in": N_("Ask how your back feels"),
    "weekly_goal_minutes": N_("Weekly goal"),
    "rest_days": N_("Rest days"),
    # -- language (issue 19) --
    "language": N_("Language"),
})


def setting_name(name: str) -> str:
    """Setting `name` (a Settings field) as the Settings window calls it, translated."""
    return t(FIELD_WORDS[name])


def value_words(name: str, value: Any = _UNSET) -> str:
    """Setting `name`'s `value` (its default if not given) as the Settings window shows it.

    A choice is said by the word the file holds (`beginner`), which is also what the
    person would write to change it.
    """
    if value is _UNSET:
        value = getattr(_DEFAULTS, name)
    if isinstance(value, bool):
        return t("on") if value else t("off")
    if isinstance(value, Enum):
        return str(value.value)
    if name in ("volume", "text_scale"):
        return f"{round(value * 100)} %"
    if name == "speech_rate":
        return t("normal") if value == 0 else f"{value:+g}"
    if isinstance(value, int | float):
        unit = SETTING_BOUNDS[name].unit if name in SETTING_BOUNDS else ""
        return f"{value:g}{' ' + unit if unit else ''}"
    if name == "language":
        return t("follow the system") if value == "system" else str(value)
    if isinstance(value, str):
        return shown(value) if value else t("the system's voice")
    if isinstance(value, ReminderSettings):
        return t("no reminders") if not value.active else t("reminders on")
    if isinstance(value, frozenset) and value:
        return ", ".join(day.short for day in sorted(value)) if name == "rest_days" else (
            ", ".join(sorted(value)))
    return t("none")
