"""Keeps the person's Settings in a versioned YAML file that is never half-written or lost.

The file starts with `version: N`. An older version is upgraded step by step through
`UPGRADES` and written back; a file that cannot be trusted (damaged YAML, empty, wrong
types, unreadable, or from a newer StretchDesk) is moved aside as
`settings.yaml.bad-<timestamp>` and the defaults are used. Saving writes a temporary file
in the same folder, flushes it to disk and renames it over the old one, so a crash or a
second save at the same moment leaves either the old file or the new one, never a mix.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stretchdesk.core.errors import LibraryError
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_schema import (
    forget_hold,
    remember_hold,
    settings_from_document,
    settings_to_data,
)
from stretchdesk.core.yaml_source import MAX_FILE_BYTES, Document, parse_document

if TYPE_CHECKING:
    from stretchdesk.core.document_cache import DocumentCache

__all__ = [
    "CURRENT_VERSION",
    "FILE_NAME",
    "UPGRADES",
    "SettingsStore",
    "forget_hold",
    "remember_hold",
]

FILE_NAME = "settings.yaml"
CURRENT_VERSION = 2

_HEADER = (
    "# StretchDesk settings. The Settings window writes this file; if you edit it by hand\n"
    "# and it cannot be read, StretchDesk keeps it beside as settings.yaml.bad-<time>.\n"
)

Upgrade = Callable[[dict[str, Any]], dict[str, Any]]


def _upgrade_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 kept per-stretch holds under `holds` and the volume in percent (0–100)."""
    out = {key: value for key, value in data.items() if key != "holds"}
    if "holds" in data:
        out["hold_overrides"] = data["holds"]
    volume = data.get("volume")
    if isinstance(volume, int | float) and not isinstance(volume, bool):
        out["volume"] = volume / 100
    return out


# {version found in the file: the step that turns it into the next version}, as Picard does.
UPGRADES: Mapping[int, Upgrade] = {1: _upgrade_1_to_2}


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
    used nor moved aside: `save()` then leaves it untouched. With `documents`, a file
    unchanged since it was cached is not parsed again (its values are still checked).
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
        if not os.path.lexists(self.path):
            return Settings()
        try:
            doc = self._read()
            settings, notes, upgraded_from = self._parse(doc)
        except _Untrusted as exc:
            self._set_aside(exc.reason)
            return Settings()
        if notes or upgraded_from:
            notes += self._rewrite(settings, keep_original=bool(notes))
        self.notice = " ".join(notes) or None
        return settings

    def save(self, settings: Settings) -> bool:
        """Writes `settings` atomically; False (nothing written) when the file is protected.

        Raises OSError when the folder or disk refuses the write; the old file is intact.
        """
        if self.protected:
            return False
        import yaml  # only here: loading settings at start-up does not need the writer

        self.folder.mkdir(parents=True, exist_ok=True)
        data: dict[str, Any] = {"version": CURRENT_VERSION, **settings_to_data(settings)}
        body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
        if yaml.safe_load(body) != data:
            # A line-break character such as NEL or U+2028 written raw reads back as a
            # space; fully escaped output keeps every character.
            body = yaml.safe_dump(data, sort_keys=False, allow_unicode=False)
        text = _HEADER + body
        fd, temp = tempfile.mkstemp(prefix=f".{FILE_NAME}.", suffix=".tmp", dir=self.folder)
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
        _sync_folder(self.folder)
        return True

    def _read(self) -> Document:
        if self._documents is not None:
            return self._documents.read(self.path, self._parse_file)
        return self._parse_file(self.path)

    def _parse_file(self, path: Path) -> Document:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise _Untrusted(f"could not be read ({exc.strerror or exc})") from exc
        if len(raw) > MAX_FILE_BYTES:
            raise _Untrusted("is larger than 1 MB, far too big for settings")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _Untrusted("was damaged (it is not UTF-8 text)") from exc
        if all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()):
            raise _Untrusted("was empty")
        try:
            return parse_document(str(path), text)
        except LibraryError as exc:
            raise _Untrusted(f"was damaged ({_where(exc)})") from exc

    def _parse(self, doc: Document) -> tuple[Settings, list[str], int | None]:
        """Settings, notes about corrected values, and the version upgraded from (if any)."""
        if not isinstance(doc.value, dict):
            raise _Untrusted("was damaged (it does not hold a list of settings)")
        version = doc.value.get("version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise _Untrusted(f"was damaged (its version is {version!r}, not a number from 1)")
        if version > CURRENT_VERSION:
            raise _Untrusted(
                f"was written by a newer StretchDesk (settings version {version}; this one "
                f"reads up to {CURRENT_VERSION})"
            )
        data = dict(doc.value)
        for step in range(version, CURRENT_VERSION):
            data = UPGRADES[step](data)
        try:
            settings, notes = settings_from_document(
                Document(doc.file, data, doc.lines), skip=frozenset({"version"})
            )
        except LibraryError as exc:
            raise _Untrusted(f"had a value of the wrong kind ({_where(exc)})") from exc
        return settings, notes, (version if version < CURRENT_VERSION else None)

    def _rewrite(self, settings: Settings, keep_original: bool) -> list[str]:
        """Writes the upgraded or corrected settings back, so the person is told only once.

        When values were corrected, the original file is kept beside first: nothing the
        person wrote is lost. Returns notes about anything that went wrong.
        """
        kept: Path | None = None
        if keep_original:
            try:
                kept = self._free_name()
                shutil.copy2(self.path, kept)
                self.kept_as = kept
            except OSError as exc:
                return [f"(The file could not be corrected: {exc.strerror or exc}.)"]
        try:
            self.save(settings)
        except OSError as exc:
            return [f"(The file could not be updated: {exc.strerror or exc}.)"]
        return [f"The original file was kept as {kept.name}."] if kept else []

    def _set_aside(self, reason: str) -> None:
        """Moves the untrusted file out of the way, or protects it when it cannot be moved."""
        try:
            kept = self._free_name()
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
        self.notice = (
            f"Your settings file {reason}; it was kept as {kept.name} and the defaults "
            "are in use."
        )

    def _free_name(self) -> Path:
        """`settings.yaml.bad-<UTC time>`, with -2, -3 … added if that name is taken."""
        from datetime import UTC, datetime  # rarely needed, so not imported at start-up

        stamp = datetime.fromtimestamp(self._clock(), tz=UTC).strftime("%Y%m%d-%H%M%S")
        base = self.folder / f"{FILE_NAME}.bad-{stamp}"
        candidate, n = base, 1
        while os.path.lexists(candidate):
            n += 1
            candidate = base.with_name(f"{base.name}-{n}")
        return candidate


def _where(exc: LibraryError) -> str:
    """A LibraryError without the file name, which the notice already gives."""
    place = f"line {exc.line}" if exc.line else ""
    if exc.field:
        place += f"{', ' if place else ''}{exc.field.removeprefix('settings.')}"
    return f"{place}: {exc.message}" if place else exc.message


def _sync_folder(folder: Path) -> None:
    """Flushes the rename to disk where the system allows it (not on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
