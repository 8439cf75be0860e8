"""The one place that knows where StretchDesk's files are.

Shipped content (`data/`, `assets/`) is found the same way from a source checkout, an
installed wheel (where it lives inside the package as `_data` / `_assets`) and a
PyInstaller bundle (under `sys._MEIPASS`). The person's own folders (config, data,
cache) come from QStandardPaths, with an XDG fallback when Qt is not wanted (the
command-line tools).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def _bundle_root() -> Path | None:
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if root else None


def data_dir() -> Path:
    """The shipped `data/` folder (stretches/ and routines/)."""
    bundle = _bundle_root()
    return _first_existing(
        *([bundle / "data"] if bundle else []), _PACKAGE / "_data", _PACKAGE.parent / "data"
    )


def assets_dir() -> Path:
    """The shipped `assets/` folder (images/ and sounds/)."""
    bundle = _bundle_root()
    return _first_existing(
        *([bundle / "assets"] if bundle else []), _PACKAGE / "_assets", _PACKAGE.parent / "assets"
    )


def images_dir() -> Path:
    """Where the stretch illustrations are."""
    return assets_dir() / "images"


# What Qt on X11 renders a scalable window icon at; shipping these as PNGs spares every
# start loading the SVG icon plugin and rendering the icon four times (~3 ms).
WINDOW_ICON_SIZES = (16, 32, 64, 128)


def window_icon_files() -> dict[int, Path]:
    """The window icon's PNG files by size (made by `python -m tools.figure_sheet icon`)."""
    folder = assets_dir() / "icons"
    return {size: folder / f"stretchdesk-{size}.png" for size in WINDOW_ICON_SIZES}


def sounds_dir() -> Path:
    """Where the chimes are."""
    return assets_dir() / "sounds"


def _standard_location(kind: str, xdg_var: str, xdg_default: str) -> Path:
    """A per-user folder: from QStandardPaths when Qt is loaded, else from XDG."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QStandardPaths

        location = getattr(QStandardPaths.StandardLocation, kind)
        found = QStandardPaths.writableLocation(location)
        if found:
            return Path(found)
    base = os.environ.get(xdg_var) or str(Path.home() / xdg_default)
    return Path(base) / "stretchdesk"


def config_dir() -> Path:
    """The person's config folder (settings.yaml). Not created here."""
    override = os.environ.get("STRETCHDESK_CONFIG_DIR")
    if override:
        return Path(override)
    return _standard_location("AppConfigLocation", "XDG_CONFIG_HOME", ".config")


def user_data_dir() -> Path:
    """The person's data folder (history). Not created here."""
    override = os.environ.get("STRETCHDESK_DATA_DIR")
    if override:
        return Path(override)
    return _standard_location("AppDataLocation", "XDG_DATA_HOME", ".local/share")


def cache_dir() -> Path:
    """The person's cache folder: things that can be rebuilt at any time. Not created here."""
    override = os.environ.get("STRETCHDESK_CACHE_DIR")
    if override:
        return Path(override)
    return _standard_location("CacheLocation", "XDG_CACHE_HOME", ".cache")


def user_routines_dir() -> Path:
    """Where the person's own routine files live."""
    return user_data_dir() / "routines"
