"""The self-test's checks of the shipped content and the person's files, Qt-free.

The folders are there, the library loads without a problem, every routine's timeline at
every level starts with a starting position and holds every stretch it lists, and a
settings file is written and read back the same in a temporary folder.
"""

from __future__ import annotations

import math
import tempfile
import time
from pathlib import Path
from types import MappingProxyType

from stretchdesk.core.library import load_library
from stretchdesk.core.model import Level
from stretchdesk.core.settings import Settings, SoundMode, Theme
from stretchdesk.core.settings_store import SettingsStore
from stretchdesk.core.timeline import PhaseKind, build_timeline, session_items
from stretchdesk.selftest.outcome import CheckFailed, CheckReport, Found, Places


def check_files(places: Places) -> CheckReport:
    """The shipped data and assets folders are where the app looks for them."""
    for folder in (places.data, places.assets):
        if not folder.is_dir():
            raise CheckFailed(f"{folder} is missing")
    return CheckReport(f"data in {places.data}, assets in {places.assets}")


def check_library(places: Places, found: Found) -> CheckReport:
    """The shipped library loads without a problem and holds stretches and routines."""
    library = load_library(places.data)
    if library.problems:
        raise CheckFailed("; ".join(str(p) for p in library.problems))
    if not library.stretches or not library.routines:
        raise CheckFailed(f"{places.data} holds no stretches or no routines")
    found.library = library
    return CheckReport(f"{len(library.stretches)} stretches, {len(library.routines)} routines")


def check_timelines(found: Found) -> CheckReport:
    """Every routine at every level makes a timeline a person could follow."""
    library = found.library
    if library is None:
        raise CheckFailed("not checked: the library did not load")
    totals: list[float] = []
    for routine in library.routines.values():
        for level in Level:
            where = f"routine {routine.id} at {level.value} level"
            timeline = build_timeline(routine, library, Settings(level=level))
            if not timeline or timeline[0].kind is not PhaseKind.PREPARE:
                raise CheckFailed(f"{where} does not start with a starting position")
            if any(not (math.isfinite(p.seconds) and p.seconds > 0) for p in timeline):
                raise CheckFailed(f"{where} has a phase without a proper length")
            held = {p.stretch_id for p in timeline if p.kind is PhaseKind.HOLD}
            included = session_items(routine, library, level)
            missing = {item.stretch_id for _, item in included} - held
            if missing:
                raise CheckFailed(f"{where} never holds {', '.join(sorted(missing))}")
            totals.append(timeline.total_seconds)
    return CheckReport(f"{len(totals)} built ({len(library.routines)} routines × "
                       f"{len(Level)} levels), {_minutes(min(totals))} to {_minutes(max(totals))}")


def _minutes(seconds: float) -> str:
    """`seconds` as minutes:seconds."""
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def check_settings(found: Found) -> CheckReport:
    """A settings file with every kind of change is written and read back the same."""
    library = found.library
    some_stretch = next(iter(library.stretches)) if library else "single-knee-to-chest"
    changed = Settings(
        level=Level.ADVANCED,
        hold_overrides=MappingProxyType({some_stretch: 25.0}),
        rest_seconds=0.0,
        sound_mode=SoundMode.CHIME,
        volume=0.35,
        theme=Theme.DARK,
        hidden_cautions=frozenset({some_stretch}),
    )
    with tempfile.TemporaryDirectory(prefix="stretchdesk-self-test-") as folder:
        store = SettingsStore(Path(folder), time.time)
        if not store.save(changed):
            raise CheckFailed(f"the settings file in {folder} was not written")
        again = SettingsStore(Path(folder), time.time)
        loaded = again.load()
        if again.notice:
            raise CheckFailed(f"reading the settings back said: {again.notice}")
        if loaded != changed:
            raise CheckFailed("the settings read back differ from those saved")
    return CheckReport("saved and read back in a temporary folder")
