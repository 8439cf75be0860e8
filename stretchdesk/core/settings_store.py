"""Keeps the person's Settings in a versioned YAML file that is never half-written or lost.

The file starts with `version: N`. An older version is upgraded step by step through
`UPGRADES` (settings_reading) and written back. A value of the wrong kind is reset to
its default and the rest kept; a file that cannot be used at all (damaged YAML, empty,
not a file, unreadable, or from a newer StretchDesk) is moved aside as
`settings.yaml.bad-<timestamp>` and the defaults are used. Either way the person is
told once, in the words of the Settings window and in the run's language. Saving writes
a temporary file in the same folder, flushes it to disk and renames it over the old one,
so a crash or a second save at the same moment leaves either the old file or the new
one, never a mix.

A file the store writes ends with a line of its own (settings_format); one that has the
store's header but not that line was cut short (by a copy or sync tool, say), and the
settings from the cut on are reset rather than read half. A file the person made
read-only is never replaced.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stretchdesk.core.errors import LibraryError
from stretchdesk.core.limits import MAX_FILE_BYTES
from stretchdesk.core.os_words import os_reason
from stretchdesk.core.phrasebook import t
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
from stretchdesk.core.settings_format import cut_short, framed
from stretchdesk.core.settings_reading import (
    CURRENT_VERSION,
    UPGRADES,
    Untrusted,
    damaged,
    read_settings,
    settings_problems,
)
from stretchdesk.core.settings_schema import forget_hold, remember_hold, settings_to_data
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
            settings, notes, upgraded_from = read_settings(doc, self._cut_short())
        except Untrusted as exc:
            self._set_aside(exc.reason)
            return Settings()
        if self.protected:
            if notes:
                notes.append(t("Your settings file is read-only, so StretchDesk left it as it "
                               "is."))
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
            raise Untrusted(exc.reason) from exc
        if all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()):
            raise Untrusted(t("was cut short (its end is missing)") if cut_short(text) else
                            t("was empty"))
        try:
            return parse_document(str(path), text, lenient=True)
        except LibraryError as exc:
            if cut_short(text):
                raise Untrusted(t("was cut short (its end is missing)")) from exc
            raise Untrusted(damaged(exc)) from exc

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
                return [t("(The file could not be corrected: {reason}.)",
                          reason=os_reason(exc))]
            prune_bad_copies(self.folder, FILE_NAME)
        try:
            self.save(settings)
        except OSError as exc:
            return [t("(The file could not be updated: {reason}.)", reason=os_reason(exc))]
        return [t("The original file was kept as {name}.", name=kept.name)] if kept else []

    def _set_aside(self, reason: str) -> None:
        """Moves the untrusted file out of the way, or protects it when it cannot be moved."""
        if self.protected:
            self.notice = t(
                "Your settings file {path} {reason}. It is read-only, so it was left as it is "
                "and will not be overwritten; the defaults are in use and changes will not be "
                "saved.", path=self.path, reason=reason)
            return
        try:
            kept = bad_copy_name(self.folder, FILE_NAME, self._clock())
            os.rename(self.path, kept)
            self.kept_as = kept
        except OSError as exc:
            self.protected = True
            self.notice = t(
                "Your settings file {path} {reason}, and it could not be moved aside "
                "({problem}). It was left as it is and will not be overwritten; the defaults "
                "are in use and changes will not be saved.", path=self.path, reason=reason,
                problem=os_reason(exc))
            return
        prune_bad_copies(self.folder, FILE_NAME)
        self.notice = t(
            "Your settings file {reason}; it was kept as {name} and the defaults are in use.",
            reason=reason, name=kept.name)
