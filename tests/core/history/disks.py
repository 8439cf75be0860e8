"""Real read-only and full folders for the damage tests.

As root (as the test machines run), permissions do not stop a write, so a read-only
folder is a read-only bind mount and a full disk is a small tmpfs. Without root, a
read-only folder is one without write permission, and a full disk is a database that
SQLite may not grow (`PRAGMA max_page_count`): SQLite reports both the same way.
"""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path


def _mount(*args: str) -> bool:
    done = subprocess.run(["mount", *args], capture_output=True, check=False)
    return done.returncode == 0


def _unmount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)


def _really_read_only(folder: Path) -> bool:
    probe = folder / ".write-probe"
    try:
        probe.write_bytes(b"")
    except OSError:
        return True
    probe.unlink()
    return False


@contextlib.contextmanager
def read_only_view(folder: Path) -> Iterator[Path]:
    """The files of `folder`, seen through a folder that cannot be written."""
    if os.geteuid() == 0:
        view = folder.with_name(folder.name + "-read-only")
        view.mkdir()
        if _mount("--bind", str(folder), str(view)):
            try:
                if _mount("-o", "remount,bind,ro", str(view)) and _really_read_only(view):
                    yield view
                    return
            finally:
                _unmount(view)
                view.rmdir()
        else:
            view.rmdir()
    modes = {path: path.stat().st_mode for path in (folder, *folder.iterdir())}
    for path in modes:
        path.chmod(stat.S_IMODE(modes[path]) & ~0o222)
    try:
        if not _really_read_only(folder):
            raise RuntimeError("cannot make a read-only folder here: run as root with mount "
                               "rights, or as an ordinary user")
        yield folder
    finally:
        for path, mode in modes.items():
            path.chmod(stat.S_IMODE(mode))


@contextlib.contextmanager
def small_disk(folder: Path, size_kib: int = 256) -> Iterator[Path | None]:
    """`folder` on a tmpfs of `size_kib` (None when it cannot be mounted here)."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not _mount("-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs",
                                       str(folder)):
        yield None
        return
    try:
        yield folder
    finally:
        _unmount(folder)


def fill(folder: Path, leave_kib: int) -> Path:
    """Fills the disk under `folder` until `leave_kib` KiB are free; returns the filler."""
    info = os.statvfs(folder)
    filler = folder / "filler"
    filler.write_bytes(b"\0" * max(0, info.f_bavail * info.f_frsize - leave_kib * 1024))
    return filler
