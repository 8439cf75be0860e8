"""The person's routine folder: saved atomically, never over a file that cannot be read or
that changed meanwhile; deleted routines come back; imports never replace a preset."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from stretchdesk import paths
from stretchdesk.core.library import Library, load_library
from stretchdesk.core.model import Routine, RoutineItem
from stretchdesk.core.routine_folder import (
    DELETED_FOLDER,
    ImportHow,
    RoutineChanged,
    RoutineFolder,
    RoutineSaveError,
)
from tests.core.factory import routine_text, write


def mine(routine_id: str = "evening", name: str = "Evening", *stretches: str) -> Routine:
    items = tuple(RoutineItem(s) for s in (stretches or ("cat-cow",)))
    return Routine(routine_id, name, "For the evening.", items, needs=("floor",), user=True)


def load(folder: Path) -> Library:
    return load_library(paths.data_dir(), [folder])


def files(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (hidden ones included) and its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


@pytest.fixture
def folder(tmp_path: Path) -> RoutineFolder:
    return RoutineFolder(tmp_path / "routines")


@pytest.fixture
def shipped() -> Library:
    return load_library(paths.data_dir())


def test_a_new_routine_is_written_and_loads(folder: RoutineFolder, shipped: Library) -> None:
    path = folder.save(mine(), shipped.stretches)
    assert path == folder.folder / "evening.yaml"
    loaded = load(folder.folder).routines["evening"]
    assert loaded.user and loaded.source_file == str(path)
    assert [f for f in os.listdir(folder.folder)] == ["evening.yaml"]  # no temporary left


def test_a_new_routine_never_replaces_a_file(folder: RoutineFolder, shipped: Library) -> None:
    broken = write(folder.folder / "evening.yaml", "id: evening\nname: [unclosed\n")
    before = files(folder.folder)
    with pytest.raises(RoutineSaveError, match="already exists"):
        folder.save(mine(), shipped.stretches)
    assert files(folder.folder) == before
    assert folder.new_id("Evening", set(shipped.routines)) == "evening-2"  # the name is taken
    assert broken.read_text(encoding="utf-8") == "id: evening\nname: [unclosed\n"


def test_an_edit_replaces_its_own_file(folder: RoutineFolder, shipped: Library) -> None:
    folder.save(mine(), shipped.stretches)
    loaded = load(folder.folder).routines["evening"]
    changed = replace(loaded, name="Late evening", items=(RoutineItem("pelvic-tilt", 20),))
    folder.save(changed, shipped.stretches, previous=loaded)
    again = load(folder.folder).routines["evening"]
    assert (again.name, again.items) == ("Late evening", (RoutineItem("pelvic-tilt", 20),))


def test_a_file_that_became_unreadable_is_never_overwritten(folder: RoutineFolder,
                                                            shipped: Library) -> None:
    path = folder.save(mine(), shipped.stretches)
    loaded = load(folder.folder).routines["evening"]
    path.write_text("id: evening\nname: Evening\nitems: {not: a list}\n", encoding="utf-8")
    before = files(folder.folder)
    with pytest.raises(RoutineSaveError) as refused:
        folder.save(replace(loaded, name="Mine"), shipped.stretches, previous=loaded)
    message = str(refused.value)
    assert str(path) in message and ":3:" in message and "routines[evening].items" in message
    assert "left as it is and not overwritten" in message
    assert files(folder.folder) == before


def test_a_file_changed_by_hand_meanwhile_is_not_overwritten(folder: RoutineFolder,
                                                             shipped: Library) -> None:
    path = folder.save(mine(), shipped.stretches)
    opened = load(folder.folder).routines["evening"]
    path.write_text(routine_text("evening", "pelvic-tilt"), encoding="utf-8")
    before = files(folder.folder)
    with pytest.raises(RoutineChanged) as changed:
        folder.save(replace(opened, name="Mine"), shipped.stretches, previous=opened)
    assert changed.value.on_disk.items == (RoutineItem("pelvic-tilt"),)
    assert files(folder.folder) == before
    # Replacing it is a choice the person makes: with the version on disk as the previous.
    folder.save(replace(opened, name="Mine"), shipped.stretches,
                previous=changed.value.on_disk)
    assert load(folder.folder).routines["evening"].name == "Mine"


def test_a_preset_is_never_written(folder: RoutineFolder, shipped: Library) -> None:
    preset = shipped.routines["desk-break"]
    with pytest.raises(RoutineSaveError, match="comes with StretchDesk"):
        folder.save(replace(preset, name="Changed"), shipped.stretches, previous=preset)
    with pytest.raises(RoutineSaveError, match="comes with StretchDesk"):
        folder.delete(preset)
    assert preset.source_file and "Changed" not in Path(preset.source_file).read_text("utf-8")


def test_what_the_loader_would_refuse_is_not_written(folder: RoutineFolder,
                                                     shipped: Library) -> None:
    with pytest.raises(RoutineSaveError, match="cannot be saved as it is"):
        folder.save(mine("bad", "Bad", "no-such-stretch"), shipped.stretches)
    with pytest.raises(RoutineSaveError, match="cannot be saved as it is"):
        folder.save(replace(mine(), items=(RoutineItem("cat-cow", 100_000),)),
                    shipped.stretches)
    assert not folder.folder.exists() or files(folder.folder) == {}


def test_deleted_routines_come_back_until_forgotten(folder: RoutineFolder,
                                                    shipped: Library) -> None:
    path = folder.save(mine(), shipped.stretches)
    original = path.read_bytes()
    deleted = folder.delete(load(folder.folder).routines["evening"])
    assert not path.exists() and "evening" not in load(folder.folder).routines
    assert deleted.kept.parent.name == DELETED_FOLDER and deleted.kept.read_bytes() == original
    assert folder.restore(deleted) == path and path.read_bytes() == original
    assert "evening" in load(folder.folder).routines
    again = folder.delete(load(folder.folder).routines["evening"])
    folder.forget(again)
    assert not again.kept.exists() and not path.exists()


def test_an_import_takes_its_own_id_when_free(folder: RoutineFolder, shipped: Library) -> None:
    imported = folder.import_routine(replace(mine("shared", "Shared"), user=False), shipped)
    assert imported.how is ImportHow.NEW and imported.routine.id == "shared"
    assert imported.path == folder.folder / "shared.yaml"


def test_an_import_with_a_presets_id_comes_in_as_a_copy(folder: RoutineFolder,
                                                        shipped: Library) -> None:
    preset = shipped.routines["desk-break"]
    imported = folder.import_routine(preset, shipped)
    assert imported.how is ImportHow.COPY
    assert (imported.routine.id, imported.routine.name) == ("desk-break-copy", "Desk break (copy)")
    with pytest.raises(RoutineSaveError, match="a preset, which is not replaced"):
        folder.import_routine(preset, shipped, replace_own=True)
    assert preset.name == shipped.routines["desk-break"].name


def test_an_import_replaces_the_persons_own_only_when_asked(folder: RoutineFolder,
                                                           shipped: Library) -> None:
    folder.save(mine(), shipped.stretches)
    library = load(folder.folder)
    incoming = replace(mine(name="Evening, shared"), items=(RoutineItem("pelvic-tilt"),))
    replaced = folder.import_routine(incoming, library, replace_own=True)
    assert replaced.how is ImportHow.REPLACED
    assert load(folder.folder).routines["evening"].items == (RoutineItem("pelvic-tilt"),)
    copy = folder.import_routine(incoming, load(folder.folder))
    assert copy.how is ImportHow.COPY
    assert (copy.routine.id, copy.routine.name) == ("evening-shared-copy",
                                                    "Evening, shared (copy)")
    assert load(folder.folder).routines["evening"].name == "Evening, shared"


def test_an_import_never_replaces_a_file_that_cannot_be_read(folder: RoutineFolder,
                                                            shipped: Library) -> None:
    write(folder.folder / "evening.yaml", "id: evening\nname: [unclosed\n")
    library = load(folder.folder)
    before = files(folder.folder)
    with pytest.raises(RoutineSaveError, match="a file that cannot be read"):
        folder.import_routine(mine(), library, replace_own=True)
    assert files(folder.folder) == before
    copy = folder.import_routine(mine(), library)
    assert copy.how is ImportHow.COPY and copy.path.name == "evening-2.yaml"
