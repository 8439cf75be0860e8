"""How much disk the .venv takes, what inside it is big, and which of it the app loads.

Sizes are disk usage like `du` (allocated blocks, each hard-linked file once), in MiB.
Which PySide6-Addons libraries the app needs is read from a running session's
/proc/PID/maps: a library mapped into the process is needed, the rest is not (for the
features that session used).
"""

from __future__ import annotations

import os
import sysconfig
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from benchmarks.figures import Figure, Target, not_measured

VENV_TARGET = Target(450.0)
MIB = 1024 * 1024


def disk_usage(root: Path) -> int:
    """Bytes allocated under `root`, counting each inode once (as du does)."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for folder, _dirs, files in os.walk(root):
        for name in files:
            try:
                info = os.lstat(os.path.join(folder, name))
            except OSError:
                continue
            if (info.st_dev, info.st_ino) not in seen:
                seen.add((info.st_dev, info.st_ino))
                total += info.st_blocks * 512
    return total


def _file_usage(path: Path) -> int:
    try:
        return path.lstat().st_blocks * 512
    except OSError:
        return 0


@dataclass(frozen=True)
class Distribution:
    """One installed package and the files it put in site-packages."""

    name: str
    files: tuple[Path, ...]

    @property
    def size(self) -> int:
        """Bytes on disk."""
        return sum(_file_usage(f) for f in self.files)


def distributions(site_packages: Path) -> list[Distribution]:
    """Every distribution installed in `site_packages`, largest first."""
    found = []
    for dist in metadata.distributions(path=[str(site_packages)]):
        files = tuple(Path(str(f.locate())).resolve() for f in dist.files or ())
        found.append(Distribution(dist.metadata["Name"], files))
    return sorted(found, key=lambda d: d.size, reverse=True)


def _site_packages(venv: Path) -> Path:
    """The venv's site-packages, whichever Python made it."""
    found = sorted(venv.glob("lib/python3*/site-packages"))
    if found:
        return found[-1]
    purelib = sysconfig.get_path("purelib", vars={"base": str(venv), "platbase": str(venv)})
    return Path(purelib)


def duplicate_copies(folder: Path) -> dict[str, int]:
    """Libraries present as several identical regular files (libx.so, .so.N, .so.N.M).

    Wheels cannot hold symlinks, so a library and its version aliases become full copies.
    Returns {extra copy name: bytes} for every copy beyond the first.
    """
    by_key: dict[tuple[str, int], list[Path]] = {}
    for path in sorted(folder.glob("*.so*")):
        if path.is_file() and not path.is_symlink():
            by_key.setdefault((path.name.split(".so")[0], path.stat().st_size), []).append(path)
    extra = {}
    for paths in by_key.values():
        for copy in paths[1:]:
            extra[copy.name] = _file_usage(copy)
    return extra


def addons_use(site_packages: Path, loaded: Iterable[str]) -> dict[str, object]:
    """Which PySide6-Addons shared libraries a running session had mapped, and their sizes."""
    addons = next((d for d in distributions(site_packages)
                   if d.name.lower().replace("-", "_") == "pyside6_addons"), None)
    if addons is None:
        return {}
    loaded_real = {str(Path(p).resolve()) for p in loaded}
    libraries = [f for f in addons.files if ".so" in f.name]
    used = sorted(f for f in libraries if str(f) in loaded_real)
    return {
        "addons_mib": round(addons.size / MIB, 1),
        "addons_libraries_mib": round(sum(_file_usage(f) for f in libraries) / MIB, 1),
        "addons_loaded": {str(f.relative_to(site_packages)): round(_file_usage(f) / MIB, 2)
                          for f in used},
        "addons_loaded_mib": round(sum(_file_usage(f) for f in used) / MIB, 1),
    }


def venv_footprint(venv: Path, loaded: Iterable[str]) -> Figure:
    """The .venv's size against its target, with what is big inside it."""
    if not venv.is_dir():
        return not_measured("venv", ".venv installed size", "MiB", f"no {venv}", VENV_TARGET)
    site_packages = _site_packages(venv)
    qt_lib = site_packages / "PySide6" / "Qt" / "lib"
    biggest = sorted(qt_lib.glob("*"), key=_file_usage, reverse=True)[:15]
    dists = distributions(site_packages)
    copies = duplicate_copies(qt_lib) if qt_lib.is_dir() else {}
    detail: dict[str, object] = {
        "distributions_mib": {d.name: round(d.size / MIB, 1) for d in dists if d.size > MIB},
        "pyside6_qt_lib_biggest_mib": {p.name: round(_file_usage(p) / MIB, 1) for p in biggest},
        "duplicate_library_copies_mib": round(sum(copies.values()) / MIB, 1),
        "duplicate_library_copies": sorted(copies),
        **addons_use(site_packages, loaded),
    }
    pyside = sum(d.size for d in dists if d.name.startswith(("PySide6", "shiboken6")))
    return Figure("venv", ".venv installed size", "MiB", disk_usage(venv) / MIB,
                  target=VENV_TARGET, note=f"PySide6 + shiboken6: {pyside / MIB:.0f} MiB",
                  detail=detail)
