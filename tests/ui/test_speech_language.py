"""The voice speaks the run's language, or the app says that no voice does.

Qt's "mock" speech engine stands in for a real one: it has English, Norwegian and
Finnish voices and no French one, and it makes no sound.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from stretchdesk.audio.speech_thread import ThreadedSpeech, no_voice_for
from stretchdesk.core import language, phrasebook, pronunciation


def test_without_a_voice_for_the_language_no_line_is_said_and_the_notice_says_why(
    qtbot: QtBot,
) -> None:
    speech = ThreadedSpeech("mock", code="fr")
    with qtbot.waitSignal(speech.loaded, timeout=10_000) as loaded:
        speech.start()
    assert loaded.args == [no_voice_for("fr")]
    assert "français" in loaded.args[0] and "chimes and captions go on" in loaded.args[0]
    assert not speech.ready  # the player then keeps chimes and captions only
    speech.say("Maintenez 30 secondes")  # nothing to say it with, and nothing fails
    speech.close()


def test_the_voice_is_one_of_the_runs_language(qtbot: QtBot) -> None:
    language.set_current("nb")  # a language the mock engine speaks
    try:
        speech = ThreadedSpeech("mock")
    finally:
        language.set_current(language.ENGLISH)
    with qtbot.waitSignal(speech.loaded, timeout=10_000) as loaded:
        speech.start()
    assert loaded.args == [""] and speech.ready
    engine = speech._worker.speech
    assert engine.locale().language() == QLocale.Language.NorwegianBokmal
    assert engine.voice().locale().language() == QLocale.Language.NorwegianBokmal
    assert set(speech.voice_names()) == {"Eivind", "Kjersti"}
    speech.close()


def test_an_english_run_keeps_the_engines_own_voice(qtbot: QtBot) -> None:
    speech = ThreadedSpeech("mock", code="en")
    with qtbot.waitSignal(speech.loaded, timeout=10_000) as loaded:
        speech.start()
    assert loaded.args == [""] and speech.ready
    assert speech._worker.speech.locale().name() == "en_GB"  # untouched
    speech.close()


def test_spoken_lines_reach_the_engine_respelt_for_the_voice(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """data/lang/<code>/pronunciation.yaml reaches what the voice is asked to say."""
    (tmp_path / "lang" / "nb").mkdir(parents=True)
    (tmp_path / "lang" / "nb" / "pronunciation.yaml").write_text("hei: hai\n", "utf-8")
    phrasebook.use_data_root(tmp_path)
    pronunciation.forget()
    language.set_current("nb")
    try:
        speech = ThreadedSpeech("mock")
        with qtbot.waitSignal(speech.loaded, timeout=10_000):
            speech.start()
        with qtbot.waitSignal(speech._say, timeout=2_000) as said:
            speech.say("Hei, og hei igjen")
        assert said.args == ["Hai, og hai igjen"]
        speech.close()
    finally:
        language.set_current(language.ENGLISH)
        phrasebook.use_data_root(None)
        pronunciation.forget()
