"""Choosing a voice among the ~13,000 espeak-ng offers: the person's language first,
variants apart, a search box; and a speaking rate said in words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from stretchdesk.core.model import Library
from stretchdesk.core.settings import Settings
from stretchdesk.ui.settings_dialog import SettingsDialog
from stretchdesk.ui.settings_sound_page import app_language
from stretchdesk.ui.voice_catalog import group_voices, split_voice
from stretchdesk.ui.voice_picker import VoicePicker
from tests.core.factory import make_library

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LANGUAGES = (
    "Afrikaans", "Armenian (West Armenia)", "Deutsch", "English (America)",
    "English (Great Britain)", "French (France)", "German", "Portuguese (Brazil)",
    "Portuguese (Portugal)", "Zulu",
    *(f"Language {n:03}" for n in range(121)),  # espeak-ng has about 131
)
VARIANTS = ("Adam", "Alex", "Alicia", "Diogo", "Kaukovalta",
            *(f"Variant{n:02}" for n in range(96)))  # and about 100 variants of each


def espeak_like_names() -> list[str]:
    """Names as speech-dispatcher lists espeak-ng's voices: every voice, then every
    voice+variant (13,362 on a Debian machine)."""
    return [*LANGUAGES, *(f"{lang}+{v}" for lang in LANGUAGES for v in VARIANTS)]


@pytest.fixture
def picker(qtbot: QtBot) -> VoicePicker:
    widget = VoicePicker(espeak_like_names(), "English")
    qtbot.addWidget(widget)
    return widget


def listed(picker: VoicePicker) -> list[str]:
    return [picker.voice.itemText(row) for row in range(picker.voice.count())]


def test_variants_are_grouped_under_their_voice() -> None:
    names = espeak_like_names()
    assert len(names) > 13000
    groups = group_voices(names, "English")
    assert len(groups) == len(LANGUAGES)
    assert all(len(g.variants) == len(VARIANTS) and g.plain for g in groups)
    assert split_voice("Armenian (West Armenia)+Diogo") == ("Armenian (West Armenia)", "Diogo")
    assert split_voice("Deutsch") == ("Deutsch", "")


def test_the_persons_language_comes_first_and_the_lists_stay_short(
    picker: VoicePicker
) -> None:
    shown = listed(picker)
    assert shown[:3] == ["The system's default voice", "English (America)",
                         "English (Great Britain)"]
    assert shown[3] == ""  # a separator, then the others in order
    assert shown[4:6] == ["Afrikaans", "Armenian (West Armenia)"]
    assert picker.voice.count() <= len(LANGUAGES) + 2  # not 13,000 rows
    picker.voice.setCurrentIndex(picker.voice.findData("English (Great Britain)"))
    assert picker.variant.count() == len(VARIANTS) + 1  # "Standard" and each variant


def test_a_voice_and_a_variant_make_the_engines_name(picker: VoicePicker,
                                                     qtbot: QtBot) -> None:
    with qtbot.waitSignal(picker.voice_chosen) as chosen:
        picker.voice.setCurrentIndex(picker.voice.findData("English (Great Britain)"))
    assert chosen.args == ["English (Great Britain)"]
    with qtbot.waitSignal(picker.voice_chosen) as chosen:
        picker.variant.setCurrentIndex(picker.variant.findData("Diogo"))
    assert chosen.args == ["English (Great Britain)+Diogo"]
    picker.set_voice("French (France)+Alex")
    assert (picker.voice.currentText(), picker.variant.currentText()) == (
        "French (France)", "Alex")
    assert picker.chosen() == "French (France)+Alex"


def test_searching_narrows_the_lists_without_changing_the_voice(
    picker: VoicePicker, qtbot: QtBot
) -> None:
    picker.set_voice("English (America)+Adam")
    chosen: list[str] = []
    picker.voice_chosen.connect(chosen.append)
    qtbot.keyClicks(picker.search, "port")
    assert listed(picker) == ["The system's default voice", "English (America)", "",
                              "Portuguese (Brazil)", "Portuguese (Portugal)"]
    assert chosen == [] and picker.chosen() == "English (America)+Adam"
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # Enter takes the first one found
    assert chosen == ["Portuguese (Brazil)"]
    picker.search.setText("diogo")  # a variant's name: its voices, and only that variant
    assert picker.voice.count() == len(LANGUAGES) + 2
    assert [picker.variant.itemText(r) for r in range(picker.variant.count())] == [
        "Standard", "Diogo"]


def test_a_voice_no_longer_there_stays_chosen_and_says_so(picker: VoicePicker) -> None:
    picker.set_voice("English (Great Britain)+Nobody")
    assert picker.voice.currentText() == "English (Great Britain)"
    assert picker.variant.currentText() == "Nobody (not on this computer)"
    picker.set_voice("Klingon")
    assert picker.voice.currentText() == "Klingon (not on this computer)"
    assert picker.chosen() == "Klingon"


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def test_the_language_follows_the_locale(german: None, qtbot: QtBot, tmp_path: Path) -> None:
    assert app_language() == "German"
    dialog = SettingsDialog(Settings(), make_library(tmp_path / "data"), espeak_like_names())
    qtbot.addWidget(dialog)
    assert dialog.sound.voice.itemText(1) == "German"


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return make_library(tmp_path / "data")


@pytest.mark.parametrize(("steps", "words"), [
    (0, "Normal speed"), (-2, "A little slower than normal"), (5, "Faster than normal"),
    (-8, "Much slower than normal"), (10, "Fastest"), (-10, "Slowest"),
])
def test_the_speaking_rate_is_said_in_words(qtbot: QtBot, library: Library, steps: int,
                                            words: str) -> None:
    dialog = SettingsDialog(Settings(), library, ("Deutsch",))
    qtbot.addWidget(dialog)
    dialog.sound.rate.setValue(steps)
    assert dialog.sound.rate_text.text() == words
    assert dialog.settings.speech_rate == pytest.approx(steps / 10)
