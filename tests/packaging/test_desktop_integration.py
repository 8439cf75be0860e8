"""Linux desktop integration: the menu entry and the software-centre metadata are valid and true."""

from __future__ import annotations

import configparser
import shlex
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from stretchdesk import __version__
from stretchdesk.app import build_parser
from stretchdesk.core.library import load_library
from tests.packaging.helpers import REPO

APP_ID = "io.github.stretchdesk.StretchDesk"
LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: install Debian's {package} (scripts/system-deps.sh)"
    return found


def pyproject() -> dict[str, object]:
    with (REPO / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)


def desktop_entry() -> configparser.ConfigParser:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    return entry


def test_the_desktop_file_passes_desktop_file_validate() -> None:
    done = subprocess.run([tool("desktop-file-validate", "desktop-file-utils"), DESKTOP],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert done.stdout + done.stderr == "", "no errors and no warnings or hints"


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    done = subprocess.run([tool("appstreamcli", "appstream"), "validate", "--no-net", METAINFO],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    problems = [line for line in done.stdout.splitlines() if line[:2] in ("E:", "W:", "I:")]
    assert problems == []


def test_the_metainfo_describes_this_app_and_this_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    project = pyproject()["project"]
    assert isinstance(project, dict)
    assert root.findtext("provides/binary") in project["gui-scripts"]
    license = project["license"]  # a table {text = ...} in older pyproject files
    assert root.findtext("project_license") == (
        license if isinstance(license, str) else license["text"]
    )
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == __version__ == project["version"]
    assert newest.get("date") == "2026-11-22"
    assert root.find("content_rating[@type='oars-1.1']") is not None
    assert len(root.findall("description/p")) >= 2


def test_every_screenshot_in_the_metainfo_is_in_docs() -> None:
    images = [(el.text or "").strip() for el in ET.parse(METAINFO).getroot().iter("image")]
    names = [image.rsplit("/docs/screenshots/", 1)[-1] for image in images]
    assert {"picker.png", "session-hold.png", "finish.png"} <= set(names)
    for name in names:
        shot = REPO / "docs" / "screenshots" / name
        assert shot.is_file(), f"the metainfo shows {name}, but docs/screenshots lacks it"
        assert shot.read_bytes()[:8] == PNG_MAGIC


def test_the_desktop_entry_starts_the_command_the_wheel_installs() -> None:
    entry = desktop_entry()["Desktop Entry"]
    project = pyproject()["project"]
    assert isinstance(project, dict)
    assert shlex.split(entry["Exec"]) == ["stretchdesk"]
    assert entry["TryExec"] in project["gui-scripts"]
    assert entry["Icon"] == APP_ID
    assert entry["Name"] == ET.parse(METAINFO).getroot().findtext("name")


ACTIONS = desktop_entry()["Desktop Entry"]["Actions"].strip(";").split(";")


@pytest.mark.parametrize("action", ACTIONS)
def test_each_quick_start_action_names_a_routine_that_exists(action: str) -> None:
    exec_line = desktop_entry()[f"Desktop Action {action}"]["Exec"]
    command, *arguments = shlex.split(exec_line)
    assert command == "stretchdesk"
    parsed = build_parser().parse_args(arguments)
    assert parsed.routine in load_library(REPO / "data").routines
    assert parsed.start


HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256)
INSTALLER = LINUX / "install-desktop-entry.sh"


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == PNG_MAGIC, f"{path} is not a PNG"
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


def test_the_icon_comes_in_every_hicolor_size_and_as_svg() -> None:
    icons = REPO / "packaging" / "icons"
    sizes = {png_size(png) for png in icons.rglob("*.png")}
    missing = [n for n in HICOLOR_SIZES if (n, n) not in sizes]
    assert not missing, f"packaging/icons has no square PNG of {missing} px"
    assert list(icons.rglob("*.svg")), "packaging/icons has no scalable (SVG) icon"


def install_entry(data_home: Path, *arguments: str | Path,
                  script: Path = INSTALLER) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(data_home.parent),
           "XDG_DATA_HOME": str(data_home)}
    return subprocess.run(["bash", script, *map(str, arguments)], env=env,
                          capture_output=True, text=True, check=False)


def fake_command(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n")
    path.chmod(0o755)
    return path


def test_installing_the_menu_entry_points_it_at_the_command(tmp_path: Path) -> None:
    command = fake_command(tmp_path / "my apps" / "stretchdesk")
    data_home = tmp_path / "share"

    done = install_entry(data_home, command)

    assert done.returncode == 0, done.stderr
    installed = data_home / "applications" / DESKTOP.name
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(installed, encoding="utf-8")
    assert shlex.split(entry["Desktop Entry"]["Exec"]) == [str(command)]
    assert entry["Desktop Entry"]["TryExec"] == str(command)
    assert shlex.split(entry["Desktop Action desk-break"]["Exec"]) == [
        str(command), "--routine", "desk-break", "--start"]
    validate = subprocess.run([tool("desktop-file-validate", "desktop-file-utils"), installed],
                              capture_output=True, text=True, check=False)
    assert validate.returncode == 0 and not validate.stdout, validate.stdout
    assert (data_home / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    icons = data_home / "icons" / "hicolor"
    for size in HICOLOR_SIZES:
        icon = icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert icon.is_file() and png_size(icon) == (size, size)
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_in_an_unpacked_bundle_the_entry_starts_the_bundle(tmp_path: Path) -> None:
    bundle = tmp_path / "StretchDesk"
    command = fake_command(bundle / "stretchdesk")
    shutil.copytree(LINUX, bundle / "share")

    done = install_entry(tmp_path / "data", script=bundle / "share" / INSTALLER.name)

    assert done.returncode == 0, done.stderr
    text = (tmp_path / "data" / "applications" / DESKTOP.name).read_text()
    assert f'\nExec="{command}"\n' in text


def test_uninstalling_removes_the_entry_and_icons(tmp_path: Path) -> None:
    data_home = tmp_path / "share"
    install_entry(data_home, fake_command(tmp_path / "bin" / "stretchdesk"))

    done = install_entry(data_home, "--uninstall")

    assert done.returncode == 0, done.stderr
    left = [p for p in data_home.rglob("*") if p.is_file() and APP_ID in p.name]
    assert left == []


def test_without_a_command_to_start_nothing_is_installed(tmp_path: Path) -> None:
    done = install_entry(tmp_path / "share")

    assert done.returncode == 1
    assert "no stretchdesk command found" in done.stderr
    assert not (tmp_path / "share" / "applications").exists()
