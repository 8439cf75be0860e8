"""The first screen in French: the picker, its buttons, the cautions, the warning signs, the
messages the main window gives, all from translations/picker_fr.ts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stretchdesk.controller.settings_keeper import SettingsKeeper
from stretchdesk.core.cautions import caution_groups
from stretchdesk.core.errors import LibraryError
from stretchdesk.core.library import Library
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_store import SettingsStore
from stretchdesk.core.timeline import build_timeline, session_items
from stretchdesk.core.words import format_duration
from stretchdesk.ui import sharing
from stretchdesk.ui.cautions import CautionsDialog
from stretchdesk.ui.main_window import MainWindow
from stretchdesk.ui.problems_panel import where_in_file
from stretchdesk.ui.routine_details import routine_length, stretch_count
from stretchdesk.ui.routine_rows import name_order
from stretchdesk.ui.safety_dialog import SafetyDialog
from tests.ui.conftest import MakeWindow
from tests.ui.screen_checks import clipped_text, settle
from tests.ui.test_problems_panel import library_with_broken_files
from tools import translations

SOURCE = translations.ts_file("picker", "fr")
COMPILED = translations.COMPILED / "picker_fr.qm"
ROOMS = [QSize(1920, 1080), QSize(1280, 800), QSize(800, 600)]



def test_the_french_file_is_complete() -> None:
    text = SOURCE.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert 'type="obsolete"' not in text and 'type="vanished"' not in text


def test_the_picker_speaks_french(french: None, make_window: MakeWindow,
                                  library: Library) -> None:
    window = make_window()
    picker = window.picker
    assert picker.title_label.text() == "Choisir une routine"
    assert picker.settings_button.text() == "Paramètres"
    assert picker.history_button.text() == "Historique  (H)"
    assert picker.routine_list.accessibleName() == "Routines"
    details = picker.details
    assert details.start_button.text() == "Démarrer  (Entrée)"
    assert details.safety_button.text() == "Signes d’alerte  (W)"
    assert details.safety_button.toolTip().startswith("Quand consulter un médecin")
    # What a screen reader says.
    assert details.start_button.accessibleName() == "Démarrer"
    assert details.safety_button.accessibleName() == "Signes d’alerte"
    assert details.text_area.accessibleName() == "À propos de cette routine"
    assert picker.routine_list.accessibleDescription() == (
        "Les flèches choisissent une routine\u202f; Entrée la démarre.")
    assert picker.routine_buttons.import_button.accessibleName() == "Importer"
    assert details.stretches_label.text().startswith("Ce que travaille chaque étirement")
    buttons = picker.routine_buttons
    assert [buttons.name_of(b) for b in (buttons.new_button, buttons.duplicate_button,
                                         buttons.delete_button, buttons.import_button,
                                         buttons.export_button)] == [
        "Nouvelle", "Dupliquer", "Supprimer", "Importer…", "Exporter…"]
    assert buttons.export_button.toolTip().endswith("(Ctrl+Maj+E)")  # Qt's French key names

    routine = library.routines["desk-break"]
    picker.select(routine.id)
    total = build_timeline(routine, library, Settings()).total_seconds
    minutes, rest = divmod(round(total), 60)
    assert rest  # (a length in whole minutes reads "12 min")
    assert details.length_label.text() == (
        f"{minutes}\u00a0min\u00a0{rest:02d} au niveau intermédiaire")
    assert details.needs_label.text() == "Il faut\u00a0: chaise, bureau (sans aller au sol)"
    count = len(session_items(routine, library, Settings().level))
    row = picker.row_text(routine.id)
    assert f"{count} étirements  ·  chaise, bureau" in row
    picker.select("knee-to-chest-progression")
    assert "ces étirements avant de commencer" in details.cautions_label.text()
    assert "sol" in picker.row_text("knee-to-chest-progression")


def test_lengths_read_as_french_writes_them(french: None) -> None:
    assert routine_length(580) == "9\u00a0min\u00a040"
    assert routine_length(720) == "12\u00a0min"  # not "12:00", which reads as noon
    assert routine_length(65) == "1\u00a0min\u00a005"


def test_names_sort_with_their_accents_aside() -> None:
    names = ["Zen", "fesses", "Étirer le dos", "Avant de dormir"]
    assert sorted(names, key=name_order) == ["Avant de dormir", "Étirer le dos", "fesses", "Zen"]


def test_counts_follow_french_plurals(french: None) -> None:
    assert stretch_count(0) == "0 étirement"  # French counts zero as one
    assert stretch_count(1) == "1 étirement"
    assert stretch_count(4) == "4 étirements"


def test_the_main_windows_messages_are_french(french: None, make_window: MakeWindow) -> None:
    window = make_window()
    window.controller.toggle_mute()
    assert window.statusBar().currentMessage() == "Son coupé"
    window.picker.select("desk-break")  # a preset: Delete says it cannot be deleted
    window.routines.delete_routine()
    assert "ne peut pas être supprimée" in window.statusBar().currentMessage()
    assert window.routines.undo_button.text() == "Annuler  (Ctrl+Z)"


def test_sharing_says_what_it_did_in_french(french: None, make_window: MakeWindow,
                                            tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    monkeypatch.setattr(sharing.FileChooser, "save_export",
                        classmethod(lambda cls, parent, name: str(tmp_path / "to-share")))
    window.picker.select("desk-break")
    window.routines.export_routine()
    written = tmp_path / "to-share.stretchdesk.yaml"
    assert window.statusBar().currentMessage() == (
        f"«\u00a0Desk break\u00a0» exportée dans {written}")


def test_a_problem_with_a_file_reads_in_french(french: None) -> None:
    problem = LibraryError("mine.yaml", 3, "name", "name is missing")
    assert where_in_file(problem).startswith("Ligne 3, name\u00a0: ")


def test_the_persons_own_routines_and_unusable_files_in_french(
    french: None, make_window: MakeWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    window = make_window(800, 600, lib=library_with_broken_files(tmp_path / "routines", 2))
    settle(qtbot, window)
    picker = window.picker
    rows = [picker.rows.item(row).text() for row in range(picker.rows.rowCount())]
    assert "Vos routines" in rows
    picker.select("my-evening")
    assert picker.details.name_label.text() == "My evening  (la vôtre)"
    assert picker.routine_buttons.delete_button.toolTip().endswith("(Suppr)")
    panel = picker.problems_panel
    assert panel is not None
    assert panel.summary_label.text().startswith(
        "⚠ 2 de vos fichiers de routine n’ont pas pu être utilisés.")
    assert panel.open_folder_button.text() == "Ouvrir le dossier"
    assert all(detail.text().startswith("Ligne ") for detail in panel.detail_labels())
    # What is wrong with each file is French too, quoting the YAML parser's own words.
    assert all("ce n’est pas du YAML valide (l’analyseur YAML dit\u00a0: «" in detail.text()
               and "not valid YAML" not in detail.text() for detail in panel.detail_labels())
    assert clipped_text(window) == []


@pytest.mark.parametrize("room", ROOMS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_cautions_dialog_is_french_and_fits(french: None, qtbot: QtBot, library: Library,
                                                room: QSize) -> None:
    routine = library.routines["knee-to-chest-progression"]
    dialog = CautionsDialog(routine.name, caution_groups(routine, library), room=room)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert dialog.windowTitle() == "Avant de commencer"
    assert dialog.start_button.text() == "Démarrer"
    assert dialog.hide_box.text() == "Ne plus les afficher pour cette routine"
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    for button in (dialog.start_button, dialog.hide_box):
        assert button.sizeHint().width() <= button.width(), button.text()


def test_the_first_start_warning_signs_are_french(french: None, make_window: MakeWindow,
                                                  qtbot: QtBot) -> None:
    window = make_window()
    dialog = window.about.show_safety(first_start=True)
    assert isinstance(dialog, SafetyDialog)
    qtbot.waitExposed(dialog)
    assert dialog.heading.text() == "Bienvenue dans StretchDesk"
    assert dialog.intro.text() == "Lisez ceci une fois avant votre premier étirement."
    assert dialog.confirm_button.text() == "J’ai lu ces conseils"
    assert dialog.also_heading.text() == "À garder aussi en tête"
    assert dialog.hint.text().startswith("Vous pourrez le relire à tout moment")
    dialog.accept()
    window.picker.select("desk-break")
    again = window.about.show_safety()
    assert isinstance(again, SafetyDialog)
    assert again.windowTitle() == "Signes d’alerte"
    assert again.confirm_button.text() == "Fermer"
    again.accept()


@pytest.mark.parametrize("room", [*ROOMS, QSize(720, 540)],  # the smallest window too
                         ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_french_picker_is_not_clipped(french: None, make_window: MakeWindow, qtbot: QtBot,
                                          room: QSize, library: Library) -> None:
    window: MainWindow = make_window(room.width(), room.height())
    for routine_id in sorted(library.routines):
        window.picker.select(routine_id)
        settle(qtbot, window)
        assert clipped_text(window) == []


def test_english_lengths_stay_as_the_timer_shows_them(qapp: QApplication) -> None:
    for seconds in range(0, 3 * 3600, 37):
        assert routine_length(seconds) == format_duration(seconds)


def test_a_settings_file_problem_is_told_in_french(french: None, make_window: MakeWindow,
                                                   tmp_path: Path) -> None:
    config = tmp_path / "my-config"
    config.mkdir()
    (config / "settings.yaml").write_text(
        "version: 4\nvolume: loud\nrest_seconds: 500\n", encoding="utf-8")
    keeper = SettingsKeeper(SettingsStore(config, lambda: 1_700_000_000.0))
    keeper.load()
    window = make_window()
    if keeper.notice:  # as the app's start-up does (ui/launch.py)
        window.show_notice(keeper.notice)
    shown = window.statusBar().currentMessage()
    assert ("Volume\u00a0: devrait être un nombre, pas 'loud'\u202f; la valeur par défaut a "
            "été reprise (80 %).") in shown
    assert "Repos entre les étirements\u00a0: 500 s était hors limites (0–120 s)\u202f; " \
        "120 s est utilisé." in shown
    assert shown.endswith("Le fichier d’origine a été conservé sous le nom "
                          "settings.yaml.bad-20231114-221320.")
