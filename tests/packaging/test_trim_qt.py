"""scripts/trim_qt.py keeps what StretchDesk loads from PySide6 and removes the rest."""

from __future__ import annotations

import csv
import importlib.util
import struct
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]


def _load_trim_qt() -> ModuleType:
    spec = importlib.util.spec_from_file_location("trim_qt", REPO / "scripts" / "trim_qt.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["trim_qt"] = module  # dataclasses look their module up while defining
    spec.loader.exec_module(module)
    return module


trim_qt = _load_trim_qt()


def elf(*needed: str) -> bytes:
    """A minimal 64-bit ELF file whose dynamic section needs `needed`."""
    strings = b"\0" + b"".join(name.encode() + b"\0" for name in needed)
    offsets = [1 + sum(len(n) + 1 for n in needed[:i]) for i in range(len(needed))]
    dynamic = b"".join(struct.pack("<qQ", 1, offset) for offset in offsets)
    dynamic += struct.pack("<qQ", 0, 0)
    header_size, section_size = 64, 64
    strings_at = header_size
    dynamic_at = strings_at + len(strings)
    sections_at = dynamic_at + len(dynamic)
    header = b"\x7fELF" + bytes([2, 1, 1]) + bytes(9)
    header += struct.pack("<HHIQQQIHHHHHH", 3, 62, 1, 0, 0, sections_at, 0,
                          header_size, 0, 0, section_size, 3, 0)  # fmt: skip
    null = bytes(section_size)
    strtab = struct.pack("<IIQQQQIIQQ", 0, 3, 0, 0, strings_at, len(strings), 0, 0, 1, 0)
    dynsec = struct.pack("<IIQQQQIIQQ", 0, 6, 0, 0, dynamic_at, len(dynamic), 1, 0, 8, 16)
    return header + strings + dynamic + null + strtab + dynsec


def test_reads_the_libraries_an_elf_file_needs(tmp_path: Path) -> None:
    made = tmp_path / "libmade.so"
    made.write_bytes(elf("libQt6Core.so.6", "libc.so.6"))
    assert trim_qt.needed_libraries(made) == ["libQt6Core.so.6", "libc.so.6"]
    text = tmp_path / "notes.txt"
    text.write_text("not a program")
    assert trim_qt.needed_libraries(text) == []


def test_reads_a_real_pyside6_module() -> None:
    package = trim_qt.find_package()
    assert "libQt6Core.so.6" in trim_qt.needed_libraries(package / "QtCore.abi3.so")


FILES = {
    # kept: bindings of the modules StretchDesk uses, their libraries, pure Python
    "__init__.py": b"",
    "QtCore.abi3.so": elf("libQt6Core.so.6", "libpyside6.abi3.so.6.9"),
    "QtCore.pyi": b"",
    "QtMultimedia.abi3.so": elf("libQt6Multimedia.so.6"),
    "libpyside6.abi3.so.6.9": elf("libQt6Core.so.6"),
    "Qt/lib/libQt6Core.so.6": elf("libicuuc.so.73", "libc.so.6"),
    "Qt/lib/libicuuc.so.73": elf(),
    "Qt/lib/libQt6Multimedia.so.6": elf("libQt6Core.so.6", "libpulse.so.0"),
    "Qt/lib/libQt6XcbQpa.so.6": elf("libQt6Core.so.6"),
    "Qt/plugins/platforms/libqxcb.so": elf("libQt6XcbQpa.so.6"),
    "Qt/translations/qtbase_de.qm": b"",
    "scripts/pyside_tool.py": b"",
    # kept: the translation tools (pyside6-lupdate runs lupdate) and what they load
    "lupdate": elf("libQt6Qml.so.6", "libQt6Core.so.6"),
    "lrelease": elf("libQt6Core.so.6"),
    # removed: other modules, their libraries, plugins nobody loads, tools and data
    "QtWebEngineCore.abi3.so": elf("libQt6WebEngineCore.so.6"),
    "QtWebEngineCore.pyi": b"",
    "libpyside6qml.abi3.so.6.9": elf("libQt6Qml.so.6"),
    "designer": elf("libQt6Designer.so.6"),
    "Qt/lib/libQt6WebEngineCore.so.6": elf("libQt6Quick.so.6"),
    "Qt/lib/libQt6Quick.so.6": elf("libQt6Qml.so.6"),
    "Qt/lib/libQt6Qml.so.6": elf(),
    "Qt/lib/libQt6QmlModels.so.6": elf("libQt6Qml.so.6"),
    "Qt/lib/libavcodec.so.61": elf(),
    "Qt/plugins/multimedia/libffmpegmediaplugin.so": elf("libavcodec.so.61", "libQt6Quick.so.6"),
    "Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so": elf("libQt6Quick.so.6"),
    "Qt/qml/QtQuick/qmldir": b"",
    "Qt/resources/qtwebengine_resources.pak": b"",
    "Qt/translations/designer_de.qm": b"",
    "Qt/translations/qtwebengine_locales/de.pak": b"",
    "Qt/libexec/QtWebEngineProcess": elf("libQt6WebEngineCore.so.6"),
}
KEPT = {name for name in FILES if name.split("/")[-1] in {
    "__init__.py", "QtCore.abi3.so", "QtCore.pyi", "QtMultimedia.abi3.so",
    "libpyside6.abi3.so.6.9", "libQt6Core.so.6", "libicuuc.so.73", "libQt6Multimedia.so.6",
    "libQt6XcbQpa.so.6", "libqxcb.so", "qtbase_de.qm", "pyside_tool.py", "lupdate",
    "lrelease", "libQt6Qml.so.6"}}  # fmt: skip


@pytest.fixture
def installed(tmp_path: Path) -> Path:
    """A site-packages folder with a small PySide6 in it and the RECORD that lists it."""
    package = tmp_path / "PySide6"
    for name, content in FILES.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    info = tmp_path / "pyside6_essentials-6.9.3.dist-info"
    info.mkdir()
    rows = [[f"PySide6/{name}", "sha256=x", "1"] for name in FILES] + [
        [f"{info.name}/RECORD", "", ""]
    ]
    with (info / "RECORD").open("w", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return package


def test_keeps_the_used_modules_with_everything_they_load(installed: Path) -> None:
    plan = trim_qt.plan_trim(installed)
    kept = {str(path.relative_to(installed)) for path in plan.keep}
    removed = {str(path.relative_to(installed)) for path in plan.remove}
    assert kept == KEPT
    assert removed == set(FILES) - KEPT


def test_trimming_removes_files_folders_and_record_lines_and_is_idempotent(
    installed: Path,
) -> None:
    site_packages = installed.parent
    trim_qt.apply(trim_qt.plan_trim(installed), site_packages)
    left = {str(p.relative_to(installed)) for p in installed.rglob("*") if p.is_file()}
    assert left == KEPT
    assert not (installed / "Qt" / "qml").exists()
    assert not (installed / "Qt" / "plugins" / "multimedia").exists()
    record = site_packages / "pyside6_essentials-6.9.3.dist-info" / "RECORD"
    listed = {row[0] for row in csv.reader(record.read_text().splitlines())}
    assert listed == {f"PySide6/{name}" for name in KEPT} | {
        "pyside6_essentials-6.9.3.dist-info/RECORD"
    }
    again = trim_qt.plan_trim(installed)
    assert again.remove == set()


def test_the_project_venv_is_already_trimmed() -> None:
    # `make` trims .venv after installing; this suite runs in what is left.
    if Path(sys.prefix).resolve() != (REPO / ".venv").resolve():
        pytest.skip("not running in the project's .venv")
    plan = trim_qt.plan_trim(trim_qt.find_package())
    assert {str(p.relative_to(plan.package)) for p in plan.remove} == set()
    assert plan.removed_bytes == 0
