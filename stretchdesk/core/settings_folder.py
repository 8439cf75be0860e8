"""The files around settings.yaml: copies kept aside, and what interrupted saves left behind.

A settings file that cannot be used is kept as ``settings.yaml.bad-<UTC time>`` so
that nothing the person wrote is lost; only the newest few are kept, so a file that
keeps going bad does not fill the folder. A save writes a temporary file named after
the saving process and renames it into place; one killed mid-save leaves that file
behind, and the next start removes it once no live process owns it.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

MAX_BAD_COPIES = 3  # kept-aside settings files; older ones are removed
ORPHAN_SECONDS = 60  # a temporary file with no owner named is left alone this long

_BAD_NAME = re.compile(r"\.bad-(\d{8}-\d{6})(?:-(\d+))?$")


def temp_prefix(file_name: str) -> str:
    """The start of this process's temporary files for `file_name`: ``.name.<pid>.``."""
    return f".{file_name}.{os.getpid()}."


def bad_copy_name(folder: Path, file_name: str, now: float) -> Path:
    """`file_name.bad-<UTC time>` in `folder`, with -2, -3 … added if that name is taken."""
    from datetime import UTC, datetime  # rarely needed, so not imported at start-up

    stamp = datetime.fromtimestamp(now, tz=UTC).strftime("%Y%m%d-%H%M%S")
    base = folder / f"{file_name}.bad-{stamp}"
    candidate, n = base, 1
    while os.path.lexists(candidate):
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate


def copy_aside(source: Path, target: Path) -> None:
    """Copies `source` to `target`; on failure (a full disk) no partial copy is left."""
    try:
        shutil.copy2(source, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(target)
        raise


def made_read_only(path: Path) -> bool:
    """Whether `path` is a file its owner may not write: the person made it read-only.

    The mode is looked at, not access(): for root every file is writable.
    """
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(st.st_mode) and not st.st_mode & stat.S_IWUSR


def prune_bad_copies(folder: Path, file_name: str, keep: int = MAX_BAD_COPIES) -> list[Path]:
    """Removes all but the newest `keep` kept-aside files; returns what was removed.

    Only files (and links) named as `bad_copy_name` makes them are touched: a folder
    that was set aside is the person's to clear.
    """
    found: list[tuple[tuple[str, int], Path]] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        if not entry.name.startswith(f"{file_name}.bad-"):
            continue
        match = _BAD_NAME.search(entry.name)
        if match is None:
            continue
        with contextlib.suppress(OSError):
            if stat.S_ISDIR(entry.lstat().st_mode):
                continue
            found.append(((match.group(1), int(match.group(2) or 1)), entry))
    found.sort()
    removed: list[Path] = []
    for _, path in found[:max(0, len(found) - keep)]:
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def remove_orphan_temps(folder: Path, file_name: str, now: Callable[[], float]) -> list[Path]:
    """Removes temporary files of saves that were killed; returns what was removed.

    A temporary file names the process that writes it; it is an orphan once that process
    is gone. One of an older StretchDesk, which named no process, is an orphan after
    ORPHAN_SECONDS.
    """
    prefix = f".{file_name}."
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        name = entry.name
        if not (name.startswith(prefix) and name.endswith(".tmp")):
            continue
        owner, dot, _rest = name[len(prefix):-len(".tmp")].partition(".")
        try:
            if dot and owner.isdigit():
                orphan = not _process_alive(int(owner))
            else:
                orphan = entry.lstat().st_mtime < now() - ORPHAN_SECONDS
            if orphan and not stat.S_ISDIR(entry.lstat().st_mode):
                entry.unlink()
                removed.append(entry)
        except OSError:
            continue
    return removed


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False  # os.kill would signal a whole process group
    try:
        os.kill(pid, 0)
    except PermissionError:
        return True  # another user's live process
    except (ProcessLookupError, OverflowError, ValueError):
        return False
    return True


def sync_folder(folder: Path) -> None:
    """Flushes a rename in `folder` to disk where the system allows it (not on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
