"""What a settings document says: its version, upgraded step by step, and the Settings in it.

The file starts with `version: N`. An older version is upgraded through `UPGRADES`, one
step per version, as Picard does; a newer one, or a document that is not a mapping of
settings, cannot be used at all (`Untrusted`, saying why). The values are then read by
settings_schema, which resets each bad one alone with a note. This module reads no file
and writes none: the store (settings_store) does, and `--check` asks `settings_problems`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

from stretchdesk.core.errors import LibraryError
from stretchdesk.core.fields import shown
from stretchdesk.core.phrasebook import t
from stretchdesk.core.reminders.schema import upgrade_2_to_3
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_format import drop_cut_settings
from stretchdesk.core.settings_schema import settings_from_document, settings_to_data
from stretchdesk.core.yaml_source import Document

__all__ = ["CURRENT_VERSION", "UPGRADES", "Untrusted", "damaged", "read_settings",
           "settings_problems"]

CURRENT_VERSION = 4  # 3: reminders (issue 18); 4: history and the back check-in (issue 17)


Upgrade = Callable[[dict[str, Any]], dict[str, Any]]


def _upgrade_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 kept per-stretch holds under `holds` and the volume in percent (0–100)."""
    out = {key: value for key, value in data.items() if key != "holds"}
    if "holds" in data:
        out["hold_overrides"] = data["holds"]
    volume = data.get("volume")
    if isinstance(volume, int | float) and not isinstance(volume, bool):
        try:
            out["volume"] = volume / 100
        except OverflowError:  # beyond any float: out of range either way
            out["volume"] = math.inf if volume > 0 else -math.inf
    return out


def _upgrade_3_to_4(data: dict[str, Any]) -> dict[str, Any]:
    """Version 4 added the history settings: the back check-in, the weekly goal and rest
    days. An older file has none of them, so they start at their defaults (the check-in
    on, a goal of 60 minutes, no rest days); the file is written back with them, so the
    person finds them there. A version 4 file is refused (kept aside) by a StretchDesk
    that reads only up to 3, rather than read with these silently dropped."""
    new = {name: value for name, value in settings_to_data(Settings()).items()
           if name in ("back_check_in", "weekly_goal_minutes", "rest_days")}
    return {**data, **{name: value for name, value in new.items() if name not in data}}


# {version found in the file: the step that turns it into the next version}, as Picard does.
UPGRADES: Mapping[int, Upgrade] = {
    1: _upgrade_1_to_2,
    2: upgrade_2_to_3,  # reminders (issue 18), written out with their defaults
    3: _upgrade_3_to_4,  # history (issue 17): the check-in, weekly goal, rest days
}


class Untrusted(Exception):
    """The file cannot be used; `reason` says why, in words for the person.

    The reason finishes a sentence whose subject is the file ("Your settings file …"), in
    the run's language (French agrees it with « le fichier »).
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason



def settings_problems(doc: Document) -> list[str]:
    """What is wrong with the settings in `doc`, in words for the person (--check).

    Nothing is written or moved: this is what loading the file would say.
    """
    try:
        _settings, notes, _upgraded = read_settings(doc, cut=False)
    except Untrusted as exc:
        return [t("the file {reason}", reason=exc.reason)]
    return notes


def read_settings(doc: Document, cut: bool) -> tuple[Settings, list[str], int | None]:
    """Settings, notes about corrected values, and the version upgraded from (if any).

    `cut` says the file lost its end (settings_format). Raises Untrusted when the file
    cannot be used at all.
    """
    if not isinstance(doc.value, dict):
        raise Untrusted(t("was cut short (its end is missing)") if cut else
                        t("was damaged (it does not hold a list of settings)"))
    version = doc.value.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise Untrusted(t("was damaged (its version is {value}, not a number from 1)",
                          value=shown(version)))
    if version > CURRENT_VERSION:
        raise Untrusted(t(
            "was written by a newer StretchDesk (settings version {found}; this one reads up "
            "to {known})", found=shown(version), known=CURRENT_VERSION))
    data = dict(doc.value)
    notes = drop_cut_settings(doc, data) if cut else []
    for step in range(version, CURRENT_VERSION):
        data = UPGRADES[step](data)
    settings, more = settings_from_document(
        Document(doc.file, data, doc.lines), skip=frozenset({"version"})
    )
    return settings, notes + more, (version if version < CURRENT_VERSION else None)


def damaged(exc: LibraryError) -> str:
    """Why the file is damaged: `exc` without the file name, which the notice gives."""
    field = exc.field.removeprefix("settings.")
    if exc.line and field:
        return t("was damaged (line {line}, {field}: {problem})", line=exc.line, field=field,
                 problem=exc.message)
    if exc.line:
        return t("was damaged (line {line}: {problem})", line=exc.line, problem=exc.message)
    if field:
        return t("was damaged ({field}: {problem})", field=field, problem=exc.message)
    return t("was damaged ({problem})", problem=exc.message)
