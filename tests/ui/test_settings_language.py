"""The language in the Settings window, and the language a start chooses (issue 19)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot

from stretchdesk import run_language
from stretchdesk.app import build_parser
from stretchdesk.core import language
from stretchdesk.core.model import Library
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_store import SettingsStore
from stretchdesk.launch_options import LaunchOptions
from stretchdesk.ui import settings_language
from stretchdesk.ui.launch import launch
from stretchdesk.ui.main_window import MainWindow
from stretchdesk.ui.settings_dialog import SettingsDialog
from stretchdesk.ui.settings_language import LanguageChoice, native_name
from stretchdesk.ui.translation import qm_files
from tests.core.clock import FakeClock
from tests.core.factory import make_library

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

OFFERED = ["en", "fr"]


@pytest.fixture(autouse=True)
def french_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    """French is offered whether or not data/lang/fr has landed yet (issue 19's content)."""
    monkeypatch.setattr(settings_language, "available_languages", lambda _root: OFFERED)
    monkeypatch.setattr(run_language, "available_languages", lambda _root: OFFERED)


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path) -> SettingsDialog:
    library: Library = make_library(tmp_path / "data")
    widget = SettingsDialog(Settings(), library, ())
    qtbot.addWidget(widget)
    return widget


def test_each_language_is_offered_by_its_own_name(dialog: SettingsDialog) -> None:
    combo = dialog.display.language.combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Follow the system", "English", "Français"]
    assert [combo.itemData(i) for i in range(combo.count())] == ["system", "en", "fr"]
    assert combo.currentData() == "system"
    assert native_name("de") == "Deutsch"


def test_the_choice_is_saved_and_says_it_applies_at_the_next_start(
    dialog: SettingsDialog, tmp_path: Path
) -> None:
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.display)
    note = dialog.display.language.note
    assert note.isVisible()
    assert "next time StretchDesk starts" in note.text()
    emitted: list[Settings] = []
    dialog.settings_changed.connect(emitted.append)

    combo = dialog.display.language.combo
    combo.setCurrentIndex(combo.findData("fr"))

    assert [s.language for s in emitted] == ["fr"]
    assert language.current() == "en"  # this run keeps its language
    store = SettingsStore(tmp_path / "config", FakeClock())
    store.save(dialog.settings)
    assert store.load().language == "fr"


def test_a_saved_choice_is_shown_without_counting_as_an_edit(dialog: SettingsDialog) -> None:
    emitted: list[Settings] = []
    dialog.settings_changed.connect(emitted.append)
    dialog.set_settings(Settings(language="fr"))
    assert dialog.display.language.language() == "fr"
    dialog.set_settings(Settings(language="de"))  # not installed: the run follows the system
    assert dialog.display.language.language() == "system"
    assert emitted == []


def test_the_choice_stands_alone(qtbot: QtBot) -> None:
    choice = LanguageChoice(["en"])
    qtbot.addWidget(choice)
    with qtbot.waitSignal(choice.chosen) as chosen:
        choice.combo.setCurrentIndex(1)
    assert chosen.args == ["en"]


# -- the language a start chooses ---------------------------------------------------------


def options(argv: list[str]) -> LaunchOptions:
    return LaunchOptions.from_args(build_parser().parse_args(argv))


def qt_cancel() -> str:
    """Qt's own word on a Cancel button, in the language of its installed translators."""
    return QCoreApplication.translate("QPlatformTheme", "Cancel")


def test_a_french_system_starts_the_window_in_french(
    opened: list[MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert launch(options([])) == 0
    assert opened, "no window"
    assert language.current() == "fr"
    assert QLocale().language() == QLocale.Language.French
    assert qt_cancel() == "Annuler"  # Qt's translators were installed before the window
    assert qm_files("fr"), "run `make translations` (python -m tools.translations compile)"
    for qm in qm_files("fr"):  # and every one of the app's
        assert qm.stat().st_size > 0


def test_the_settings_choice_wins_over_the_system(
    opened: list[MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    from stretchdesk import paths

    SettingsStore(paths.config_dir(), FakeClock()).save(Settings(language="en"))
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    try:
        assert launch(options([])) == 0
        assert language.current() == "en"
        assert qt_cancel() == "Cancel"
        SettingsStore(paths.config_dir(), FakeClock()).save(Settings(language="fr"))
        monkeypatch.setenv("LANG", "en_US.UTF-8")
        assert launch(options([])) == 0
        assert language.current() == "fr"
        assert qt_cancel() == "Annuler"
    finally:
        (paths.config_dir() / "settings.yaml").unlink()


def test_an_english_system_starts_in_english(
    opened: list[MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert launch(options([])) == 0
    assert language.current() == "en"
    assert qt_cancel() == "Cancel"


def test_numbers_and_dates_follow_the_system_when_it_speaks_the_run_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from stretchdesk.ui import translation

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_CA")))
    assert translation.run_locale("fr").name() == "fr_CA"
    assert translation.run_locale("en").name() == "en_US"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_GB")))
    assert translation.run_locale("en").name() == "en_GB"
    assert translation.run_locale("fr").name() == "fr_FR"


def test_a_french_start_shows_the_language_choice_in_french(
    opened: list[MainWindow], monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert launch(options([])) == 0
    dialog = SettingsDialog(Settings(), opened[0].controller.library, ())
    qtbot.addWidget(dialog)
    choice = dialog.display.language
    assert choice.title() == "Langue"
    assert [choice.combo.itemText(i) for i in range(choice.combo.count())] == [
        "Suivre le système", "English", "Français"]  # each language by its own name
    assert choice.note.text() == (
        "Le changement de langue prend effet au prochain démarrage de StretchDesk.")
