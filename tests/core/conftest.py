"""Fixtures shared by the core tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from stretchdesk.core.settings_store import SettingsStore
from tests.core.clock import FakeClock
from tests.core.settings_files import NOW


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "config", FakeClock(NOW))
