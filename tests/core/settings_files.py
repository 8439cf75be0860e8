"""Shared pieces of the settings-file tests: a store on a fixed clock, and writing raw files."""

from __future__ import annotations

from datetime import UTC, datetime, time
from types import MappingProxyType

from stretchdesk.core.model import Level
from stretchdesk.core.reminders.settings import (
    WEEKDAYS,
    DeskBreak,
    ReminderSettings,
    RoutineReminder,
)
from stretchdesk.core.settings import (
    Contrast,
    HoldMode,
    Motion,
    RepsMode,
    Settings,
    SideOrderChoice,
    SoundMode,
    Theme,
    Weekday,
)
from stretchdesk.core.settings_store import SettingsStore

NOW = 1_795_000_000.0  # 2026-11-18 11:06:40 UTC
STAMP = datetime.fromtimestamp(NOW, tz=UTC).strftime("%Y%m%d-%H%M%S")

# Every field changed from its default (the round trips check each one survives).
CHANGED = Settings(
    level=Level.ADVANCED,
    hold_mode=HoldMode.FIXED,
    hold_seconds=42.5,
    hold_overrides=MappingProxyType({"side-reach": 17.0, "gone-stretch": 55.0}),
    reps_mode=RepsMode.FIXED,
    reps=4,
    side_order=SideOrderChoice.ONE_SIDE_FIRST,
    prepare_seconds=12.0,
    release_seconds=7.0,
    switch_seconds=3.0,
    rest_seconds=0.0,
    countdown_ticks=False,
    halfway_cue=False,
    breath_cues=False,
    sound_mode=SoundMode.CHIME,
    voice="English (Great Britain)",
    speech_rate=-0.3,
    volume=0.25,
    theme=Theme.DARK,
    text_scale=1.5,
    contrast=Contrast.HIGH,
    motion=Motion.REDUCED,
    hidden_cautions=frozenset({"cat-cow", "pelvic-tilt"}),
    # -- reminders (issue 18) --
    reminders=ReminderSettings(
        routines=(RoutineReminder("morning-stiffness", time(7, 30), WEEKDAYS),),
        desk_break=DeskBreak(enabled=True, routine_id="after-sitting", after_minutes=40,
                             idle_reset_minutes=8),
        start_at_login=True, close_to_tray=False),
    # -- history (issue 17) --
    back_check_in=False,
    weekly_goal_minutes=90,
    rest_days=frozenset({Weekday.WEDNESDAY, Weekday.SUNDAY}),
    # -- language (issue 19) --
    language="fr",
)


def put(store: SettingsStore, text: str | bytes) -> bytes:
    store.folder.mkdir(parents=True, exist_ok=True)
    raw = text.encode() if isinstance(text, str) else text
    store.path.write_bytes(raw)
    return raw
