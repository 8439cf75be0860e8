"""SettingsKeeper: loads and saves the person's Settings, turning failures into messages."""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QCoreApplication

from stretchdesk import paths
from stretchdesk.core.document_cache import DocumentCache
from stretchdesk.core.newcomer import NEWCOMER
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_store import SettingsStore


class SettingsKeeper:
    """The settings store as the app uses it: what went wrong comes back as a sentence."""

    def __init__(self, store: SettingsStore | None = None,
                 documents: DocumentCache | None = None) -> None:
        self._store = store or SettingsStore(paths.config_dir(), time.time, documents)
        self.notice: str | None = None

    def load(self) -> Settings:
        """The saved settings; a newcomer's (Beginner level) on a first run, when there are
        none; the defaults when they cannot be read."""
        first_run = not os.path.lexists(self._store.path)
        settings = self._store.load()
        self.notice = self._store.notice
        return NEWCOMER if first_run else settings

    def save(self, settings: Settings) -> str | None:
        """Saves `settings`; a message for the person when that failed, else None."""
        try:
            saved = self._store.save(settings)
        except OSError as exc:
            return QCoreApplication.translate(
                "SettingsKeeper", "Your settings could not be saved: {problem}").format(
                problem=exc.strerror or exc)
        return None if saved else QCoreApplication.translate(
            "SettingsKeeper", "Your settings file was kept as it is and not overwritten.")
