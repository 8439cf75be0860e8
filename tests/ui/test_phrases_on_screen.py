"""The core's words on the session screen follow the run's language: the banner's phase
words, the step headings and the back check-in (their French is in data/lang/fr)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from stretchdesk.core import language
from stretchdesk.core.history.check_in import BackCheckIn, CheckInMoment
from stretchdesk.core.timeline import PhaseKind
from stretchdesk.ui.check_in_panel import CheckInPanel
from stretchdesk.ui.phase_style import COMPLETE, GETTING_READY, PAUSED, look
from stretchdesk.ui.step_layout import sections_for
from tests.core.factory import make_library


@pytest.fixture
def french() -> Iterator[None]:
    language.set_current("fr")
    yield
    language.set_current(language.ENGLISH)


def test_the_banner_words_are_french_in_a_french_run(french: None) -> None:
    assert [look(kind).word for kind in PhaseKind] == [
        "Position de départ", "Tenez", "Relâchez", "Changez de côté", "Repos"]
    assert (PAUSED.word, GETTING_READY.word, COMPLETE.word) == (
        "En pause", "Préparation…", "Routine terminée")


def test_the_banner_words_are_english_again_in_an_english_run() -> None:
    assert look(PhaseKind.HOLD).word == "Hold"


def test_the_step_headings_are_french(french: None, tmp_path: Path) -> None:
    stretch = make_library(tmp_path).stretches["side-reach"]
    assert [s.title for s in sections_for(stretch, PhaseKind.HOLD)] == [
        "Mise en place", "Tenez", "Relâchez"]


def test_the_back_check_in_is_french(french: None, qtbot: QtBot) -> None:
    panel = CheckInPanel()
    qtbot.add_widget(panel)
    panel.show_check_in(BackCheckIn(CheckInMoment.BEFORE))
    assert panel.question_label.text() == "Comment va votre dos\u202f?"
    assert panel.hint_label.text().startswith("0 = aucune douleur, 10 = douleur maximale")
    assert panel.hint_label.text().endswith("tapez un chiffre, T pour 10")
