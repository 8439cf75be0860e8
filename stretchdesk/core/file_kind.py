"""Tells a stretch file, a routine file and a settings file apart, and says how it told."""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import Enum
from pathlib import Path

from stretchdesk.core.schema import ROUTINE_FIELDS, STRETCH_FIELDS
from stretchdesk.core.settings import Settings

SETTINGS_FIELDS = frozenset({"version"} | {f.name for f in fields(Settings)})
_STRETCH_ONLY = ("sides", "steps", "muscles", "position", "summary")


class FileKind(Enum):
    """The kinds of YAML file StretchDesk reads."""

    STRETCH = "stretch"
    ROUTINE = "routine"
    SETTINGS = "settings"


@dataclass(frozen=True)
class KindGuess:
    """The kind of a file (None: no telling) and why, e.g. "it has 'items'"."""

    kind: FileKind | None
    reason: str


UNKNOWN_REASON = (
    "StretchDesk cannot tell what kind of file this is: a routine file has 'items', a "
    "stretch file has 'sides' and 'steps', and a settings file has 'version'. --check "
    "reads stretch, routine and settings files"
)


def file_kind(path: Path, value: object) -> KindGuess:
    """What the file at `path`, holding `value`, is: its folder or name first, then its keys.

    A routine file is recognised by `items` before anything else, so a routine with a
    stray stretch field (`sides:`) is checked, and reported, as the routine it is.
    """
    folder = path.parent.name
    if folder == "stretches":
        return KindGuess(FileKind.STRETCH, "it is in a folder named stretches")
    if folder == "routines":
        return KindGuess(FileKind.ROUTINE, "it is in a folder named routines")
    if path.name in ("settings.yaml", "settings.yml") or (
            path.name.startswith("settings.yaml.bad-")):
        return KindGuess(FileKind.SETTINGS, f"it is named {path.name}")
    if not isinstance(value, dict):
        return KindGuess(None, UNKNOWN_REASON)
    keys = {key for key in value if isinstance(key, str)}
    if "items" in keys:
        return KindGuess(FileKind.ROUTINE, "it has 'items'")
    if "version" in keys or (keys and keys <= SETTINGS_FIELDS - ROUTINE_FIELDS):
        shown = "'version'" if "version" in keys else "only settings"
        return KindGuess(FileKind.SETTINGS, f"it has {shown}")
    stretchy = [key for key in _STRETCH_ONLY if key in keys and key in STRETCH_FIELDS]
    if stretchy:
        return KindGuess(FileKind.STRETCH, f"it has '{stretchy[0]}'")
    return KindGuess(None, UNKNOWN_REASON)
