"""The library is read once, and again when the person's routine folder changes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from stretchdesk import paths
from stretchdesk.controller.library_service import SETTLE_MS, LibraryService
from stretchdesk.core.library import Library, LibraryError, load_library
from stretchdesk.core.model import Routine, RoutineItem
from stretchdesk.core.routine_folder import ImportHow, RoutineSaveError
from tests.core.factory import routine_text, write
from tests.helpers.timers import FakeTimers


def service_for(folder: Path, timers: FakeTimers) -> LibraryService:
    return LibraryService(lambda: load_library(paths.data_dir(), [folder]), folder,
                          timers=timers)


def reloaded(qtbot: QtBot, service: LibraryService, timers: FakeTimers) -> Library:
    """Waits for the folder watch to notice, then lets the settle time pass."""
    qtbot.waitUntil(lambda: bool(timers.running("library reload")))
    assert timers.running("library reload")[0].interval() == SETTLE_MS
    with qtbot.waitSignal(service.changed) as changed:
        timers.fire("library reload")
    library = changed.args[0]
    assert isinstance(library, Library) and service.library is library
    return library


def test_a_routine_added_edited_or_broken_is_picked_up(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    timers = FakeTimers()
    service = service_for(folder, timers)
    service.watch()
    assert "mine" not in service.library.routines
    mine = write(folder / "mine.yaml", routine_text("mine", "cat-cow"))
    assert reloaded(qtbot, service, timers).routines["mine"].name == "Routine mine"
    mine.write_text(routine_text("mine", "cat-cow").replace("Routine mine", "Evening"),
                    encoding="utf-8")
    assert reloaded(qtbot, service, timers).routines["mine"].name == "Evening"
    write(folder / "broken.yaml", "id: broken\nname: [unclosed\n")
    library = reloaded(qtbot, service, timers)
    assert "mine" in library.routines  # one bad file never hides the others
    assert [Path(p.file).name for p in library.problems] == ["broken.yaml"]
    mine.unlink()
    assert "mine" not in reloaded(qtbot, service, timers).routines


def test_a_folder_made_later_is_watched_once_it_exists(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "data" / "routines"  # neither exists yet
    timers = FakeTimers()
    service = service_for(folder, timers)
    service.watch()
    assert service.watched == [str(tmp_path)]
    (tmp_path / "data").mkdir()
    qtbot.waitUntil(lambda: service.watched == [str(tmp_path / "data")])
    assert timers.running() == []  # nothing to reload yet
    write(folder / "mine.yaml", routine_text("mine", "cat-cow"))
    assert "mine" in reloaded(qtbot, service, timers).routines
    assert str(folder) in service.watched


def test_damaged_shipped_data_keeps_the_library_it_had(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = load_library(paths.data_dir())
    answers: list[Library | LibraryError] = [good, LibraryError("x.yaml", 1, "id", "broken")]

    def load() -> Library:
        answer = answers.pop(0)
        if isinstance(answer, LibraryError):
            raise answer
        return answer

    service = LibraryService(load, tmp_path, timers=FakeTimers())
    assert service.reload() is good
    assert service.library is good
    assert "not reloaded" in capsys.readouterr().err


def test_saving_a_routine_reloads_the_library_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    service = service_for(folder, FakeTimers())
    routine = Routine("", "Evening: back", "For the evening.", (RoutineItem("cat-cow"),),
                      user=True)
    with qtbot.waitSignal(service.changed) as changed:
        saved = service.save_routine(routine)
    assert saved.id == "evening-back" and saved.user
    assert saved.source_file == str(folder / "evening-back.yaml")
    assert changed.args[0].routines["evening-back"] == saved
    edited = service.save_routine(replace(saved, name="Evening"), previous=saved)
    assert edited.name == "Evening" and service.library.routines["evening-back"] == edited
    assert service.new_routine_id("Evening: back") == "evening-back-2"


def test_a_deleted_routine_can_be_restored_until_it_is_forgotten(qtbot: QtBot,
                                                                 tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    write(folder / "mine.yaml", routine_text("mine", "cat-cow"))
    service = service_for(folder, FakeTimers())
    with qtbot.waitSignal(service.changed):
        deleted = service.delete_routine("mine")
    assert "mine" not in service.library.routines
    with qtbot.waitSignal(service.changed):
        restored = service.restore_routine(deleted)
    assert restored.id == "mine" and "mine" in service.library.routines
    gone = service.delete_routine("mine")
    service.forget_deleted(gone)
    assert not gone.kept.exists() and not (folder / "mine.yaml").exists()


def test_a_preset_cannot_be_deleted_or_replaced_by_an_import(tmp_path: Path) -> None:
    service = service_for(tmp_path / "routines", FakeTimers())
    with pytest.raises(RoutineSaveError, match="comes with StretchDesk"):
        service.delete_routine("desk-break")
    preset = service.library.routines["desk-break"]
    with pytest.raises(RoutineSaveError, match="a preset"):
        service.import_routine(preset, replace_own=True)
    copy = service.import_routine(preset)
    assert copy.routine == service.library.routines["desk-break-copy"]
    assert copy.routine.user and copy.how is ImportHow.COPY
