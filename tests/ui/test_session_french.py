"""The session in French: its screen, buttons, keys list, stop and resume questions, summary.

Words that come from the core (phase words, cues) are the phrasebook's and tested there;
these tests read the interface's own words, which come from translations/session_fr.ts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from stretchdesk.audio.decoded import ChimeFileError, decode
from stretchdesk.controller.cue_output import SoundStatus
from stretchdesk.core.library import Library
from stretchdesk.core.session import SessionState
from stretchdesk.core.timeline import PhaseKind
from stretchdesk.ui.announcer import Announcer
from stretchdesk.ui.control_bar import ControlBar
from stretchdesk.ui.key_overlay import KeysDialog
from stretchdesk.ui.main_window import MainWindow
from stretchdesk.ui.resume_dialog import ResumeQuestion
from stretchdesk.ui.stop_dialog import StopQuestion
from stretchdesk.ui.translation import install_translators
from tests.core.clock import FakeClock
from tests.helpers.timers import FakeTimers
from tests.ui.conftest import MakeController, MakeWindow, advance
from tools import translations

NB, NN = "\u00a0", "\u202f"  # French spaces: before ":" and before "?", ";"


SOURCE = translations.ts_file("session", "fr")
COMPILED = translations.COMPILED / "session_fr.qm"



def test_the_french_file_is_complete() -> None:
    text = SOURCE.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert "<numerusform></numerusform>" not in text


@pytest.fixture
def window_fr(french: None, make_window: MakeWindow) -> MainWindow:
    """A window built once French is installed (its words are chosen as it is built)."""
    return make_window()


def skip_to(window: MainWindow, kind: PhaseKind) -> None:
    session = window.controller.driver.session
    assert session is not None
    while session.phase.kind is not kind:
        window.controller.driver.skip()


def test_the_session_screen_speaks_french(window_fr: MainWindow, library: Library) -> None:
    window_fr.controller.start_routine("gentle-beginner")
    view = window_fr.session_view
    assert view.progress_label.text().startswith("Étirement 1 sur 4  ·  reste ")
    assert view.steps.lines[0].text.startswith(f"▶ Maintenant{NB}: ")
    controls = view.controls
    assert [b.text() for b in (controls.back_button, controls.pause_button,
                               controls.skip_button, controls.mute_button,
                               controls.fullscreen_button, controls.stop_button)] == [
        "Retour", "Pause", "Passer", "Son activé", "Mode tapis", "Arrêter"]
    assert controls.skip_button.toolTip() == "Passer à la phase suivante (flèche droite ou N)"
    assert controls.longer_button.text() == f"+5{NN}s"
    assert controls.longer_button.accessibleName() == "5 secondes de plus"
    window_fr.controller.toggle_pause()
    assert controls.pause_button.text() == "Reprendre"
    assert controls.settings_button.text() == "Paramètres"
    window_fr.controller.toggle_pause()
    skip_to(window_fr, PhaseKind.REST)
    following = library.stretches["single-knee-to-chest"]
    assert view.stretch_label.text() == f"À suivre{NB}: {following.name}"
    assert view.steps.lines[0].text.startswith(f"▶ Ensuite{NB}: ")


def test_no_sound_is_explained_in_french(french: None, qtbot: QtBot) -> None:
    bar = ControlBar()
    qtbot.addWidget(bar)
    bar.set_no_sound("Aucun serveur de son n’est actif")
    assert bar.mute_button.text() == "Pas de son"
    assert bar.mute_button.toolTip().startswith(
        "Aucun serveur de son n’est actif. Les signaux s’affichent en sous-titres.")


def test_sound_problems_are_told_in_french(french: None, tmp_path: Path) -> None:
    status = SoundStatus("Aucun serveur de son n’est actif (connection refused)",
                         audible=False, chimes_missing=True)
    assert status.notice == (
        f"Pas de son{NB}: aucun serveur de son n’est actif (connection refused). Les signaux "
        f"s’affichent en sous-titres{NN}; le bouton Tester des Paramètres réessaie le son.")
    assert not status.chimes
    broken = tmp_path / "hold.wav"
    broken.write_bytes(b"not a wave file")
    with pytest.raises(ChimeFileError) as raised:
        decode(broken)
    error = raised.value
    assert QCoreApplication.translate("decoded", error.template).format(
        **error.fields).startswith("hold.wav n’est pas un fichier WAV lisible (")


def test_the_keys_list_speaks_french(french: None, qtbot: QtBot) -> None:
    dialog = KeysDialog()
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    assert dialog.windowTitle() == "Touches"
    assert ("Pendant une séance", "") in rows
    assert ("Espace", "Pause ou reprise") in rows
    assert ("Droite ou N", "Passer à la phase suivante") in rows  # Qt's own key names
    assert ("Entrée", "Lancer la routine choisie dans la liste") in rows
    assert (f"Votre dos{NB}: 4") in [words for _keys, words in rows]
    assert rows[-1] == ("Échap", "Fermer une fenêtre ou une question")


def test_the_stop_question_speaks_french(french: None, qtbot: QtBot) -> None:
    stop = StopQuestion()
    qtbot.addWidget(stop)
    assert stop.windowTitle() == f"Arrêter{NN}?"
    assert stop.heading.text() == f"Arrêter la routine{NN}?"
    assert stop.body.text().startswith("Si quelque chose fait mal, arrêtez.")
    assert (stop.carry_on_button.text(), stop.stop_button.text()) == ("Continuer", "Arrêter")
    assert (stop.carry_on_keys.text(), stop.stop_keys.text()) == ("Entrée ou Échap", "touche S")
    leaving = StopQuestion(quitting=True)
    qtbot.addWidget(leaving)
    assert leaving.heading.text() == f"Quitter StretchDesk{NN}?"
    assert leaving.stop_keys.text() == "touche Q"


def test_the_resume_question_speaks_french(french: None, qtbot: QtBot) -> None:
    question = ResumeQuestion("Reprendre Pause bureau ?", "Commencée hier à 18:05")
    qtbot.addWidget(question)
    assert question.windowTitle() == f"Reprendre{NN}?"
    assert question.body.text().startswith("Commencée hier à 18:05. Entrée reprend au début")
    assert (question.resume_button.text(), question.discard_button.text()) == (
        "Reprendre", "Abandonner")
    assert (question.resume_keys.text(), question.discard_keys.text()) == ("Entrée", "Échap")


def test_the_finish_screen_speaks_french(window_fr: MainWindow, clock: FakeClock) -> None:
    window_fr.controller.start_routine("desk-break")
    skip_to(window_fr, PhaseKind.HOLD)
    window_fr.controller.extend(5.0)
    window_fr.controller.extend(5.0)
    session = window_fr.controller.driver.session
    assert session is not None
    while window_fr.controller.driver.state is SessionState.RUNNING:
        advance(window_fr, clock, max(session.remaining, 0.5))
    finish = window_fr.finish_view
    assert window_fr.page is finish
    assert finish.value_text("stretches") == "4 sur 4"
    assert finish.value_text("extended") == f"1 plus long (+10{NN}s)"
    assert finish.value_text("skipped") == "aucun"
    assert finish._rows["stretches"][0].text() == "Étirements faits"
    assert finish.back_button.text() == "Retour aux routines  (Entrée)"
    assert finish.remember_label.text().startswith(f"Nouveaux maintiens{NB}: ")
    finish.remember()
    assert finish.remember_label.text().startswith(f"Gardés pour la prochaine fois{NB}: ")
    finish.show_today((12.4, 4))
    assert finish.value_text("today") == f"12{NB}min  ·  série de 4 jours"


def test_the_guide_over_a_session_speaks_french(window_fr: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    window_fr.activateWindow()
    window_fr.controller.start_routine("desk-break")
    qtbot.keyClick(window_fr, Qt.Key.Key_I)
    guide = window_fr.about.overlay
    assert guide is not None and guide.is_open
    assert guide.title_label.text() == "À propos de cet étirement"
    assert guide.close_button.text() == "Fermer  (I)"
    assert guide.view.headings["mistakes"].text() == "Erreurs fréquentes"
    assert guide.view.works_label.text().startswith(f"Travaille{NB}: ")


def test_a_screen_reader_hears_the_pause_in_french(french: None, make_controller: MakeController,
                                                    qtbot: QtBot) -> None:
    timers = FakeTimers()
    controller = make_controller(timers=timers)
    target = QWidget()
    qtbot.addWidget(target)
    heard: list[str] = []
    Announcer(controller, target, timers=timers).announced.connect(heard.append)
    controller.start_routine("desk-break", ask_cautions=False)
    controller.toggle_pause()
    timers.fire("announcement gap")
    assert heard[-1] == "En pause."


def test_english_again_once_french_is_removed(french: None, qapp: QApplication,
                                              qtbot: QtBot) -> None:
    install_translators(qapp, "en")
    bar = ControlBar()
    qtbot.addWidget(bar)
    assert (bar.skip_button.text(), bar.longer_button.text()) == ("Skip", "+5 s")
