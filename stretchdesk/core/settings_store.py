"""Keeps the person's Settings in a versioned YAML file that is never half-written or lost.

The file starts with `version: N`. An older version is upgraded step by step through
`UPGRADES` and written back. A value of the wrong kind is reset to its default and the
rest kept; a file that cannot be used at all (damaged YAML, empty, not a file,
unreadable, or from a newer StretchDesk) is moved aside as
`settings.yaml.bad-<timestamp>` and the defaults are used. Either way the person is
told once, in the words of the Settings window. Saving writes a temporary file in the
same folder, flushes it to disk and renames it over the old one, so a crash or a second
save at the same moment leaves either the old file or the new one, never a mix.

A file the store writes ends with a line of its own (settings_format); one that has the
store's header but not that line was cut short (by a copy or sync tool, say), and the
settings from the cut on are reset rather than read half. A file the person made
read-only is never replaced.
"""

from __future__ import annotations

import contextlib
import math
import os
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stretchdesk.core.errors import LibraryError
from stretchdesk.core.fields import shown
from stretchdesk.core.limits import MAX_FILE_BYTES
from stretchdesk.core.reminders.schema import upgrade_2_to_3
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_folder import (
    bad_copy_name,
    copy_aside,
    made_read_only,
    prune_bad_copies,
    remove_orphan_temps,
    sync_folder,
    temp_prefix,
)
from stretchdesk.core.settings_format import cut_short, drop_cut_settings, framed
from stretchdesk.core.settings_schema import (
    forget_hold,
    remember_hold,
    settings_from_document,
    settings_to_data,
)
from stretchdesk.core.yaml_source import Document, parse_document

if TYPE_CHECKING:
    from stretchdesk.core.document_cache import DocumentCache

__all__ = [
    "CURRENT_VERSION",
    "FILE_NAME",
    "UPGRADES",
    "SettingsStore",
    "forget_hold",
    "remember_hold",
    "settings_problems",
]

FILE_NAME = "settings.yaml"
CURRENT_VERSION = 3  # 3: reminders (issue 18)


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


# {version found in the file: the step that turns it into the next version}, as Picard does.
UPGRADES: Mapping[int, Upgrade] = {
    1: _upgrade_1_to_2,
    2: upgrade_2_to_3,  # reminders (issue 18), written out with their defaults
}


