"""The settings file when the disk, the person or a tool works against it.

A file cut short, a pipe or a huge file where the file should be, a file made
read-only, a full disk, a save killed halfway: each is told, nothing the person wrote
is lost or replaced, start-up never hangs, and nothing piles up in the folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import tracemalloc
from dataclasses import fields
from pathlib import Path

import pytest

from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_folder import MAX_BAD_COPIES, ORPHAN_SECONDS
from stretchdesk.core.settings_format import END_LINE, FIRST_LINE
from stretchdesk.core.settings_schema import FIELD_WORDS
from stretchdesk.core.settings_store import SettingsStore
from tests.conftest import REPO
from tests.core.clock import FakeClock
from tests.core.settings_files import CHANGED, NOW, STAMP, put

OLD_HEADER = (  # what StretchDesk 0.1 wrote: no end line
    "# StretchDesk settings. The Settings window writes this file; if you edit it by hand\n"
    "# and it cannot be read, StretchDesk keeps it beside as settings.yaml.bad-<time>.\n"
)


def _run(code: str, folder: Path, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    """Runs `code` in a fresh interpreter with `folder` as argv[1]."""
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), str(folder)], cwd=REPO, timeout=timeout,
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO)},
    )


# -- a file cut short ----------------------------------------------------------------------


def _saved_lines(store: SettingsStore) -> list[str]:
    store.save(CHANGED)
    text = store.path.read_text(encoding="utf-8")
    assert text.startswith(FIRST_LINE) and text.endswith(END_LINE + "\n")
    return text.splitlines(keepends=True)


def test_a_file_cut_at_any_line_never_loads_part_of_the_settings_silently(
    store: SettingsStore,
) -> None:
    lines = _saved_lines(store)
    for keep in range(1, len(lines)):
        store.path.write_text("".join(lines[:keep]), encoding="utf-8")
        loaded = store.load()
        notice = store.notice or ""
        assert "cut short" in notice, keep
        for f in fields(Settings):
            value = getattr(loaded, f.name)
            if value != getattr(CHANGED, f.name):  # what was not kept is default, and said
                assert value == getattr(Settings(), f.name), (keep, f.name)
                assert FIELD_WORDS[f.name] in notice or "defaults are in use" in notice
        for extra in store.folder.glob("settings.yaml.bad-*"):
            extra.unlink()


def test_a_file_cut_inside_a_line_is_caught_too(store: SettingsStore) -> None:
    text = "".join(_saved_lines(store)).encode()
    for cut in range(len(OLD_HEADER), len(text) - len(END_LINE) - 1, 7):
        store.path.write_bytes(text[:cut])
        loaded = store.load()
        assert "cut short" in (store.notice or ""), cut
        assert loaded.hidden_cautions in (CHANGED.hidden_cautions, frozenset())
        for extra in store.folder.glob("settings.yaml.bad-*"):
            extra.unlink()


def test_the_cut_off_settings_are_reset_and_the_rest_kept(store: SettingsStore) -> None:
    lines = _saved_lines(store)
    volume_line = next(i for i, line in enumerate(lines) if line.startswith("volume:"))
    put(store, "".join(lines[:volume_line + 1]))
    loaded = store.load()
    # volume was the last line left, so it is not trusted; everything before it is kept.
    assert (loaded.level, loaded.voice, loaded.speech_rate) == (
        CHANGED.level, CHANGED.voice, CHANGED.speech_rate)
    assert (loaded.volume, loaded.theme, loaded.text_scale) == (0.8, Settings().theme, 1.0)
    # Every setting written after the volume, in the file's order.
    after = [FIELD_WORDS[f.name] for f in fields(Settings)][
        [f.name for f in fields(Settings)].index("volume"):]
    assert after == ["Volume", "Appearance", "Text size", "Contrast", "Motion",
                     "Routines whose cautions you hid", "Reminders",
                     "Ask how your back feels", "Weekly goal", "Rest days", "Language"]
    assert ("Your settings file was cut short (its end is missing), so these settings are back "
            f"to their defaults: {', '.join(after)}.") in (store.notice or "")
    assert (store.folder / f"settings.yaml.bad-{STAMP}").exists()
    assert store.load() == loaded and store.notice is None  # told once


@pytest.mark.parametrize("header", ["", OLD_HEADER, "# my own notes\n"])
def test_a_file_without_the_stores_header_loads_as_it_is(
    store: SettingsStore, header: str
) -> None:
    put(store, header + "version: 2\nlevel: advanced\nvolume: 0.5\n")
    loaded = store.load()
    assert (loaded.level.value, loaded.volume) == ("advanced", 0.5)
    assert store.notice is None


def test_a_hand_edit_that_keeps_the_end_line_loads(store: SettingsStore) -> None:
    text = "".join(_saved_lines(store)).replace("volume: 0.25", "volume: 0.5")
    put(store, text + "# a note of mine after the end\n")
    assert store.load().volume == 0.5
    assert store.notice is None


# -- not a file, or a huge one --------------------------------------------------------------


def test_a_named_pipe_at_the_settings_path_does_not_hang_the_start(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    folder.mkdir()
    os.mkfifo(folder / "settings.yaml")
    done = _run("""
        import sys
        from pathlib import Path
        from stretchdesk.core.settings import Settings
        from stretchdesk.core.settings_store import SettingsStore
        store = SettingsStore(Path(sys.argv[1]), lambda: 1_795_000_000.0)
        assert store.load() == Settings()
        print(store.notice)
    """, folder, timeout=20)
    assert done.returncode == 0, done.stderr
    assert "Your settings file is a named pipe, not a file StretchDesk can read" in done.stdout
    assert (folder / f"settings.yaml.bad-{STAMP}").is_fifo()  # kept aside, not deleted


def test_a_huge_settings_file_is_refused_without_reading_it(store: SettingsStore) -> None:
    store.folder.mkdir(parents=True)
    with store.path.open("wb") as huge:
        huge.truncate(1_200_000_000)  # sparse: costs no disk, but reading it would
    tracemalloc.start()
    try:
        assert store.load() == Settings()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000
    assert "is 1.2 GB, larger than the 100 kB StretchDesk reads" in (store.notice or "")
    assert (store.folder / f"settings.yaml.bad-{STAMP}").stat().st_size == 1_200_000_000


def test_a_link_is_followed_only_to_a_yaml_file(store: SettingsStore, tmp_path: Path) -> None:
    store.folder.mkdir(parents=True)
    secret = tmp_path / "notes.txt"
    secret.write_text("version: 2\nvoice: my secret words\n")
    store.path.symlink_to(secret)
    assert store.load() == Settings()
    notice = store.notice or ""
    assert f"is a link to {secret}, which is not a .yaml file" in notice
    assert "secret words" not in notice
    kept = tmp_path / "dotfiles" / "stretchdesk.yaml"
    kept.parent.mkdir()
    kept.write_text("version: 2\nlevel: beginner\n")
    store.path.symlink_to(kept)
    assert store.load().level.value == "beginner"


# -- read-only -------------------------------------------------------------------------------


def test_a_read_only_file_is_never_replaced(store: SettingsStore) -> None:
    store.save(CHANGED)
    store.path.chmod(0o444)
    original = store.path.read_bytes()
    assert store.load() == CHANGED
    assert store.save(Settings()) is False
    assert store.path.read_bytes() == original
    assert sorted(p.name for p in store.folder.iterdir()) == ["settings.yaml"]


def test_a_read_only_file_with_a_bad_value_is_used_but_not_corrected(
    store: SettingsStore,
) -> None:
    original = put(store, "version: 2\nlevel: advanced\nvolume: loud\n")
    store.path.chmod(0o444)
    loaded = store.load()
    assert (loaded.level.value, loaded.volume) == ("advanced", 0.8)
    notice = store.notice or ""
    assert "Volume should be a number" in notice
    assert "read-only, so StretchDesk left it as it is" in notice
    assert store.path.read_bytes() == original
    assert sorted(p.name for p in store.folder.iterdir()) == ["settings.yaml"]


def test_a_read_only_file_that_cannot_be_used_stays_where_it_is(store: SettingsStore) -> None:
    original = put(store, "version: 2\nlevel: [advanced\n")
    store.path.chmod(0o444)
    assert store.load() == Settings()
    assert store.protected
    assert "It is read-only, so it was left as it is" in (store.notice or "")
    assert store.save(CHANGED) is False
    assert store.path.read_bytes() == original


def test_a_file_made_read_only_after_loading_is_not_replaced(store: SettingsStore) -> None:
    store.save(CHANGED)
    store.load()
    store.path.chmod(0o400)
    assert store.save(Settings()) is False
    assert store.load() == CHANGED


# -- a full disk -----------------------------------------------------------------------------


def test_a_full_disk_leaves_no_empty_copies_start_after_start(store: SettingsStore) -> None:
    original = put(store, "version: 2\nlevel: advanced\nvolume: loud\n")
    # RLIMIT_FSIZE 0: the kernel refuses every byte written, as a full disk does, while
    # new (empty) files can still be made: just what left a 0-byte copy on each start.
    code = """
        import resource, signal, sys
        from pathlib import Path
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
        from stretchdesk.core.settings_store import SettingsStore
        for start in range(3):
            store = SettingsStore(Path(sys.argv[1]), lambda: 1_795_000_000.0 + start)
            settings = store.load()
            assert (settings.level.value, settings.volume) == ("advanced", 0.8), settings
            print(store.notice)
    """
    done = _run(code, store.folder)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("could not be corrected: File too large") == 3
    assert sorted(p.name for p in store.folder.iterdir()) == ["settings.yaml"]
    assert store.path.read_bytes() == original


# -- leftovers -------------------------------------------------------------------------------


def test_a_killed_save_leaves_a_temporary_file_that_the_next_start_removes(
    store: SettingsStore,
) -> None:
    store.save(CHANGED)
    before = store.path.read_bytes()
    code = """
        import os, signal, sys
        from pathlib import Path
        from stretchdesk.core.settings import Settings
        from stretchdesk.core.settings_store import SettingsStore
        os.replace = lambda src, dst: os.kill(os.getpid(), signal.SIGKILL)  # dies mid-save
        SettingsStore(Path(sys.argv[1]), lambda: 0.0).save(Settings())
    """
    for _ in range(3):
        assert _run(code, store.folder).returncode == -9
    left = sorted(p.name for p in store.folder.glob(".settings.yaml.*.tmp"))
    assert len(left) == 3
    assert store.load() == CHANGED
    assert sorted(p.name for p in store.folder.iterdir()) == ["settings.yaml"]
    assert store.path.read_bytes() == before


def test_temporary_files_of_live_saves_are_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    folder.mkdir()
    ours = folder / f".settings.yaml.{os.getpid()}.abcd.tmp"  # a save in this process
    parents = folder / f".settings.yaml.{os.getppid()}.efgh.tmp"  # another live process
    fresh_old_style = folder / ".settings.yaml.k2j4_x.tmp"  # an older StretchDesk, just now
    stale_old_style = folder / ".settings.yaml.q9z8_y.tmp"
    for path in (ours, parents, fresh_old_style, stale_old_style):
        path.write_text("half")
    os.utime(stale_old_style, (NOW - ORPHAN_SECONDS - 1, NOW - ORPHAN_SECONDS - 1))
    os.utime(fresh_old_style, (NOW - 5, NOW - 5))
    SettingsStore(folder, FakeClock(NOW)).load()
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        p.name for p in (ours, parents, fresh_old_style))


def test_only_the_newest_few_kept_copies_stay(store: SettingsStore, tmp_path: Path) -> None:
    (store.folder / "settings.yaml.bad-20200101-000000").mkdir(parents=True)  # the person's
    for n in range(MAX_BAD_COPIES + 3):
        put(store, f"version: 2\nlevel: [broken {n}\n")
        SettingsStore(store.folder, FakeClock(NOW + n)).load()
    copies = sorted(p.name for p in store.folder.glob("settings.yaml.bad-*")
                    if p.is_file())
    assert len(copies) == MAX_BAD_COPIES
    assert [
        (store.folder / name).read_text() for name in copies
    ] == [f"version: 2\nlevel: [broken {n}\n" for n in range(3, MAX_BAD_COPIES + 3)]
    assert (store.folder / "settings.yaml.bad-20200101-000000").is_dir()
