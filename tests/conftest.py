"""Test set-up shared by every suite: headless Qt, private user folders, gui marking."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from stretchdesk.qt_refcounts import keep_constants_alive

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test ever reads or writes the real person's settings, routines or cache.
_home = Path(tempfile.mkdtemp(prefix="stretchdesk-tests-"))
os.environ["STRETCHDESK_CONFIG_DIR"] = str(_home / "config")
os.environ["STRETCHDESK_DATA_DIR"] = str(_home / "data")
os.environ["STRETCHDESK_CACHE_DIR"] = str(_home / "cache")

# The suite runs in English whatever the machine's language: the app follows the locale
# variables (issue 19), and a test that wants French sets them itself.
for _name in ("LANGUAGE", "LC_MESSAGES"):
    os.environ.pop(_name, None)
for _name in ("LC_ALL", "LANG"):
    if not os.environ.get(_name, "C").lower().startswith(("c", "posix", "en")):
        os.environ[_name] = "C.UTF-8"

# PySide6 6.12 on Python 3.11 frees None after a few thousand calls without this.
keep_constants_alive()

REPO = Path(__file__).resolve().parents[1]


def app_env(home: Path, base: Mapping[str, str] | None = None,
            platform: str = "offscreen") -> dict[str, str]:
    """The environment of a `stretchdesk` run of a test's own: `base` (the test run's own
    environment if None) without its Qt and PulseAudio settings, Qt's `platform` (headless
    unless a test gives it a display), folders in `home`, and no sound server to play to
    (the shared one is not the test's)."""
    source = os.environ if base is None else base
    env = {k: v for k, v in source.items() if not k.startswith(("QT_", "PULSE_"))}
    env.update({
        "QT_QPA_PLATFORM": platform,
        "STRETCHDESK_CONFIG_DIR": str(home / "config"),
        "STRETCHDESK_DATA_DIR": str(home / "data"),
        "STRETCHDESK_CACHE_DIR": str(home / "cache"),
        "PYTHONPATH": str(REPO),
        "PULSE_SERVER": f"unix:{home / 'no-sound-server'}",
    })  # fmt: skip
    return env


@pytest.fixture(autouse=True)
def english_after_each_test() -> Iterator[None]:
    """Puts back the run's language, and Qt's translators and locale, that a test set."""
    yield
    from stretchdesk.core import language

    language.set_current(language.ENGLISH)
    translation = sys.modules.get("stretchdesk.ui.translation")
    if translation is not None:
        from PySide6.QtCore import QCoreApplication, QLocale

        app = QCoreApplication.instance()
        if app is not None:
            translation.install_translators(app, language.ENGLISH)
        QLocale.setDefault(QLocale.system())


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tags every test that needs a QApplication as `gui`, so the Qt-free part runs alone."""
    for item in items:
        if {"qapp", "qtbot"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