class _Untrusted(Exception):
    """The file cannot be used; `reason` says why, in words for the person."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class SettingsStore:
    """Loads and saves Settings in `folder`/settings.yaml.

    `clock` gives the wall-clock time (seconds since the epoch) used to name a file that
    is moved aside. After `load()`, `notice` holds what the person should be told once
    (a damaged file set aside, values corrected), or None; `kept_as` is where the
    original file was put, if it was. `protected` is True when the file could neither be
    used nor moved aside, or is read-only: `save()` then leaves it untouched. With
    `documents`, a file unchanged since it was cached is not parsed again (its values
    are still checked).
    """

    def __init__(self, folder: Path, clock: Callable[[], float],
                 documents: DocumentCache | None = None) -> None:
        self.folder = Path(folder)
        self.path = self.folder / FILE_NAME
        self.notice: str | None = None
        self.kept_as: Path | None = None
        self.protected = False
        self._clock = clock
        self._documents = documents

    def load(self) -> Settings:
        """The saved Settings, or the defaults when there is no usable file."""
        self.notice = None
        self.kept_as = None
        self.protected = False
        remove_orphan_temps(self.folder, FILE_NAME, self._clock)
        if not os.path.lexists(self.path):
            return Settings()
        self.protected = made_read_only(self.path)
        try:
            doc = self._read()
            settings, notes, upgraded_from = _read_settings(doc, self._cut_short())
        except _Untrusted as exc:
            self._set_aside(exc.reason)
            return Settings()
        if self.protected:
            if notes:
                notes.append("Your settings file is read-only, so StretchDesk left it as it is.")
        elif notes or upgraded_from:
            notes += self._rewrite(settings, keep_original=bool(notes))
        self.notice = " ".join(notes) or None
        return settings

    def save(self, settings: Settings) -> bool:
        """Writes `settings` atomically; False (nothing written) when the file is protected.

        A file made read-only since it was loaded is protected too. Raises OSError when
        the folder or disk refuses the write; the old file is intact.
        """
        if self.protected or made_read_only(self.path):
            return False
        import yaml  # only here: loading settings at start-up does not need the writer

        self.folder.mkdir(parents=True, exist_ok=True)
        data: dict[str, Any] = {"version": CURRENT_VERSION, **settings_to_data(settings)}
        body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
        # Read back as the app reads it (libyaml where there is one; ~30x faster too).
        if yaml.load(body, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) != data:
            # A line-break character such as NEL or U+2028 written raw reads back as a
            # space; fully escaped output keeps every character.
            body = yaml.safe_dump(data, sort_keys=False, allow_unicode=False)
        text = framed(body)
        fd, temp = tempfile.mkstemp(prefix=temp_prefix(FILE_NAME), suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(text.encode("utf-8"))
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
        sync_folder(self.folder)
        return True

    def _read(self) -> Document:
        if self._documents is not None:
            return self._documents.read(self.path, self._parse_file)
        return self._parse_file(self.path)

    def _parse_file(self, path: Path) -> Document:
        from stretchdesk.core.file_bytes import FileRefused, decode_text, read_bounded

        try:
            text = decode_text(read_bounded(path, MAX_FILE_BYTES))
        except FileRefused as exc:
            raise _Untrusted(exc.reason.replace("the file", "it")) from exc
        if all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()):
            raise _Untrusted("was cut short (its end is missing)" if cut_short(text) else
                             "was empty")
        try:
            return parse_document(str(path), text, lenient=True)
        except LibraryError as exc:
            if cut_short(text):
                raise _Untrusted("was cut short (its end is missing)") from exc
            raise _Untrusted(f"was damaged ({_where(exc)})") from exc

    def _cut_short(self) -> bool:
        """Whether the file lost its end (looked at apart from parsing: that may be cached)."""
        from stretchdesk.core.file_bytes import FileRefused, decode_text, read_bounded

        try:
            return cut_short(decode_text(read_bounded(self.path, MAX_FILE_BYTES)))
        except FileRefused:
            return False

    def _rewrite(self, settings: Settings, keep_original: bool) -> list[str]:
        """Writes the upgraded or corrected settings back, so the person is told only once.

        When values were corrected, the original file is kept beside first: nothing the
        person wrote is lost. Returns notes about anything that went wrong.
        """
        kept: Path | None = None
        if keep_original:
            try:
                kept = bad_copy_name(self.folder, FILE_NAME, self._clock())
                copy_aside(self.path, kept)
                self.kept_as = kept
            except OSError as exc:
                return [f"(The file could not be corrected: {exc.strerror or exc}.)"]
            prune_bad_copies(self.folder, FILE_NAME)
        try:
            self.save(settings)
        except OSError as exc:
            return [f"(The file could not be updated: {exc.strerror or exc}.)"]
        return [f"The original file was kept as {kept.name}."] if kept else []

    def _set_aside(self, reason: str) -> None:
        """Moves the untrusted file out of the way, or protects it when it cannot be moved."""
        if self.protected:
            self.notice = (
                f"Your settings file {self.path} {reason}. It is read-only, so it was left "
                "as it is and will not be overwritten; the defaults are in use and changes "
                "will not be saved."
            )
            return
        try:
            kept = bad_copy_name(self.folder, FILE_NAME, self._clock())
            os.rename(self.path, kept)
            self.kept_as = kept
        except OSError as exc:
            self.protected = True
            self.notice = (
                f"Your settings file {self.path} {reason}, and it could not be moved aside "
                f"({exc.strerror or exc}). It was left as it is and will not be overwritten; "
                "the defaults are in use and changes will not be saved."
            )
            return
        prune_bad_copies(self.folder, FILE_NAME)
        self.notice = (
            f"Your settings file {reason}; it was kept as {kept.name} and the defaults "
            "are in use."
        )


def settings_problems(doc: Document) -> list[str]:
    """What is wrong with the settings in `doc`, in words for the person (--check).

    Nothing is written or moved: this is what loading the file would say.
    """
    try:
        _settings, notes, _upgraded = _read_settings(doc, cut=False)
    except _Untrusted as exc:
        return [f"the file {exc.reason}"]
    return notes


def _read_settings(doc: Document, cut: bool) -> tuple[Settings, list[str], int | None]:
    """Settings, notes about corrected values, and the version upgraded from (if any).

    `cut` says the file lost its end (settings_format). Raises _Untrusted when the file
    cannot be used at all.
    """
    if not isinstance(doc.value, dict):
        raise _Untrusted("was cut short (its end is missing)" if cut else
                         "was damaged (it does not hold a list of settings)")
    version = doc.value.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _Untrusted(f"was damaged (its version is {shown(version)}, not a number from 1)")
    if version > CURRENT_VERSION:
        raise _Untrusted(
            f"was written by a newer StretchDesk (settings version {shown(version)}; this "
            f"one reads up to {CURRENT_VERSION})"
        )
    data = dict(doc.value)
    notes = drop_cut_settings(doc, data) if cut else []
    for step in range(version, CURRENT_VERSION):
        data = UPGRADES[step](data)
    settings, more = settings_from_document(
        Document(doc.file, data, doc.lines), skip=frozenset({"version"})
    )
    return settings, notes + more, (version if version < CURRENT_VERSION else None)


def _where(exc: LibraryError) -> str:
    """A LibraryError without the file name, which the notice already gives."""
    place = f"line {exc.line}" if exc.line else ""
    if exc.field:
        place += f"{', ' if place else ''}{exc.field.removeprefix('settings.')}"
    return f"{place}: {exc.message}" if place else exc.message
