"""Test set-up shared by every suite: headless Qt, private user folders, gui marking."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test ever reads or writes the real person's settings, routines or cache.
_home = Path(tempfile.mkdtemp(prefix="stretchdesk-tests-"))
os.environ["STRETCHDESK_CONFIG_DIR"] = str(_home / "config")
os.environ["STRETCHDESK_DATA_DIR"] = str(_home / "data")
os.environ["STRETCHDESK_CACHE_DIR"] = str(_home / "cache")

REPO = Path(__file__).resolve().parents[1]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tags every test that needs a QApplication as `gui`, so the Qt-free part runs alone."""
    for item in items:
        if {"qapp", "qtbot"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
