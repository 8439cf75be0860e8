"""The editor's stretch library: filtered as the person types, with pictures drawn once, and
stretches and items dragged into place (each drop an undo step)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from stretchdesk import paths
from stretchdesk.core.library import load_library
from stretchdesk.core.stretch_filter import Place, StretchQuery, place_of, works
from stretchdesk.ui.editor.draft_model import ITEM_MIME
from stretchdesk.ui.editor.stretch_list import STRETCH_ID, StretchList
from stretchdesk.ui.editor.thumbnails import Thumbnails
from stretchdesk.ui.main_window import MainWindow
from tests.ui.editor.keyboard import add_by_search, open_editor, stretch_ids

LIBRARY = load_library(paths.data_dir())


def make_list(qtbot: QtBot, thumbnails: Thumbnails) -> StretchList:
    shown = StretchList(LIBRARY.stretches, thumbnails)
    qtbot.addWidget(shown)
    return shown


def test_typing_and_choosing_narrow_the_list(qtbot: QtBot, tmp_path: Path) -> None:
    shown = make_list(qtbot, Thumbnails(cache_dir=tmp_path))
    everything = shown.shown_ids()
    assert len(everything) == len(LIBRARY.stretches)
    qtbot.keyClicks(shown.search, "KNEE chest")
    assert shown.shown_ids() == sorted(
        (s.id for s in LIBRARY.stretches.values()
         if "knee" in s.name.lower() and "chest" in s.name.lower()),
        key=lambda i: LIBRARY.stretches[i].name.casefold())
    assert shown.count_label.text() == f"{len(shown.shown_ids())} of {len(everything)} stretches"
    shown.search.clear()
    shown.place.setCurrentIndex(shown.place.findData(Place.CHAIR))
    assert shown.shown_ids() and all(
        place_of(LIBRARY.stretches[i]) is Place.CHAIR for i in shown.shown_ids())
    worked = works(LIBRARY.stretches["piriformis-stretch"])[0]
    shown.place.setCurrentIndex(0)
    shown.worked.setCurrentIndex(shown.worked.findData(worked))
    assert "piriformis-stretch" in shown.shown_ids()
    assert all(worked in works(LIBRARY.stretches[i]) for i in shown.shown_ids())
    qtbot.keyClicks(shown.search, "zzz")
    assert shown.shown_ids() == [] and shown.count_label.text().startswith("No stretch")


def test_the_query_ignores_case_accents_and_dashes() -> None:
    cat_cow = LIBRARY.stretches["cat-cow"]
    assert StretchQuery("CAT COW").matches(cat_cow)
    assert StretchQuery("cât–cöw").matches(cat_cow)
    assert not StretchQuery("cat", Place.CHAIR).matches(cat_cow)


def test_pictures_are_drawn_once_then_read_from_the_cache(qtbot: QtBot, tmp_path: Path) -> None:
    first = Thumbnails(cache_dir=tmp_path)
    assert first.get("cat-cow") is None  # drawn after this turn of the event loop
    with qtbot.waitSignal(first.ready) as ready:
        pass
    assert ready.args == ["cat-cow"] and first.drawn == 1
    picture = first.get("cat-cow")
    assert picture is not None and picture.width() == first.size.width()
    assert len(list((tmp_path / "thumbnails").glob("cat-cow-*.png"))) == 1
    later = Thumbnails(cache_dir=tmp_path)  # the next run
    assert later.get("cat-cow") is None  # read after this turn of the event loop
    with qtbot.waitSignal(later.ready):
        pass
    assert later.get("cat-cow") is not None and later.drawn == 0


def test_filtering_draws_no_picture_again(qtbot: QtBot, tmp_path: Path) -> None:
    thumbnails = Thumbnails(cache_dir=tmp_path)
    shown = make_list(qtbot, thumbnails)
    shown.resize(400, 3000)  # every row on screen
    shown.show()
    qtbot.waitUntil(lambda: thumbnails.drawn == len(LIBRARY.stretches))
    for text in ("s", "se", "sea", "", "knee"):
        shown.search.setText(text)
        shown.view.viewport().repaint()  # every row shown asks for its picture
    assert thumbnails.drawn == len(LIBRARY.stretches)


def test_a_stretch_dragged_in_and_an_item_dragged_elsewhere_are_undo_steps(
    qtbot: QtBot, editing_window: MainWindow,
) -> None:
    editor = open_editor(qtbot, editing_window)
    add_by_search(qtbot, editor, "cat")
    add_by_search(qtbot, editor, "pelvic")
    library = editor.stretch_list
    library.search.clear()
    row = library.shown_ids().index("childs-pose")
    source = library.shown.mapToSource(library.shown.index(row, 0))
    dragged = library.model.mimeData([source])
    assert library.model.flags(source) & Qt.ItemFlag.ItemIsDragEnabled
    model = editor.model
    assert model.canDropMimeData(dragged, Qt.DropAction.CopyAction, 1, 0, QModelIndex())
    model.dropMimeData(dragged, Qt.DropAction.CopyAction, 1, 0, QModelIndex())
    assert stretch_ids(editor) == ["cat-cow", "childs-pose", "pelvic-tilt"]
    item = model.mimeData([model.index(0)])
    assert item.hasFormat(ITEM_MIME)
    model.dropMimeData(item, Qt.DropAction.MoveAction, 3, 0, QModelIndex())  # to the end
    assert stretch_ids(editor) == ["childs-pose", "pelvic-tilt", "cat-cow"]
    editor.stack.undo()
    assert stretch_ids(editor) == ["cat-cow", "childs-pose", "pelvic-tilt"]
    editor.stack.undo()
    assert stretch_ids(editor) == ["cat-cow", "pelvic-tilt"]
    assert library.model.data(source, STRETCH_ID) == "childs-pose"


def test_what_a_stretch_works_is_said_in_body_areas(qtbot: QtBot,
                                                    editing_window: MainWindow) -> None:
    editor = open_editor(qtbot, editing_window)
    shown = editor.stretch_list
    areas = editing_window.controller.library.muscle_areas
    lower_back = areas["erector spinae"]
    index = shown.worked.findData(lower_back)
    assert shown.worked.itemText(index) == f"Works the {lower_back}"
    assert shown.worked.findText("Works: erector spinae") == -1  # not the muscles' names
    shown.worked.setCurrentIndex(index)
    assert shown.shown_ids() == sorted(
        (s.id for s in LIBRARY.stretches.values() if lower_back in works(s, areas)),
        key=lambda i: LIBRARY.stretches[i].name.casefold())
    rows = [str(shown.shown.index(r, 0).data()) for r in range(shown.shown.rowCount())]
    assert rows and all(lower_back in row.splitlines()[1] for row in rows)


def test_without_areas_the_muscles_are_named(qtbot: QtBot, tmp_path: Path) -> None:
    shown = make_list(qtbot, Thumbnails(cache_dir=tmp_path))
    assert shown.worked.findText("Works: erector spinae") > 0
    shown.set_areas({"erector spinae": "lower back"})
    assert shown.worked.findText("Works the lower back") > 0
