"""The routine editor in French: its menus, buttons, form, item panel, undo steps, the
question on closing with changes, and the import preview."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from stretchdesk.core.model import Level
from stretchdesk.ui.editor import questions
from stretchdesk.ui.editor.commands import SetText
from stretchdesk.ui.editor.import_preview import ImportFacts, ImportPreview
from stretchdesk.ui.editor.questions import Answer
from stretchdesk.ui.editor.window import RoutineEditor
from stretchdesk.ui.main_window import MainWindow
from tests.ui.conftest import MakeWindow
from tests.ui.screen_checks import clipped, settle
from tools import translations

NB = "\u00a0"  # French puts a no-break space before a colon
THIN = "\u202f"  # a narrow one before ; ? ! and inside « »


SOURCE = translations.ts_file("editor", "fr")
COMPILED = translations.COMPILED / "editor_fr.qm"



def test_the_french_file_is_complete() -> None:
    text = SOURCE.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert 'type="obsolete"' not in text and 'type="vanished"' not in text
    assert "<numerusform></numerusform>" not in text


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, list[str]]]:
    """Each message box the editor shows (title, text, buttons), answered "Don't save"."""
    shown: list[tuple[str, str, list[str]]] = []

    def ask(parent: QWidget | None, title: str, text: str,
            buttons: list[tuple[str, QMessageBox.ButtonRole, Answer]],
            *_args: object, **_kwargs: object) -> Answer:
        shown.append((title, text, [label for label, _, _ in buttons]))
        return Answer.DISCARD

    monkeypatch.setattr(questions, "_ask", ask)
    return shown


@pytest.fixture
def editor(french: None, make_window: MakeWindow, tmp_path: Path,
           monkeypatch: pytest.MonkeyPatch,
           asked: list[tuple[str, str, list[str]]]) -> Iterator[RoutineEditor]:
    """A new routine's editor (questions answered "Don't save", never shown)."""
    monkeypatch.setenv("STRETCHDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("STRETCHDESK_CACHE_DIR", str(tmp_path / "cache"))
    window: MainWindow = make_window()
    window.routines.new_routine()
    made = window.routines.editor
    assert made is not None
    yield made
    if window.routines.editor is not None:
        made.stack.setClean()
        made.close()


def _form_labels(editor: RoutineEditor) -> list[str]:
    layout = editor.form.layout()
    assert isinstance(layout, QFormLayout)
    labels = []
    for row in range(layout.rowCount()):
        item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QLabel) and widget.text():
            labels.append(widget.text())
    return labels


def test_the_editors_menus_buttons_and_form_are_in_french(editor: RoutineEditor) -> None:
    assert [a.text() for a in editor.menuBar().actions()] == ["&Routine", "É&dition"]
    routine_menu = editor.menuBar().actions()[0].menu()
    assert [a.text() for a in routine_menu.actions()] == [
        "&Enregistrer", "Enregistrer comme &nouvelle routine", "&Fermer"]
    assert editor.save_button.text() == "Enregistrer  (Ctrl+S)"
    assert editor.close_button.text() == "Fermer  (Échap)"
    assert editor.items.remove_button.text() == "Retirer  (Suppr)"
    assert _form_labels(editor) == ["&Nom", "&Objectif", "Besoins", "Durée"]
    assert editor.form.lengths.text() == "pas encore d’étirement"
    assert editor.form.name.placeholderText().startswith("Le nom que vous lui donnez")
    assert editor.item_panel.title() == f"Étirement choisi{NB}: aucun"
    assert editor.item_panel.hold_reset.accessibleName() == "Rétablir le maintien"
    assert editor.item_panel.hold.accessibleName() == "Maintien"  # what a screen reader says
    assert editor.stretch_list.search.placeholderText() == "Tapez une partie du nom"
    total = editor.stretch_list.model.rowCount()
    assert editor.stretch_list.count_label.text() == f"{total} sur {total} étirements"
    assert editor.windowTitle() == "Nouvelle routine[*] — Éditeur de routine"


def test_adding_a_stretch_reads_in_french(editor: RoutineEditor) -> None:
    editor.add_stretch("pelvic-tilt")
    name = editor.controller.library.stretches["pelvic-tilt"].name
    assert editor.undo_action.text() == f"&Annuler l’ajout de «{THIN}{name}{THIN}»"
    assert editor.item_panel.title() == f"Étirement choisi{NB}: {name}"
    row = editor.model.data(editor.model.index(0))
    assert isinstance(row, str)
    assert row.splitlines()[1].startswith("maintien ")
    assert " fois" in row.splitlines()[1]
    assert "(votre niveau)" in editor.form.lengths.text()
    assert "intermédiaire" in editor.form.lengths.text()


def test_closing_with_changes_asks_in_french(editor: RoutineEditor,
                                             asked: list[tuple[str, str, list[str]]]) -> None:
    editor.stack.push(SetText(editor.model, "name", "Dos du soir"))
    assert editor.undo_action.text() == "&Annuler le changement de nom"
    editor.close()
    assert asked == [("Modifications non enregistrées",
                      f"Enregistrer les modifications de «{THIN}Dos du soir{THIN}»{THIN}?",
                      ["&Enregistrer", "&Ne pas enregistrer", "A&nnuler"])]


def test_a_routine_with_no_name_is_not_saved_and_says_so_in_french(
        editor: RoutineEditor) -> None:
    editor.add_stretch("pelvic-tilt")
    assert not editor.save()
    assert editor.status.text().startswith("Pas encore enregistrée.")


def test_the_import_preview_is_in_french(french: None) -> None:
    facts = ImportFacts("/tmp/soir.stretchdesk.yaml", 1, "Dos du soir", "Pour le soir.",
                        ("Pelvic tilt",), dict.fromkeys(Level, 300.0), Level.BEGINNER,
                        same_id="Soir", same_id_is_yours=True)
    preview = ImportPreview(facts)
    try:
        texts = {label.objectName(): label.text() for label in preview.labels}
        assert preview.windowTitle() == "Importer une routine"
        assert texts["importSource"] == (
            "De soir.stretchdesk.yaml, un export StretchDesk (format 1)")
        assert texts["importLengths"].startswith(f"Durée{NB}: débutant ")
        assert texts["importClash"].startswith(f"Votre routine «{THIN}Soir{THIN}»")
        assert [b.text() for b in preview.buttons.buttons()][:2] == [
            "Importer comme &copie", "&Remplacer la vôtre"]
    finally:
        preview.deleteLater()


@pytest.mark.parametrize("size", [(1280, 800), (800, 600)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_french_editor_fits(editor: RoutineEditor, qtbot: QtBot,
                                size: tuple[int, int]) -> None:
    for stretch_id in ("single-knee-to-chest", "supine-spinal-twist", "cat-cow"):
        editor.add_stretch(stretch_id)
    editor.stack.push(SetText(editor.model, "name", "Dos du soir"))
    editor.items.choose(0)
    editor.change_item(editor.model.draft.items[0].key, "hold_seconds", 900.0)  # a problem
    editor.resize(*size)
    for _ in range(3):  # word-wrapped labels take a second pass to get their height
        settle(qtbot, editor)
    assert editor.item_panel.hold_problem.isVisible()
    assert clipped(editor) == []
