"""Tells a stretch file, a routine file and a settings file apart, and says how it told."""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import Enum
from pathlib import Path

from stretchdesk.core.phrasebook import N_, t
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
    """The kind of a file (None: no telling) and why, e.g. "it has 'items'" (in the run's
    language)."""

    kind: FileKind | None
    reason: str


UNKNOWN_REASON = N_(
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
        return KindGuess(FileKind.STRETCH, t("it is in a folder named {folder}", folder=folder))
    if folder == "routines":
        return KindGuess(FileKind.ROUTINE, t("it is in a folder named {folder}", folder=folder))
    if path.name in ("settings.yaml", "settings.yml") or (
            path.name.startswith("settings.yaml.bad-")):
        return KindGuess(FileKind.SETTINGS, t("it is named {name}", name=path.name))
    if not isinstance(value, dict):
        return KindGuess(None, t(UNKNOWN_REASON))
    keys = {key for key in value if isinstance(key, str)}
    if "items" in keys:
        return KindGuess(FileKind.ROUTINE, t("it has '{key}'", key="items"))
    if "version" in keys:
        return KindGuess(FileKind.SETTINGS, t("it has '{key}'", key="version"))
    if keys and keys <= SETTINGS_FIELDS - ROUTINE_FIELDS:
        return KindGuess(FileKind.SETTINGS, t("it has only settings"))
    stretchy = [key for key in _STRETCH_ONLY if key in keys and key in STRETCH_FIELDS]
    if stretchy:
        return KindGuess(FileKind.STRETCH, t("it has '{key}'", key=stretchy[0]))
    return KindGuess(None, t(UNKNOWN_REASON))
