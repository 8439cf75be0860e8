"""Removes from a Python environment the parts of PySide6 that StretchDesk never loads.

PySide6's two wheels carry all of Qt: about 670 MiB installed, most of it Qt WebEngine,
Qt Quick and QML, 3D, the designer tools and their translations. StretchDesk uses the
Qt modules in MODULES. This keeps those Python modules, the plugin folders a desktop
window, its pictures and its sound and speech need (PLUGIN_FOLDERS), the translation
tools (TOOLS), every Qt library they load (followed through each ELF file's DT_NEEDED
entries), and the pure Python
parts of the package; it removes every other file the PySide6 distributions installed,
and those files' lines from the distributions' RECORD, so pip still uninstalls or
reinstalls them cleanly. `pip install --force-reinstall PySide6-Essentials
PySide6-Addons` brings everything back.

    python scripts/trim_qt.py            # trims the environment of this interpreter
    python scripts/trim_qt.py --dry-run  # only says what would go and how much

`make` runs it on .venv once the project is installed. Running it again removes nothing.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import struct
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

# The Qt modules StretchDesk imports (QtNetwork because QtMultimedia needs it; QtTest for
# pytest-qt). A module kept here keeps its Python binding, its stubs and its libraries.
MODULES = (
    "QtCore", "QtGui", "QtWidgets", "QtSvg", "QtDBus",
    "QtMultimedia", "QtNetwork", "QtTextToSpeech", "QtTest",
)  # fmt: skip
# Qt's tools that stay (with the libraries they load): pyside6-lupdate and pyside6-lrelease
# run them to extract and compile the app's translations. (~10 MiB with Qt Qml, which
# lupdate links against.) Every other tool (designer, uic, qml*) goes.
TOOLS = ("lupdate", "lrelease")
# Plugins: drawing a window on X11 or Wayland (and offscreen), themes and input methods,
# pictures and icons (SVG among them), TLS for QtNetwork, and the speech engines. Qt's
# "multimedia" plugin folder holds only the FFmpeg media backend, which the chimes do
# without (see stretchdesk/audio/audio_only.py).
PLUGIN_FOLDERS = (
    "egldeviceintegrations", "generic", "iconengines", "imageformats",
    "networkinformation", "platforminputcontexts", "platforms", "platformthemes",
    "texttospeech", "tls", "wayland-decoration-client",
    "wayland-graphics-integration-client", "wayland-shell-integration", "xcbglintegrations",
)  # fmt: skip
# Plugins in those folders that StretchDesk has no use for and that would keep big parts
# of Qt: the on-screen keyboard is written in QML (Qt Quick), PDF pages as pictures need Qt Pdf.
PLUGINS_LEFT_OUT = ("libqtvirtualkeyboardplugin.so", "libqpdf.so")
# Qt's own translations of the kept modules (for a program that installs a translator).
TRANSLATION_PREFIXES = ("qt_", "qtbase_", "qtmultimedia_")
DISTRIBUTIONS = ("pyside6_essentials", "pyside6_addons")

ELF_MAGIC = b"\x7fELF"
SHT_DYNAMIC = 6
DT_NEEDED = 1


def needed_libraries(path: Path) -> list[str]:
    """The DT_NEEDED names of a 64-bit little-endian ELF file ([] for anything else)."""
    data = path.read_bytes()
    if data[:4] != ELF_MAGIC or data[4] != 2 or data[5] != 1:
        return []
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize)
                for i in range(shnum)]  # fmt: skip
    names: list[str] = []
    for _, kind, _, _, offset, size, link, _, _, entsize in sections:
        if kind != SHT_DYNAMIC:
            continue
        strings_offset = sections[link][4]
        for at in range(offset, offset + size, entsize or 16):
            tag, value = struct.unpack_from("<qQ", data, at)
            if tag == 0:
                break
            if tag == DT_NEEDED:
                start = strings_offset + value
                names.append(data[start : data.index(b"\0", start)].decode())
    return names


def is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == ELF_MAGIC


@dataclass
class Plan:
    """What trimming one PySide6 installation keeps and removes (paths inside `package`)."""

    package: Path
    keep: set[Path] = field(default_factory=set)
    remove: set[Path] = field(default_factory=set)

    @property
    def removed_bytes(self) -> int:
        return sum(path.stat().st_size for path in self.remove if path.is_file())


def library_closure(roots: Iterable[Path], library_folder: Path) -> set[Path]:
    """The Qt libraries in `library_folder` that `roots` load, directly or through others."""
    found: set[Path] = set()
    pending = list(roots)
    while pending:
        for name in needed_libraries(pending.pop()):
            library = library_folder / name
            if library.is_file() and library not in found:
                found.add(library)
                pending.append(library)
    return found


def plan_trim(package: Path) -> Plan:
    """Decides, for every file under the PySide6 package folder, whether it stays."""
    qt = package / "Qt"
    plan = Plan(package)
    all_files = [path for path in package.rglob("*") if path.is_file() or path.is_symlink()]
    bindings = {f"{module}.abi3.so" for module in MODULES}
    stubs = {f"{module}.pyi" for module in MODULES}
    roots = [package / name for name in sorted(bindings) if (package / name).is_file()]
    roots += [path for path in package.glob("libpyside6.*") if is_elf(path)]
    roots += [package / name for name in TOOLS if (package / name).is_file()]
    plugins = [path for folder in PLUGIN_FOLDERS for path in (qt / "plugins" / folder).glob("*")
               if path.is_file() and path.name not in PLUGINS_LEFT_OUT]  # fmt: skip
    libraries = library_closure([*roots, *plugins], qt / "lib")
    for path in all_files:
        relative = path.relative_to(package)
        if _stays(relative, bindings, stubs, path, roots, plugins, libraries):
            plan.keep.add(path)
        else:
            plan.remove.add(path)
    return plan


def _stays(relative: Path, bindings: set[str], stubs: set[str], path: Path,
           roots: list[Path], plugins: list[Path], libraries: set[Path]) -> bool:  # fmt: skip
    parts = relative.parts
    if parts[0] == "Qt":
        if len(parts) > 2 and parts[1] == "lib":
            return path in libraries or not is_elf(path)
        if len(parts) > 2 and parts[1] == "plugins":
            return path in plugins
        if len(parts) > 2 and parts[1] == "translations":
            return len(parts) == 3 and parts[2].startswith(TRANSLATION_PREFIXES)
        # qml, resources (WebEngine), libexec (tools), metatypes (build-time only)
        return False
    if len(parts) == 1:
        name = parts[0]
        if name.endswith(".abi3.so") and name.startswith("Qt"):
            return name in bindings
        if name.endswith(".pyi") and name.startswith("Qt"):
            return name in stubs
        if path in roots:
            return True
        return not is_elf(path)  # tools such as designer and uic go; Python stays
    return not is_elf(path)


def _record_files(site_packages: Path) -> Iterator[Path]:
    for distribution in DISTRIBUTIONS:
        yield from site_packages.glob(f"{distribution}-*.dist-info/RECORD")


def apply(plan: Plan, site_packages: Path) -> None:
    """Removes the plan's files, then their lines from the distributions' RECORD files."""
    for path in plan.remove:
        path.unlink()
    for folder in sorted({p.parent for p in plan.remove}, key=lambda p: -len(p.parts)):
        while folder != plan.package and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
    removed = {path.resolve() for path in plan.remove}
    for record in _record_files(site_packages):
        with record.open(newline="") as handle:
            rows = list(csv.reader(handle))
        kept = [row for row in rows if (site_packages / row[0]).resolve() not in removed]
        if len(kept) != len(rows):
            temporary = record.with_suffix(".trimming")
            with temporary.open("w", newline="") as handle:
                csv.writer(handle, lineterminator="\n").writerows(kept)
            temporary.replace(record)


def find_package() -> Path:
    """The PySide6 package folder of this interpreter's environment (not imported)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("trim_qt: PySide6 is not installed in this environment")
    return Path(next(iter(spec.submodule_search_locations)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="say what would go, remove nothing")
    args = parser.parse_args(argv)
    package = find_package()
    plan = plan_trim(package)
    mib = plan.removed_bytes / 2**20
    if args.dry_run:
        for path in sorted(plan.remove):
            print(path.relative_to(package))
        print(f"trim_qt: would remove {len(plan.remove)} files, {mib:.0f} MiB", file=sys.stderr)
        return 0
    apply(plan, package.parent)
    print(f"trim_qt: removed {len(plan.remove)} unused PySide6 files ({mib:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
